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
    BOTH = "both"  # both sides pressed together, one hand on each side: one step, one time

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


_BOTH_PARTS = {
    BodyRegion.HEAD: "both sides of the head",
    BodyRegion.FACE: "both sides of the face",
    BodyRegion.NECK_SHOULDER: "both sides of the neck",
    BodyRegion.FOREARM: "both forearms",
    BodyRegion.HAND: "both hands",
    BodyRegion.LOWER_BACK: "both sides of the lower back",
    BodyRegion.HIP: "both hips",
    BodyRegion.KNEE: "both knees",
    BodyRegion.LOWER_LEG: "both legs",
    BodyRegion.ANKLE: "both ankles",
    BodyRegion.FOOT: "both feet",
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
    if side is Side.BOTH:
        return _BOTH_PARTS[point.region].replace("both", "BOTH", 1) + " at once"
    return f"{side.value.upper()} {_BODY_PART[point.region]}"


def press_both_at_once(point: Point, sides: tuple[Side, ...]) -> tuple[Side, ...]:
    """Left and right become one step when both can be pressed together (a hand free for each side)."""
    if point.technique.both_at_once and sides == (Side.LEFT, Side.RIGHT):
        return (Side.BOTH,)
    return sides


def side_reason(point: Point, side: Side, pain: PainSide) -> str:
    where = side_in_words(point, side)
    rule = point.laterality
    together = " together, one hand on each side" if side is Side.BOTH else ", one side after the other"
    if rule is Laterality.MIDLINE:
        return "A single point on the midline of the body."
    if rule is Laterality.BOTH_SIDES:
        return f"{where}: pressed on both sides{together}. {point.laterality_note}"
    if pain is PainSide.NONE:
        return f"{where}: this complaint has no side, so both sides are pressed{together}."
    if pain is PainSide.BOTH:
        return f"{where}: your pain is on both sides, so both sides are pressed{together}."
    return f"{where}: pressed {rule.description}; your pain is on the {pain.value}. {point.laterality_note}"
