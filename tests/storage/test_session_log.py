"""The session log writes each event at once and reads back what happened."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from acupress_desktop.domain.history import SessionSource
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.session import SessionStatus, StepOutcome
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.plain_reads import mark_unfinished_interrupted
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import USER_DB_NAME, open_user_database
from tests.domain.factories import FakeClock, make_routine

ROUTINE = make_routine("Test")


@pytest.fixture
def repository(tmp_path: Path) -> SessionRepository:
    return SessionRepository(open_user_database(tmp_path).engine)


def test_each_step_is_in_the_database_the_moment_it_ends(repository: SessionRepository) -> None:
    clock = FakeClock()
    recorder = SessionRecorder(repository, ROUTINE, monotonic=clock)
    session_id = recorder.begin(pain_before=6, note_before="stiff")
    entry = repository.get(session_id)
    assert entry.status is SessionStatus.RUNNING and entry.pain_before == 6 and entry.steps == ()
    clock.now += 60
    assert recorder.tick() is not None
    assert [s.code for s in repository.get(session_id).steps] == ["TUNG-22.05"]
    clock.now += 90
    recorder.tick()
    recorder.end(pain_after=3, note="better")
    entry = repository.get(session_id)
    assert entry.status is SessionStatus.COMPLETED
    assert (entry.pain_before, entry.pain_after, entry.change) == (6, 3, -3)
    assert [(s.code, s.side, s.outcome) for s in entry.steps] == [
        ("TUNG-22.05", Side.RIGHT, StepOutcome.COMPLETED),
        ("GB30", Side.LEFT, StepOutcome.COMPLETED),
    ]


def test_stopping_early_logs_stopped_and_a_skipped_score_as_missing(repository: SessionRepository) -> None:
    clock = FakeClock()
    recorder = SessionRecorder(repository, ROUTINE, monotonic=clock)
    session_id = recorder.begin(pain_before=None)
    clock.now += 20
    recorder.stop()
    recorder.end(pain_after=None)
    entry = repository.get(session_id)
    assert entry.status is SessionStatus.STOPPED
    assert entry.pain_before is None and entry.pain_after is None and entry.change is None
    assert [(s.outcome, s.actual_seconds) for s in entry.steps] == [(StepOutcome.SKIPPED, 20.0)]


def test_unfinished_sessions_become_interrupted_and_keep_their_steps(
    repository: SessionRepository, tmp_path: Path
) -> None:
    clock = FakeClock()
    recorder = SessionRecorder(repository, ROUTINE, monotonic=clock)
    session_id = recorder.begin(pain_before=5)
    clock.now += 60
    recorder.tick()
    assert mark_unfinished_interrupted(tmp_path / USER_DB_NAME) == 1  # what every start does
    entry = repository.get(session_id)
    assert entry.status is SessionStatus.INTERRUPTED and len(entry.steps) == 1


def test_manual_entries_are_listed_newest_first(repository: SessionRepository) -> None:
    older = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    newer = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    repository.add_manual(("headache",), PainSide.NONE, 5, 2, older, 10, "")
    repository.add_manual(("sciatica",), PainSide.LEFT, 7, 4, newer, 15, "at work")
    entries = repository.newest_first()
    assert [e.symptoms for e in entries] == [("sciatica",), ("headache",)]
    assert entries[0].source is SessionSource.MANUAL and entries[0].minutes == 15
    assert entries[0].started_at == newer


def test_running_through_with_a_skipped_step_is_logged_partial(repository: SessionRepository) -> None:
    clock = FakeClock()
    recorder = SessionRecorder(repository, ROUTINE, monotonic=clock)
    session_id = recorder.begin(pain_before=5)
    clock.now += 10
    recorder.skip()
    clock.now += 90
    recorder.tick()
    recorder.end(pain_after=4)
    assert repository.get(session_id).status is SessionStatus.PARTIAL


def test_an_empty_stopped_session_can_be_discarded_and_a_scored_one_cannot(repository: SessionRepository) -> None:
    empty = SessionRecorder(repository, ROUTINE, monotonic=FakeClock())
    empty.begin(pain_before=None)
    empty.stop()
    assert empty.empty and empty.discard()
    scored = SessionRecorder(repository, ROUTINE, monotonic=FakeClock())
    kept_id = scored.begin(pain_before=4)
    scored.stop()
    assert not scored.empty and not scored.discard()
    scored.end(None)
    assert [entry.id for entry in repository.newest_first()] == [kept_id]


def test_the_note_can_be_written_after_the_session_ended(repository: SessionRepository) -> None:
    recorder = SessionRecorder(repository, ROUTINE, monotonic=FakeClock())
    session_id = recorder.begin(pain_before=4)
    recorder.end(3, "first")
    recorder.set_note("  calmer now ")
    assert repository.get(session_id).note == "  calmer now "  # kept exactly as written (issue 15)
