"""The warning signs of eye strain, the belly complaints and arm pain, checked against NHS and NICE pages:
what a person who answers "yes" is told to do, and how soon."""

import pytest

from acupress_desktop.domain.catalogue import Catalogue, Urgency
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.planner import PlanRequest, plan_routine

EMERGENCY_HEAD = "Get emergency help now"
DOCTOR_SOON_HEAD = "See a doctor soon"


def _answer_yes(catalogue: Catalogue, symptom_id: str, flag_id: str) -> tuple[str, ...]:
    assert flag_id in catalogue.symptom(symptom_id).red_flags
    plan = plan_routine(
        catalogue, PlanRequest((symptom_id,), PainSide.LEFT, red_flags_present=frozenset({flag_id}), minutes=20)
    )
    assert not plan.steps, "a yes to any warning sign means no routine"
    return plan.warnings


def test_sudden_loss_of_sight_or_severe_eye_pain_is_an_emergency(source_catalogue: Catalogue) -> None:
    flag = source_catalogue.red_flag("sudden-vision-change")
    assert flag.urgency is Urgency.EMERGENCY
    assert "severe pain in an eye" in flag.question and "do not drive" in flag.advice
    assert _answer_yes(source_catalogue, "eye-strain", flag.id)[0].startswith(EMERGENCY_HEAD)


def test_new_flashes_floaters_or_a_shadow_need_an_eye_check_today_not_the_emergency_number(
    source_catalogue: Catalogue,
) -> None:
    flag = source_catalogue.red_flag("vision-change-urgent")
    assert flag.urgency is Urgency.URGENT
    for sign in ("flashes of light", "floating dots", "shadow moving across", "double vision", "suddenly gone blurred"):
        assert sign in flag.question, sign
    assert "today" in flag.advice and "optician" in flag.advice
    assert {"nhs-vision-loss", "nhs-detached-retina"} <= set(flag.sources)
    assert _answer_yes(source_catalogue, "eye-strain", flag.id)[0].startswith(DOCTOR_SOON_HEAD)


@pytest.mark.parametrize("symptom_id", ["constipation", "bloating-indigestion"])
def test_a_blocked_bowel_sends_both_belly_complaints_to_the_emergency_department(
    source_catalogue: Catalogue, symptom_id: str
) -> None:
    flag = source_catalogue.red_flag("bowel-blocked")
    assert flag.urgency is Urgency.EMERGENCY
    assert "poo or pass any wind" in flag.question and "keep being sick" in flag.question
    assert "nhs-inform-stomach-ache" in flag.sources
    assert _answer_yes(source_catalogue, symptom_id, flag.id)[0].startswith(EMERGENCY_HEAD)


def test_a_tummy_that_hurts_to_touch_is_not_pressed(source_catalogue: Catalogue) -> None:
    flag = source_catalogue.red_flag("severe-belly-pain")
    assert "hurt when you touch it" in flag.question and "Do not press on your tummy" in flag.advice
    for symptom_id in ("constipation", "bloating-indigestion", "nausea"):
        assert flag.id in source_catalogue.symptom(symptom_id).red_flags, symptom_id


def test_frequent_bloating_in_a_woman_sends_her_to_a_doctor_with_the_reason(source_catalogue: Catalogue) -> None:
    flag = source_catalogue.red_flag("bloating-frequent-women")
    assert flag.urgency is Urgency.URGENT
    assert "more than 12 days a month" in flag.question and "not yet checked" in flag.question
    assert "ovarian cancer" in flag.advice and flag.sources == ("nice-cg122",)
    assert _answer_yes(source_catalogue, "bloating-indigestion", flag.id)[0].startswith(DOCTOR_SOON_HEAD)


@pytest.mark.parametrize("symptom_id", ["tennis-elbow", "shoulder-pain"])
def test_arm_pain_on_exertion_is_asked_as_a_possible_heart_sign(source_catalogue: Catalogue, symptom_id: str) -> None:
    flag = source_catalogue.red_flag("arm-pain-on-exertion")
    assert flag.urgency is Urgency.URGENT
    assert "go away when you rest" in flag.question and "angina" in flag.advice
    assert "emergency number" in flag.advice, "sudden pain with a squeezed chest is the emergency number"
    assert _answer_yes(source_catalogue, symptom_id, flag.id)[0].startswith(DOCTOR_SOON_HEAD)


def test_an_elbow_injury_is_an_emergency_only_with_signs_of_a_broken_bone(source_catalogue: Catalogue) -> None:
    flag = source_catalogue.red_flag("elbow-injury")
    assert flag.urgency is Urgency.EMERGENCY
    assert flag.question.startswith("After a fall or injury, did you hear a snap")
    assert "nhs-111-wales-broken-arm" in flag.sources
