"""Finding points by what people type: codes, pinyin with or without tones, hanzi, English."""

from __future__ import annotations

import unicodedata

from acupress_desktop.domain.catalogue import BodyRegion, Catalogue, Point


def fold(text: str) -> str:
    """Lower-case, drop tone marks and anything that is not a letter, digit or hanzi.

    'Hégǔ', 'hegu', 'He Gu' and 'HEGU' all fold to 'hegu'; 'TUNG-22.05' to 'tung2205'.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _keys(point: Point) -> tuple[str, ...]:
    names = (
        point.code,
        point.display_code,
        point.label_zh,
        point.code.removeprefix("TUNG-"),
        point.pinyin,
        point.pinyin_plain,
        point.hanzi,
        point.english,
        *point.aliases,
    )
    return tuple(key for key in (fold(n) for n in names) if key)


def find_point(catalogue: Catalogue, query: str) -> Point | None:
    """The one point a query names exactly (code, any name or alias), or None."""
    wanted = fold(query)
    if not wanted:
        return None
    for point in catalogue.points:
        if wanted in _keys(point):
            return point
    return None


def search_points(catalogue: Catalogue, query: str) -> tuple[Point, ...]:
    """Points whose code or names contain the query; exact matches first."""
    wanted = fold(query)
    if not wanted:
        return catalogue.points
    exact = [p for p in catalogue.points if wanted in _keys(p)]
    partial = [p for p in catalogue.points if p not in exact and any(wanted in key for key in _keys(p))]
    return tuple(exact + partial)


def filter_points(
    catalogue: Catalogue, query: str = "", symptom_id: str | None = None, region: BodyRegion | None = None
) -> tuple[Point, ...]:
    """The atlas list: search, then keep points used for the symptom and lying in the region."""
    points = search_points(catalogue, query)
    if symptom_id:
        linked = {link.code for link in catalogue.symptom(symptom_id).points}
        points = tuple(p for p in points if p.code in linked)
    if region is not None:
        points = tuple(p for p in points if p.region is region)
    return points
