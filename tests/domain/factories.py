"""Small hand-made catalogues for unit tests, independent of the shipped content."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from acupress_desktop.domain.catalogue import (
    BodyRegion,
    Catalogue,
    Caution,
    CautionEffect,
    CautionKind,
    EvidenceLevel,
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
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import Routine, RoutineStep

SOURCE = Source(id="src", kind=SourceKind.ARTICLE, title="An article", publisher="A publisher", year="2020")


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
        laterality_note="Both hands.",
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
        sided=False,
        points=tuple(SymptomPoint(p.code, 1, "Helps.", EvidenceLevel.TRADITIONAL, ("src",)) for p in points),
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


def make_routine(name: str = "Test", *steps: tuple[str, Side, float]) -> Routine:
    """A left-sciatica routine: Ling Gu on the right hand, then GB30 on the left hip, unless steps are given."""
    chosen = steps or (("TUNG-22.05", Side.RIGHT, 60), ("GB30", Side.LEFT, 90))
    return Routine(
        name=name,
        request=PlanRequest(symptoms=("sciatica",), pain_side=PainSide.LEFT, minutes=10),
        steps=tuple(RoutineStep(code, side, seconds, "Press.", ("why",)) for code, side, seconds in chosen),  # type: ignore[arg-type]
    )


class FakeClock:
    """A monotonic clock the test moves by hand, and a wall clock that moves with it.

    Moving `wall_start` alone is what a suspended machine or a changed system clock looks like.
    """

    def __init__(self, wall_start: datetime = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)) -> None:
        self.now = 1000.0
        self.wall_start = wall_start

    def __call__(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return self.wall_start + timedelta(seconds=self.now - 1000.0)
