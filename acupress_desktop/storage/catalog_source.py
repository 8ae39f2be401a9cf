"""Read the reviewed TOML catalogue source into domain objects.

The TOML files under resources/catalog/ are the source of truth; points.db is built from
what this module returns, and a test proves the two agree.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

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

T = TypeVar("T")


class CatalogueSourceError(ValueError):
    """A source file is missing a field or has a value the app does not know."""


def load_catalogue_source(catalog_dir: Path) -> Catalogue:
    sources = tuple(_source(entry) for entry in _read(catalog_dir / "sources.toml").get("source", []))
    flags_doc = _read(catalog_dir / "red_flags.toml")
    red_flags = tuple(_red_flag(entry) for entry in flags_doc.get("red_flag", []))
    points = tuple(_with_file(path, _point, _read(path)) for path in sorted((catalog_dir / "points").glob("*.toml")))
    symptoms = tuple(
        _with_file(path, _symptom, _read(path)) for path in sorted((catalog_dir / "symptoms").glob("*.toml"))
    )
    return Catalogue(
        points=tuple(sorted(points, key=lambda p: p.code)),
        symptoms=tuple(sorted(symptoms, key=lambda s: s.id)),
        red_flags=red_flags,
        sources=sources,
        disclaimer=str(flags_doc.get("disclaimer", "")).strip(),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueSourceError(f"{path.name}: {error}") from error


def _with_file(path: Path, build: Callable[[dict[str, Any]], T], data: dict[str, Any]) -> T:
    try:
        return build(data)
    except (KeyError, ValueError, TypeError) as error:
        raise CatalogueSourceError(f"{path.name}: {error!r}") from error


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(item).strip() for item in data.get(key, []))


def _text(data: dict[str, Any], key: str) -> str:
    return str(data[key]).strip()


def _source(data: dict[str, Any]) -> Source:
    return Source(
        id=_text(data, "id"),
        kind=SourceKind(data["kind"]),
        title=_text(data, "title"),
        citation=_text(data, "citation"),
        location=str(data.get("location", "")).strip(),
    )


def _red_flag(data: dict[str, Any]) -> RedFlag:
    return RedFlag(
        id=_text(data, "id"),
        question=_text(data, "question"),
        urgency=Urgency(data["urgency"]),
        advice=_text(data, "advice"),
        sources=_strings(data, "sources"),
        summary=_text(data, "summary"),
    )


def _point(data: dict[str, Any]) -> Point:
    technique = data["technique"]
    return Point(
        code=_text(data, "code"),
        system=PointSystem(data["system"]),
        meridian=_text(data, "meridian"),
        pinyin=_text(data, "pinyin"),
        pinyin_plain=_text(data, "pinyin_plain"),
        hanzi=_text(data, "hanzi"),
        english=_text(data, "english"),
        english_checked=bool(data["english_checked"]),
        region=BodyRegion(data["region"]),
        location=_text(data, "location"),
        find_steps=_strings(data, "find"),
        technique=Technique(
            pressure=Pressure(technique["pressure"]),
            instruction=_text(technique, "instruction"),
            default_seconds=int(technique["default_seconds"]),
            min_seconds=int(technique["min_seconds"]),
            max_seconds=int(technique["max_seconds"]),
        ),
        laterality=Laterality(data["laterality"]),
        laterality_note=_text(data, "laterality_note"),
        cautions=tuple(
            Caution(
                kind=CautionKind(c["kind"]),
                effect=CautionEffect(c["effect"]),
                text=_text(c, "text"),
                sources=_strings(c, "sources"),
            )
            for c in data.get("caution", [])
        ),
        sources=_strings(data, "sources"),
        aliases=_strings(data, "aliases"),
        notes=str(data.get("notes", "")).strip(),
    )


def _symptom(data: dict[str, Any]) -> Symptom:
    return Symptom(
        id=_text(data, "id"),
        name=_text(data, "name"),
        description=_text(data, "description"),
        points=tuple(
            SymptomPoint(
                code=_text(link, "code"),
                priority=int(link["priority"]),
                reason=_text(link, "reason"),
                sources=_strings(link, "sources"),
            )
            for link in data.get("point", [])
        ),
        red_flags=_strings(data, "red_flags"),
        sources=_strings(data, "sources"),
        notes=str(data.get("notes", "")).strip(),
    )
