"""`acupress points`, `acupress point CODE`, `acupress symptoms`."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Sequence
from typing import Any

from acupress_desktop.cli.main import UsageError
from acupress_desktop.domain.catalogue import Catalogue, Point, Source, Symptom
from acupress_desktop.domain.search import find_point


def load_catalogue() -> Catalogue:
    from acupress_desktop.paths import points_db_path
    from acupress_desktop.storage.catalog_repository import CatalogueRepository

    return CatalogueRepository.open(points_db_path()).load()


def citation_dict(source: Source) -> dict[str, str]:
    """A source as a reader can look it up: title, authors or publisher, year and link."""
    return {
        "id": source.id,
        "title": source.title,
        "authors": source.authors,
        "publisher": source.publisher,
        "year": source.year,
        "url": source.url,
        "citation": source.citation,
    }


def citations(catalogue: Catalogue, source_ids: Sequence[str]) -> list[dict[str, str]]:
    return [citation_dict(catalogue.source(source_id)) for source_id in source_ids]


def point_as_dict(point: Point, catalogue: Catalogue) -> dict[str, Any]:
    t = point.technique
    return {
        "code": point.code,
        "display_code": point.display_code,
        "system": point.system.value,
        "meridian": point.meridian,
        "meridian_in_words": catalogue.explain(point.meridian),
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
            {"kind": c.kind.value, "effect": c.effect.value, "text": c.text, "sources": citations(catalogue, c.sources)}
            for c in point.cautions
        ],
        "sources": citations(catalogue, point.sources),
        "notes": point.notes,
    }


def symptom_as_dict(symptom: Symptom, catalogue: Catalogue) -> dict[str, Any]:
    return {
        "id": symptom.id,
        "name": symptom.name,
        "description": symptom.description,
        "needs_side": symptom.sided,
        "points": [
            {
                "code": link.code,
                "name": catalogue.point(link.code).pinyin_plain,
                "reason": link.reason,
                "evidence": link.evidence.words,
                "sources": citations(catalogue, link.sources),
            }
            for link in symptom.points
        ],
        "warning_signs": [
            {"id": flag.id, "question": flag.question, "urgency": flag.urgency.value, "advice": flag.advice}
            for flag in (catalogue.red_flag(f) for f in symptom.red_flags)
        ],
        "in_pregnancy": symptom.pregnancy_advice,
        "notes": symptom.notes,
        "sources": citations(catalogue, symptom.sources),
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
        _print_json([point_as_dict(p, catalogue) for p in catalogue.points])
        return 0
    rows = [("CODE", "PINYIN", "HANZI", "ENGLISH", "REGION", "SIDE")]
    rows += [
        (p.display_code, p.pinyin, p.hanzi, p.english, p.region.label, p.laterality.description) for p in catalogue.points
    ]
    print(format_table(rows))
    return 0


def show_point(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    point = find_point(catalogue, args.query)
    if point is None:
        raise UsageError(f"no point called '{args.query}' (try 'acupress points' for the list)")
    if args.json:
        _print_json(point_as_dict(point, catalogue))
        return 0
    print(describe_point(catalogue, point))
    return 0


def describe_point(catalogue: Catalogue, point: Point) -> str:
    t = point.technique
    wrap = textwrap.TextWrapper(width=88, subsequent_indent="   ")
    lines = [
        f"{point.pinyin_plain} · {point.pinyin} · {point.hanzi} · {point.english} ({point.display_code})",
        f"{point.region.label}. {catalogue.explain(point.meridian) or point.meridian}",
        "",
        wrap.fill("Where: " + point.location),
        *([wrap.fill("B-cun: " + catalogue.explain("B-cun"))] if "cun" in point.location else []),
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
        lines += ["", "Used for:"]
        for symptom in catalogue.symptoms_for_point(point.code):
            link = next(link for link in symptom.points if link.code == point.code)
            lines.append(wrap.fill(f" - {symptom.name} (evidence: {link.evidence.words}): {link.reason}"))
    if point.notes:
        lines += ["", "Note: " + point.notes]
    lines += ["", "Sources:"]
    lines += [wrap.fill(f" - {_cited(catalogue.source(s))}") for s in point.sources]
    return "\n".join(lines)


def _cited(source: Source) -> str:
    return f"{source.citation} {source.url}".strip()


def list_symptoms(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    if args.json:
        _print_json([symptom_as_dict(s, catalogue) for s in catalogue.symptoms])
        return 0
    rows = [("ID", "NAME", "POINTS", "DESCRIPTION")]
    rows += [(s.id, s.name, str(len(s.points)), s.description) for s in catalogue.symptoms]
    print(format_table(rows))
    return 0
