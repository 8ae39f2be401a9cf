"""Exports of the user's data: the columns (the README documents them from here) and domain -> records.

Pure: no files and no SQL. A CSV row is the flat form of the same record a JSON backup holds, so both formats
share one set of names; exchange_import reads them back with one validation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from acupress_desktop.domain.avoid import avoid_tokens
from acupress_desktop.domain.history import SessionSource
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.session import SessionStatus, StepOutcome

FORMAT_NAME = "acupress-backup"
FORMAT_VERSION = 1
LIST_SEPARATOR = ";"
MAX_IMPORT_BYTES = 256 * 1024 * 1024
# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet. Such cells are written
# with a leading apostrophe; a cell that already starts with apostrophes before one of them gets one more, so
# the import can take exactly one away and give back what was stored.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def restore_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS) else text


class ExchangeError(ValueError):
    """A file that cannot be exported or imported; the message is one plain line."""


class ValidationError(ExchangeError):
    """Bad content and where it is, so the person can find it in the file."""

    def __init__(self, where: str, message: str) -> None:
        message = " ".join(message.split())  # one line, whatever the file held
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str


SESSION_COLUMNS: tuple[Column, ...] = (
    Column("id", "the session's number in this export (the steps file refers to it); ignored on import"),
    Column("started_at", "when it started, ISO-8601 with UTC offset (2026-11-20T09:30:00+01:00)"),
    Column("ended_at", "when it ended, same form; empty if it never ended"),
    Column("source", "`guided` (run in the app) or `manual` (logged afterwards)"),
    Column("routine", "name of the routine followed; empty for a manual entry"),
    Column("symptoms", "symptom ids from the catalogue (`acupress symptoms`), separated by `;`"),
    Column("side", "side of the pain: `left`, `right`, `both` or `none`"),
    Column("planned_seconds", "planned length in seconds (a manual entry: its minutes × 60)"),
    Column("planned_steps", "the routine's steps as `CODE:side:seconds`, separated by `;`"),
    Column("pain_before", "pain 0-10 before; empty if not given"),
    Column("pain_after", "pain 0-10 after; empty if not given"),
    Column(
        "status",
        "`running`, `completed`, `partial` (some steps skipped), `stopped` or `interrupted` "
        "(running is imported as interrupted)",
    ),
    Column("note_before", "note written before the session"),
    Column("note", "note written after the session"),
)
STEP_COLUMNS: tuple[Column, ...] = (
    Column("session_id", "the `id` of its session in the sessions file"),
    Column("ordinal", "the step's place in the routine, from 0"),
    Column("point", "the point's code, e.g. `LI4`"),
    Column("side", "`left`, `right`, `both` (pressed together) or `midline`"),
    Column("planned_seconds", "seconds planned for the step"),
    Column("actual_seconds", "seconds actually pressed"),
    Column("outcome", "`completed` or `skipped`"),
    Column("ended_at", "when the step ended, ISO-8601 with UTC offset"),
)


def columns_table(columns: Iterable[Column]) -> str:
    """The Markdown table the README shows; a test keeps the README equal to it."""
    lines = ["| column | meaning |", "|---|---|"]
    lines += [f"| `{c.name}` | {c.meaning} |" for c in columns]
    return "\n".join(lines)


@dataclass(frozen=True)
class PlannedStep:
    code: str
    side: Side
    seconds: int


@dataclass(frozen=True)
class StepData:
    ordinal: int
    code: str
    side: Side
    planned_seconds: int
    actual_seconds: float
    outcome: StepOutcome
    ended_at: datetime


@dataclass(frozen=True)
class SessionData:
    """A session with everything the database keeps about it, as it travels in a file."""

    started_at: datetime  # aware
    ended_at: datetime | None
    source: SessionSource
    routine_name: str
    symptoms: tuple[str, ...]
    pain_side: PainSide
    planned_seconds: int
    planned_steps: tuple[PlannedStep, ...]
    pain_before: int | None
    pain_after: int | None
    status: SessionStatus
    note_before: str
    note: str
    steps: tuple[StepData, ...] = ()
    id: int | None = None
    routine_ref: int | None = None  # the id of its saved routine within the same export


@dataclass(frozen=True)
class SavedRoutine:
    routine: Routine  # its id is the one used in the export
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Backup:
    routines: tuple[SavedRoutine, ...]
    sessions: tuple[SessionData, ...]


@dataclass(frozen=True)
class ImportReport:
    sessions_added: int
    sessions_skipped: int
    routines_added: int
    routines_skipped: int

    def summary(self) -> str:
        return (
            f"imported {self.sessions_added} sessions ({self.sessions_skipped} already present) and "
            f"{self.routines_added} routines ({self.routines_skipped} skipped: name already taken)"
        )


SessionKey = tuple[datetime, str, tuple[str, ...]]


def session_key(started_at: datetime, routine_name: str, symptoms: Iterable[str]) -> SessionKey:
    """Two sessions are the same when they started at the same moment for the same routine and symptoms."""
    return started_at.astimezone(UTC), routine_name, tuple(sorted(symptoms))


# -- export ----------------------------------------------------------------------------------------


def iso(moment: datetime | None) -> str | None:
    """Local time with its UTC offset: readable in a spreadsheet and exact on import."""
    return None if moment is None else moment.astimezone().isoformat()


def session_record(session: SessionData, with_steps: bool = True) -> dict[str, Any]:
    """The JSON form of a session; its keys are the CSV's columns, plus its steps and routine link."""
    record = {
        "id": session.id,
        "started_at": iso(session.started_at),
        "ended_at": iso(session.ended_at),
        "source": session.source.value,
        "routine": session.routine_name,
        "symptoms": list(session.symptoms),
        "side": session.pain_side.value,
        "planned_seconds": session.planned_seconds,
        "planned_steps": [{"point": p.code, "side": p.side.value, "seconds": p.seconds} for p in session.planned_steps],
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "status": session.status.value,
        "note_before": session.note_before,
        "note": session.note,
        "routine_id": session.routine_ref,
    }
    if with_steps:
        record["steps"] = [step_record(s) for s in session.steps]
    return record


def step_record(step: StepData) -> dict[str, Any]:
    return {
        "ordinal": step.ordinal,
        "point": step.code,
        "side": step.side.value,
        "planned_seconds": step.planned_seconds,
        "actual_seconds": step.actual_seconds,
        "outcome": step.outcome.value,
        "ended_at": iso(step.ended_at),
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        text = LIST_SEPARATOR.join(
            f"{v['point']}:{v['side']}:{v['seconds']}" if isinstance(v, dict) else str(v) for v in value
        )
    else:
        text = str(value)
    return neutralise_cell(text)


def session_row(session: SessionData) -> list[str]:
    record = session_record(session, with_steps=False)
    return [_cell(record[c.name]) for c in SESSION_COLUMNS]


def step_rows(session: SessionData) -> list[list[str]]:
    records = [{**step_record(s), "session_id": session.id} for s in session.steps]
    return [[_cell(r[c.name]) for c in STEP_COLUMNS] for r in records]


def routine_record(saved: SavedRoutine) -> dict[str, Any]:
    routine = saved.routine
    return {
        "id": routine.id,
        "name": routine.name,
        "created_at": iso(saved.created_at),
        "updated_at": iso(saved.updated_at),
        "symptoms": list(routine.request.symptoms),
        "side": routine.request.pain_side.value,
        "pregnant": routine.request.pregnant,
        "anticoagulants": routine.request.anticoagulants,
        "varicose_veins": routine.request.varicose_veins,
        "avoid_regions": avoid_tokens(routine.request.avoid_regions, routine.request.avoid_one_side),
        "minutes": routine.request.minutes,
        "steps": [
            {
                "point": s.code,
                "side": s.side.value,
                "seconds": s.seconds,
                "instruction": s.instruction,
                "why": list(s.why),
            }
            for s in routine.steps
        ],
    }


def backup_record(backup: Backup, exported_at: datetime, app_version: str) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": iso(exported_at),
        "app_version": app_version,
        "routines": [routine_record(r) for r in backup.routines],
        "sessions": [session_record(s) for s in backup.sessions],
    }
