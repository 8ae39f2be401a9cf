"""What Home shows: the last routine to repeat, saved routines, today's sessions and a one-line trend.

Read with plain sqlite3 (storage.plain_reads), so Home fills in before SQLAlchemy's ORM is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.complaint_groups import most_used
from acupress_desktop.domain.history import SessionEntry
from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.session_text import describe_session
from acupress_desktop.storage.plain_reads import PlainReads

TREND_DAYS = 30
TODAY_LIMIT = 20
YOURS_DAYS = 90  # complaints with sessions in these last days come first on Home ("Yours")
YOURS_LIMIT = 5
YOURS_SESSIONS = 500


class HomeService:
    def __init__(self, catalogue: Catalogue, reads: PlainReads, language: str = ENGLISH) -> None:
        self.catalogue = catalogue
        self.language = language
        self._reads = reads

    def last_routine(self) -> Routine | None:
        """The routine of the newest guided session: the saved one if it still exists, else as it was run."""
        last = self._reads.last_guided_routine()
        if last is None:
            return None
        saved = {routine.id: routine for routine in self._reads.saved_routines()}
        if last.id is not None and last.id in saved:
            return saved[last.id]
        known = {point.code for point in self.catalogue.points}
        steps = tuple(
            replace(step, instruction=self.catalogue.point(step.code).technique.instruction)
            for step in last.steps
            if step.code in known
        )
        return replace(last, id=None, steps=steps) if steps else None

    def saved_routines(self) -> tuple[Routine, ...]:
        return self._reads.saved_routines()

    def today(self, today: date) -> tuple[SessionEntry, ...]:
        return self._reads.sessions_between(today, today, TODAY_LIMIT)

    def your_complaints(self, today: date) -> tuple[str, ...]:
        """The complaints of the person's recent sessions, the most used first (none before the first session)."""
        entries = self._reads.sessions_between(today - timedelta(days=YOURS_DAYS - 1), today, YOURS_SESSIONS)
        return most_used(entries, self._symptom_names, YOURS_LIMIT)

    def describe(self, entry: SessionEntry) -> str:
        return describe_session(entry, self._symptom_names, self.language)

    def trend_line(self, today: date) -> str:
        stats = self._reads.stats_between(today - timedelta(days=TREND_DAYS - 1), today, today)
        return stats.trend_line(TREND_DAYS, self.language)

    @cached_property
    def _symptom_names(self) -> dict[str, str]:
        return {symptom.id: symptom.name for symptom in self.catalogue.symptoms}
