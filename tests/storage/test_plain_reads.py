"""Start-up's sqlite3 reads give exactly what the ORM repositories give, so Home shows the same either way."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from acupress_desktop.domain.catalogue import BodyRegion, Catalogue
from acupress_desktop.domain.history import HistoryFilter, SortKey
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest, plan_routine
from acupress_desktop.domain.routine import routine_from_plan
from acupress_desktop.domain.session import SessionStatus, StepOutcome, StepRecord
from acupress_desktop.domain.statistics import important_change
from acupress_desktop.storage.history_queries import HistoryQueries
from acupress_desktop.storage.plain_reads import PlainReads, mark_unfinished_interrupted
from acupress_desktop.storage.routine_repository import RoutineRepository
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import UserDatabase, open_user_database

TODAY = date(2026, 11, 20)


def _local(day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


@pytest.fixture
def database(tmp_path: Path, catalogue: Catalogue) -> UserDatabase:
    """Saved routines, guided sessions (finished, running, one from a saved routine) and manual logs over days."""
    database = open_user_database(tmp_path)
    routines, sessions = RoutineRepository(database.engine), SessionRepository(database.engine)
    request = PlanRequest(
        ("sciatica",), PainSide.LEFT, pregnant=True, avoid_regions=frozenset({BodyRegion.FOOT}), minutes=12,
        avoid_one_side=frozenset({(BodyRegion.HAND, Side.LEFT)}),
    )  # fmt: skip
    planned = routine_from_plan(plan_routine(catalogue, request))
    saved = routines.save(planned, "zebra evening")
    routines.save(routine_from_plan(plan_routine(catalogue, PlanRequest(("headache",), PainSide.BOTH))), "Apple noon")
    queries = HistoryQueries(database.engine)
    for day, before, after in [(1, 6, 4), (2, 5, 5), (19, 4, 3), (20, 3, None), (20, None, None)]:
        logged = sessions.add_manual(("sciatica", "headache"), PainSide.RIGHT, 0, 0, _local(day), 10, "n")
        queries.update_scores(logged, before, after, "n")
    sessions.start(planned, None, "", _local(20, 8))  # still running: a crash cut it off
    done = sessions.start(saved, 7, "stiff", _local(20, 9))
    step = saved.steps[0]
    sessions.record_step(done, StepRecord(0, step.code, step.side, 60, 58.5, StepOutcome.COMPLETED), _local(20, 9, 1))
    sessions.finish(done, SessionStatus.COMPLETED, 4, "better", _local(20, 9, 5))
    return database


def test_saved_routines_are_the_repositorys(database: UserDatabase) -> None:
    expected = RoutineRepository(database.engine).list()
    assert [routine.name for routine in expected] == ["Apple noon", "zebra evening"]  # by name, case ignored
    assert PlainReads(database.path).saved_routines() == expected


def test_the_last_guided_routine_is_the_one_run_last_as_planned(database: UserDatabase) -> None:
    saved = next(routine for routine in RoutineRepository(database.engine).list() if routine.name == "zebra evening")
    last = PlainReads(database.path).last_guided_routine()
    assert last is not None and (last.id, last.name) == (saved.id, saved.name)
    assert last.request.symptoms == saved.request.symptoms and last.request.pain_side is saved.request.pain_side
    assert [(s.code, s.side, s.seconds) for s in last.steps] == [(s.code, s.side, s.seconds) for s in saved.steps]
    assert all(step.instruction == "" for step in last.steps)  # filled in from the catalogue by the service


@pytest.mark.parametrize(
    ("first", "last"), [(TODAY, TODAY), (TODAY - timedelta(days=29), TODAY), (TODAY, TODAY + timedelta(days=3))]
)
def test_sessions_and_figures_of_days_are_the_history_queries(database: UserDatabase, first: date, last: date) -> None:
    queries, reads = HistoryQueries(database.engine), PlainReads(database.path)
    wanted = HistoryFilter(date_from=first, date_to=last)
    assert reads.sessions_between(first, last, 20) == queries.page(wanted, 0, 20, SortKey.STARTED, descending=False)
    assert reads.sessions_between(first, last, 2) == queries.page(wanted, 0, 2, SortKey.STARTED, descending=False)
    assert reads.stats_between(first, last, TODAY) == queries.stats(wanted, TODAY)


def test_no_sessions_at_all_reads_as_empty(tmp_path: Path) -> None:
    reads = PlainReads(open_user_database(tmp_path).path)
    assert reads.saved_routines() == () and reads.last_guided_routine() is None
    assert reads.sessions_between(TODAY, TODAY, 20) == ()
    assert reads.stats_between(TODAY, TODAY, TODAY).sessions == 0


def test_running_sessions_are_marked_interrupted_once(database: UserDatabase) -> None:
    assert mark_unfinished_interrupted(database.path) == 1
    assert mark_unfinished_interrupted(database.path) == 0  # already marked
    statuses = [entry.status for entry in SessionRepository(database.engine).newest_first()]
    assert statuses.count(SessionStatus.INTERRUPTED) == 1 and SessionStatus.RUNNING not in statuses


def test_plain_sql_counts_important_changes_as_python_does(tmp_path: Path) -> None:
    """Every pair of scores 0-10 and a missing one, as tests/storage/test_history_queries.py does for the ORM."""
    database = open_user_database(tmp_path)
    repository, queries = SessionRepository(database.engine), HistoryQueries(database.engine)
    scores = [None, *range(11)]
    expected = 0
    for before in scores:
        for after in scores:
            session_id = repository.add_manual(("headache",), PainSide.LEFT, 0, 0, _local(1), 10, "")
            queries.update_scores(session_id, before, after, "")
            expected += important_change(before, after)
    day = date(2026, 11, 1)
    assert PlainReads(database.path).stats_between(day, day, day).important == expected
