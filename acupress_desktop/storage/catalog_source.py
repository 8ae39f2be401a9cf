"""Read the reviewed TOML catalogue source into domain objects.

The TOML files under resources/catalog/ are the source of truth; points.db is built from
what this module returns, and a test proves the two agree. TOML keys are the domain field
names (catalog_mapping holds the one mapping).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar

from acupress_desktop.domain.catalogue import Catalogue, GlossaryEntry, Point, RedFlag, Source, Symptom
from acupress_desktop.storage.catalog_mapping import RecordError, from_record

T = TypeVar("T")


class CatalogueSourceError(ValueError):
    """A source file is missing a field or has a value the app does not know."""


def load_catalogue_source(catalog_dir: Path) -> Catalogue:
    sources_doc = _read(catalog_dir / "sources.toml")
    flags_doc = _read(catalog_dir / "red_flags.toml")
    glossary_path = catalog_dir / "glossary.toml"
    glossary_doc = _read(glossary_path) if glossary_path.is_file() else {}
    points = [_one(path, Point, _read(path)) for path in sorted((catalog_dir / "points").glob("*.toml"))]
    symptoms = [_one(path, Symptom, _read(path)) for path in sorted((catalog_dir / "symptoms").glob("*.toml"))]
    return Catalogue(
        points=tuple(sorted(points, key=lambda p: p.code)),
        symptoms=tuple(sorted(symptoms, key=lambda s: s.id)),
        red_flags=_many(catalog_dir / "red_flags.toml", RedFlag, flags_doc.get("red_flag", [])),
        sources=_many(catalog_dir / "sources.toml", Source, sources_doc.get("source", [])),
        disclaimer=str(flags_doc.get("disclaimer", "")).strip(),
        glossary=_many(glossary_path, GlossaryEntry, glossary_doc.get("term", [])),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueSourceError(f"{path.name}: {error}") from error


def _one(path: Path, cls: type[T], data: dict[str, Any]) -> T:
    try:
        return from_record(cls, data, path.name)
    except RecordError as error:
        raise CatalogueSourceError(str(error)) from error


def _many(path: Path, cls: type[T], entries: list[dict[str, Any]]) -> tuple[T, ...]:
    return tuple(_one(path, cls, entry) for entry in entries)
