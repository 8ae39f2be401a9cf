"""The planner's judgement on a small hand-made catalogue whose answers can be worked out by hand."""

from dataclasses import replace

import pytest

from acupress_desktop.domain.catalogue import (
    BodyRegion,
    Catalogue,
    Caution,
    CautionEffect,
    CautionKind,
    EvidenceLevel,
    Laterality,
    PointSystem,
    Pressure,
    Symptom,
    SymptomPoint,
    Technique,
)
from acupress_desktop.domain.integrity import integrity_problems
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import (
    ExclusionKind,
    Plan,
    PlanningError,
    PlanRequest,
    SideNeededError,
    plan_routine,
)
from tests.domain.factories import make_catalogue, make_point

PREGNANCY = Caution(CautionKind.PREGNANCY, CautionEffect.EXCLUDE, "Not during pregnancy.", ("src",))
VARICOSE = Caution(CautionKind.VARICOSE_VEINS, CautionEffect.EXCLUDE, "Not over varicose veins.", ("src",))
GENTLE = Caution(CautionKind.GENTLE_ONLY, CautionEffect.GENTLE, "Deep vessels: press gently.", ("src",))
THINNERS = Caution(CautionKind.BLEEDING_DISORDER, CautionEffect.GENTLE, "Blood thinners: gently.", ("src",))


def _catalogue() -> Catalogue:
    points = (
        make_point("LINGGU", laterality=Laterality.OPPOSITE_SIDE, cautions=(PREGNANCY, THINNERS)),
        make_point("YTX", laterality=Laterality.SAME_SIDE, cautions=(THINNERS,)),
        make_point("HEGU", laterality=Laterality.BOTH_SIDES, cautions=(PREGNANCY, THINNERS)),
        make_point("KNEE", region=BodyRegion.KNEE, laterality=Laterality.PAINFUL_SIDE, cautions=(VARICOSE, GENTLE)),
        make_point("CROWN", region=BodyRegion.HEAD, laterality=Laterality.MIDLINE, cautions=()),
        make_point(
            "LONG",
            region=BodyRegion.LOWER_LEG,
            laterality=Laterality.PAINFUL_SIDE,
            technique=Technique(Pressure.FIRM, "Press.", 180, 120, 300),
            cautions=(),
        ),
    )
    back = Symptom(
        id="back",
        name="Back pain",
        description="Back.",
        sided=True,
        points=(
            SymptomPoint("LINGGU", 1, "Distal point.", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("KNEE", 1, "Local point.", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("YTX", 2, "Acute back.", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("HEGU", 3, "General pain.", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("LONG", 3, "Calf.", EvidenceLevel.TRADITIONAL, ("src",)),
        ),
        red_flags=("flag",),
        sources=("src",),
    )
    head = Symptom(
        id="head",
        name="Headache",
        description="Head.",
        sided=False,
        points=(
            SymptomPoint("HEGU", 1, "Head pain.", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("CROWN", 2, "Top of head.", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("LINGGU", 2, "Headache too.", EvidenceLevel.TRADITIONAL, ("src",)),
        ),
        red_flags=(),
        sources=("src",),
    )
    return replace(make_catalogue(points=points), symptoms=(back, head))


def _sides(plan: Plan, code: str) -> list[Side]:
    return [s.side for s in plan.steps if s.code == code]


def test_left_pain_puts_opposite_points_on_the_right_and_same_side_points_on_the_left() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, minutes=60))
    assert _sides(plan, "LINGGU") == [Side.RIGHT]
    assert _sides(plan, "YTX") == [Side.LEFT]
    assert _sides(plan, "KNEE") == [Side.LEFT]
    assert set(_sides(plan, "HEGU")) == {Side.LEFT, Side.RIGHT}
    assert len(_sides(plan, "HEGU")) == 2


def test_right_pain_mirrors_everything() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.RIGHT, minutes=60))
    assert _sides(plan, "LINGGU") == [Side.LEFT]
    assert _sides(plan, "YTX") == [Side.RIGHT]


@pytest.mark.parametrize("pain", [PainSide.BOTH, PainSide.NONE])
def test_no_single_painful_side_presses_sided_points_on_both_sides_and_says_so(pain: PainSide) -> None:
    symptom = "back" if pain is PainSide.BOTH else "head"  # "no side" is for complaints without one
    plan = plan_routine(_catalogue(), PlanRequest((symptom,), pain, minutes=60))
    assert _sides(plan, "LINGGU") == [Side.LEFT, Side.RIGHT]
    reasons = " ".join(s.side_reason for s in plan.steps if s.code == "LINGGU")
    assert "both sides are pressed" in reasons


def test_a_complaint_with_a_side_cannot_be_planned_without_one() -> None:
    with pytest.raises(SideNeededError, match="Back pain: say which side hurts") as raised:
        plan_routine(_catalogue(), PlanRequest(("back",), PainSide.NONE))
    assert raised.value.symptom_ids == ("back",)


def test_a_complaint_without_a_side_ignores_a_side_given() -> None:
    catalogue = _catalogue()
    left = plan_routine(catalogue, PlanRequest(("head",), PainSide.LEFT, minutes=60))
    none = plan_routine(catalogue, PlanRequest(("head",), PainSide.NONE, minutes=60))
    assert [(s.code, s.side) for s in left.steps] == [(s.code, s.side) for s in none.steps]


def test_a_point_pressed_both_at_once_is_one_step_with_one_time() -> None:
    together = replace(make_point("HEGU").technique, both_at_once=True)
    catalogue = _catalogue()
    points = tuple(replace(p, technique=together) if p.code == "HEGU" else p for p in catalogue.points)
    plan = plan_routine(replace(catalogue, points=points), PlanRequest(("head",), minutes=60))
    (step,) = [s for s in plan.steps if s.code == "HEGU"]
    assert step.side is Side.BOTH
    assert step.seconds == together.default_seconds
    assert "together" in step.side_reason


def test_midline_points_appear_once() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("head",), PainSide.NONE, minutes=60))
    assert _sides(plan, "CROWN") == [Side.MIDLINE]


def test_shared_points_appear_once_per_side_with_every_reason() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back", "head"), PainSide.LEFT, minutes=60))
    hegu = [s for s in plan.steps if s.code == "HEGU"]
    assert len(hegu) == 2
    assert hegu[0].why == (
        "Back pain: General pain. Evidence: traditional use only.",
        "Headache: Head pain. Evidence: traditional use only.",
    )
    assert hegu[0].priority == 1  # the best of its links


def test_pregnancy_excludes_the_point_with_the_caution_as_reason() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, pregnant=True, minutes=60))
    assert "HEGU" not in {s.code for s in plan.steps}
    excluded = {e.code: e for e in plan.excluded}
    assert excluded["HEGU"].reason == "Not during pregnancy."
    assert excluded["HEGU"].kind is ExclusionKind.CAUTION
    assert any("Pregnancy" in w for w in plan.warnings)


def test_varicose_veins_and_avoided_areas_exclude_local_points() -> None:
    varicose = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, varicose_veins=True, minutes=60))
    assert {e.code for e in varicose.excluded} == {"KNEE"}
    avoided = plan_routine(
        _catalogue(), PlanRequest(("back",), PainSide.LEFT, avoid_regions=frozenset({BodyRegion.HAND}), minutes=60)
    )
    assert {e.code for e in avoided.excluded} == {"LINGGU", "YTX", "HEGU"}
    assert all(e.kind is ExclusionKind.AVOIDED_AREA for e in avoided.excluded)


def test_gentle_only_points_keep_their_place_with_a_gentle_instruction() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, minutes=60))
    knee = next(s for s in plan.steps if s.code == "KNEE")
    assert knee.gentle and knee.instruction.startswith("Gentle pressure only.")
    thinners = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, anticoagulants=True, minutes=60))
    assert all(step.gentle for step in thinners.steps if step.code != "LONG")


def test_routine_never_runs_over_time_and_says_what_was_left_out() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, minutes=4))
    assert plan.total_seconds <= 240
    time_cut = [e for e in plan.excluded if e.kind is ExclusionKind.TIME]
    assert time_cut and all("4 minutes" in e.reason for e in time_cut)
    # the highest-priority points survive
    assert {"LINGGU", "KNEE"} <= {s.code for s in plan.steps}


def test_a_step_is_shortened_rather_than_dropped_when_its_minimum_still_fits() -> None:
    catalogue = _catalogue()
    only_long = replace(
        catalogue.symptoms[0], points=(SymptomPoint("LONG", 1, "Calf.", EvidenceLevel.TRADITIONAL, ("src",)),)
    )
    plan = plan_routine(replace(catalogue, symptoms=(only_long,)), PlanRequest(("back",), PainSide.LEFT, minutes=2))
    assert [(s.code, s.seconds) for s in plan.steps] == [("LONG", 120)]


def test_steps_are_grouped_by_region_and_side() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, minutes=60))
    order = [(s.point.region, s.side) for s in plan.steps]
    # each (region, side) group is contiguous
    seen: list[tuple[BodyRegion, Side]] = []
    for key in order:
        if not seen or seen[-1] != key:
            assert key not in seen, f"{key} split in {order}"
            seen.append(key)
    # hand first (priority 1 Ling Gu on the right), right hand before left hand
    assert [s.code for s in plan.steps][:2] == ["LINGGU", "HEGU"]
    assert plan.steps[0].side is Side.RIGHT


def test_a_red_flag_returns_no_routine_only_advice() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("back",), PainSide.LEFT, red_flags_present=frozenset({"flag"})))
    assert plan.blocked and plan.steps == ()
    assert plan.warnings[0].startswith("Get emergency help now")
    assert "emergency department" in plan.warnings[0] and "A&E" not in plan.warnings[0]
    assert "Call now." in plan.warnings


def test_red_flags_of_other_symptoms_do_not_block() -> None:
    plan = plan_routine(_catalogue(), PlanRequest(("head",), PainSide.NONE, red_flags_present=frozenset({"flag"})))
    assert not plan.blocked and plan.steps


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (PlanRequest(("nope",)), "unknown symptom 'nope'"),
        (PlanRequest(()), "pick at least one symptom"),
        (PlanRequest(("back",), minutes=0), "between 1 and 120"),
        (PlanRequest(("back",), minutes=121), "between 1 and 120"),
    ],
)
def test_bad_requests_are_refused_with_a_clear_message(request_: PlanRequest, message: str) -> None:
    with pytest.raises(PlanningError, match=message):
        plan_routine(_catalogue(), request_)


def test_same_request_gives_the_same_plan() -> None:
    request = PlanRequest(("back", "head"), PainSide.RIGHT, minutes=7)
    assert plan_routine(_catalogue(), request) == plan_routine(_catalogue(), request)


def test_pregnancy_note_says_belly_points_are_left_out_to_be_careful_not_that_they_are_on_the_lists() -> None:
    belly = make_point(
        "BELLY",
        pinyin_plain="Zhongwan",
        region=BodyRegion.CHEST_ABDOMEN,
        laterality=Laterality.MIDLINE,
        cautions=(PREGNANCY,),
    )
    catalogue = _catalogue()
    head = replace(
        catalogue.symptoms[1],
        points=(*catalogue.symptoms[1].points, SymptomPoint("BELLY", 1, "Belly.", EvidenceLevel.TRADITIONAL, ("s",))),
    )
    catalogue = replace(catalogue, points=(*catalogue.points, belly), symptoms=(catalogue.symptoms[0], head))
    note = next(w for w in plan_routine(catalogue, PlanRequest(("head",), pregnant=True)).warnings if "Pregnancy" in w)
    listed, _, careful = note.partition("to be careful.")  # the traditional lists' sentence ends so
    assert "Hegu" in listed and "traditionally avoided" in listed and "Zhongwan" not in listed
    assert "Zhongwan" in careful and "left out too: the app does not press on the belly" in careful


def test_an_extra_point_without_a_standard_code_is_not_shown_with_a_made_up_one() -> None:
    anmian = make_point("ANMIAN", system=PointSystem.EXTRA, label="extra point", label_zh="经外奇穴")
    assert anmian.display_code == "extra point"
    assert make_point("EX-HN3", system=PointSystem.EXTRA).display_code == "EX-HN3"
    lonely = make_catalogue(points=(make_point("ANMIAN", system=PointSystem.EXTRA),))
    assert any("ANMIAN" in p and "label" in p for p in integrity_problems(lonely))
