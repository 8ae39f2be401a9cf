"""An import is one transaction, skips what is already there and links sessions to their routines."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from acupress_desktop.domain.exchange import ExchangeError, SavedRoutine, SessionData
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.session import SessionStatus, StepOutcome
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.backup_repository import BackupRepository
from acupress_desktop.storage.routine_repository import RoutineRepository
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import open_user_database
from tests.domain.factories import FakeClock, make_routine

BASE = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
ROUTINE = make_routine("Left sciatica")


def _fill(engine: Engine) -> None:
    """A saved routine, a guided session run through it, and a manual entry."""
    saved = RoutineRepository(engine).save(ROUTINE, "Left sciatica")
    sessions = SessionRepository(engine)
    clock = FakeClock(BASE)
    recorder = SessionRecorder(sessions, saved, monotonic=clock, wall=clock.wall)
    recorder.begin(pain_before=6, note_before="stiff")
    clock.now += 60
    recorder.tick()
    clock.now += 30
    recorder.skip()
    recorder.end(pain_after=3, note="better")
    sessions.add_manual(("headache",), PainSide.NONE, 4, 2, BASE - timedelta(days=1), 15, "at home")


@pytest.fixture
def source(tmp_path: Path) -> BackupRepository:
    engine = open_user_database(tmp_path / "source").engine
    _fill(engine)
    return BackupRepository(engine)


@pytest.fixture
def target(tmp_path: Path) -> BackupRepository:
    return BackupRepository(open_user_database(tmp_path / "target").engine)


def _without_ids(repository: BackupRepository) -> tuple[list[SavedRoutine], list[tuple[SessionData, str | None]]]:
    """The contents with database ids taken out; a session's routine is named instead of numbered."""
    names = {r.routine.id: r.routine.name for r in repository.routines()}
    routines = [replace(r, routine=replace(r.routine, id=None)) for r in repository.routines()]
    sessions = [(replace(s, id=None, routine_ref=None), names.get(s.routine_ref)) for s in repository.sessions()]
    return routines, sessions


def test_sessions_are_read_oldest_first_with_steps_and_their_times(source: BackupRepository) -> None:
    manual, guided = source.sessions()
    assert manual.note == "at home" and manual.steps == () and manual.planned_seconds == 15 * 60
    assert guided.routine_ref == source.routines()[0].routine.id
    assert [(s.code, s.outcome, s.ended_at) for s in guided.steps] == [
        ("TUNG-22.05", StepOutcome.COMPLETED, BASE + timedelta(seconds=60)),
        ("GB30", StepOutcome.SKIPPED, BASE + timedelta(seconds=90)),
    ]
    assert guided.planned_steps[1].code == "GB30" and guided.status is SessionStatus.PARTIAL  # one step skipped


def test_an_import_copies_everything_and_a_second_one_changes_nothing(
    source: BackupRepository, target: BackupRepository
) -> None:
    first = target.import_all(source.routines(), source.sessions())
    assert (first.routines_added, first.routines_skipped, first.sessions_added, first.sessions_skipped) == (1, 0, 2, 0)
    assert _without_ids(target) == _without_ids(source)  # including the session -> routine link
    second = target.import_all(source.routines(), source.sessions())
    assert (second.routines_added, second.routines_skipped, second.sessions_added, second.sessions_skipped) == (
        0,
        1,
        0,
        2,
    )
    assert _without_ids(target) == _without_ids(source)


def test_a_taken_routine_name_is_skipped_ignoring_case_and_its_sessions_link_to_the_one_there(
    source: BackupRepository, target: BackupRepository, tmp_path: Path
) -> None:
    RoutineRepository(open_user_database(tmp_path / "target").engine).save(
        replace(ROUTINE, request=replace(ROUTINE.request, minutes=5)), "LEFT SCIATICA"
    )
    report = target.import_all(source.routines(), source.sessions())
    assert (report.routines_added, report.routines_skipped) == (0, 1)
    (kept,) = target.routines()
    assert kept.routine.request.minutes == 5
    guided = next(s for s in target.sessions() if s.steps)
    assert guided.routine_ref == kept.routine.id


def test_a_failure_part_way_stores_nothing(source: BackupRepository, target: BackupRepository) -> None:
    sessions = source.sessions()
    broken = replace(sessions[-1], started_at=BASE + timedelta(hours=1), pain_after=11)  # only the database checks
    with pytest.raises(ExchangeError, match="nothing was stored"):
        target.import_all(source.routines(), (*sessions, broken))
    assert target.routines() == () and target.sessions() == ()
