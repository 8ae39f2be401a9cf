"""Pain scores and manual log entries, validated before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

PAIN_MIN = 0
PAIN_MAX = 10
PAIN_ANCHORS = {0: "no pain", 10: "worst pain imaginable"}  # ref-pain: Farrar 2001, IMMPACT
MAX_MANUAL_MINUTES = 240
FUTURE_TOLERANCE = timedelta(minutes=2)


class EntryError(ValueError):
    """Input that cannot be stored; the message is one plain line."""


def parse_pain(value: str | int, label: str = "pain") -> int:
    text = str(value).strip()
    try:
        score = int(text)
    except ValueError:
        raise EntryError(f"{label} must be a whole number from 0 to 10, not '{text}'") from None
    if not PAIN_MIN <= score <= PAIN_MAX:
        raise EntryError(f"{label} must be from 0 to 10, not {score}")
    return score


def parse_moment(text: str, now: datetime) -> datetime:
    """An ISO-8601 date or date-time; without an offset it is local time."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise EntryError(f"'{text}' is not an ISO-8601 date or time (e.g. 2026-11-20T09:30)") from None
    return when.replace(tzinfo=now.astimezone().tzinfo) if when.tzinfo is None else when


def parse_when(text: str, now: datetime) -> datetime:
    """When something started: an ISO-8601 time, not in the future."""
    when = parse_moment(text, now)
    if when > now.astimezone() + FUTURE_TOLERANCE:
        raise EntryError(f"{text} is in the future")
    return when


def parse_minutes(value: int) -> int:
    if not 1 <= value <= MAX_MANUAL_MINUTES:
        raise EntryError(f"minutes must be from 1 to {MAX_MANUAL_MINUTES}, not {value}")
    return value


@dataclass(frozen=True)
class PainChange:
    before: int | None
    after: int | None

    @property
    def change(self) -> int | None:
        """After minus before (negative is better); unknown when either score was skipped."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before
