"""A database written by any earlier version opens in this one with every row intact.

One committed database per schema revision (tests/storage/fixtures/schema_<revision>.db, made once by
make_schema_fixtures.py); each is copied, opened the way the app opens it (migrated to head) and compared row by row
with what it held before. Every new migration adds a fixture and its line in EXPECTED: see fixtures/README.md.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from acupress_desktop.domain.session import SessionStatus, StepOutcome
from acupress_desktop.storage.routine_repository import RoutineRepository
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import USER_DB_NAME, current_revision, head_revision, open_user_database
from tests.storage.fixtures.make_schema_fixtures import fixture_path, known_revisions

# Rows per table in each fixture: what the comparison below must find, so an empty table cannot pass.
EXPECTED: dict[str, dict[str, int]] = {
    "0001": {"routines": 3, "routine_steps": 6},
    "0002": {"routines": 3, "routine_steps": 6, "sessions": 4, "session_steps": 5},
}
Table = tuple[list[str], list[tuple[object, ...]]]


def _tables(path: Path) -> dict[str, Table]:
    """Every table's column names and rows, read with plain SQL from the file as it was committed."""
    connection = sqlite3.connect(path)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = {}
        for name in names:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({name})")]
            tables[name] = (columns, _sorted_rows(connection.execute(f"SELECT * FROM {name}").fetchall()))
        return tables
    finally:
        connection.close()


def _sorted_rows(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return sorted((tuple(row) for row in rows), key=repr)


def _migrated(revision: str, tmp_path: Path) -> tuple[dict[str, Table], Engine, Path | None]:
    """The fixture's rows before, and the engine after opening a copy as the app does."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(fixture_path(revision), data_dir / USER_DB_NAME)
    before = _tables(data_dir / USER_DB_NAME)
    database = open_user_database(data_dir)
    return before, database.engine, database.backup


def test_every_schema_revision_has_a_fixture() -> None:
    assert sorted(EXPECTED) == known_revisions(), "a new migration needs its fixture: see tests/storage/fixtures"
    assert all(fixture_path(revision).exists() for revision in EXPECTED)


@pytest.mark.parametrize("revision", sorted(EXPECTED))
def test_a_fixture_migrates_to_head_with_every_row_intact(revision: str, tmp_path: Path) -> None:
    before, engine, backup = _migrated(revision, tmp_path)
    try:
        assert before.pop("alembic_version")[1] == [(revision,)]
        assert {table: len(rows) for table, (_columns, rows) in before.items()} == EXPECTED[revision]
        assert current_revision(engine) == head_revision()
        assert (backup is not None) == (revision != head_revision())  # an older file is copied before migrating
        with engine.connect() as connection:
            for table, (columns, rows) in before.items():
                after = connection.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
                assert _sorted_rows(after) == rows, f"{table} changed in the migration from {revision}"
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", sorted(EXPECTED))
def test_migrated_routines_read_back_as_saved(revision: str, tmp_path: Path) -> None:
    _before, engine, _backup = _migrated(revision, tmp_path)
    try:
        routines = RoutineRepository(engine).list()
        assert [routine.name for routine in routines] == ["Left sciatica", "Neck at the desk", "Period pain — 经痛"]
        neck = routines[1].steps
        assert [(step.code, step.side.value, step.seconds) for step in neck] == [
            ("GB21", "left", 45),
            ("GB21", "right", 45),
            ("GV20", "midline", 30),
        ]
        assert neck[2].instruction == "Press gently on the crown; it's fine to breathe out."
        assert routines[0].steps[1].why == ("Local point.", "On the painful side.")
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "revision", [revision for revision, tables in sorted(EXPECTED.items()) if "sessions" in tables]
)
def test_migrated_sessions_read_back_as_logged(revision: str, tmp_path: Path) -> None:
    _before, engine, _backup = _migrated(revision, tmp_path)
    try:
        sessions = SessionRepository(engine).newest_first()
        assert [(entry.status, entry.pain_before, entry.pain_after) for entry in sessions] == [
            (SessionStatus.COMPLETED, 6, 3),
            (SessionStatus.INTERRUPTED, None, None),
            (SessionStatus.STOPPED, 5, None),
            (SessionStatus.COMPLETED, 7, 4),
        ]
        manual, _interrupted, stopped, first = sessions
        assert manual.note == "合谷 helped; tea too" and manual.routine_name == ""
        assert first.started_at == datetime(2026, 11, 23, 8, 10, tzinfo=UTC)
        assert [(step.outcome, step.actual_seconds) for step in stopped.steps] == [
            (StepOutcome.COMPLETED, 45.0),
            (StepOutcome.SKIPPED, 25.0),
        ]
    finally:
        engine.dispose()
