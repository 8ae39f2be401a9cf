import pytest

from acupress_desktop.domain.catalogue import Catalogue, PointSystem
from acupress_desktop.domain.search import find_point, fold, search_points
from tests.domain.factories import make_catalogue, make_point


def _catalogue() -> Catalogue:
    ling_gu = make_point(
        "TUNG-22.05",
        system=PointSystem.TUNG,
        pinyin="Línggǔ",
        pinyin_plain="Linggu",
        hanzi="灵骨",
        english="Spirit Bone",
        aliases=("Ling Gu",),
        label="22.05 (Tung)",
        label_zh="22.05（董氏）",
    )
    san_jian = make_point("LI3", pinyin_plain="Sanjian", pinyin="Sānjiān", hanzi="三间", english="Third Space")
    return make_catalogue(points=(make_point("LI4"), ling_gu, san_jian))


@pytest.mark.parametrize("text", ["Hégǔ", "hegu", "He Gu", "HEGU"])
def test_fold_ignores_tones_case_and_spaces(text: str) -> None:
    assert fold(text) == "hegu"


@pytest.mark.parametrize("query", ["LI4", "li4", "Hegu", "Hégǔ", "合谷", "joining valley"])
def test_find_point_accepts_every_name_of_hegu(query: str) -> None:
    point = find_point(_catalogue(), query)
    assert point is not None and point.code == "LI4"


@pytest.mark.parametrize("query", ["Ling Gu", "linggu", "灵骨", "22.05", "TUNG-22.05", "22.05 (Tung)"])
def test_find_point_accepts_tung_names_and_numbers(query: str) -> None:
    point = find_point(_catalogue(), query)
    assert point is not None and point.code == "TUNG-22.05"


@pytest.mark.parametrize("query", ["", "   ", "LI", "xyz"])
def test_find_point_needs_an_exact_name(query: str) -> None:
    assert find_point(_catalogue(), query) is None


def test_search_lists_exact_matches_first_then_partial_ones() -> None:
    codes = [p.code for p in search_points(_catalogue(), "li")]
    assert set(codes) == {"LI4", "LI3", "TUNG-22.05"}  # "li" is in LI4, LI3 and Linggu
    assert [p.code for p in search_points(_catalogue(), "li3")] == ["LI3"]


def test_a_point_shows_its_label_in_place_of_its_code_in_each_language() -> None:
    ling_gu = _catalogue().point("TUNG-22.05")
    assert ling_gu.display_code == "22.05 (Tung)"
    assert _catalogue().localised("zh_CN").point("TUNG-22.05").display_code == "22.05（董氏）"
    assert make_point("LI4").display_code == "LI4"


def test_a_tung_point_is_found_by_its_chinese_label_too() -> None:
    point = find_point(_catalogue().localised("zh_CN"), "22.05（董氏）")
    assert point is not None and point.code == "TUNG-22.05"
