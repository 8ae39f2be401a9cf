"""Saved routines in the user database, returned as domain Routines."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from acupress_desktop.domain.avoid import avoid_tokens
from acupress_desktop.domain.errors import RoutineNotFoundError
from acupress_desktop.domain.routine import Routine, RoutineEditError, RoutineStep, clean_name
from acupress_desktop.storage.user_models import RoutineRow, RoutineStepRow
from acupress_desktop.storage.user_records import routine_from_row, to_stored_time


def _now() -> datetime:
    return to_stored_time(datetime.now(UTC))


class RoutineRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, routine: Routine, name: str) -> Routine:
        """Store a new routine under a name not used yet; returns it with its id."""
        name = clean_name(name)
        if not routine.steps:
            raise RoutineEditError("An empty routine cannot be saved.")
        now = _now()
        row = routine_to_row(routine, name, now, now)
        with Session(self._engine) as session:
            self._ensure_free(session, name)
            session.add(row)
            session.commit()
            return routine_from_row(row)

    def replace_steps(self, routine_id: int, steps: tuple[RoutineStep, ...]) -> Routine:
        with Session(self._engine) as session:
            row = self._row(session, routine_id)
            row.steps = [_step_row(i, step) for i, step in enumerate(steps)]
            row.updated_at = _now()
            session.commit()
            return routine_from_row(row)

    def list(self) -> tuple[Routine, ...]:
        with Session(self._engine) as session:
            rows = session.scalars(
                select(RoutineRow).options(selectinload(RoutineRow.steps)).order_by(func.lower(RoutineRow.name))
            ).all()
            return tuple(routine_from_row(row) for row in rows)

    def get(self, routine_id: int) -> Routine:
        with Session(self._engine) as session:
            return routine_from_row(self._row(session, routine_id))

    def get_by_name(self, name: str) -> Routine:
        with Session(self._engine) as session:
            row = session.scalar(select(RoutineRow).where(func.lower(RoutineRow.name) == clean_name(name).lower()))
            if row is None:
                raise RoutineNotFoundError(f"no saved routine called '{name}'")
            return routine_from_row(row)

    def rename(self, routine_id: int, new_name: str) -> Routine:
        new_name = clean_name(new_name)
        with Session(self._engine) as session:
            row = self._row(session, routine_id)
            if new_name.lower() != row.name.lower():
                self._ensure_free(session, new_name)
            row.name = new_name
            row.updated_at = _now()
            session.commit()
            return routine_from_row(row)

    def delete(self, routine_id: int) -> None:
        with Session(self._engine) as session:
            session.delete(self._row(session, routine_id))
            session.commit()

    @staticmethod
    def _row(session: Session, routine_id: int) -> RoutineRow:
        row = session.get(RoutineRow, routine_id)
        if row is None:
            raise RoutineNotFoundError(f"routine {routine_id} no longer exists")
        return row

    @staticmethod
    def _ensure_free(session: Session, name: str) -> None:
        taken = session.scalar(select(RoutineRow.id).where(func.lower(RoutineRow.name) == name.lower()))
        if taken is not None:
            raise RoutineEditError(f"A routine called '{name}' already exists; choose another name.")


def routine_to_row(routine: Routine, name: str, created_at: datetime, updated_at: datetime) -> RoutineRow:
    """The one conversion from a domain routine to a stored one (times naive UTC)."""
    return RoutineRow(
        name=name,
        created_at=created_at,
        updated_at=updated_at,
        symptoms=list(routine.request.symptoms),
        pain_side=routine.request.pain_side.value,
        pregnant=routine.request.pregnant,
        anticoagulants=routine.request.anticoagulants,
        varicose_veins=routine.request.varicose_veins,
        avoid_regions=avoid_tokens(routine.request.avoid_regions, routine.request.avoid_one_side),
        minutes=routine.request.minutes,
        steps=[_step_row(i, step) for i, step in enumerate(routine.steps)],
    )


def _step_row(ordinal: int, step: RoutineStep) -> RoutineStepRow:
    return RoutineStepRow(
        ordinal=ordinal,
        point_code=step.code,
        side=step.side.value,
        seconds=step.seconds,
        instruction=step.instruction,
        why=list(step.why),
    )


__all__ = ["IntegrityError", "RoutineNotFoundError", "RoutineRepository"]
