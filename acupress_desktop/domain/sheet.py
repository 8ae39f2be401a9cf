"""What a printed routine sheet says, worked out before any layout: the printer only draws it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from acupress_desktop.domain.catalogue import Catalogue, CautionEffect, CautionKind, Point, RedFlag
from acupress_desktop.domain.laterality import PainSide, Side, side_in_words
from acupress_desktop.domain.planner import Exclusion, PlanningError, plan_routine, red_flags_for
from acupress_desktop.domain.routine import Routine

LOG_DAYS = 7
ONE_PAGE_STEPS = 6


@dataclass(frozen=True)
class SheetStep:
    number: int
    point: Point
    side: Side
    side_words: str
    seconds: int
    instruction: str
    find_steps: tuple[str, ...]
    cautions: tuple[str, ...]
    same_as: int | None = None  # the step number this one repeats on the other side


@dataclass(frozen=True)
class SheetExclusion:
    name: str
    reason: str


@dataclass(frozen=True)
class RoutineSheet:
    title: str
    subtitle: str
    printed_on: date
    steps: tuple[SheetStep, ...]
    excluded: tuple[SheetExclusion, ...]
    red_flags: tuple[RedFlag, ...]
    disclaimer: str
    log_days: int = LOG_DAYS

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)


def _pain_words(side: PainSide) -> str:
    return {PainSide.NONE: "", PainSide.BOTH: "Pain on both sides"}.get(side, f"Pain on the {side.value} side")


_SHORT = {
    (CautionKind.PREGNANCY, CautionEffect.EXCLUDE): "Not during pregnancy.",
    (CautionKind.PREGNANCY, CautionEffect.GENTLE): "Gentle only during pregnancy.",
    (CautionKind.VARICOSE_VEINS, CautionEffect.EXCLUDE): "Not over varicose veins.",
    (CautionKind.BLEEDING_DISORDER, CautionEffect.GENTLE): "Gentle only (blood thinners).",
}


def _cautions(point: Point, routine: Routine) -> tuple[str, ...]:
    """Short cautions for paper: pregnancy and vein cautions always, gentle-only in full, thinners if taken.

    Broken skin applies to every point and is said once in the footer.
    """
    shown = []
    for caution in point.cautions:
        if caution.kind is CautionKind.BROKEN_SKIN:
            continue
        if caution.kind is CautionKind.BLEEDING_DISORDER and not routine.request.anticoagulants:
            continue
        shown.append(_SHORT.get((caution.kind, caution.effect), caution.text))
    return tuple(dict.fromkeys(shown))


def _left_out(catalogue: Catalogue, routine: Routine) -> tuple[Exclusion, ...]:
    """The points the planner leaves out and why; none for a routine saved before a rule changed."""
    try:
        return plan_routine(catalogue, routine.request).excluded
    except PlanningError:  # e.g. an old sciatica routine saved without a side
        return ()


def build_sheet(catalogue: Catalogue, routine: Routine, printed_on: date) -> RoutineSheet:
    names = ", ".join(catalogue.symptom(s).name for s in routine.request.symptoms)
    in_routine = {step.code for step in routine.steps}
    excluded = tuple(
        SheetExclusion(f"{e.point.pinyin_plain} ({e.point.display_code})", e.reason)
        for e in _left_out(catalogue, routine)
        if e.code not in in_routine
    )
    steps = []
    for index, step in enumerate(routine.steps, start=1):
        point = catalogue.point(step.code)
        previous = routine.steps[index - 2] if index > 1 else None
        repeat = previous is not None and previous.code == step.code and previous.side is not step.side
        steps.append(
            SheetStep(
                number=index,
                point=point,
                side=step.side,
                side_words=side_in_words(point, step.side),
                seconds=step.seconds,
                instruction=step.instruction,
                find_steps=point.find_steps,
                cautions=_cautions(point, routine),
                same_as=index - 1 if repeat else None,
            )
        )
    situation = [
        s
        for s, on in (("pregnant", routine.request.pregnant), ("blood thinners", routine.request.anticoagulants))
        if on
    ]
    subtitle = " · ".join(part for part in (_pain_words(routine.request.pain_side), *situation) if part)
    return RoutineSheet(
        title=routine.name or f"Acupressure routine: {names}",
        subtitle=subtitle if routine.name == "" else " · ".join(part for part in (names, subtitle) if part),
        printed_on=printed_on,
        steps=tuple(steps),
        excluded=excluded,
        red_flags=red_flags_for(catalogue, routine.request.symptoms),
        disclaimer=catalogue.disclaimer,
    )
