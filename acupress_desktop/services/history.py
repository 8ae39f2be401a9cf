"""What the history window asks: pages of sessions, figures, summaries, and edits with undo."""

from __future__ import annotations

from datetime import date
from functools import cached_property

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.history import (
    DaySummary,
    DeletedSession,
    HistoryFilter,
    SessionEntry,
    SortKey,
)
from acupress_desktop.domain.laterality import Side, side_in_words
from acupress_desktop.domain.pain import parse_pain
from acupress_desktop.domain.report import ClinicianReport
from acupress_desktop.domain.session_text import SessionRowText, describe_session, session_row_text
from acupress_desktop.domain.statistics import EffectSummary, HistoryStats
from acupress_desktop.storage.history_queries import HistoryQueries


class HistoryService:
    def __init__(self, catalogue: Catalogue, queries: HistoryQueries) -> None:
        self.catalogue = catalogue
        self._queries = queries

    def count(self, wanted: HistoryFilter) -> int:
        return self._queries.count(wanted)

    def page(
        self, wanted: HistoryFilter, offset: int, limit: int, sort: SortKey, descending: bool
    ) -> tuple[SessionEntry, ...]:
        return self._queries.page(wanted, offset, limit, sort, descending)

    def daily(self, wanted: HistoryFilter) -> tuple[DaySummary, ...]:
        return self._queries.daily(wanted)

    def stats(self, wanted: HistoryFilter, today: date) -> HistoryStats:
        return self._queries.stats(wanted, today)

    def symptom_summaries(self, wanted: HistoryFilter) -> tuple[EffectSummary, ...]:
        names = self._symptom_names
        return tuple(EffectSummary(k, names.get(k, k), n, a) for k, n, a in self._queries.by_symptom(wanted))

    def point_summaries(self, wanted: HistoryFilter) -> tuple[EffectSummary, ...]:
        codes = {p.code: p for p in self.catalogue.points}

        def label(code: str) -> str:
            point = codes.get(code)
            return f"{point.pinyin_plain} · {point.display_code}" if point else code

        return tuple(EffectSummary(k, label(k), n, a) for k, n, a in self._queries.by_point(wanted))

    def describe(self, entry: SessionEntry) -> str:
        return describe_session(entry, self._symptom_names)

    def row_text(self, entry: SessionEntry) -> SessionRowText:
        """The session as the table, the report and the command line all word it."""
        return session_row_text(entry, self._symptom_names)

    @cached_property
    def _symptom_names(self) -> dict[str, str]:
        return {symptom.id: symptom.name for symptom in self.catalogue.symptoms}

    def update(self, session_id: int, before: str, after: str, note: str) -> None:
        """Same rules as new entries: whole numbers 0-10, or empty for a score that was skipped."""
        pain_before = parse_pain(before, "pain before") if before.strip() else None
        pain_after = parse_pain(after, "pain after") if after.strip() else None
        self._queries.update_scores(session_id, pain_before, pain_after, note.strip())

    def session(self, session_id: int) -> SessionEntry:
        """One session with its steps, for the details pane."""
        return self._queries.get(session_id)

    def update_note_before(self, session_id: int, note_before: str) -> None:
        self._queries.update_note_before(session_id, note_before.strip())

    def point_label(self, code: str) -> str:
        point = next((p for p in self.catalogue.points if p.code == code), None)
        return f"{point.pinyin_plain} · {point.display_code}" if point else code

    def side_label(self, code: str, side: Side) -> str:
        point = next((p for p in self.catalogue.points if p.code == code), None)
        return side_in_words(point, side) if point else side.value

    def delete(self, session_id: int) -> DeletedSession:
        return self._queries.delete(session_id)

    def restore(self, deleted: DeletedSession) -> None:
        self._queries.restore(deleted)

    def report(self, first: date, last: date, today: date, max_rows: int = 400) -> ClinicianReport:
        """Everything a clinician's report shows for a period, read once."""
        wanted = HistoryFilter(date_from=first, date_to=last)
        total = self._queries.count(wanted)
        return ClinicianReport(
            first=first,
            last=last,
            made_on=today,
            stats=self._queries.stats(wanted, today),
            days=self._queries.daily(wanted),
            sessions=tuple(
                self.row_text(entry)
                for entry in self._queries.page(wanted, 0, max_rows, SortKey.STARTED, descending=False)
            ),
            sessions_total=total,
            symptoms=self.symptom_summaries(wanted),
            points=self.point_summaries(wanted),
            disclaimer=self.catalogue.disclaimer,
        )
