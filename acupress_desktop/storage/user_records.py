"""The one conversion from stored routines and sessions to domain objects, for the ORM repositories and the plain
sqlite3 reads alike (storage.plain_reads); it imports no SQLAlchemy, so start-up can use it without the ORM.

A stored row is anything with the table's columns as attributes: an ORM row, or plain_reads' records.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from acupress_desktop.domain.avoid import split_avoid
from acupress_desktop.domain.history import SessionEntry, SessionSource
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import Routine, RoutineStep
from acupress_desktop.domain.session import SessionStatus, StepOutcome, StepRecord
from acupress_desktop.domain.stored import stored_enum

# How SQLAlchemy's DateTime stores a moment in SQLite; plain sqlite3 reads and bounds must use the same text.
STORED_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_stored_time(moment: datetime) -> datetime:
    """Times are stored as naive UTC (SQLite has no time zones)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_stored_time(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC)


class StoredRoutineStep(Protocol):
    @property
    def point_code(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def seconds(self) -> int: ...
    @property
    def instruction(self) -> str: ...
    @property
    def why(self) -> list[Any]: ...


class StoredRoutine(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def symptoms(self) -> list[Any]: ...
    @property
    def pain_side(self) -> str: ...
    @property
    def pregnant(self) -> bool: ...
    @property
    def anticoagulants(self) -> bool: ...
    @property
    def varicose_veins(self) -> bool: ...
    @property
    def avoid_regions(self) -> list[Any]: ...
    @property
    def minutes(self) -> int: ...
    @property
    def steps(self) -> Sequence[StoredRoutineStep]: ...


class StoredStep(Protocol):
    @property
    def ordinal(self) -> int: ...
    @property
    def point_code(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def planned_seconds(self) -> int: ...
    @property
    def actual_seconds(self) -> float: ...
    @property
    def outcome(self) -> str: ...


class StoredSession(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def ended_at(self) -> datetime | None: ...
    @property
    def source(self) -> str: ...
    @property
    def routine_id(self) -> int | None: ...
    @property
    def routine_name(self) -> str: ...
    @property
    def symptoms(self) -> list[Any]: ...
    @property
    def pain_side(self) -> str: ...
    @property
    def planned_steps(self) -> list[Any]: ...
    @property
    def planned_seconds(self) -> int: ...
    @property
    def pain_before(self) -> int | None: ...
    @property
    def pain_after(self) -> int | None: ...
    @property
    def note_before(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def status(self) -> str: ...


def routine_from_row(row: StoredRoutine) -> Routine:
    """The one conversion from a stored routine to the domain's."""
    avoid, avoid_one_side = split_avoid(str(token) for token in row.avoid_regions)
    return Routine(
        id=row.id,
        name=row.name,
        request=PlanRequest(
            symptoms=tuple(str(s) for s in row.symptoms),
            pain_side=stored_enum(PainSide, row.pain_side),
            pregnant=row.pregnant,
            anticoagulants=row.anticoagulants,
            varicose_veins=row.varicose_veins,
            avoid_regions=avoid,
            minutes=row.minutes,
            avoid_one_side=avoid_one_side,
        ),
        steps=tuple(
            RoutineStep(s.point_code, stored_enum(Side, s.side), s.seconds, s.instruction, tuple(str(w) for w in s.why))
            for s in row.steps
        ),
    )


def entry_from_row(row: StoredSession, steps: Sequence[StoredStep] = ()) -> SessionEntry:
    """The one conversion from a stored session (and its steps, when they were read) to the domain's."""
    return SessionEntry(
        id=row.id,
        started_at=from_stored_time(row.started_at),
        ended_at=from_stored_time(row.ended_at) if row.ended_at else None,
        source=stored_enum(SessionSource, row.source),
        routine_name=row.routine_name,
        symptoms=tuple(str(s) for s in row.symptoms),
        pain_side=stored_enum(PainSide, row.pain_side),
        planned_seconds=row.planned_seconds,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        note_before=row.note_before,
        note=row.note,
        status=stored_enum(SessionStatus, row.status),
        steps=tuple(
            StepRecord(
                s.ordinal,
                s.point_code,
                stored_enum(Side, s.side),
                s.planned_seconds,
                s.actual_seconds,
                stored_enum(StepOutcome, s.outcome),
            )
            for s in steps
        ),
    )


def planned_routine(row: StoredSession) -> Routine | None:
    """The routine a guided session ran, as planned (id set if it came from a saved routine); its steps carry no
    instruction, which the caller fills in from the catalogue."""
    if not row.planned_steps:
        return None
    return Routine(
        name=row.routine_name,
        request=PlanRequest(
            symptoms=tuple(str(s) for s in row.symptoms),
            pain_side=PainSide(row.pain_side),
            minutes=max(1, -(-row.planned_seconds // 60)),
        ),
        steps=tuple(RoutineStep(str(s["code"]), Side(s["side"]), int(s["seconds"]), "", ()) for s in row.planned_steps),
        id=row.routine_id,
    )
