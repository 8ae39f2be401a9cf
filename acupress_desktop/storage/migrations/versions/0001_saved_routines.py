"""Saved routines and their steps.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "routines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("symptoms", sa.JSON(), nullable=False),
        sa.Column("pain_side", sa.String(8), nullable=False),
        sa.Column("pregnant", sa.Boolean(), nullable=False),
        sa.Column("anticoagulants", sa.Boolean(), nullable=False),
        sa.Column("varicose_veins", sa.Boolean(), nullable=False),
        sa.Column("avoid_regions", sa.JSON(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
    )
    op.create_table(
        "routine_steps",
        sa.Column("routine_id", sa.Integer(), sa.ForeignKey("routines.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("ordinal", sa.Integer(), primary_key=True),
        sa.Column("point_code", sa.String(16), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("instruction", sa.Text(), nullable=False),
        sa.Column("why", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("routine_steps")
    op.drop_table("routines")
