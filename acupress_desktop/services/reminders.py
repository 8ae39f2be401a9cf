"""What the reminders need from the rest of the app: whether a session was logged today, and the decision.

Qt-free: the window owns the timer, the tray and where the state is kept, and passes the local time in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.reminders import (
    Decision,
    ReminderPlan,
    ReminderState,
    decide,
    describe_next,
    next_reminder,
    quiet_for_today,
    snooze,
)
from acupress_desktop.services.session import SessionService

LocalClock = Callable[[], datetime]
RECENT = 50  # sessions looked at to find today's; manual logs may be dated in the past


def _local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


class ReminderService:
    def __init__(self, sessions: SessionService, clock: LocalClock = _local_now) -> None:
        self._sessions = sessions
        self.clock = clock

    def logged_on(self, day: date) -> bool:
        """A session of any kind (guided, stopped, logged by hand) started on this local day."""
        for entry in self._sessions.history(RECENT):
            started = entry.started_at.astimezone().date()
            if started == day:
                return True
            if started < day:
                return False
        return False

    def logged_today(self) -> bool:
        return self.logged_on(self.clock().date())

    def check(self, plan: ReminderPlan, state: ReminderState, quiet: bool) -> Decision:
        return decide(plan, state, self.clock(), self.logged_today() if plan.enabled else False, quiet)

    def snooze(self, state: ReminderState) -> ReminderState:
        return snooze(state, self.clock())

    def quiet_for_today(self, state: ReminderState) -> ReminderState:
        return quiet_for_today(state, self.clock())

    def next_text(self, plan: ReminderPlan, state: ReminderState, language: str = ENGLISH) -> str:
        now = self.clock()
        logged = self.logged_today() if plan.enabled else False
        return describe_next(next_reminder(plan, state, now, logged), now, language)
