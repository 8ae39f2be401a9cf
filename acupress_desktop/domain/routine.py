"""A routine the person keeps: the planned steps after their own edits.

Edits are pure functions returning a new routine, so the UI cannot bend the rules
(seconds stay within the point's range, a routine keeps at least one step).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import LONGEST_STEP, SHORTEST_STEP, Plan, PlanRequest

MAX_NAME_LENGTH = 80


class RoutineEditError(ValueError):
    """An edit the rules do not allow; the message says why in plain words."""


@dataclass(frozen=True)
class RoutineStep:
    code: str
    side: Side
    seconds: int
    instruction: str
    why: tuple[str, ...]


@dataclass(frozen=True)
class Routine:
    """The steps a person keeps, with the request they were planned from (a saved routine keeps its settings)."""

    name: str
    request: PlanRequest
    steps: tuple[RoutineStep, ...]
    id: int | None = None

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)


def routine_from_plan(plan: Plan, name: str = "") -> Routine:
    steps = tuple(RoutineStep(s.code, s.side, s.seconds, s.instruction, (*s.why, s.side_reason)) for s in plan.steps)
    return Routine(name=name, request=replace(plan.request, red_flags_present=frozenset()), steps=steps)


def suggested_name(symptom_names: tuple[str, ...], pain_side: PainSide, minutes: int) -> str:
    """A name to offer when saving, e.g. "Sciatica, left, 10 min"; the person can change it."""
    parts = [" and ".join(symptom_names) if len(symptom_names) <= 2 else f"{symptom_names[0]} and more"]
    if pain_side in (PainSide.LEFT, PainSide.RIGHT):
        parts.append(pain_side.value)
    elif pain_side is PainSide.BOTH:
        parts.append("both sides")
    parts.append(f"{minutes} min")
    return ", ".join(part for part in parts if part)[:MAX_NAME_LENGTH]


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise RoutineEditError("A routine needs a name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise RoutineEditError(f"A routine name can have at most {MAX_NAME_LENGTH} characters.")
    return cleaned


def move_step(routine: Routine, index: int, new_index: int) -> Routine:
    steps = list(routine.steps)
    if not (0 <= index < len(steps) and 0 <= new_index < len(steps)):
        raise RoutineEditError("There is no step there.")
    steps.insert(new_index, steps.pop(index))
    return replace(routine, steps=tuple(steps))


def remove_step(routine: Routine, index: int) -> Routine:
    if not 0 <= index < len(routine.steps):
        raise RoutineEditError("There is no step there.")
    if len(routine.steps) == 1:
        raise RoutineEditError("A routine keeps at least one step.")
    return replace(routine, steps=routine.steps[:index] + routine.steps[index + 1 :])


def seconds_range(catalogue: Catalogue, code: str) -> tuple[int, int]:
    technique = catalogue.point(code).technique
    return max(SHORTEST_STEP, technique.min_seconds), min(LONGEST_STEP, technique.max_seconds)


def set_seconds(catalogue: Catalogue, routine: Routine, index: int, seconds: int) -> Routine:
    if not 0 <= index < len(routine.steps):
        raise RoutineEditError("There is no step there.")
    step = routine.steps[index]
    low, high = seconds_range(catalogue, step.code)
    if not low <= seconds <= high:
        name = catalogue.point(step.code).pinyin_plain
        raise RoutineEditError(f"{name} is pressed for {low} to {high} seconds.")
    steps = list(routine.steps)
    steps[index] = replace(step, seconds=seconds)
    return replace(routine, steps=tuple(steps))
