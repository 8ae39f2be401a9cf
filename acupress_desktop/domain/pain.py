"""Pain scores and manual log entries, validated before anything is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from acupress_desktop.domain.errors import WordedError

PAIN_MIN = 0
PAIN_MAX = 10
PAIN_ANCHORS = {0: "no pain", 10: "worst pain imaginable"}  # ref-pain: Farrar 2001, IMMPACT
MAX_MANUAL_MINUTES = 240
FUTURE_TOLERANCE = timedelta(minutes=2)
EARLIEST_YEAR = 1970
LATEST_YEAR = 2100
MAX_NOTE_LENGTH = 2000
_ASCII_SCORE = re.compile(r"[0-9]{1,2}")  # not int()'s rules: no '1_0', no Arabic-Indic or full-width digits


class EntryError(WordedError, ValueError):
    """Input that cannot be stored; the message is one plain line."""


def parse_pain(value: str | int, label: str = "pain") -> int:
    """A score written with the digits 0-9 only, from 0 to 10."""
    text = str(value).strip() if not isinstance(value, bool) else str(value)
    if not _ASCII_SCORE.fullmatch(text):
        raise EntryError("{label} must be a whole number from 0 to 10, not '{text}'", label=label, text=_short(text))
    score = int(text)
    if not PAIN_MIN <= score <= PAIN_MAX:
        raise EntryError("{label} must be from 0 to 10, not {score}", label=label, score=score)
    return score


def _short(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def check_text(text: str, label: str, limit: int = MAX_NOTE_LENGTH) -> str:
    """Any Unicode is kept exactly; only its length is capped, and text that cannot be stored is refused."""
    if len(text) > limit:
        raise EntryError(
            "{label} can have at most {limit} characters (this one has {length})",
            label=label,
            limit=limit,
            length=len(text),
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise EntryError("{label} is not valid Unicode text", label=label) from None
    return text


def parse_moment(text: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """An ISO-8601 date or date-time between 1970 and 2100.

    Without an offset it is local time with the UTC offset of its own date (summer time in July even when
    entered in December): the zone given, else the system's rules for that date."""
    text = text.strip()
    try:
        when = datetime.fromisoformat(text) if len(text) <= 40 else None
    except ValueError:
        when = None
    if when is None:
        raise EntryError("'{text}' is not an ISO-8601 date or time (e.g. 2026-11-20T09:30)", text=_short(text))
    if not EARLIEST_YEAR <= when.year <= LATEST_YEAR:
        raise EntryError(
            "'{text}' is outside the years {first} to {last}", text=_short(text), first=EARLIEST_YEAR, last=LATEST_YEAR
        )
    if when.tzinfo is not None:
        return when
    return when.replace(tzinfo=zone) if zone is not None else when.astimezone()


def parse_when(text: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """When something started: an ISO-8601 time, not in the future."""
    when = parse_moment(text, now, zone)
    if when > (now if now.tzinfo else now.astimezone()) + FUTURE_TOLERANCE:  # aware times compare across zones
        raise EntryError("{text} is in the future", text=text)
    return when


def parse_minutes(value: int) -> int:
    if not 1 <= value <= MAX_MANUAL_MINUTES:
        raise EntryError("minutes must be from 1 to {most}, not {value}", most=MAX_MANUAL_MINUTES, value=value)
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
