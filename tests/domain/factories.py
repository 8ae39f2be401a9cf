"""Small hand-made catalogues for unit tests, independent of the shipped content."""

from __future__ import annotations

from dataclasses import replace

from acupress_desktop.domain.catalogue import (
    BodyRegion,
    Catalogue,
    Caution,
    CautionEffect,
    CautionKind,
    Laterality,
    Point,
    PointSystem,
    Pressure,
    RedFlag,
    Source,
    SourceKind,
    Symptom,
    SymptomPoint,
    Technique,
    Urgency,
)

SOURCE = Source(id="src", kind=SourceKind.SEED, title="A seed", citation="A seed article", location="seed.txt")


def make_point(code: str = "LI4", **changes: object) -> Point:
    point = Point(
        code=code,
        system=PointSystem.WHO,
        meridian="Large Intestine",
        pinyin="Hégǔ",
        pinyin_plain="Hegu",
        hanzi="合谷",
        english="Joining Valley",
        english_checked=True,
        region=BodyRegion.HAND,
        location="Back of the hand.",
        find_steps=("Find the web.", "Press."),
        technique=Technique(Pressure.FIRM, "Press firmly.", 60, 30, 120),
        laterality=Laterality.BOTH_SIDES,
        laterality_note="Both hands (seed).",
        cautions=(Caution(CautionKind.PREGNANCY, CautionEffect.EXCLUDE, "Not in pregnancy.", ("src",)),),
        sources=("src",),
    )
    return replace(point, **changes)  # type: ignore[arg-type]


def make_catalogue(points: tuple[Point, ...] | None = None, **symptom_changes: object) -> Catalogue:
    points = points or (make_point("LI4"), make_point("LI3"), make_point("LI2"))
    symptom = Symptom(
        id="headache",
        name="Headache",
        description="Pain in the head.",
        points=tuple(SymptomPoint(p.code, 1, "Helps.", ("src",)) for p in points),
        red_flags=("flag",),
        sources=("src",),
    )
    symptom = replace(symptom, **symptom_changes)  # type: ignore[arg-type]
    return Catalogue(
        points=points,
        symptoms=(symptom,),
        red_flags=(RedFlag("flag", "Any?", Urgency.EMERGENCY, "Call now.", ("src",), "any sign"),),
        sources=(SOURCE,),
        disclaimer="Not medical advice.",
    )
