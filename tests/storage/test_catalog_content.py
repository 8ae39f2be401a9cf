"""The reviewed content itself: what the product promises to carry."""

from acupress_desktop.domain.catalogue import Catalogue, CautionEffect, CautionKind, Laterality, PointSystem
from acupress_desktop.domain.integrity import integrity_problems

REFERENCE_POINTS = {
    "LI4", "BL23", "BL40", "BL57", "BL60", "BL62", "GB29", "GB30", "GB34", "GB40", "GV20", "ST36", "SP6",
    "GB21", "PC6", "LR3", "EX-HN3", "EX-HN5", "EX-UE7", "TUNG-22.05", "TUNG-22.04",
}  # fmt: skip
SYMPTOMS = {
    "sciatica", "low-back-pain", "acute-back-strain", "hip-pain", "knee-pain", "headache", "migraine",
    "toothache", "neck-shoulder-tension", "menstrual-pain", "anxiety", "insomnia", "dizziness",
    "foot-ankle-pain", "nausea", "fatigue",
}  # fmt: skip
BACK_AND_LEG = {"sciatica", "low-back-pain", "acute-back-strain"}
PREGNANCY_EXCLUDED = {"LI4", "TUNG-22.05", "TUNG-22.04", "BL60", "SP6", "GB21", "BL23"}  # ref safety.md


def test_the_source_breaks_no_integrity_rule(source_catalogue: Catalogue) -> None:
    assert integrity_problems(source_catalogue) == []


def test_every_reference_point_is_in_the_catalogue_with_at_least_30_points(
    source_catalogue: Catalogue,
) -> None:
    codes = {p.code for p in source_catalogue.points}
    assert codes >= REFERENCE_POINTS
    assert len(codes) >= 30


def test_every_promised_symptom_exists(source_catalogue: Catalogue) -> None:
    assert {s.id for s in source_catalogue.symptoms} == SYMPTOMS


def test_laterality_follows_the_seeds(source_catalogue: Catalogue) -> None:
    assert source_catalogue.point("TUNG-22.05").laterality is Laterality.OPPOSITE_SIDE  # seed 000
    assert source_catalogue.point("TUNG-22.04").laterality is Laterality.OPPOSITE_SIDE  # ref points
    assert source_catalogue.point("EX-UE7").laterality is Laterality.SAME_SIDE  # seed 002
    assert source_catalogue.point("GV20").laterality is Laterality.MIDLINE


def test_pregnancy_cautions_from_the_safety_reference_exclude_the_point(source_catalogue: Catalogue) -> None:
    for code in PREGNANCY_EXCLUDED:
        effects = {c.effect for c in source_catalogue.point(code).cautions_of(CautionKind.PREGNANCY)}
        assert CautionEffect.EXCLUDE in effects, code


def test_bl40_is_avoided_over_varicose_veins(source_catalogue: Catalogue) -> None:
    effects = {c.effect for c in source_catalogue.point("BL40").cautions_of(CautionKind.VARICOSE_VEINS)}
    assert effects == {CautionEffect.EXCLUDE}


def test_every_point_is_gentle_for_people_on_anticoagulants(source_catalogue: Catalogue) -> None:
    for point in source_catalogue.points:
        assert point.cautions_of(CautionKind.BLEEDING_DISORDER), point.code


def test_back_symptoms_ask_every_red_flag(source_catalogue: Catalogue) -> None:
    every_flag = {f.id for f in source_catalogue.red_flags}
    for symptom_id in BACK_AND_LEG:
        assert set(source_catalogue.symptom(symptom_id).red_flags) == every_flag


def test_tung_points_are_numbered_as_tung(source_catalogue: Catalogue) -> None:
    for point in source_catalogue.points:
        assert (point.system is PointSystem.TUNG) == point.code.startswith("TUNG-")
