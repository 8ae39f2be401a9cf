"""All of the user's rows read for an export, and an import written in one transaction.

An import either stores everything or nothing, and skips what is already there (a session with the same start,
routine name and symptoms; a routine whose name is taken), so importing the same file twice changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, Row, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from acupress_desktop.domain.exchange import (
    ExchangeError,
    ImportReport,
    PlannedStep,
    SavedRoutine,
    SessionData,
    SessionKey,
    StepData,
    session_key,
)
from acupress_desktop.domain.history import SessionSource
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.session import SessionStatus, StepOutcome
from acupress_desktop.domain.stored import stored_enum
from acupress_desktop.storage.routine_repository import routine_to_row
from acupress_desktop.storage.user_models import (
    RoutineRow,
    SessionRow,
    SessionStepRow,
    UserBase,
)
from acupress_desktop.storage.user_records import from_stored_time, routine_from_row, to_stored_time

_SESSIONS = UserBase.metadata.tables["sessions"]
_STEPS = UserBase.metadata.tables["session_steps"]


class BackupRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routines(self) -> tuple[SavedRoutine, ...]:
        with Session(self._engine) as session:
            rows = session.scalars(select(RoutineRow).options(selectinload(RoutineRow.steps)).order_by(RoutineRow.id))
            return tuple(_saved_routine(row) for row in rows)

    def sessions(self) -> tuple[SessionData, ...]:
        """Every session with its steps, oldest first; read as plain rows, so 100,000 sessions take seconds."""
        steps: dict[int, list[StepData]] = defaultdict(list)
        with Session(self._engine) as session:
            for s in session.execute(select(SessionStepRow.__table__).order_by(SessionStepRow.id)):
                steps[s.session_id].append(
                    StepData(
                        s.ordinal,
                        s.point_code,
                        stored_enum(Side, s.side),
                        s.planned_seconds,
                        s.actual_seconds,
                        stored_enum(StepOutcome, s.outcome),
                        from_stored_time(s.ended_at),
                    )
                )
            rows = session.execute(select(SessionRow.__table__).order_by(SessionRow.started_at, SessionRow.id))
            return tuple(_session_data(row, tuple(steps.get(row.id, ()))) for row in rows)

    def import_all(self, routines: tuple[SavedRoutine, ...], sessions: tuple[SessionData, ...]) -> ImportReport:
        """Store what is new in one transaction; a refusal is an ExchangeError and leaves the database as it was."""
        try:
            return self._store_new(routines, sessions)
        except SQLAlchemyError as error:  # rolled back: nothing of this file is stored
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            raise ExchangeError(f"the database refused the import, nothing was stored ({reason})") from error

    def _store_new(self, routines: tuple[SavedRoutine, ...], sessions: tuple[SessionData, ...]) -> ImportReport:
        routines_added = 0
        with Session(self._engine) as session, session.begin():
            taken = {name.lower(): rid for rid, name in session.execute(select(RoutineRow.id, RoutineRow.name))}
            linked: dict[int, int] = {}  # the routine's id in the file -> its id here
            for saved in routines:
                name = saved.routine.name.lower()
                if name not in taken:
                    row = _routine_row(saved)
                    session.add(row)
                    session.flush()
                    taken[name] = row.id
                    routines_added += 1
                if saved.routine.id is not None:
                    linked[saved.routine.id] = taken[name]
            present = self._session_keys(session)
            new: list[SessionData] = []
            for data in sessions:
                key = session_key(data.started_at, data.routine_name, data.symptoms)
                if key not in present:
                    present.add(key)
                    new.append(data)
            if new:
                # Core executemany on the tables, with ids handed out here: no unit of work, no RETURNING
                first = (session.scalar(select(func.max(SessionRow.id))) or 0) + 1
                ids = range(first, first + len(new))
                rows = [
                    {"id": i, **_session_values(d, None if d.routine_ref is None else linked.get(d.routine_ref))}
                    for i, d in zip(ids, new, strict=True)
                ]
                session.execute(insert(_SESSIONS), rows)
                step_values = [_step_values(i, s) for i, d in zip(ids, new, strict=True) for s in d.steps]
                if step_values:
                    session.execute(insert(_STEPS), step_values)
        return ImportReport(
            sessions_added=len(new),
            sessions_skipped=len(sessions) - len(new),
            routines_added=routines_added,
            routines_skipped=len(routines) - routines_added,
        )

    @staticmethod
    def _session_keys(session: Session) -> set[SessionKey]:
        query = select(SessionRow.started_at, SessionRow.routine_name, SessionRow.symptoms)
        return {
            session_key(from_stored_time(started), name, (str(s) for s in symptoms))
            for started, name, symptoms in session.execute(query)
        }


def _saved_routine(row: RoutineRow) -> SavedRoutine:
    return SavedRoutine(routine_from_row(row), from_stored_time(row.created_at), from_stored_time(row.updated_at))


def _routine_row(saved: SavedRoutine) -> RoutineRow:
    return routine_to_row(
        saved.routine, saved.routine.name, to_stored_time(saved.created_at), to_stored_time(saved.updated_at)
    )


def _session_data(row: Row[Any], steps: tuple[StepData, ...]) -> SessionData:
    return SessionData(
        id=row.id,
        started_at=from_stored_time(row.started_at),
        ended_at=from_stored_time(row.ended_at) if row.ended_at else None,
        source=stored_enum(SessionSource, row.source),
        routine_name=row.routine_name,
        routine_ref=row.routine_id,
        symptoms=tuple(str(s) for s in row.symptoms),
        pain_side=stored_enum(PainSide, row.pain_side),
        planned_seconds=row.planned_seconds,
        planned_steps=tuple(
            PlannedStep(str(p["code"]), stored_enum(Side, p["side"]), int(p["seconds"])) for p in row.planned_steps
        ),
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        status=stored_enum(SessionStatus, row.status),
        note_before=row.note_before,
        note=row.note,
        steps=steps,
    )


def _session_values(data: SessionData, routine_id: int | None) -> dict[str, Any]:
    return {
        "started_at": to_stored_time(data.started_at),
        "ended_at": to_stored_time(data.ended_at) if data.ended_at else None,
        "source": data.source.value,
        "routine_id": routine_id,
        "routine_name": data.routine_name,
        "symptoms": list(data.symptoms),
        "pain_side": data.pain_side.value,
        "planned_steps": [{"code": p.code, "side": p.side.value, "seconds": p.seconds} for p in data.planned_steps],
        "planned_seconds": data.planned_seconds,
        "pain_before": data.pain_before,
        "pain_after": data.pain_after,
        "note_before": data.note_before,
        "note": data.note,
        "status": data.status.value,
    }


def _step_values(session_id: int, step: StepData) -> dict[str, Any]:
    return {
        "session_id": session_id,
        "ordinal": step.ordinal,
        "point_code": step.code,
        "side": step.side.value,
        "planned_seconds": step.planned_seconds,
        "actual_seconds": step.actual_seconds,
        "outcome": step.outcome.value,
        "ended_at": to_stored_time(step.ended_at),
    }
