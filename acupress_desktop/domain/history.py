"""What the history shows: past sessions with their pain scores and steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.session import SessionStatus, StepRecord


class SessionSource(StrEnum):
    GUIDED = "guided"
    MANUAL = "manual"


@dataclass(frozen=True)
class SessionEntry:
    id: int
    started_at: datetime  # aware, UTC
    ended_at: datetime | None
    source: SessionSource
    routine_name: str
    symptoms: tuple[str, ...]
    pain_side: PainSide
    planned_seconds: int
    pain_before: int | None
    pain_after: int | None
    note_before: str
    note: str
    status: SessionStatus
    steps: tuple[StepRecord, ...] = ()

    @property
    def change(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    @property
    def minutes(self) -> float:
        if self.source is SessionSource.MANUAL or self.ended_at is None:
            return self.planned_seconds / 60
        return max(0.0, (self.ended_at - self.started_at).total_seconds() / 60)


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions to show: a range of local dates (inclusive), one symptom, one status."""

    date_from: date | None = None
    date_to: date | None = None
    symptom: str | None = None
    status: SessionStatus | None = None


class SortKey(StrEnum):
    STARTED = "started"
    WHAT = "what"
    SIDE = "side"
    MINUTES = "minutes"
    BEFORE = "before"
    AFTER = "after"
    CHANGE = "change"
    STATUS = "status"
    NOTE = "note"


@dataclass(frozen=True)
class DaySummary:
    day: date
    sessions: int
    average_before: float | None
    average_after: float | None
    scored_after: int = 0  # sessions behind average_after


@dataclass(frozen=True)
class DeletedSession:
    """What undo needs to put a deleted session back exactly: the stored values, opaque above storage."""

    row: dict[str, Any]
    steps: tuple[dict[str, Any], ...]
