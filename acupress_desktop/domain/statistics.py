"""Pain statistics in plain numbers: what changed, how often, and how sure one can be.

A clinically important change is a drop of at least 2 points or 30 % (Farrar 2001; IMMPACT;
Ostelo 2008 for low back pain; see ref-pain).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

IMPORTANT_POINTS = 2
IMPORTANT_FRACTION = 0.30
MOVING_AVERAGE_DAYS = 7
IMPORTANT_IN_WORDS = f"{IMPORTANT_POINTS} points or {IMPORTANT_FRACTION * 100:.0f} % less pain"
FEW_SESSIONS = 5  # below this, a figure is shown with a warning not to over-read it


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 scored session", "2 scored sessions": the count with the word in the right number."""
    return f"{count} {word if count == 1 else many or word + 's'}"


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

    def in_words(self) -> list[str]:
        if not self.sessions:
            return ["No sessions yet. Start one from the planner, or log one done elsewhere."]
        lines = [
            f"{plural(self.sessions, 'session')}, about {self.sessions_per_week:.1f} a week.",
            f"Streak: {plural(self.streak_days, 'day')} in a row.",
        ]
        if self.average_change is None:
            lines.append("No session has both pain scores yet, so no change can be shown.")
            return lines
        compared = f"{self._change_words()} than before" if self.average_change else "the same as before"
        lines.append(f"On average, pain after a session was {compared} ({plural(self.scored, 'scored session')}).")
        share = self.important_share or 0.0
        if self.scored == 1:
            brought = "brought" if self.important else "did not bring"
            lines.append(f"The scored session {brought} an important improvement ({IMPORTANT_IN_WORDS}).")
        else:
            lines.append(f"{share:.0%} of scored sessions brought an important improvement ({IMPORTANT_IN_WORDS}).")
        if self.scored < FEW_SESSIONS:
            lines.append(f"Only {plural(self.scored, 'scored session')}: too few to read much into these figures.")
        return lines

    def _change_words(self) -> str:
        change = self.average_change or 0.0
        if not change:
            return "unchanged"
        return f"{abs(change):.1f} points {'lower' if change < 0 else 'higher'}"

    def trend_line(self, days: int) -> str:
        """One line for Home: how the last `days` days went."""
        if not self.sessions:
            return f"No sessions in the last {days} days yet."
        line = f"Last {days} days: {plural(self.sessions, 'session')}"
        if self.average_change is None:
            return line + ", none with both pain scores yet."
        return line + f"; pain after a session {self._change_words()} on average ({self.scored} scored)."


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
