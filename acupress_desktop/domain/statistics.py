"""Pain statistics in plain numbers: what changed, how often, and how sure one can be.

A clinically important change is a drop of at least 2 points or 30 % (Farrar 2001; IMMPACT;
Ostelo 2008 for low back pain; see ref-pain).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.messages import counted, message

IMPORTANT_POINTS = 2
IMPORTANT_FRACTION = 0.30
MOVING_AVERAGE_DAYS = 7
FEW_SESSIONS = 5  # below this, a figure is shown with a warning not to over-read it


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 scored session", "2 scored sessions": the count with the word in the right number."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def important_in_words(language: str = ENGLISH) -> str:
    """'2 points or 30 % less pain', in the person's language."""
    return message(language, "important_in_words", points=IMPORTANT_POINTS, percent=f"{IMPORTANT_FRACTION * 100:.0f}")


def important_change(before: int | None, after: int | None) -> bool:
    """A drop of >= 2 points or >= 30 % of the starting pain."""
    if before is None or after is None or after >= before:
        return False
    drop = before - after
    return drop >= IMPORTANT_POINTS or drop >= IMPORTANT_FRACTION * before


def important_band(before: float) -> tuple[float, float]:
    """The 'after' values that would count as an important improvement from `before`: [0, upper]."""
    threshold = min(IMPORTANT_POINTS, IMPORTANT_FRACTION * before) if before > 0 else 0.0
    return 0.0, max(0.0, before - threshold)


@dataclass(frozen=True)
class DayValue:
    day: date
    value: float
    weight: float = 1.0  # e.g. the number of sessions a daily average stands for


def moving_average(values: Sequence[DayValue], days: int = MOVING_AVERAGE_DAYS) -> list[DayValue]:
    """For each day with data: the weighted mean of the values in the `days` days ending that day.

    Weighting daily averages by their session counts gives the same result as averaging the sessions.
    """
    ordered = sorted(values, key=lambda v: v.day)
    out: list[DayValue] = []
    start = 0
    total = weights = 0.0
    for end, current in enumerate(ordered):
        total += current.value * current.weight
        weights += current.weight
        while ordered[start].day <= current.day - timedelta(days=days):
            total -= ordered[start].value * ordered[start].weight
            weights -= ordered[start].weight
            start += 1
        if (end + 1 == len(ordered) or ordered[end + 1].day != current.day) and weights > 0:
            out.append(DayValue(current.day, total / weights, weights))
    return out


def streak(practised: Iterable[date], today: date) -> int:
    """Days in a row with a session, ending today (or yesterday, if today has none yet)."""
    days = set(practised)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


@dataclass(frozen=True)
class HistoryStats:
    sessions: int
    first_day: date | None
    last_day: date | None
    scored: int  # sessions with both pain scores
    average_change: float | None
    important: int  # scored sessions with an important improvement
    streak_days: int
    practised_days: int

    @property
    def sessions_per_week(self) -> float:
        if not self.sessions or self.first_day is None or self.last_day is None:
            return 0.0
        weeks = max(1.0, ((self.last_day - self.first_day).days + 1) / 7)
        return self.sessions / weeks

    @property
    def important_share(self) -> float | None:
        return None if not self.scored else self.important / self.scored

    def in_words(self, language: str = ENGLISH) -> list[str]:
        if not self.sessions:
            return [message(language, "stats_none")]
        lines = [
            message(language, "stats_count", sessions=counted(language, self.sessions, "session"),
                    per_week=self.sessions_per_week),
            message(language, "stats_streak", days=counted(language, self.streak_days, "day")),
        ]  # fmt: skip
        if self.average_change is None:
            return [*lines, message(language, "stats_no_scores")]
        compared = (
            message(language, "compared_change", change=self._change_words(language))
            if self.average_change
            else message(language, "compared_same")
        )
        scored = counted(language, self.scored, "scored")
        lines.append(message(language, "stats_average", compared=compared, scored=scored))
        important = important_in_words(language)
        if self.scored == 1:
            brought = message(language, "brought" if self.important else "not_brought")
            lines.append(message(language, "stats_one_scored", brought=brought, important=important))
        else:
            lines.append(message(language, "stats_share", share=self.important_share or 0.0, important=important))
        if self.scored < FEW_SESSIONS:
            lines.append(message(language, "stats_few", scored=scored))
        return lines

    def _change_words(self, language: str) -> str:
        change = self.average_change or 0.0
        if not change:
            return message(language, "change_none")
        return message(language, "change_lower" if change < 0 else "change_higher", value=abs(change))

    def trend_line(self, days: int, language: str = ENGLISH) -> str:
        """One line for Home: how the last `days` days went."""
        if not self.sessions:
            return message(language, "trend_none", days=days)
        line = message(language, "trend_count", days=days, sessions=counted(language, self.sessions, "session"))
        if self.average_change is None:
            return line + message(language, "trend_no_scores")
        return line + message(language, "trend_average", change=self._change_words(language), n=self.scored)


@dataclass(frozen=True)
class EffectSummary:
    """How pain changed in sessions that included a symptom or a point, and how many sessions that is."""

    key: str
    label: str
    sessions: int
    average_change: float | None

    @property
    def reliable(self) -> bool:
        return self.sessions >= FEW_SESSIONS
