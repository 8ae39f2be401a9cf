"""Editing a routine keeps it within the content's rules."""

import pytest

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.planner import PlanRequest, plan_routine
from acupress_desktop.domain.routine import (
    Routine,
    RoutineEditError,
    clean_name,
    move_step,
    remove_step,
    routine_from_plan,
    set_seconds,
    suggested_name,
)


@pytest.fixture
def routine(catalogue: Catalogue) -> Routine:
    return routine_from_plan(plan_routine(catalogue, PlanRequest(("headache",), PainSide.NONE, minutes=10)))


def test_a_routine_carries_the_plan_steps_with_their_reasons(routine: Routine) -> None:
    assert routine.steps and all(step.why for step in routine.steps)
    assert routine.total_seconds <= 600


def test_moving_a_step_changes_only_the_order(routine: Routine) -> None:
    moved = move_step(routine, 0, len(routine.steps) - 1)
    assert moved.steps[-1] == routine.steps[0]
    assert sorted(moved.steps, key=repr) == sorted(routine.steps, key=repr)


def test_removing_keeps_at_least_one_step(routine: Routine) -> None:
    while len(routine.steps) > 1:
        routine = remove_step(routine, 0)
    with pytest.raises(RoutineEditError, match="at least one step"):
        remove_step(routine, 0)


def test_seconds_stay_within_the_points_range(catalogue: Catalogue, routine: Routine) -> None:
    code = routine.steps[0].code
    high = catalogue.point(code).technique.max_seconds
    assert set_seconds(catalogue, routine, 0, high).steps[0].seconds == high
    with pytest.raises(RoutineEditError, match="seconds"):
        set_seconds(catalogue, routine, 0, high + 1)
    with pytest.raises(RoutineEditError, match="seconds"):
        set_seconds(catalogue, routine, 0, 10)


def test_names_are_tidied(routine: Routine) -> None:
    assert clean_name("  Desk   break ") == "Desk break"
    with pytest.raises(RoutineEditError):
        clean_name(" ")


def test_the_suggested_name_says_what_side_and_how_long() -> None:
    assert suggested_name(("Sciatica",), PainSide.LEFT, 10) == "Sciatica, left, 10 min"
    assert suggested_name(("Headache", "Neck pain"), PainSide.NONE, 5) == "Headache and Neck pain, 5 min"
    assert suggested_name(("A", "B", "C"), PainSide.BOTH, 15) == "A and more, both sides, 15 min"
