"""The face, head and trunk-front content (issue 12): what a person relies on when pressing near the eyes
and on the belly, and the warning signs each new complaint asks."""

import pytest

from acupress_desktop.domain.catalogue import BodyRegion, Catalogue, CautionEffect, CautionKind, Laterality, Pressure
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest, plan_routine

NEW_COMPLAINT_FLAGS = {
    "eye-strain": {"sudden-vision-change", "vision-change-urgent", "painful-red-eye"},
    "jaw-clenching": {"jaw-locked", "chest-pain"},
    "blocked-sinuses": {"sinus-eye-swelling"},
    "constipation": {"bowel-blocked", "bowel-bleeding", "bowel-change-weight-loss"},
    "bloating-indigestion": {
        "chest-pain",
        "vomiting-blood",
        "bowel-blocked",
        "swallowing-weight-loss",
        "bloating-frequent-women",
    },
}
BELLY_POINTS = ("CV12", "CV6", "CV4", "ST25", "SP15")


def test_bl1_is_gentle_only_and_never_on_the_eyeball(source_catalogue: Catalogue) -> None:
    bl1 = source_catalogue.point("BL1")
    assert bl1.technique.pressure is Pressure.GENTLE
    (caution,) = bl1.cautions_of(CautionKind.GENTLE_ONLY)
    assert caution.effect is CautionEffect.GENTLE
    assert "never press on the eyeball" in caution.text and "眼球" in caution.text_zh
    assert any("never the eyeball" in step for step in bl1.find_steps)


def test_every_face_point_is_pressed_gently(source_catalogue: Catalogue) -> None:
    for point in source_catalogue.points:
        if point.region is BodyRegion.FACE:
            assert point.technique.pressure is Pressure.GENTLE, point.code


@pytest.mark.parametrize("code", ["CV6", "CV4"])
def test_the_lower_abdomen_points_are_left_out_in_pregnancy_with_the_tradition_named(
    source_catalogue: Catalogue, code: str
) -> None:
    (caution,) = source_catalogue.point(code).cautions_of(CautionKind.PREGNANCY)
    assert caution.effect is CautionEffect.EXCLUDE
    assert "traditionally avoided in pregnancy" in caution.text


@pytest.mark.parametrize(("symptom_id", "flags"), NEW_COMPLAINT_FLAGS.items())
def test_each_new_complaint_asks_its_warning_signs(
    source_catalogue: Catalogue, symptom_id: str, flags: set[str]
) -> None:
    assert set(source_catalogue.symptom(symptom_id).red_flags) >= flags


def test_a_pregnant_person_gets_a_constipation_routine_without_pressing_the_belly(source_catalogue: Catalogue) -> None:
    plan = plan_routine(source_catalogue, PlanRequest(("constipation",), pregnant=True, minutes=20))
    assert plan.steps, "TE6 and ST36 remain"
    assert not {s.code for s in plan.steps} & set(BELLY_POINTS)
    assert {"ST25", "CV12", "CV6"} <= {e.code for e in plan.excluded}


def test_jaw_points_are_pressed_on_the_painful_side(source_catalogue: Catalogue) -> None:
    for code in ("ST7", "SI19", "TE17"):
        assert source_catalogue.point(code).laterality is Laterality.PAINFUL_SIDE, code
    plan = plan_routine(source_catalogue, PlanRequest(("jaw-clenching",), PainSide.LEFT, minutes=20))
    local = [s for s in plan.steps if s.code in ("ST7", "SI19", "TE17", "ST6")]
    assert local and all(s.side is Side.LEFT for s in local)


def test_anmian_is_no_longer_missing_from_the_sleep_routine(source_catalogue: Catalogue) -> None:
    insomnia = source_catalogue.symptom("insomnia")
    assert "ANMIAN" in {link.code for link in insomnia.points}
    assert "not in the atlas" not in insomnia.notes
