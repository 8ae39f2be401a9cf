"""What Home shows: the last routine to repeat, saved routines, today's sessions and a one-line trend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.history import HistoryFilter, SessionEntry, SortKey
from acupress_desktop.domain.routine import Routine
from acupress_desktop.services.history import HistoryService
from acupress_desktop.services.planning import PlannerService
from acupress_desktop.services.session import SessionService

TREND_DAYS = 30


class HomeService:
    def __init__(self, planner: PlannerService, sessions: SessionService, history: HistoryService) -> None:
        self._planner = planner
        self._sessions = sessions
        self._history = history

    @property
    def catalogue(self) -> Catalogue:
        return self._planner.catalogue

    def last_routine(self) -> Routine | None:
        """The routine of the newest guided session: the saved one if it still exists, else as it was run."""
        last = self._sessions.last_guided_routine()
        if last is None:
            return None
        saved = {routine.id: routine for routine in self._planner.saved_routines()}
        if last.id is not None and last.id in saved:
            return saved[last.id]
        catalogue = self._planner.catalogue
        known = {point.code for point in catalogue.points}
        steps = tuple(
            replace(step, instruction=catalogue.point(step.code).technique.instruction)
            for step in last.steps
            if step.code in known
        )
        return replace(last, id=None, steps=steps) if steps else None

    def saved_routines(self) -> tuple[Routine, ...]:
        return self._planner.saved_routines()

    def today(self, today: date) -> tuple[SessionEntry, ...]:
        wanted = HistoryFilter(date_from=today, date_to=today)
        return self._history.page(wanted, 0, 20, SortKey.STARTED, descending=False)

    def describe(self, entry: SessionEntry) -> str:
        return self._history.describe(entry)

    def trend_line(self, today: date) -> str:
        wanted = HistoryFilter(date_from=today - timedelta(days=TREND_DAYS - 1), date_to=today)
        return self._history.stats(wanted, today).trend_line(TREND_DAYS)
