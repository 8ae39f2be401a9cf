"""Statistics on small hand-made histories, checked against figures worked out by hand."""

from datetime import date

import pytest

from acupress_desktop.domain.statistics import (
    DayValue,
    HistoryStats,
    important_band,
    important_change,
    moving_average,
    streak,
)


@pytest.mark.parametrize(
    ("before", "after", "important"),
    [(6, 4, True), (6, 5, False), (3, 2, True), (10, 8, True), (10, 9, False), (2, 3, False), (None, 3, False)],
)
def test_important_change_is_two_points_or_thirty_percent(before: int | None, after: int, important: bool) -> None:
    # 3 -> 2 is only 1 point but 33 %; 10 -> 8 is 2 points (20 %)
    assert important_change(before, after) is important


def test_the_band_is_the_range_that_would_count_as_important() -> None:
    assert important_band(8) == (0.0, 6.0)  # 2 points is less than 30 % of 8 (2.4)
    assert important_band(5) == (0.0, 3.5)  # 30 % of 5 is 1.5, less than 2 points


def test_seven_day_moving_average_by_hand() -> None:
    values = [DayValue(date(2026, 11, d), v) for d, v in [(1, 6), (2, 4), (2, 2), (8, 8), (9, 1)]]
    result = moving_average(values)
    # a day's window is that day and the six before it
    assert result == [
        DayValue(date(2026, 11, 1), 6.0, 1),
        DayValue(date(2026, 11, 2), 4.0, 3),  # (6 + 4 + 2) / 3
        DayValue(date(2026, 11, 8), 14 / 3, 3),  # 1 Nov has left the window: (4 + 2 + 8) / 3
        DayValue(date(2026, 11, 9), 4.5, 2),  # 2 Nov has left too: (8 + 1) / 2
    ]


def test_streak_counts_consecutive_days_to_today_or_yesterday() -> None:
    days = [date(2026, 11, d) for d in (15, 17, 18, 19, 20)]
    assert streak(days, date(2026, 11, 20)) == 4
    assert streak(days, date(2026, 11, 21)) == 4  # today not done yet
    assert streak(days, date(2026, 11, 23)) == 0


def test_stats_in_plain_words() -> None:
    stats = HistoryStats(
        sessions=6,
        first_day=date(2026, 11, 1),
        last_day=date(2026, 11, 14),
        scored=4,
        average_change=-1.5,
        important=2,
        streak_days=3,
        practised_days=5,
    )
    assert stats.sessions_per_week == pytest.approx(3.0)
    words = " ".join(stats.in_words())
    assert "about 3.0 a week" in words and "1.5 points lower" in words and "50%" in words
    assert "too few" in words


def test_daily_averages_weighted_by_sessions_equal_the_session_average() -> None:
    days = [DayValue(date(2026, 11, 1), 4.0, 1), DayValue(date(2026, 11, 2), 3.0, 3)]
    assert moving_average(days)[-1].value == pytest.approx((4 + 3 * 3) / 4)


def test_one_scored_session_reads_in_the_singular() -> None:
    stats = HistoryStats(
        sessions=1,
        first_day=date(2026, 12, 2),
        last_day=date(2026, 12, 2),
        scored=1,
        average_change=-3.0,
        important=1,
        streak_days=1,
        practised_days=1,
    )
    words = " ".join(stats.in_words())
    assert "1 session," in words and "1 day in a row" in words and "(1 scored session)" in words
    assert "Only 1 scored session:" in words and "sessions:" not in words
    assert "The scored session brought an important improvement" in words
    assert (
        stats.trend_line(30) == "Last 30 days: 1 session; pain after a session 3.0 points lower on average (1 scored)."
    )


def test_no_change_on_average_reads_as_the_same() -> None:
    stats = HistoryStats(2, date(2026, 12, 1), date(2026, 12, 2), 2, 0.0, 0, 2, 2)
    assert "pain after a session was the same as before (2 scored sessions)" in " ".join(stats.in_words())
