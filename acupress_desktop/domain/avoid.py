"""Areas not to press: a body region on both sides, or on one side only (a cast on the left hand is no reason
to leave out the right hand).

Stored and exchanged as text: ``hand`` for both sides, ``hand:left`` for one side.
"""

from __future__ import annotations

from collections.abc import Iterable

from acupress_desktop.domain.catalogue import BodyRegion, Point
from acupress_desktop.domain.laterality import Side, side_in_words

ONE_SIDE = (Side.LEFT, Side.RIGHT)
OneSide = tuple[BodyRegion, Side]


class AvoidError(ValueError):
    """An area that is not a known body region, or a side other than left or right."""


def avoid_token(region: BodyRegion, side: Side | None = None) -> str:
    return region.value if side is None else f"{region.value}:{side.value}"


def parse_avoid(token: str) -> tuple[BodyRegion, Side | None]:
    """'hand' -> (hand, None); 'hand:left' -> (hand, left); anything else is refused with the choices."""
    region_text, _, side_text = token.strip().partition(":")
    try:
        region = BodyRegion(region_text)
    except ValueError:
        choices = ", ".join(r.value for r in BodyRegion)
        raise AvoidError(f"'{region_text}' is not a body region (choose from {choices})") from None
    if not side_text:
        return region, None
    if side_text not in (Side.LEFT.value, Side.RIGHT.value):
        raise AvoidError(f"'{token}': the side after ':' must be left or right")
    return region, Side(side_text)


def split_avoid(tokens: Iterable[str]) -> tuple[frozenset[BodyRegion], frozenset[OneSide]]:
    """The regions to avoid on both sides, and the (region, side) pairs to avoid on one side only."""
    both: set[BodyRegion] = set()
    one: set[OneSide] = set()
    for token in tokens:
        region, side = parse_avoid(token)
        if side is None:
            both.add(region)
        else:
            one.add((region, side))
    return frozenset(both), frozenset((region, side) for region, side in one if region not in both)


def avoid_tokens(both: Iterable[BodyRegion], one_side: Iterable[OneSide]) -> list[str]:
    return sorted([avoid_token(region) for region in both] + [avoid_token(r, s) for r, s in one_side])


def sides_allowed(region: BodyRegion, sides: tuple[Side, ...], one_side: frozenset[OneSide]) -> tuple[Side, ...]:
    """The sides still to press once one-sided areas are taken out; both-at-once becomes the side that is left."""
    avoided = {side for r, side in one_side if r is region}
    if not avoided:
        return sides
    kept: list[Side] = []
    for side in sides:
        if side is Side.BOTH:
            kept += [s for s in ONE_SIDE if s not in avoided]
        elif side not in avoided:
            kept.append(side)
    return tuple(kept)


def one_side_reason(point: Point, sides: tuple[Side, ...]) -> str:
    where = " and ".join(side_in_words(point, side) for side in sides)
    return f"You asked not to press the {where.lower()}, the only side this point is pressed on here."
