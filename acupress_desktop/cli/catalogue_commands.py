"""`acupress points`, `acupress point CODE`, `acupress symptoms`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.common import UsageError, format_table, print_json
from acupress_desktop.cli.words import words, wrapper
from acupress_desktop.domain.catalogue import Catalogue, Point, Source, Symptom
from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.messages import evidence_words, laterality_words, region_label
from acupress_desktop.domain.search import find_point

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services


def add_parsers(commands: Any) -> None:
    points = commands.add_parser("points", help="list every point in the catalogue")
    points.add_argument("--json", action="store_true", help="print JSON instead of a table")
    points.set_defaults(handler=list_points)

    point = commands.add_parser("point", help="show one point: code, pinyin (with or without tones), hanzi or name")
    point.add_argument("query", metavar="CODE", help="e.g. LI4, hegu, Hégǔ, 合谷, 'Ling Gu'")
    point.add_argument("--json", action="store_true", help="print JSON")
    point.set_defaults(handler=show_point)

    symptoms = commands.add_parser("symptoms", help="list the symptoms a routine can be planned for")
    symptoms.add_argument("--json", action="store_true", help="print JSON instead of a table")
    symptoms.set_defaults(handler=list_symptoms)


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
    technique = point.technique
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
            "pressure": technique.pressure.value,
            "instruction": technique.instruction,
            "default_seconds": technique.default_seconds,
            "min_seconds": technique.min_seconds,
            "max_seconds": technique.max_seconds,
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


def symptom_as_dict(symptom: Symptom, catalogue: Catalogue, language: str = ENGLISH) -> dict[str, Any]:
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
                "evidence": evidence_words(link.evidence, language),
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


def list_points(args: argparse.Namespace, services: Services) -> int:
    catalogue = services.catalogue
    if args.json:
        print_json([point_as_dict(p, catalogue) for p in catalogue.points])
        return 0
    language = services.language
    rows = [tuple(words(language, h) for h in ("CODE", "PINYIN", "HANZI", "ENGLISH", "REGION", "SIDE"))]
    rows += [
        (
            p.display_code,
            p.pinyin,
            p.hanzi,
            p.english,
            region_label(p.region, language),
            laterality_words(p.laterality, language),
        )
        for p in catalogue.points
    ]
    print(format_table(rows))
    return 0


def show_point(args: argparse.Namespace, services: Services) -> int:
    catalogue = services.catalogue
    point = find_point(catalogue, args.query)
    if point is None:
        raise UsageError("no point called '{query}' (try 'acupress points' for the list)", query=args.query)
    views = services.point_views(point.code)
    if args.json:
        print_json({**point_as_dict(point, catalogue), "views": [asdict(view) for view in views]})
        return 0
    language = services.language
    print(describe_point(catalogue, point, language))
    shown = sorted({words(language, view.title) for view in views if view.visible})
    if shown:
        pictured = words(language, "Pictured in: ") + words(language, "; ").join(shown)
        print("\n" + wrapper(language, 88, "", "   ").fill(pictured))
    return 0


def describe_point(catalogue: Catalogue, point: Point, language: str = ENGLISH) -> str:
    technique = point.technique

    def w(text: str, **fields: object) -> str:
        return words(language, text, **fields)

    wrap = wrapper(language, 88, "", "   ")
    lines = [
        f"{point.pinyin_plain} · {point.pinyin} · {point.hanzi} · {point.english} ({point.display_code})",
        region_label(point.region, language) + w(". ") + (catalogue.explain(point.meridian) or point.meridian),
        "",
        wrap.fill(w("Where: ") + point.location),
        *([wrap.fill(w("B-cun: ") + catalogue.explain("B-cun"))] if _uses_cun(point) else []),
        "",
        w("How to find it:"),
        *(wrap.fill(f"{i}. {step}") for i, step in enumerate(point.find_steps, start=1)),
        "",
        w("Press: ")
        + technique.instruction
        + w(
            " ({pressure}, {seconds} s; {low}-{high} s)",
            pressure=w(technique.pressure.value),
            seconds=technique.default_seconds,
            low=technique.min_seconds,
            high=technique.max_seconds,
        ),
        w("Side: ") + laterality_words(point.laterality, language) + w(". ") + point.laterality_note,
    ]
    if point.cautions:
        lines += ["", w("Cautions:"), *(f" ! {c.text}" for c in point.cautions)]
    used_for = [s.name for s in catalogue.symptoms_for_point(point.code)]
    if used_for:
        lines += ["", w("Used for:")]
        for symptom in catalogue.symptoms_for_point(point.code):
            link = next(link for link in symptom.points if link.code == point.code)
            evidence = evidence_words(link.evidence, language)
            line = w(
                " - {symptom} (evidence: {evidence}): {reason}",
                symptom=symptom.name,
                evidence=evidence,
                reason=link.reason,
            )
            lines.append(wrap.fill(line))
    if point.notes:
        lines += ["", w("Note: ") + point.notes]
    lines += ["", w("Sources:")]
    lines += [wrap.fill(f" - {_cited(catalogue.source(s))}") for s in point.sources]
    return "\n".join(lines)


def _uses_cun(point: Point) -> bool:
    return "cun" in point.location or "寸" in point.location


def _cited(source: Source) -> str:
    return f"{source.citation} {source.url}".strip()


def list_symptoms(args: argparse.Namespace, services: Services) -> int:
    catalogue = services.catalogue
    if args.json:
        print_json([symptom_as_dict(s, catalogue, services.language) for s in catalogue.symptoms])
        return 0
    rows = [tuple(words(services.language, h) for h in ("ID", "NAME", "POINTS", "DESCRIPTION"))]
    rows += [(s.id, s.name, str(len(s.points)), s.description) for s in catalogue.symptoms]
    print(format_table(rows))
    return 0
