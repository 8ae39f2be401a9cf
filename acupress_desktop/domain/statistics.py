"""Pain statistics in plain numbers: what changed, how often, and how sure one can be.

A clinically important change is a drop of at least 2 points or 30 % (Farrar 2001; IMMPACT;
Ostelo 2008 for low back pain; see ref-pain).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from acupress_desktop.domain.localisation import ENGLISH, is_chinese

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

    def in_words(self, language: str = ENGLISH) -> list[str]:
        if is_chinese(language):
            return self._in_chinese()
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

    def _in_chinese(self) -> list[str]:
        if not self.sessions:
            return ["还没有按压记录。可以从方案页面开始一次，或记录一次在别处完成的按压。"]
        lines = [
            f"共 {self.sessions} 次，平均每周约 {self.sessions_per_week:.1f} 次。",
            f"连续 {self.streak_days} 天。",
        ]
        if self.average_change is None:
            lines.append("还没有同时带两项疼痛评分的记录，因此无法显示变化。")
            return lines
        compared = f"比按压前{self._change_chinese()}" if self.average_change else "与按压前相同"
        lines.append(f"平均而言，按压后的疼痛{compared}（{self.scored} 次有评分）。")
        important = "疼痛减轻2分或30%"
        if self.scored == 1:
            brought = "带来了" if self.important else "没有带来"
            lines.append(f"这次有评分的按压{brought}重要改善（{important}）。")
        else:
            lines.append(f"{self.important_share or 0.0:.0%} 的有评分记录带来了重要改善（{important}）。")
        if self.scored < FEW_SESSIONS:
            lines.append(f"只有 {self.scored} 次有评分的记录：数量太少，难以据此得出结论。")
        return lines

    def _change_chinese(self) -> str:
        change = self.average_change or 0.0
        if not change:
            return "不变"
        return f"{'低' if change < 0 else '高'} {abs(change):.1f} 分"

    def _change_words(self) -> str:
        change = self.average_change or 0.0
        if not change:
            return "unchanged"
        return f"{abs(change):.1f} points {'lower' if change < 0 else 'higher'}"

    def trend_line(self, days: int, language: str = ENGLISH) -> str:
        """One line for Home: how the last `days` days went."""
        if is_chinese(language):
            if not self.sessions:
                return f"最近 {days} 天还没有按压记录。"
            line = f"最近 {days} 天：{self.sessions} 次"
            if self.average_change is None:
                return line + "，还没有同时带两项疼痛评分的记录。"
            return line + f"；按压后的疼痛平均{self._change_chinese()}（{self.scored} 次有评分）。"
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
