"""Content rules the catalogue must keep; the build refuses a catalogue that breaks one."""

from __future__ import annotations

import unicodedata

from acupress_desktop.domain.catalogue import Catalogue, Point, PointSystem

MIN_POINTS_PER_SYMPTOM = 3
SHORTEST_STEP_SECONDS = 30
LONGEST_STEP_SECONDS = 300
_TONE_MARKS = {"\u0300", "\u0301", "\u0304", "\u030c"}  # grave, acute, macron, caron


def has_tone_marks(pinyin: str) -> bool:
    return any(ch in _TONE_MARKS for ch in unicodedata.normalize("NFD", pinyin))


def integrity_problems(catalogue: Catalogue) -> list[str]:
    """Every broken rule as one readable line; an empty list means the content is sound."""
    problems: list[str] = []
    source_ids = {s.id for s in catalogue.sources}
    codes = [p.code for p in catalogue.points]
    problems += [f"duplicate point code {c}" for c in sorted({c for c in codes if codes.count(c) > 1})]
    symptom_ids = [s.id for s in catalogue.symptoms]
    problems += [f"duplicate symptom {s}" for s in sorted({s for s in symptom_ids if symptom_ids.count(s) > 1})]
    flag_ids = {f.id for f in catalogue.red_flags}

    for point in catalogue.points:
        problems += _point_problems(point, source_ids)

    for symptom in catalogue.symptoms:
        where = f"symptom {symptom.id}"
        if not (symptom.name and symptom.description):
            problems.append(f"{where}: name and description are required")
        if len(symptom.points) < MIN_POINTS_PER_SYMPTOM:
            problems.append(f"{where}: has {len(symptom.points)} points, needs {MIN_POINTS_PER_SYMPTOM}")
        linked = [link.code for link in symptom.points]
        if len(set(linked)) != len(linked):
            problems.append(f"{where}: a point is linked twice")
        for link in symptom.points:
            if link.code not in codes:
                problems.append(f"{where}: unknown point {link.code}")
            if not link.reason:
                problems.append(f"{where}: link to {link.code} has no reason")
            if not link.sources:
                problems.append(f"{where}: link to {link.code} has no source")
            if link.priority < 1:
                problems.append(f"{where}: link to {link.code} has priority {link.priority}")
            problems += _unknown_sources(f"{where} -> {link.code}", link.sources, source_ids)
        problems += [f"{where}: unknown red flag {f}" for f in symptom.red_flags if f not in flag_ids]
        if not symptom.red_flags:
            problems.append(f"{where}: asks no warning-sign (red flag) question")
        problems += _unknown_sources(where, symptom.sources, source_ids)
        if (symptom.pregnancy_no_routine or symptom.pregnancy_sources) and not symptom.pregnancy_advice:
            problems.append(f"{where}: pregnancy rule without advice")
        if symptom.pregnancy_advice and not symptom.pregnancy_sources:
            problems.append(f"{where}: pregnancy advice without a source")
        problems += _unknown_sources(f"{where} pregnancy", symptom.pregnancy_sources, source_ids)

    for flag in catalogue.red_flags:
        if not (flag.question and flag.advice and flag.summary and flag.sources):
            problems.append(f"red flag {flag.id}: question, summary, advice and sources are required")
        problems += _unknown_sources(f"red flag {flag.id}", flag.sources, source_ids)
    for source in catalogue.sources:
        if not (source.title and source.publisher):
            problems.append(f"source {source.id}: title and publisher are required")
    for entry in catalogue.glossary:
        if not entry.explanation:
            problems.append(f"glossary {entry.term}: explanation is required")
        problems += _unknown_sources(f"glossary {entry.term}", entry.sources, source_ids)
    if not catalogue.disclaimer:
        problems.append("the disclaimer is missing")
    return problems


def _point_problems(point: Point, source_ids: set[str]) -> list[str]:
    where = f"point {point.code}"
    problems: list[str] = []
    required = {
        "pinyin": point.pinyin,
        "pinyin_plain": point.pinyin_plain,
        "hanzi": point.hanzi,
        "english": point.english,
        "meridian": point.meridian,
        "location": point.location,
        "laterality_note": point.laterality_note,
        "instruction": point.technique.instruction,
    }
    problems += [f"{where}: {name} is empty" for name, value in required.items() if not value]
    if point.pinyin and not has_tone_marks(point.pinyin):
        problems.append(f"{where}: pinyin '{point.pinyin}' has no tone marks")
    if has_tone_marks(point.pinyin_plain):
        problems.append(f"{where}: pinyin_plain '{point.pinyin_plain}' must have no tone marks")
    if len(point.find_steps) < 2:
        problems.append(f"{where}: needs at least two how-to-find steps")
    technique = point.technique
    seconds = (technique.min_seconds, technique.default_seconds, technique.max_seconds)
    if not (SHORTEST_STEP_SECONDS <= seconds[0] <= seconds[1] <= seconds[2] <= LONGEST_STEP_SECONDS):
        problems.append(
            f"{where}: seconds must satisfy {SHORTEST_STEP_SECONDS} <= min <= default <= max "
            f"<= {LONGEST_STEP_SECONDS}, got {seconds[0]}/{seconds[1]}/{seconds[2]}"
        )
    if needs_label(point) and not (point.label and point.label_zh):
        problems.append(f"{where}: a Tung point or an extra point without a standard code needs label and label_zh")
    if not point.sources:
        problems.append(f"{where}: has no source")
    problems += _unknown_sources(where, point.sources, source_ids)
    for caution in point.cautions:
        if not (caution.text and caution.sources):
            problems.append(f"{where}: caution {caution.kind} needs text and sources")
        problems += _unknown_sources(f"{where} caution {caution.kind}", caution.sources, source_ids)
    return problems


def _unknown_sources(where: str, used: tuple[str, ...], known: set[str]) -> list[str]:
    return [f"{where}: unknown source {s}" for s in used if s not in known]


def needs_label(point: Point) -> bool:
    """A Tung number varies by author, and an extra point without a number has no standard code to show."""
    return point.system is PointSystem.TUNG or (
        point.system is PointSystem.EXTRA and not any(c.isdigit() for c in point.code)
    )
