"""What a clinician's report holds: the period's figures, days, worded session rows and summaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from acupress_desktop.domain.history import DaySummary
from acupress_desktop.domain.session_text import SessionRowText
from acupress_desktop.domain.statistics import EffectSummary, HistoryStats


@dataclass(frozen=True)
class ClinicianReport:
    """Everything a clinician's report shows for a period, read once and worded for the page."""

    first: date
    last: date
    made_on: date
    stats: HistoryStats
    days: tuple[DaySummary, ...]
    sessions: tuple[SessionRowText, ...]  # the first rows of the period, worded as everywhere else
    sessions_total: int
    symptoms: tuple[EffectSummary, ...]
    points: tuple[EffectSummary, ...]
    disclaimer: str
