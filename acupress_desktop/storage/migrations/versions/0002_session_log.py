"""Session log: guided and manual sessions, and each step the moment it ends.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("routine_id", sa.Integer(), sa.ForeignKey("routines.id", ondelete="SET NULL"), nullable=True),
        sa.Column("routine_name", sa.String(80), nullable=False),
        sa.Column("symptoms", sa.JSON(), nullable=False),
        sa.Column("pain_side", sa.String(8), nullable=False),
        sa.Column("planned_steps", sa.JSON(), nullable=False),
        sa.Column("planned_seconds", sa.Integer(), nullable=False),
        sa.Column("pain_before", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("note_before", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.CheckConstraint("pain_before IS NULL OR pain_before BETWEEN 0 AND 10", name="ck_sessions_pain_before"),
        sa.CheckConstraint("pain_after IS NULL OR pain_after BETWEEN 0 AND 10", name="ck_sessions_pain_after"),
    )
    op.create_index("ix_sessions_started_at", "sessions", ["started_at"])
    op.create_index("ix_sessions_status", "sessions", ["status"])
    op.create_table(
        "session_steps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("point_code", sa.String(16), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("planned_seconds", sa.Integer(), nullable=False),
        sa.Column("actual_seconds", sa.Float(), nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_session_steps_session_id", "session_steps", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_session_steps_session_id", "session_steps")
    op.drop_table("session_steps")
    op.drop_index("ix_sessions_status", "sessions")
    op.drop_index("ix_sessions_started_at", "sessions")
    op.drop_table("sessions")
