"""What the routine sheet says, before any layout."""

from dataclasses import replace
from datetime import date

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest, plan_routine
from acupress_desktop.domain.routine import routine_from_plan
from acupress_desktop.domain.sheet import build_sheet


def test_sheet_carries_steps_sides_exclusions_and_red_flags(catalogue: Catalogue) -> None:
    routine = routine_from_plan(plan_routine(catalogue, PlanRequest(("sciatica",), PainSide.LEFT, pregnant=True)))
    sheet = build_sheet(catalogue, routine, date(2026, 11, 21))
    assert "Sciatica" in sheet.title and "left side" in sheet.subtitle and "pregnant" in sheet.subtitle
    assert [s.side_words for s in sheet.steps] == [s.side_words for s in sheet.steps if s.side_words]
    assert any(e.name.startswith("Linggu") and "pregnan" in e.reason.lower() for e in sheet.excluded)
    assert {f.id for f in sheet.red_flags} >= {"bladder-bowel", "saddle-numbness"}
    assert "not medical advice" in sheet.disclaimer


def test_the_second_side_of_a_point_refers_back_to_the_first(catalogue: Catalogue) -> None:
    routine = routine_from_plan(plan_routine(catalogue, PlanRequest(("headache",), PainSide.NONE, minutes=30)))
    sheet = build_sheet(catalogue, routine, date(2026, 11, 21))
    pairs = [(a, b) for a, b in zip(sheet.steps, sheet.steps[1:], strict=False) if a.point.code == b.point.code]
    assert pairs, "headache on no side presses bilateral points on both sides"
    first, second = pairs[0]
    assert second.same_as == first.number and {first.side, second.side} == {Side.LEFT, Side.RIGHT}


def test_points_kept_by_the_user_are_not_listed_as_left_out(catalogue: Catalogue) -> None:
    plan = plan_routine(catalogue, PlanRequest(("sciatica",), PainSide.LEFT, minutes=2))
    routine = routine_from_plan(plan_routine(catalogue, PlanRequest(("sciatica",), PainSide.LEFT, minutes=30)))
    routine = replace(
        routine, request=replace(routine.request, minutes=2)
    )  # planned long, then the user set fewer minutes: all steps stay
    sheet = build_sheet(catalogue, routine, date(2026, 11, 21))
    listed = {e.name.split(" (")[0] for e in sheet.excluded}
    assert not listed & {s.point.pinyin_plain for s in sheet.steps}
    assert plan.excluded  # the short plan did leave points out
