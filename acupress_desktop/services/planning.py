"""What the planner window asks for: plans, red-flag questions and saved routines."""

from __future__ import annotations

from acupress_desktop.domain.catalogue import Catalogue, RedFlag
from acupress_desktop.domain.planner import Plan, PlanRequest, plan_routine, red_flags_for
from acupress_desktop.domain.routine import Routine
from acupress_desktop.storage.routine_repository import RoutineRepository


class PlannerService:
    def __init__(self, catalogue: Catalogue, routines: RoutineRepository) -> None:
        self.catalogue = catalogue
        self._routines = routines

    def red_flags_for(self, symptom_ids: tuple[str, ...]) -> tuple[RedFlag, ...]:
        return red_flags_for(self.catalogue, symptom_ids)

    def plan(self, request: PlanRequest) -> Plan:
        return plan_routine(self.catalogue, request)

    def saved_routines(self) -> tuple[Routine, ...]:
        return self._routines.list()

    def routine_named(self, name: str) -> Routine:
        return self._routines.get_by_name(name)

    def open_routine(self, routine_id: int) -> Routine:
        return self._routines.get(routine_id)

    def save_new(self, routine: Routine, name: str) -> Routine:
        return self._routines.save(routine, name)

    def save_changes(self, routine: Routine) -> Routine:
        assert routine.id is not None
        return self._routines.replace_steps(routine.id, routine.steps)

    def rename(self, routine_id: int, name: str) -> Routine:
        return self._routines.rename(routine_id, name)

    def delete(self, routine_id: int) -> None:
        self._routines.delete(routine_id)
