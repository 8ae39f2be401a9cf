"""The session log: a row when a session starts, a row per step the moment it ends, the end.

Each write is its own committed transaction, so a crash or a kill loses no completed step.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from acupress_desktop.domain.errors import SessionNotFoundError
from acupress_desktop.domain.history import SessionEntry, SessionSource
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.session import SessionStatus, StepRecord
from acupress_desktop.storage.user_db import describe_failure
from acupress_desktop.storage.user_models import SessionRow, SessionStepRow
from acupress_desktop.storage.user_records import entry_from_row, to_stored_time


@contextmanager
def _writing(engine: Engine) -> Iterator[None]:
    """A failed write as the storage layer's own error, saying truly why (full disk, read-only, ...)."""
    try:
        yield
    except SQLAlchemyError as error:
        raise describe_failure(error, Path(engine.url.database or "the database")) from error


class SessionRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def start(self, routine: Routine, pain_before: int | None, note_before: str, started_at: datetime) -> int:
        row = SessionRow(
            started_at=to_stored_time(started_at),
            ended_at=None,
            source=SessionSource.GUIDED.value,
            routine_id=routine.id,
            routine_name=routine.name,
            symptoms=list(routine.request.symptoms),
            pain_side=routine.request.pain_side.value,
            planned_steps=[{"code": s.code, "side": s.side.value, "seconds": s.seconds} for s in routine.steps],
            planned_seconds=routine.total_seconds,
            pain_before=pain_before,
            pain_after=None,
            note_before=note_before,
            note="",
            status=SessionStatus.RUNNING.value,
        )
        with _writing(self._engine), Session(self._engine) as session:
            session.add(row)
            session.commit()
            return row.id

    def record_step(self, session_id: int, record: StepRecord, ended_at: datetime) -> None:
        with _writing(self._engine), Session(self._engine) as session:
            session.add(
                SessionStepRow(
                    session_id=session_id,
                    ordinal=record.ordinal,
                    point_code=record.code,
                    side=record.side.value,
                    planned_seconds=record.planned_seconds,
                    actual_seconds=record.actual_seconds,
                    outcome=record.outcome.value,
                    ended_at=to_stored_time(ended_at),
                )
            )
            session.commit()

    def finish(
        self, session_id: int, status: SessionStatus, pain_after: int | None, note: str, ended_at: datetime
    ) -> None:
        with _writing(self._engine), Session(self._engine) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise SessionNotFoundError(f"session {session_id} does not exist")
            row.status = status.value
            row.pain_after = pain_after
            row.note = note
            row.ended_at = to_stored_time(ended_at)
            session.commit()

    def set_note(self, session_id: int, note: str) -> None:
        with _writing(self._engine), Session(self._engine) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise SessionNotFoundError(f"session {session_id} does not exist")
            row.note = note
            session.commit()

    def discard(self, session_id: int) -> None:
        """Remove a session the person chose not to keep (one stopped before anything was recorded)."""
        with _writing(self._engine), Session(self._engine) as session:
            session.execute(delete(SessionStepRow).where(SessionStepRow.session_id == session_id))
            session.execute(delete(SessionRow).where(SessionRow.id == session_id))
            session.commit()

    def add_manual(
        self,
        symptoms: tuple[str, ...],
        pain_side: PainSide,
        pain_before: int,
        pain_after: int,
        when: datetime,
        minutes: int,
        note: str,
    ) -> int:
        row = SessionRow(
            started_at=to_stored_time(when),
            ended_at=to_stored_time(when + timedelta(minutes=minutes)),
            source=SessionSource.MANUAL.value,
            routine_id=None,
            routine_name="",
            symptoms=list(symptoms),
            pain_side=pain_side.value,
            planned_steps=[],
            planned_seconds=minutes * 60,
            pain_before=pain_before,
            pain_after=pain_after,
            note_before="",
            note=note,
            status=SessionStatus.COMPLETED.value,
        )
        with _writing(self._engine), Session(self._engine) as session:
            session.add(row)
            session.commit()
            return row.id

    def get(self, session_id: int) -> SessionEntry:
        with Session(self._engine) as session:
            row = session.get(SessionRow, session_id, options=[selectinload(SessionRow.steps)])
            if row is None:
                raise SessionNotFoundError(f"session {session_id} does not exist")
            return entry_from_row(row, row.steps)

    def newest_first(self, limit: int | None = None) -> tuple[SessionEntry, ...]:
        with Session(self._engine) as session:
            query = (
                select(SessionRow)
                .options(selectinload(SessionRow.steps))
                .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
            )
            if limit is not None:
                query = query.limit(limit)
            return tuple(entry_from_row(row, row.steps) for row in session.scalars(query))
