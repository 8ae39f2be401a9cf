"""Which side a point is pressed on, from its laterality rule and the side of the pain."""

from __future__ import annotations

from enum import StrEnum

from acupress_desktop.domain.catalogue import Laterality, Point
from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.messages import body_part, both_parts, laterality_words, message


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


def side_in_words(point: Point, side: Side, language: str | None = ENGLISH) -> str:
    """'RIGHT hand', 'LEFT ankle', 'midline' ('右手', '左脚踝') - what the person reads while pressing."""
    if side is Side.MIDLINE:
        return message(language, "midline_one")
    if side is Side.BOTH:
        return message(language, "both_at_once", parts=both_parts(point.region, language))
    return message(language, "one_side", side=message(language, side.value), part=body_part(point.region, language))


def press_both_at_once(point: Point, sides: tuple[Side, ...]) -> tuple[Side, ...]:
    """Left and right become one step when both can be pressed together (a hand free for each side)."""
    if point.technique.both_at_once and sides == (Side.LEFT, Side.RIGHT):
        return (Side.BOTH,)
    return sides


def side_reason(point: Point, side: Side, pain: PainSide, language: str | None = ENGLISH) -> str:
    where = side_in_words(point, side, language)
    rule = point.laterality
    together = message(language, "together" if side is Side.BOTH else "one_after_other")
    note = point.laterality_note
    if rule is Laterality.MIDLINE:
        return message(language, "reason_midline")
    if rule is Laterality.BOTH_SIDES:
        return message(language, "reason_both_sides", where=where, together=together, note=note).strip()
    if pain is PainSide.NONE:
        return message(language, "reason_no_side", where=where, together=together)
    if pain is PainSide.BOTH:
        return message(language, "reason_pain_both", where=where, together=together)
    words = laterality_words(rule, language)
    pain_words = message(language, f"pain_{pain.value}")
    return message(language, "reason_sided", where=where, rule=words, pain=pain_words, note=note).strip()
