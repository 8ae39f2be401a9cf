"""`acupress points`, `acupress point CODE`, `acupress symptoms`."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Sequence
from typing import Any

from acupress_desktop.cli.main import UsageError
from acupress_desktop.domain.catalogue import Catalogue, Point, Symptom
from acupress_desktop.domain.search import find_point


def load_catalogue() -> Catalogue:
    """The shipped catalogue; a missing or damaged file is one line naming it, exit status 2."""
    from acupress_desktop.paths import points_db_path
    from acupress_desktop.storage.catalog_repository import CatalogueRepository, CatalogueUnavailableError

    try:
        return CatalogueRepository.open(points_db_path()).load()
    except CatalogueUnavailableError as error:
        raise UsageError(str(error)) from error


def point_as_dict(point: Point) -> dict[str, Any]:
    t = point.technique
    return {
        "code": point.code,
        "display_code": point.display_code,
        "system": point.system.value,
        "meridian": point.meridian,
        "pinyin": point.pinyin,
        "pinyin_plain": point.pinyin_plain,
        "hanzi": point.hanzi,
        "english": point.english,
        "english_checked": point.english_checked,
        "aliases": list(point.aliases),
        "region": point.region.value,
        "location": point.location,
        "how_to_find": list(point.find_steps),
        "technique": {
            "pressure": t.pressure.value,
            "instruction": t.instruction,
            "default_seconds": t.default_seconds,
            "min_seconds": t.min_seconds,
            "max_seconds": t.max_seconds,
        },
        "laterality": point.laterality.value,
        "laterality_note": point.laterality_note,
        "cautions": [
            {"kind": c.kind.value, "effect": c.effect.value, "text": c.text, "sources": list(c.sources)}
            for c in point.cautions
        ],
        "sources": list(point.sources),
        "notes": point.notes,
    }


def symptom_as_dict(symptom: Symptom) -> dict[str, Any]:
    return {
        "id": symptom.id,
        "name": symptom.name,
        "description": symptom.description,
        "points": [
            {
                "code": link.code,
                "priority": link.priority,
                "reason": link.reason,
                "sources": list(link.sources),
            }
            for link in symptom.points
        ],
        "red_flags": list(symptom.red_flags),
        "sources": list(symptom.sources),
    }


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def format_table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _width(text: str) -> int:
    """Terminal columns: hanzi take two."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" else 1 for ch in text)


def list_points(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    if args.json:
        _print_json([point_as_dict(p) for p in catalogue.points])
        return 0
    rows = [("CODE", "PINYIN", "HANZI", "ENGLISH", "REGION", "SIDE")]
    rows += [
        (p.display_code, p.pinyin, p.hanzi, p.english, p.region.label, p.laterality.value) for p in catalogue.points
    ]
    print(format_table(rows))
    return 0


def show_point(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    point = find_point(catalogue, args.query)
    if point is None:
        raise UsageError(f"no point called '{args.query}' (try 'acupress points' for the list)")
    if args.json:
        _print_json(point_as_dict(point))
        return 0
    print(describe_point(catalogue, point))
    return 0


def describe_point(catalogue: Catalogue, point: Point) -> str:
    t = point.technique
    wrap = textwrap.TextWrapper(width=88, subsequent_indent="   ")
    lines = [
        f"{point.pinyin_plain} · {point.pinyin} · {point.hanzi} · {point.english} ({point.display_code})",
        f"{point.meridian}; {point.region.label}",
        "",
        "Where: " + point.location,
        "",
        "How to find it:",
        *(wrap.fill(f"{i}. {step}") for i, step in enumerate(point.find_steps, start=1)),
        "",
        f"Press: {t.instruction} ({t.pressure.value}, {t.default_seconds} s; {t.min_seconds}-{t.max_seconds} s)",
        f"Side: {point.laterality.description}. {point.laterality_note}",
    ]
    if point.cautions:
        lines += ["", "Cautions:", *(f" ! {c.text}" for c in point.cautions)]
    used_for = [s.name for s in catalogue.symptoms_for_point(point.code)]
    if used_for:
        lines += ["", "Used for: " + ", ".join(used_for)]
    if point.notes:
        lines += ["", "Note: " + point.notes]
    lines += ["", "Sources: " + "; ".join(catalogue.source(s).title for s in point.sources)]
    return "\n".join(lines)


def list_symptoms(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    if args.json:
        _print_json([symptom_as_dict(s) for s in catalogue.symptoms])
        return 0
    rows = [("ID", "NAME", "POINTS", "DESCRIPTION")]
    rows += [(s.id, s.name, str(len(s.points)), s.description) for s in catalogue.symptoms]
    print(format_table(rows))
    return 0
