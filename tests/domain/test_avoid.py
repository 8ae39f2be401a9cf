"""'Do not press on' for one side only: a cast on the left hand leaves the right hand free."""

from __future__ import annotations

import pytest

from acupress_desktop.domain.avoid import AvoidError, avoid_tokens, sides_allowed, split_avoid
from acupress_desktop.domain.catalogue import BodyRegion, Catalogue
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import ExclusionKind, PlanRequest, plan_routine


def test_tokens_read_both_sides_or_one_and_write_back_the_same() -> None:
    both, one = split_avoid(["foot", "hand:left", "foot:right"])
    assert both == {BodyRegion.FOOT} and one == {(BodyRegion.HAND, Side.LEFT)}  # 'foot' already covers its right
    assert avoid_tokens(both, one) == ["foot", "hand:left"]


@pytest.mark.parametrize("token", ["tail", "hand:up", "hand:both", "hand:midline"])
def test_unknown_regions_and_sides_are_refused(token: str) -> None:
    with pytest.raises(AvoidError):
        split_avoid([token])


def test_both_at_once_becomes_the_side_left_free() -> None:
    one_side = frozenset({(BodyRegion.LOWER_BACK, Side.LEFT)})
    assert sides_allowed(BodyRegion.LOWER_BACK, (Side.BOTH,), one_side) == (Side.RIGHT,)
    assert sides_allowed(BodyRegion.HAND, (Side.BOTH,), one_side) == (Side.BOTH,)


def test_a_cast_on_the_other_hand_keeps_ling_gu(catalogue: Catalogue) -> None:
    request = PlanRequest(("sciatica",), PainSide.LEFT, avoid_one_side=frozenset({(BodyRegion.HAND, Side.LEFT)}))
    plan = plan_routine(catalogue, request)
    assert [s.side for s in plan.steps if s.code == "TUNG-22.05"] == [Side.RIGHT]


def test_a_cast_on_the_hand_ling_gu_needs_leaves_it_out_and_says_why(catalogue: Catalogue) -> None:
    request = PlanRequest(("sciatica",), PainSide.LEFT, avoid_one_side=frozenset({(BodyRegion.HAND, Side.RIGHT)}))
    plan = plan_routine(catalogue, request)
    assert "TUNG-22.05" not in {s.code for s in plan.steps}
    left_out = next(e for e in plan.excluded if e.code == "TUNG-22.05")
    assert left_out.kind is ExclusionKind.AVOIDED_AREA and "right hand" in left_out.reason


def test_a_point_pressed_on_both_sides_keeps_the_free_side(catalogue: Catalogue) -> None:
    request = PlanRequest(
        ("low-back-pain",), PainSide.BOTH, minutes=30, avoid_one_side=frozenset({(BodyRegion.LOWER_BACK, Side.LEFT)})
    )
    steps = [s for s in plan_routine(catalogue, request).steps if s.point.region is BodyRegion.LOWER_BACK]
    assert steps and all(s.side is Side.RIGHT for s in steps)
