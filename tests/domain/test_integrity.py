from dataclasses import replace

import pytest

from acupress_desktop.domain.catalogue import EvidenceLevel, SymptomPoint, Technique
from acupress_desktop.domain.integrity import has_tone_marks, integrity_problems
from tests.domain.factories import make_catalogue, make_point


def test_a_sound_catalogue_has_no_problems() -> None:
    assert integrity_problems(make_catalogue()) == []


@pytest.mark.parametrize(("pinyin", "expected"), [("Hégǔ", True), ("Zúsānlǐ", True), ("Hegu", False), ("", False)])
def test_tone_marks_are_detected(pinyin: str, expected: bool) -> None:
    assert has_tone_marks(pinyin) is expected


def test_pinyin_without_tones_is_reported() -> None:
    catalogue = make_catalogue(points=(make_point("LI4", pinyin="Hegu"), make_point("LI3"), make_point("LI2")))
    assert integrity_problems(catalogue) == ["point LI4: pinyin 'Hegu' has no tone marks"]


def test_duplicate_codes_are_reported() -> None:
    catalogue = make_catalogue(points=(make_point("LI4"), make_point("LI4"), make_point("LI2")))
    assert "duplicate point code LI4" in integrity_problems(catalogue)


def test_a_symptom_needs_three_points() -> None:
    catalogue = make_catalogue(points=(make_point("LI4"), make_point("LI3")))
    assert "symptom headache: has 2 points, needs 3" in integrity_problems(catalogue)


def test_broken_links_are_each_reported() -> None:
    catalogue = make_catalogue()
    symptom = replace(
        catalogue.symptoms[0],
        points=(
            SymptomPoint("LI4", 1, "", EvidenceLevel.TRADITIONAL, ("src",)),
            SymptomPoint("LI3", 1, "Helps.", EvidenceLevel.TRADITIONAL, ()),
            SymptomPoint("XX9", 1, "Helps.", EvidenceLevel.TRADITIONAL, ("nowhere",)),
        ),
    )
    problems = integrity_problems(replace(catalogue, symptoms=(symptom,)))
    assert "symptom headache: link to LI4 has no reason" in problems
    assert "symptom headache: link to LI3 has no source" in problems
    assert "symptom headache: unknown point XX9" in problems
    assert "symptom headache -> XX9: unknown source nowhere" in problems


def test_seconds_out_of_range_are_reported() -> None:
    bad = make_point("LI4", technique=Technique(make_point().technique.pressure, "Press.", 20, 10, 600))
    problems = integrity_problems(make_catalogue(points=(bad, make_point("LI3"), make_point("LI2"))))
    assert any("point LI4: seconds must satisfy" in p for p in problems)


def test_unknown_red_flag_and_missing_disclaimer_are_reported() -> None:
    catalogue = make_catalogue(red_flags=("nope",))
    problems = integrity_problems(replace(catalogue, disclaimer=""))
    assert "symptom headache: unknown red flag nope" in problems
    assert "the disclaimer is missing" in problems
