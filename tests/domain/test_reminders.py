"""Reminder rules with an injected clock: times, weekdays, logged days, snooze, sleep and clock changes."""

from datetime import date, datetime, time, timedelta

import pytest

from acupress_desktop.domain.reminders import (
    Action,
    ReminderPlan,
    ReminderState,
    decide,
    describe_next,
    format_times,
    next_reminder,
    parse_times,
    quiet_for_today,
    snooze,
)

WEEKDAYS = frozenset(range(5))
PLAN = ReminderPlan(times=(time(9, 0), time(14, 30)), weekdays=WEEKDAYS)
MONDAY = date(2026, 11, 30)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def run(plan: ReminderPlan, moments: list[datetime], logged: bool = False) -> list[datetime]:
    """Ask at every moment in turn, carrying the state as the app does; the moments a reminder showed."""
    state, shown = ReminderState(), []
    for now in moments:
        decision = decide(plan, state, now, logged_today=logged)
        state = decision.state
        if decision.action is Action.SHOW:
            shown.append(now)
    return shown


def every_half_minute(start: datetime, end: datetime) -> list[datetime]:
    moments, now = [], start
    while now <= end:
        moments.append(now)
        now += timedelta(seconds=30)
    return moments


def test_a_reminder_shows_once_at_each_chosen_time() -> None:
    shown = run(PLAN, every_half_minute(at(MONDAY, 8), at(MONDAY, 18)))
    assert shown == [at(MONDAY, 9), at(MONDAY, 14, 30)]


def test_no_reminder_on_a_day_that_was_not_chosen() -> None:
    saturday = MONDAY + timedelta(days=5)
    assert run(PLAN, every_half_minute(at(saturday, 8), at(saturday, 18))) == []


def test_no_reminder_once_a_session_is_logged_today() -> None:
    assert run(PLAN, every_half_minute(at(MONDAY, 8), at(MONDAY, 18)), logged=True) == []


def test_no_times_means_no_reminders() -> None:
    plan = ReminderPlan(times=(), weekdays=WEEKDAYS)
    assert run(plan, every_half_minute(at(MONDAY, 8), at(MONDAY, 10))) == []
    assert next_reminder(plan, ReminderState(), at(MONDAY, 8), logged_today=False) is None


def test_after_sleep_missed_times_are_not_fired_in_a_burst() -> None:
    # Asleep from 8:00 to 15:00: 9:00 is long gone and 14:30 is recent, so exactly one reminder shows.
    shown = run(PLAN, [at(MONDAY, 8), at(MONDAY, 15), at(MONDAY, 15, 1)])
    assert shown == [at(MONDAY, 15)]


def test_after_a_long_sleep_nothing_is_fired() -> None:
    shown = run(PLAN, [at(MONDAY, 8), at(MONDAY + timedelta(days=2), 20)])
    assert shown == []


def test_the_state_survives_a_restart_without_showing_the_same_time_again() -> None:
    first = decide(PLAN, ReminderState(), at(MONDAY, 9), logged_today=False)
    assert first.action is Action.SHOW
    again = decide(PLAN, first.state, at(MONDAY, 9, 5), logged_today=False)  # the app restarted with the stored state
    assert again.action is Action.NOTHING


def test_snooze_shows_the_reminder_again_ten_minutes_later_only() -> None:
    state = decide(PLAN, ReminderState(), at(MONDAY, 9), logged_today=False).state
    state = snooze(state, at(MONDAY, 9, 1))
    assert next_reminder(PLAN, state, at(MONDAY, 9, 2), logged_today=False) == at(MONDAY, 9, 11)
    shown = []
    for now in every_half_minute(at(MONDAY, 9, 2), at(MONDAY, 9, 30)):
        decision = decide(PLAN, state, now, logged_today=False)
        state = decision.state
        if decision.action is Action.SHOW:
            shown.append(now)
    assert shown == [at(MONDAY, 9, 11)]


def test_a_snoozed_reminder_is_dropped_when_a_session_was_logged_meanwhile() -> None:
    state = snooze(ReminderState(handled_until=at(MONDAY, 9)), at(MONDAY, 9))
    decision = decide(PLAN, state, at(MONDAY, 9, 10), logged_today=True)
    assert decision.action is Action.NOTHING
    assert decision.state.snoozed_until is None


def test_snooze_for_today_keeps_today_quiet_and_tomorrow_as_planned() -> None:
    state = quiet_for_today(ReminderState(), at(MONDAY, 8))
    assert next_reminder(PLAN, state, at(MONDAY, 8), logged_today=False) == at(MONDAY + timedelta(days=1), 9)
    shown, now = [], at(MONDAY, 8)
    for now in every_half_minute(at(MONDAY, 8), at(MONDAY + timedelta(days=1), 9, 1)):
        decision = decide(PLAN, state, now, logged_today=False)
        state = decision.state
        if decision.action is Action.SHOW:
            shown.append(now)
    assert shown == [at(MONDAY + timedelta(days=1), 9)]


def test_while_a_full_screen_app_is_in_front_the_reminder_waits_then_shows_once() -> None:
    state = ReminderState(handled_until=at(MONDAY, 8))
    held = decide(PLAN, state, at(MONDAY, 9), logged_today=False, quiet=True)
    assert held.action is Action.NOTHING
    later = decide(PLAN, held.state, at(MONDAY, 9, 20), logged_today=False)
    assert later.action is Action.SHOW
    too_late = decide(PLAN, held.state, at(MONDAY, 9, 45), logged_today=False)
    assert too_late.action is Action.NOTHING


def test_the_clock_set_back_an_hour_does_not_repeat_a_reminder() -> None:
    shown = run(PLAN, [at(MONDAY, 9), at(MONDAY, 8, 10), *every_half_minute(at(MONDAY, 8, 30), at(MONDAY, 9, 10))])
    assert shown == [at(MONDAY, 9)]


def test_the_clock_set_back_days_starts_again_from_now() -> None:
    state = ReminderState(handled_until=at(MONDAY + timedelta(days=3), 9))  # the clock had been days ahead
    decision = decide(PLAN, state, at(MONDAY, 9), logged_today=False)
    assert decision.action is Action.SHOW


def test_the_clock_set_forward_past_a_time_shows_it_at_most_once() -> None:
    shown = run(PLAN, [at(MONDAY, 8, 50), at(MONDAY, 9, 5), at(MONDAY, 9, 6)])
    assert shown == [at(MONDAY, 9, 5)]


def test_the_next_reminder_skips_today_when_a_session_is_logged_and_skips_the_weekend() -> None:
    friday = MONDAY + timedelta(days=4)
    assert next_reminder(PLAN, ReminderState(), at(friday, 10), logged_today=True) == at(MONDAY + timedelta(days=7), 9)
    assert next_reminder(PLAN, ReminderState(), at(friday, 10), logged_today=False) == at(friday, 14, 30)


def test_the_next_reminder_reads_as_words() -> None:
    now = at(MONDAY, 10)
    assert describe_next(at(MONDAY, 14, 30), now) == "Next reminder today at 14:30"
    assert describe_next(at(MONDAY + timedelta(days=1), 9), now) == "Next reminder tomorrow at 9:00"
    assert describe_next(at(MONDAY + timedelta(days=4), 9), now) == "Next reminder on Friday at 9:00"
    assert describe_next(None, now) == "No reminders planned"


def test_the_next_reminder_reads_in_chinese_too() -> None:
    now = at(MONDAY, 10)
    assert describe_next(at(MONDAY, 14, 30), now, "zh_CN") == "下次提醒：今天 14:30"
    assert describe_next(at(MONDAY + timedelta(days=4), 9), now, "zh_CN") == "下次提醒：星期五 9:00"
    assert describe_next(None, now, "zh_CN") == "没有安排提醒"


def test_times_are_read_from_text_and_written_back() -> None:
    assert parse_times("14:30, 9; 9:00") == (time(9, 0), time(14, 30))
    assert format_times((time(9, 0), time(14, 30))) == "9:00, 14:30"
    with pytest.raises(ValueError, match="not a time of day"):
        parse_times("25:00")
