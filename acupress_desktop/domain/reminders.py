"""When to remind the person to do their routine: plain rules on local wall-clock times, tested with any clock.

The window asks `decide` every half minute or so. Working on "the latest time that is due" rather than on timers
keeps the rules right after the computer sleeps (one missed time is either shown once, if recent, or skipped)
and after the clock is changed (a time already handled is never shown twice).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum

from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.messages import message

SNOOZE = timedelta(minutes=10)
# A reminder found late (the computer was asleep, or a full-screen app was in front) is still worth showing
# within this window; older ones are dropped quietly, so waking up never brings a burst.
GRACE = timedelta(minutes=30)
# A handled time further in the future than this means the clock was set back: start again from now.
CLOCK_SET_BACK = timedelta(hours=3)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVERY_DAY = frozenset(range(7))


@dataclass(frozen=True)
class ReminderPlan:
    """What the person chose: the times of day and the weekdays (0 is Monday)."""

    times: tuple[time, ...] = ()
    weekdays: frozenset[int] = EVERY_DAY

    @property
    def enabled(self) -> bool:
        return bool(self.times) and bool(self.weekdays)


@dataclass(frozen=True)
class ReminderState:
    """What has happened so far; kept across restarts."""

    handled_until: datetime | None = None  # every planned time up to this one was shown or skipped
    snoozed_until: datetime | None = None
    quiet_day: date | None = None  # "snooze reminders for today"


class Action(Enum):
    NOTHING = "nothing"
    SHOW = "show"


@dataclass(frozen=True)
class Decision:
    action: Action
    state: ReminderState  # to store, whatever the action


def parse_times(text: str) -> tuple[time, ...]:
    """'9:00, 14:30' -> sorted unique times; raises ValueError with a message for the person."""
    found: set[time] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        hours, _, minutes = part.partition(":")
        try:
            found.add(time(int(hours), int(minutes or "0")))
        except ValueError:
            raise ValueError(f"“{part}” is not a time of day; write it as 9:00 or 14:30.") from None
    return tuple(sorted(found))


def format_times(times: tuple[time, ...]) -> str:
    return ", ".join(f"{t.hour}:{t.minute:02d}" for t in times)


def planned_after(plan: ReminderPlan, moment: datetime, days_ahead: int = 8) -> datetime | None:
    """The first planned time strictly after `moment`."""
    if not plan.enabled:
        return None
    for offset in range(days_ahead):
        day = moment.date() + timedelta(days=offset)
        if day.weekday() not in plan.weekdays:
            continue
        for at in plan.times:
            candidate = datetime.combine(day, at)
            if candidate > moment:
                return candidate
    return None


def latest_planned(plan: ReminderPlan, now: datetime) -> datetime | None:
    """The last planned time at or before `now` (within a week)."""
    if not plan.enabled:
        return None
    for offset in range(8):
        day = now.date() - timedelta(days=offset)
        if day.weekday() not in plan.weekdays:
            continue
        for at in reversed(plan.times):
            candidate = datetime.combine(day, at)
            if candidate <= now:
                return candidate
    return None


def _after_clock_checks(state: ReminderState, now: datetime) -> ReminderState:
    if state.handled_until is not None and state.handled_until - now > CLOCK_SET_BACK:
        state = replace(state, handled_until=None)
    if state.snoozed_until is not None and state.snoozed_until - now > SNOOZE + CLOCK_SET_BACK:
        state = replace(state, snoozed_until=None)
    return state


def decide(
    plan: ReminderPlan, state: ReminderState, now: datetime, logged_today: bool, quiet: bool = False
) -> Decision:
    """Show at most one reminder now, or nothing; `quiet` (full-screen app in front) holds it within the grace."""
    state = _after_clock_checks(state, now)
    if state.snoozed_until is not None and now >= state.snoozed_until:
        if now - state.snoozed_until > GRACE or logged_today or state.quiet_day == now.date():
            return Decision(Action.NOTHING, replace(state, snoozed_until=None))
        if quiet:
            return Decision(Action.NOTHING, state)
        return Decision(Action.SHOW, replace(state, snoozed_until=None, handled_until=_later(state.handled_until, now)))
    due = latest_planned(plan, now)
    if due is None or (state.handled_until is not None and due <= state.handled_until):
        return Decision(Action.NOTHING, state)
    skip = now - due > GRACE or logged_today or state.quiet_day == due.date() or state.snoozed_until is not None
    if skip:
        return Decision(Action.NOTHING, replace(state, handled_until=due))
    if quiet:
        return Decision(Action.NOTHING, state)
    return Decision(Action.SHOW, replace(state, handled_until=due))


def _later(first: datetime | None, second: datetime) -> datetime:
    return second if first is None else max(first, second)


def snooze(state: ReminderState, now: datetime) -> ReminderState:
    return replace(state, snoozed_until=now + SNOOZE)


def quiet_for_today(state: ReminderState, now: datetime) -> ReminderState:
    return replace(state, quiet_day=now.date(), snoozed_until=None)


def next_reminder(plan: ReminderPlan, state: ReminderState, now: datetime, logged_today: bool) -> datetime | None:
    """When the next reminder will come, as far as can be known now (for the tray's tooltip)."""
    state = _after_clock_checks(state, now)
    snoozed = state.snoozed_until is not None and state.snoozed_until > now
    if snoozed and not logged_today and state.quiet_day != now.date():
        return state.snoozed_until
    moment = now if state.handled_until is None else max(now, state.handled_until)
    while (candidate := planned_after(plan, moment)) is not None:
        today_skipped = candidate.date() == now.date() and (logged_today or state.quiet_day == now.date())
        if not today_skipped:
            return candidate
        moment = datetime.combine(now.date(), time.max)
    return None


def describe_next(when: datetime | None, now: datetime, language: str = ENGLISH) -> str:
    """'Next reminder today at 14:30' and the like, for the tooltip and Preferences, in the person's language."""
    if when is None:
        return message(language, "reminder_none")
    clock = f"{when.hour}:{when.minute:02d}"
    if when.date() == now.date():
        return message(language, "reminder_today", clock=clock)
    if when.date() == now.date() + timedelta(days=1):
        return message(language, "reminder_tomorrow", clock=clock)
    weekday = message(language, "weekdays").split(",")[when.weekday()]
    return message(language, "reminder_weekday", weekday=weekday, clock=clock)
