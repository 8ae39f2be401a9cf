"""What start-up and Home read from the user's database, on the standard library's sqlite3.

Importing SQLAlchemy's ORM costs about as much as showing the whole window, so the few questions asked before the
app is ready (saved routines, the last guided routine, today's sessions, the month's trend) and the marking of
interrupted sessions are plain SQL here. Rows become domain objects through the same conversions the ORM
repositories use (user_records); tests/storage/test_plain_reads.py checks that both give equal objects.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from acupress_desktop.domain.history import SessionEntry, SessionSource
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.session import SessionStatus
from acupress_desktop.domain.statistics import IMPORTANT_FRACTION, IMPORTANT_POINTS, HistoryStats, streak
from acupress_desktop.storage.user_db import describe_failure
from acupress_desktop.storage.user_records import (
    STORED_TIME_FORMAT,
    entry_from_row,
    planned_routine,
    routine_from_row,
    to_stored_time,
)

_SCORED = "pain_before IS NOT NULL AND pain_after IS NOT NULL"
# The same rule as history_queries.IMPORTANT_CHANGE and domain.statistics.important_change (a test checks all agree)
_IMPORTANT = (
    f"{_SCORED} AND pain_after < pain_before "
    "AND (pain_before - pain_after >= :points OR pain_before - pain_after >= pain_before * :fraction)"
)
_LOCAL_DAY = "date(started_at, 'localtime')"


@dataclass(frozen=True)
class _RoutineStepRecord:
    point_code: str
    side: str
    seconds: int
    instruction: str
    why: list[Any]


@dataclass(frozen=True)
class _RoutineRecord:
    id: int
    name: str
    symptoms: list[Any]
    pain_side: str
    pregnant: bool
    anticoagulants: bool
    varicose_veins: bool
    avoid_regions: list[Any]
    minutes: int
    steps: Sequence[_RoutineStepRecord]


@dataclass(frozen=True)
class _SessionRecord:
    id: int
    started_at: datetime
    ended_at: datetime | None
    source: str
    routine_id: int | None
    routine_name: str
    symptoms: list[Any]
    pain_side: str
    planned_steps: list[Any]
    planned_seconds: int
    pain_before: int | None
    pain_after: int | None
    note_before: str
    note: str
    status: str


def _stored(moment: datetime) -> str:
    return to_stored_time(moment).strftime(STORED_TIME_FORMAT)


def _day_start(day: date) -> str:
    """The first moment of a local day, as the stored (naive UTC) text that sorts with the stored times."""
    return _stored(datetime.combine(day, time()).astimezone())


def _session(row: sqlite3.Row) -> _SessionRecord:
    return _SessionRecord(
        id=row["id"],
        started_at=datetime.fromisoformat(row["started_at"]),
        ended_at=datetime.fromisoformat(row["ended_at"]) if row["ended_at"] else None,
        source=row["source"],
        routine_id=row["routine_id"],
        routine_name=row["routine_name"],
        symptoms=json.loads(row["symptoms"]),
        pain_side=row["pain_side"],
        planned_steps=json.loads(row["planned_steps"]),
        planned_seconds=row["planned_seconds"],
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        note_before=row["note_before"],
        note=row["note"],
        status=row["status"],
    )


class PlainReads:
    """Reads on a connection of their own, each in one transaction, so they never wait for SQLAlchemy."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self._path)
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA busy_timeout = 5000")
            yield connection
        finally:
            connection.close()

    def saved_routines(self) -> tuple[Routine, ...]:
        """As RoutineRepository.list: by name, case ignored, each with its steps in order."""
        with self._connection() as connection:
            steps: dict[int, list[_RoutineStepRecord]] = {}
            for step in connection.execute(
                "SELECT routine_id, point_code, side, seconds, instruction, why FROM routine_steps "
                "ORDER BY routine_id, ordinal"
            ):
                steps.setdefault(step["routine_id"], []).append(
                    _RoutineStepRecord(
                        step["point_code"], step["side"], step["seconds"], step["instruction"], json.loads(step["why"])
                    )
                )
            rows = connection.execute(
                "SELECT id, name, symptoms, pain_side, pregnant, anticoagulants, varicose_veins, avoid_regions, "
                "minutes FROM routines ORDER BY lower(name)"
            ).fetchall()
        return tuple(
            routine_from_row(
                _RoutineRecord(
                    id=row["id"],
                    name=row["name"],
                    symptoms=json.loads(row["symptoms"]),
                    pain_side=row["pain_side"],
                    pregnant=bool(row["pregnant"]),
                    anticoagulants=bool(row["anticoagulants"]),
                    varicose_veins=bool(row["varicose_veins"]),
                    avoid_regions=json.loads(row["avoid_regions"]),
                    minutes=row["minutes"],
                    steps=steps.get(row["id"], []),
                )
            )
            for row in rows
        )

    def last_guided_routine(self) -> Routine | None:
        """The routine of the newest guided session, as planned (id set if it came from a saved routine); its steps
        carry no instruction (the caller fills those in from the catalogue)."""
        with self._connection() as connection:
            row = connection.execute(
                "SELECT * FROM sessions WHERE source = ? ORDER BY started_at DESC, id DESC LIMIT 1",
                (SessionSource.GUIDED.value,),
            ).fetchone()
        return None if row is None else planned_routine(_session(row))

    def sessions_between(self, first: date, last: date, limit: int) -> tuple[SessionEntry, ...]:
        """As HistoryQueries.page for these local days, oldest first, without steps."""
        with self._connection() as connection:
            rows = connection.execute(
                "SELECT * FROM sessions WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id LIMIT ?",
                (*self._bounds(first, last), limit),
            ).fetchall()
        return tuple(entry_from_row(_session(row)) for row in rows)

    def stats_between(self, first: date, last: date, today: date) -> HistoryStats:
        """As HistoryQueries.stats for these local days."""
        bounds = dict(zip(("start", "end"), self._bounds(first, last), strict=True))
        where = "WHERE started_at >= :start AND started_at < :end"
        with self._connection() as connection:
            total, first_day, last_day, scored, average, important = connection.execute(
                f"SELECT count(id), min({_LOCAL_DAY}), max({_LOCAL_DAY}), "
                f"sum(CASE WHEN {_SCORED} THEN 1 ELSE 0 END), "
                f"avg(CASE WHEN {_SCORED} THEN pain_after - pain_before END), "
                f"sum(CASE WHEN {_IMPORTANT} THEN 1 ELSE 0 END) FROM sessions {where}",
                {**bounds, "points": IMPORTANT_POINTS, "fraction": IMPORTANT_FRACTION},
            ).fetchone()
            practised = connection.execute(f"SELECT DISTINCT {_LOCAL_DAY} FROM sessions {where}", bounds)
            days = [date.fromisoformat(day) for (day,) in practised]
        return HistoryStats(
            sessions=int(total or 0),
            first_day=date.fromisoformat(first_day) if first_day else None,
            last_day=date.fromisoformat(last_day) if last_day else None,
            scored=int(scored or 0),
            average_change=None if average is None else float(average),
            important=int(important or 0),
            streak_days=streak(days, today),
            practised_days=len(days),
        )

    @staticmethod
    def _bounds(first: date, last: date) -> tuple[str, str]:
        return _day_start(first), _day_start(date.fromordinal(last.toordinal() + 1))


def mark_unfinished_interrupted(path: Path) -> int:
    """Sessions still 'running' at start-up were cut off by a crash or a kill; their steps stay. One UPDATE in
    one committed transaction, with the same durability as every other write (WAL, full sync)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA synchronous = FULL")
        with connection:
            cursor = connection.execute(
                "UPDATE sessions SET status = ? WHERE status = ?",
                (SessionStatus.INTERRUPTED.value, SessionStatus.RUNNING.value),
            )
        return cursor.rowcount
    except sqlite3.Error as error:  # a full disk, a read-only file: said truly, as the repositories' writes do
        raise describe_failure(error, path) from error
    finally:
        connection.close()
