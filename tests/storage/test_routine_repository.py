"""Saved routines survive a restart, keep their order, and names stay unique."""

from pathlib import Path

import pytest

from acupress_desktop.domain.catalogue import BodyRegion, Catalogue
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest, plan_routine
from acupress_desktop.domain.routine import Routine, RoutineEditError, move_step, routine_from_plan
from acupress_desktop.storage.routine_repository import RoutineNotFoundError, RoutineRepository
from acupress_desktop.storage.user_db import open_user_database


@pytest.fixture
def repository(tmp_path: Path) -> RoutineRepository:
    return RoutineRepository(open_user_database(tmp_path).engine)


@pytest.fixture
def routine(catalogue: Catalogue) -> Routine:
    request = PlanRequest(
        ("sciatica",),
        PainSide.LEFT,
        pregnant=True,
        avoid_regions=frozenset({BodyRegion.FOOT}),
        minutes=12,
        avoid_one_side=frozenset({(BodyRegion.HAND, Side.LEFT)}),
    )
    return routine_from_plan(plan_routine(catalogue, request))


def test_a_saved_routine_reads_back_the_same_after_a_restart(
    tmp_path: Path, repository: RoutineRepository, routine: Routine
) -> None:
    saved = repository.save(move_step(routine, 0, 2), "Left sciatica")
    reopened = RoutineRepository(open_user_database(tmp_path).engine).get(saved.id or 0)
    assert reopened.name == "Left sciatica"
    assert reopened.steps == move_step(routine, 0, 2).steps
    assert reopened.request.pain_side is PainSide.LEFT and reopened.request.pregnant
    assert reopened.request.avoid_regions == frozenset({BodyRegion.FOOT})
    assert reopened.request.avoid_one_side == frozenset({(BodyRegion.HAND, Side.LEFT)})
    assert reopened.steps[0].side in (Side.LEFT, Side.RIGHT)


def test_names_are_unique_ignoring_case_and_spaces(repository: RoutineRepository, routine: Routine) -> None:
    repository.save(routine, "Morning")
    with pytest.raises(RoutineEditError, match="already exists"):
        repository.save(routine, "  morning ")
    assert [r.name for r in repository.list()] == ["Morning"]


def test_rename_and_delete(repository: RoutineRepository, routine: Routine) -> None:
    first = repository.save(routine, "A")
    second = repository.save(routine, "B")
    with pytest.raises(RoutineEditError, match="already exists"):
        repository.rename(second.id or 0, "a")
    repository.rename(first.id or 0, "Desk break")
    repository.delete(second.id or 0)
    assert [r.name for r in repository.list()] == ["Desk break"]
    with pytest.raises(RoutineNotFoundError):
        repository.get(second.id or 0)


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_bad_names_are_refused_and_nothing_is_stored(
    name: str, repository: RoutineRepository, routine: Routine
) -> None:
    with pytest.raises(RoutineEditError):
        repository.save(routine, name)
    assert repository.list() == ()
