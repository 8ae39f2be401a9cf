"""SQLAlchemy models of the user's own database: saved routines (and later sessions).

The schema is owned by the Alembic migrations next to this module; these models must match
head, which a test checks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, CheckConstraint, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from acupress_desktop.storage.user_records import from_stored_time as from_stored_time  # where callers knew them
from acupress_desktop.storage.user_records import to_stored_time as to_stored_time


class UserBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {list[Any]: JSON, datetime: DateTime}


class RoutineRow(UserBase):
    __tablename__ = "routines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    symptoms: Mapped[list[Any]]
    pain_side: Mapped[str] = mapped_column(String(8))
    pregnant: Mapped[bool]
    anticoagulants: Mapped[bool]
    varicose_veins: Mapped[bool]
    avoid_regions: Mapped[list[Any]]
    minutes: Mapped[int]
    steps: Mapped[list[RoutineStepRow]] = relationship(
        order_by="RoutineStepRow.ordinal", cascade="all, delete-orphan", passive_deletes=True
    )


class RoutineStepRow(UserBase):
    __tablename__ = "routine_steps"
    routine_id: Mapped[int] = mapped_column(ForeignKey("routines.id", ondelete="CASCADE"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_code: Mapped[str] = mapped_column(String(16))
    side: Mapped[str] = mapped_column(String(8))
    seconds: Mapped[int]
    instruction: Mapped[str] = mapped_column(Text)
    why: Mapped[list[Any]]


class SessionRow(UserBase):
    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("pain_before IS NULL OR pain_before BETWEEN 0 AND 10", name="ck_sessions_pain_before"),
        CheckConstraint("pain_after IS NULL OR pain_after BETWEEN 0 AND 10", name="ck_sessions_pain_after"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ended_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(8))
    routine_id: Mapped[int | None] = mapped_column(ForeignKey("routines.id", ondelete="SET NULL"))
    routine_name: Mapped[str] = mapped_column(String(80))
    symptoms: Mapped[list[Any]]
    pain_side: Mapped[str] = mapped_column(String(8))
    planned_steps: Mapped[list[Any]]
    planned_seconds: Mapped[int]
    pain_before: Mapped[int | None]
    pain_after: Mapped[int | None]
    note_before: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), index=True)
    steps: Mapped[list[SessionStepRow]] = relationship(
        order_by="SessionStepRow.id", cascade="all, delete-orphan", passive_deletes=True
    )


class SessionStepRow(UserBase):
    __tablename__ = "session_steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int]
    point_code: Mapped[str] = mapped_column(String(16))
    side: Mapped[str] = mapped_column(String(8))
    planned_seconds: Mapped[int]
    actual_seconds: Mapped[float] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(10))
    ended_at: Mapped[datetime]
