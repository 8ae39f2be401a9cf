"""How a session reads in a row: the one wording shared by the history table, the report and the command line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from acupress_desktop.domain.history import SessionEntry
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.localisation import ENGLISH, is_chinese

NO_SCORE = "—"
_PAIN_SIDE = {
    PainSide.LEFT: "left",
    PainSide.RIGHT: "right",
    PainSide.BOTH: "both sides",
    PainSide.NONE: "no side",
}
_STATUS = {
    "running": "running",
    "completed": "completed",
    "partial": "partly done",
    "stopped": "stopped early",
    "interrupted": "interrupted",
}
_PAIN_SIDE_ZH = {PainSide.LEFT: "左侧", PainSide.RIGHT: "右侧", PainSide.BOTH: "两侧", PainSide.NONE: "不分左右"}
_STATUS_ZH = {
    "running": "进行中",
    "completed": "已完成",
    "partial": "部分完成",
    "stopped": "提前停止",
    "interrupted": "已中断",
}


@dataclass(frozen=True)
class SessionRowText:
    when: str  # local time, "2026-11-20 09:30"
    what: str
    side: str
    minutes: str
    pain_before: str
    pain_after: str
    change: str
    status: str
    steps: str
    note: str

    def table_cells(self) -> tuple[str, ...]:
        """The cells of a session table, in the order the window and the report both show them."""
        return (
            self.when,
            self.what,
            self.side,
            self.minutes,
            self.pain_before,
            self.pain_after,
            self.change,
            self.status,
            self.note,
        )


def describe_session(entry: SessionEntry, symptom_names: Mapping[str, str], language: str = ENGLISH) -> str:
    """The routine's name, or for a logged session the names of its complaints."""
    if entry.routine_name:
        return entry.routine_name
    return ("、" if is_chinese(language) else ", ").join(
        symptom_names.get(symptom, symptom) for symptom in entry.symptoms
    )


def score_text(value: int | None) -> str:
    return NO_SCORE if value is None else str(value)


def change_text(change: int | None) -> str:
    """'-3' for less pain, '+1' for more, '0' for none; empty when a score is missing."""
    if change is None:
        return ""
    return f"{change:+d}" if change else "0"


def pain_side_text(side: PainSide, language: str = ENGLISH) -> str:
    return (_PAIN_SIDE_ZH if is_chinese(language) else _PAIN_SIDE).get(side, str(side))


def status_text(status: object, language: str = ENGLISH) -> str:
    return (_STATUS_ZH if is_chinese(language) else _STATUS).get(str(status), str(status))


def session_row_text(entry: SessionEntry, symptom_names: Mapping[str, str], language: str = ENGLISH) -> SessionRowText:
    return SessionRowText(
        when=entry.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        what=describe_session(entry, symptom_names, language),
        side=pain_side_text(entry.pain_side, language),
        minutes=f"{entry.minutes:.0f}",
        pain_before=score_text(entry.pain_before),
        pain_after=score_text(entry.pain_after),
        change=change_text(entry.change),
        status=status_text(entry.status, language),
        steps=str(len(entry.steps)) if entry.steps else "",
        note=entry.note,
    )
