"""The catalogue speaks Simplified Chinese: every text a reader sees has a translation in the source,
and the shipped database carries it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.localisation import translated_fields

HANZI = re.compile(r"[\u4e00-\u9fff]")
# A text that is only a reference number ("PMID 26522652.") is the same in every language.
CODE_ONLY = re.compile(r"^(PMID|ISBN|DOI)[\s\d.:/-]+$")


def _texts(catalogue: Catalogue) -> Iterator[tuple[str, object, object]]:
    """(where, English, Chinese) for every translatable text, nested objects included."""

    def walk(obj: object, where: str) -> Iterator[tuple[str, object, object]]:
        for english, chinese in translated_fields(type(obj), "_zh"):
            yield f"{where}.{english}", getattr(obj, english), getattr(obj, chinese)
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            if dataclasses.is_dataclass(value):
                yield from walk(value, f"{where}.{f.name}")
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    if dataclasses.is_dataclass(item):
                        yield from walk(item, f"{where}.{f.name}[{i}]")

    yield "disclaimer", catalogue.disclaimer, catalogue.disclaimer_zh
    for point in catalogue.points:
        yield from walk(point, point.code)
    for symptom in catalogue.symptoms:
        yield from walk(symptom, symptom.id)
    for flag in catalogue.red_flags:
        yield from walk(flag, flag.id)
    for entry in catalogue.glossary:
        yield from walk(entry, entry.term)
    for source in catalogue.sources:
        yield from walk(source, source.id)


def _problems(english: object, chinese: object) -> str:
    if isinstance(english, tuple):
        assert isinstance(chinese, tuple)
        if len(english) != len(chinese):
            return f"{len(english)} English steps but {len(chinese)} Chinese"
        return "; ".join(p for e, c in zip(english, chinese, strict=True) if (p := _problems(e, c)))
    if not english:
        return "" if not chinese else "a Chinese text without an English one"
    assert isinstance(english, str) and isinstance(chinese, str)
    if CODE_ONLY.match(english):
        return ""
    if not chinese.strip():
        return "no Chinese text"
    if chinese == english or not HANZI.search(chinese):
        return f"not translated: {chinese!r}"
    return ""


def test_every_text_in_the_source_has_a_chinese_version(source_catalogue: Catalogue) -> None:
    texts = list(_texts(source_catalogue))
    problems = [f"{where}: {problem}" for where, en, zh in texts if (problem := _problems(en, zh))]
    assert problems == []
    assert len(texts) > 500  # points, symptoms, red flags, glossary, sources and the disclaimer


def test_the_shipped_database_carries_the_chinese_texts(catalogue: Catalogue, source_catalogue: Catalogue) -> None:
    assert list(_texts(catalogue)) == list(_texts(source_catalogue))


def test_the_localised_catalogue_reads_in_chinese_and_keeps_its_codes(catalogue: Catalogue) -> None:
    chinese = catalogue.localised("zh_CN")
    hegu = chinese.point("LI4")
    assert hegu.code == "LI4" and hegu.hanzi == "合谷" and hegu.pinyin == catalogue.point("LI4").pinyin
    assert hegu.location.startswith("在手背")
    assert all(HANZI.search(step) for step in hegu.find_steps)
    assert HANZI.search(hegu.technique.instruction) and all(HANZI.search(c.text) for c in hegu.cautions)
    sciatica = chinese.symptom("sciatica")
    assert sciatica.name == "坐骨神经痛" and sciatica.id == "sciatica"
    assert all(HANZI.search(link.reason) for link in sciatica.points)
    assert "急诊科" in chinese.red_flag("bladder-bowel").advice
    assert "子痫前期" in chinese.red_flag("pre-eclampsia").advice
    assert HANZI.search(chinese.disclaimer) and HANZI.search(chinese.explain("B-cun"))


@pytest.mark.parametrize("language", ["en", "en_GB", "", "de_DE"])
def test_english_and_languages_without_texts_read_in_english(catalogue: Catalogue, language: str) -> None:
    assert catalogue.localised(language) is catalogue


def test_localising_leaves_the_english_catalogue_untouched(catalogue: Catalogue) -> None:
    chinese = catalogue.localised("zh-Hans")
    assert chinese.point("BL23").location != catalogue.point("BL23").location
    assert catalogue.point("BL23").location.startswith("On the lower back")
