"""History aggregates computed in SQL, checked against a small history worked out by hand."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from acupress_desktop.domain.history import HistoryFilter, SortKey
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import Routine, RoutineStep
from acupress_desktop.domain.session import SessionStatus
from acupress_desktop.domain.statistics import important_change
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.history_queries import IMPORTANT_CHANGE, HistoryQueries
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import open_user_database
from acupress_desktop.storage.user_models import SessionRow


def _local(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 11, day, hour, 0).astimezone()  # local time, as a person lives it


@pytest.fixture
def history(tmp_path: Path) -> tuple[SessionRepository, HistoryQueries]:
    engine = open_user_database(tmp_path).engine
    repository = SessionRepository(engine)
    # day, symptoms, before, after
    for day, symptoms, before, after in [
        (1, ("sciatica",), 6, 4),  # -2, important
        (2, ("sciatica", "headache"), 5, 5),  # 0
        (2, ("headache",), 4, 3),  # -1 (25 %), not important
        (5, ("headache",), 3, 2),  # -1 (33 %), important
        (6, ("sciatica",), 8, 7),  # -1
    ]:
        repository.add_manual(symptoms, PainSide.LEFT, before, after, _local(day), 10, f"day {day}")
    return repository, HistoryQueries(engine)


def test_stats_match_the_hand_computed_figures(history: tuple[SessionRepository, HistoryQueries]) -> None:
    _repo, queries = history
    stats = queries.stats(HistoryFilter(), today=date(2026, 11, 6))
    assert stats.sessions == 5 and stats.scored == 5
    assert stats.average_change == pytest.approx((-2 + 0 - 1 - 1 - 1) / 5)
    assert stats.important == 2
    assert stats.first_day == date(2026, 11, 1) and stats.last_day == date(2026, 11, 6)
    assert stats.streak_days == 2  # 5 and 6 November
    assert stats.practised_days == 4


def test_filters_by_date_symptom_and_status(history: tuple[SessionRepository, HistoryQueries]) -> None:
    _repo, queries = history
    assert queries.count(HistoryFilter(symptom="headache")) == 3
    assert queries.count(HistoryFilter(date_from=date(2026, 11, 2), date_to=date(2026, 11, 5))) == 3
    assert queries.count(HistoryFilter(status=SessionStatus.STOPPED)) == 0


def test_daily_averages_for_the_chart(history: tuple[SessionRepository, HistoryQueries]) -> None:
    _repo, queries = history
    days = {d.day.day: d for d in queries.daily(HistoryFilter())}
    assert set(days) == {1, 2, 5, 6}
    assert days[2].sessions == 2 and days[2].average_before == 4.5 and days[2].average_after == 4.0


def test_per_symptom_summary_counts_the_sessions_behind_each_figure(
    history: tuple[SessionRepository, HistoryQueries],
) -> None:
    _repo, queries = history
    summary = {key: (n, avg) for key, n, avg in queries.by_symptom(HistoryFilter())}
    assert summary["sciatica"] == (3, pytest.approx(-1.0))  # -2, 0, -1
    assert summary["headache"] == (3, pytest.approx(-2 / 3))  # 0, -1, -1


def test_per_point_summary_uses_completed_steps(tmp_path: Path) -> None:
    engine = open_user_database(tmp_path).engine
    repository = SessionRepository(engine)
    routine = Routine(
        "R", PlanRequest(("sciatica",), PainSide.LEFT, False, False, False, frozenset(), 10),
        (RoutineStep("TUNG-22.05", Side.RIGHT, 1, "", ()), RoutineStep("GB30", Side.LEFT, 1, "", ())),
    )  # fmt: skip
    clock = [0.0]
    for before, after, skip_second in [(6, 3, False), (5, 5, True)]:
        recorder = SessionRecorder(repository, routine, monotonic=lambda: clock[0])
        recorder.begin(before)
        clock[0] += 1
        recorder.tick()
        if skip_second:
            recorder.skip()
        else:
            clock[0] += 1
            recorder.tick()
        recorder.end(after)
    summary = {key: (n, avg) for key, n, avg in HistoryQueries(engine).by_point(HistoryFilter())}
    assert summary["TUNG-22.05"] == (2, pytest.approx(-1.5))
    assert summary["GB30"] == (1, pytest.approx(-3.0))


def test_pages_sort_by_any_column(history: tuple[SessionRepository, HistoryQueries]) -> None:
    _repo, queries = history
    newest = queries.page(HistoryFilter(), 0, 2)
    assert [e.note for e in newest] == ["day 6", "day 5"]
    by_change = queries.page(HistoryFilter(), 0, 5, SortKey.CHANGE, descending=False)
    assert by_change[0].note == "day 1"  # -2 is the biggest drop
    assert [e.note for e in queries.page(HistoryFilter(), 4, 10)] == ["day 1"]


def test_edit_delete_and_undo(history: tuple[SessionRepository, HistoryQueries]) -> None:
    repo, queries = history
    target = queries.page(HistoryFilter(), 0, 1)[0]
    queries.update_scores(target.id, 9, 2, "edited")
    assert repo.get(target.id).pain_before == 9 and repo.get(target.id).note == "edited"
    deleted = queries.delete(target.id)
    assert queries.count(HistoryFilter()) == 4
    queries.restore(deleted)
    restored = repo.get(target.id)
    assert queries.count(HistoryFilter()) == 5 and restored.note == "edited"
    assert restored.started_at == target.started_at.astimezone(UTC)
    assert restored.started_at - target.started_at == timedelta(0)


def test_what_helps_leaves_out_sessions_without_both_scores(tmp_path: Path) -> None:
    engine = open_user_database(tmp_path).engine
    repository = SessionRepository(engine)
    routine = Routine("R", PlanRequest(("sciatica",), PainSide.LEFT), (RoutineStep("GB30", Side.LEFT, 1, "", ()),))
    clock = [0.0]
    for before, after in [(6, 4), (5, None), (None, None)]:
        recorder = SessionRecorder(repository, routine, monotonic=lambda: clock[0])
        recorder.begin(before)
        clock[0] += 1
        recorder.tick()
        recorder.end(after)
    queries = HistoryQueries(engine)
    assert {k: n for k, n, _avg in queries.by_symptom(HistoryFilter())} == {"sciatica": 1}
    assert {k: n for k, n, _avg in queries.by_point(HistoryFilter())} == {"GB30": 1}


def test_sql_and_python_agree_on_what_counts_as_an_important_change(tmp_path: Path) -> None:
    """Every pair of scores 0-10 (and a missing score): exactly 2 points, exactly 30 %, before = 0."""
    engine = open_user_database(tmp_path).engine
    repository, queries = SessionRepository(engine), HistoryQueries(engine)
    scores = [None, *range(11)]
    expected: dict[int, bool] = {}
    for before in scores:
        for after in scores:
            session_id = repository.add_manual(("headache",), PainSide.LEFT, 0, 0, _local(1), 10, "")
            queries.update_scores(session_id, before, after, "")
            expected[session_id] = important_change(before, after)
    with Session(engine) as session:
        in_sql = {row_id: bool(flag) for row_id, flag in session.execute(select(SessionRow.id, IMPORTANT_CHANGE))}
    assert in_sql == expected
    # the edges the rule is about, so a grid that missed them could not pass by luck
    assert important_change(6, 4) and not important_change(6, 5)  # exactly 2 points; 1 of 6 is 17 %
    assert important_change(10, 7) and important_change(3, 2)  # 30 % of 10 is also 3 points; 1 of 3 is 33 %
    assert not important_change(4, 3) and not important_change(0, 0)  # 25 %; nothing to drop from
    assert queries.stats(HistoryFilter(), today=date(2026, 11, 1)).important == sum(expected.values())
