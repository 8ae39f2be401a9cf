"""Which side a point is pressed on, from its laterality rule and the side of the pain."""

from __future__ import annotations

from enum import StrEnum

from acupress_desktop.domain.catalogue import BodyRegion, Laterality, Point


class PainSide(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    NONE = "none"


class Side(StrEnum):
    """The side a step is pressed on. Declaration order is the order used when both are pressed."""

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"

    def mirrored(self) -> Side:
        return {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}.get(self, self)


_BODY_PART = {
    BodyRegion.HEAD: "side of the head",
    BodyRegion.FACE: "side of the face",
    BodyRegion.NECK_SHOULDER: "side of the neck and shoulders",
    BodyRegion.FOREARM: "forearm",
    BodyRegion.HAND: "hand",
    BodyRegion.LOWER_BACK: "side of the lower back",
    BodyRegion.HIP: "hip",
    BodyRegion.KNEE: "knee",
    BodyRegion.LOWER_LEG: "leg",
    BodyRegion.ANKLE: "ankle",
    BodyRegion.FOOT: "foot",
}


def resolve_sides(rule: Laterality, pain: PainSide) -> tuple[Side, ...]:
    """The sides to press, in the order to press them.

    Pain on both sides or on no side cannot pick one side, so sided rules fall back to both.
    """
    if rule is Laterality.MIDLINE:
        return (Side.MIDLINE,)
    if rule is Laterality.BOTH_SIDES or pain in (PainSide.BOTH, PainSide.NONE):
        return (Side.LEFT, Side.RIGHT)
    painful = Side(pain.value)
    if rule is Laterality.OPPOSITE_SIDE:
        return (painful.mirrored(),)
    return (painful,)  # same side, or the painful side for local points


def side_in_words(point: Point, side: Side) -> str:
    """'RIGHT hand', 'LEFT ankle', 'midline' - what the person reads while pressing."""
    if side is Side.MIDLINE:
        return "midline (one point)"
    return f"{side.value.upper()} {_BODY_PART[point.region]}"


def side_reason(point: Point, side: Side, pain: PainSide) -> str:
    where = side_in_words(point, side)
    rule = point.laterality
    if rule is Laterality.MIDLINE:
        return "A single point on the midline of the body."
    if rule is Laterality.BOTH_SIDES:
        return f"{where}: this point is pressed on both sides."
    if pain in (PainSide.BOTH, PainSide.NONE):
        return f"{where}: usually pressed {rule.description}; with no single painful side, both sides."
    return f"{where}: pressed {rule.description}; your pain is on the {pain.value}. {point.laterality_note}"
