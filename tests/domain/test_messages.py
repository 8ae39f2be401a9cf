"""The planner and the sheet speak the catalogue's languages: every sentence the app writes itself has a
Chinese template, and a plan asked for in Chinese reads in Chinese from start to end."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import date

import pytest

from acupress_desktop.domain import messages
from acupress_desktop.domain.catalogue import BodyRegion, Catalogue, EvidenceLevel, Laterality
from acupress_desktop.domain.laterality import PainSide, Side, side_in_words, side_reason
from acupress_desktop.domain.planner import PlanRequest, plan_routine
from acupress_desktop.domain.routine import routine_from_plan
from acupress_desktop.domain.sheet import build_sheet

HANZI = re.compile(r"[\u4e00-\u9fff]")
# Words that stay as they are in a Chinese text: point codes, article names, units.
LATIN_ALLOWED = re.compile(
    r"\b([A-Z]{1,3}-?[A-Z]*\d+(\.\d+)?|PMID|WHO|TCM|Tips|We|Are|Spine|Healing|with|Zen|Ling|Gu|Acupress|Cochrane|Zick|Chiu|Park|Lee|Yeung|Hsieh|Allais|Pan|Grillo|Alessandrini|Matsubara|Kwon|Atrian|Kafaei|Jiang|Au|Lu|Yu)\b"
)


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_message_has_a_chinese_template_with_the_same_fields() -> None:
    assert messages._ZH.keys() == messages._EN.keys()
    for key, english in messages._EN.items():
        assert _fields(messages._ZH[key]) == _fields(english), key


def test_every_region_side_and_evidence_level_has_chinese_words() -> None:
    for region in BodyRegion:
        for words in (messages.region_label(region, "zh_CN"), messages.body_part(region, "zh_CN")):
            assert HANZI.search(words)
    for rule in Laterality:
        assert HANZI.search(messages.laterality_words(rule, "zh_CN"))
    for level in EvidenceLevel:
        assert HANZI.search(messages.evidence_words(level, "zh_CN"))
        assert HANZI.search(messages.evidence_explanation(level, "zh_CN"))


def test_sides_in_chinese(catalogue: Catalogue) -> None:
    hegu, bl23 = catalogue.point("LI4"), catalogue.point("BL23")
    assert side_in_words(hegu, Side.RIGHT, "zh_CN") == "右手"
    assert side_in_words(bl23, Side.BOTH, "zh_CN") == "下背部两侧同时"
    assert side_in_words(hegu, Side.RIGHT) == "RIGHT hand"
    linggu = catalogue.localised("zh_CN").point("TUNG-22.05")
    assert side_reason(linggu, Side.RIGHT, PainSide.LEFT, "zh_CN").startswith(
        "右手：在疼痛的对侧按压；您的疼痛在左侧。"
    )


def _untranslated(text: str) -> str:
    """What is left of a Chinese sentence once codes and names are taken out: should be no English words."""
    rest = LATIN_ALLOWED.sub("", text)
    return " ".join(re.findall(r"[A-Za-z]{3,}", rest))


@pytest.mark.parametrize(
    "request_",
    [
        PlanRequest(("sciatica",), PainSide.LEFT, pregnant=True, varicose_veins=True, minutes=5),
        PlanRequest(("low-back-pain", "headache"), PainSide.BOTH, anticoagulants=True, minutes=8),
        PlanRequest(("knee-pain",), PainSide.RIGHT, avoid_regions=frozenset({BodyRegion.HAND})),
        PlanRequest(("menstrual-pain",), pregnant=True),
        PlanRequest(("headache",), red_flags_present=frozenset({"thunderclap"})),
    ],
)
def test_a_plan_asked_for_in_chinese_is_written_in_chinese(catalogue: Catalogue, request_: PlanRequest) -> None:
    known = {flag.id for flag in catalogue.red_flags}
    request_ = replace(request_, red_flags_present=request_.red_flags_present & known, language="zh_CN")
    plan = plan_routine(catalogue, request_)
    texts = [*plan.warnings, *(e.reason for e in plan.excluded)]
    for step in plan.steps:
        texts += [step.instruction, *step.why, step.side_reason]
    assert texts
    leftovers = {text: _untranslated(text) for text in texts if _untranslated(text)}
    assert leftovers == {}
    assert all(HANZI.search(text) for text in texts)


def test_the_same_plan_in_english_is_unchanged_by_the_translation(catalogue: Catalogue) -> None:
    request = PlanRequest(("sciatica",), PainSide.LEFT, pregnant=True, minutes=5)
    english = plan_routine(catalogue, request)
    chinese = plan_routine(catalogue, replace(request, language="zh_CN"))
    assert [s.code for s in english.steps] == [s.code for s in chinese.steps]
    assert [(s.code, s.side, s.seconds) for s in english.steps] == [(s.code, s.side, s.seconds) for s in chinese.steps]
    assert not any(HANZI.search(text) for text in english.warnings)
    assert "Pregnancy: " in " ".join(english.warnings) and "孕期：已省略" in " ".join(chinese.warnings)


def test_a_sheet_in_chinese(catalogue: Catalogue) -> None:
    request = PlanRequest(("sciatica",), PainSide.RIGHT, pregnant=True, language="zh_CN")
    routine = routine_from_plan(plan_routine(catalogue, request))
    sheet = build_sheet(catalogue, routine, date(2026, 1, 5), "zh_CN")
    assert sheet.title == "指压方案：坐骨神经痛"
    assert sheet.subtitle == "右侧疼痛 · 怀孕"
    assert all(HANZI.search(step.side_words) for step in sheet.steps)
    assert all(HANZI.search(text) for step in sheet.steps for text in (*step.find_steps, *step.cautions))
    assert HANZI.search(sheet.disclaimer) and all(HANZI.search(e.reason) for e in sheet.excluded)
    assert all(HANZI.search(flag.question) for flag in sheet.red_flags)
