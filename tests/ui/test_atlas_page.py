"""The atlas as a person uses it: search, pick, switch side, zoom; the marker is where the rule says."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import Side
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.paths import images_dir
from acupress_desktop.services.composition import Services
from acupress_desktop.storage.view_files import load_views
from acupress_desktop.ui.atlas.page import AtlasPage
from acupress_desktop.ui.preferences import read_bool


@pytest.fixture
def atlas(qtbot: QtBot, context: Services, tmp_path: Path) -> AtlasPage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = AtlasPage(context.catalogue, PointPictures(lambda: load_views(images_dir())), settings)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("hegu", "LI4"),
        ("Hégǔ", "LI4"),
        ("合谷", "LI4"),
        ("li4", "LI4"),
        ("ling gu", "TUNG-22.05"),
        ("22.05", "TUNG-22.05"),
    ],
)
def test_search_finds_a_point_by_any_of_its_names(qtbot: QtBot, atlas: AtlasPage, query: str, code: str) -> None:
    if query.isascii():
        qtbot.keyClicks(atlas.search, query)
    else:  # QTest cannot type beyond Latin-1; an input method delivers the text whole
        atlas.search.setText(query)
    assert atlas.shown_codes()[0] == code
    assert atlas.point is not None and atlas.point.code == code


def test_filters_by_symptom_and_region(atlas: AtlasPage, context: Services) -> None:
    atlas.symptom_filter.setCurrentIndex(atlas.symptom_filter.findData("menstrual-pain"))
    linked = {link.code for link in context.catalogue.symptom("menstrual-pain").points}
    assert set(atlas.shown_codes()) == linked
    atlas.region_filter.setCurrentIndex(atlas.region_filter.findData("hand"))
    assert set(atlas.shown_codes()) == {c for c in linked if context.catalogue.point(c).region.value == "hand"}


def test_details_show_cautions_prominently_and_sources(atlas: AtlasPage) -> None:
    atlas.select_code("LI4")
    html = atlas.details.toHtml()
    text = atlas.details.toPlainText()
    assert text.index("Pregnancy") < text.index("Where")  # cautions come before everything else
    assert "#7f1d1d" in html.lower()  # pregnancy in red
    assert "How to find it" in text and "Sources" in text and "Joining Valley" in text


def test_the_highlighted_marker_sits_at_the_computed_placement(atlas: AtlasPage) -> None:
    atlas.select_code("TUNG-22.05")
    view = atlas.picture.view
    assert view is not None
    (marker,) = atlas.picture.highlighted()
    expected = view.position("TUNG-22.05", Side.RIGHT)[0]
    assert (marker.pos().x(), marker.pos().y()) == pytest.approx(expected)


def test_switching_side_mirrors_the_marker(qtbot: QtBot, atlas: AtlasPage) -> None:
    atlas.select_code("TUNG-22.05")
    view = atlas.picture.view
    assert view is not None
    right = atlas.picture.highlighted()[0].pos()
    qtbot.mouseClick(atlas.left_button, Qt.MouseButton.LeftButton)
    left = atlas.picture.highlighted()[0].pos()
    assert left.x() == pytest.approx(view.width - right.x()) and left.y() == pytest.approx(right.y())
    assert atlas.side is Side.LEFT


def test_a_point_pressed_on_both_sides_at_once_is_marked_on_both_in_a_picture_of_the_face(atlas: AtlasPage) -> None:
    """Zanzhu is pressed on both brows together: the face, seen square-on, marks and rings both; a point pressed
    on one side (Jiache) shows on the chosen side only, and the side-on pictures stay one-sided."""
    for side in (Side.RIGHT, Side.LEFT):
        atlas.set_side(side)
        atlas.select_code("BL2")
        atlas.view_choice.setCurrentIndex(atlas.view_choice.findData("face"))
        view = atlas.picture.view
        assert view is not None and view.id == "face"
        right, left = sorted((m.pos().x(), m.pos().y()) for m in atlas.picture.highlighted())[::-1]
        assert right[0] == pytest.approx(view.width - left[0]) and right[1] == pytest.approx(left[1])
        assert len(atlas.picture._rings) == 2
        assert len([m for m in atlas.picture.markers if m.code == "ST6"]) == 1
    atlas.view_choice.setCurrentIndex(atlas.view_choice.findData("body_side"))
    assert len(atlas.picture.highlighted()) == 1


def test_two_markers_for_yao_tong_xue(atlas: AtlasPage) -> None:
    atlas.select_code("EX-UE7")
    assert len(atlas.picture.highlighted()) == 2


def test_keyboard_zoom_and_fit(qtbot: QtBot, atlas: AtlasPage) -> None:
    atlas.select_code("SP6")
    atlas.picture.setFocus()
    qtbot.keyClick(atlas.picture, Qt.Key.Key_Plus)
    qtbot.keyClick(atlas.picture, Qt.Key.Key_Plus)
    assert atlas.picture.zoom == pytest.approx(1.25**2)
    qtbot.keyClick(atlas.picture, Qt.Key.Key_0)
    assert atlas.picture.zoom == 1.0


def test_clicking_a_faint_marker_selects_that_point(qtbot: QtBot, atlas: AtlasPage) -> None:
    atlas.select_code("LI4")
    other = next(m for m in atlas.picture.markers if m.code == "LI3")
    centre = atlas.picture.mapFromScene(other.pos())
    qtbot.mouseClick(atlas.picture.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert atlas.point is not None and atlas.point.code == "LI3"


def test_landmark_labels_toggle_and_reduced_motion_are_remembered(atlas: AtlasPage, tmp_path: Path) -> None:
    atlas.select_code("LI4")
    atlas.labels_box.setChecked(False)
    assert not any(label.isVisible() and label.inks for label in atlas.picture.labels)
    atlas.labels_box.setChecked(True)
    assert all(label.isVisible() for label in atlas.picture.labels)
    words = {ink.text for label in atlas.picture.labels for ink in label.inks}
    assert "1st/2nd metacarpal bases" in words  # the landmark Hegu is found from, in plain words
    atlas.motion_box.setChecked(True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert read_bool(settings, "atlas/reduced_motion", False) is True
    assert atlas.picture.reduced_motion


def test_every_point_of_a_close_up_is_named_but_an_overview_names_only_the_chosen_one(atlas: AtlasPage) -> None:
    atlas.select_code("LI4")
    named = [ink for label in atlas.picture.name_labels for ink in label.inks]
    assert len(named) == len(atlas.picture.markers) and {"Hegu", "Linggu"} <= {ink.text for ink in named}
    assert [ink.text for ink in named if ink.chosen] == ["Hegu"]
    atlas.view_choice.setCurrentIndex(atlas.view_choice.findData("body_front"))
    assert [ink.text for label in atlas.picture.name_labels for ink in label.inks] == ["Hegu"]


def test_the_overview_marks_the_close_up_on_the_side_shown(atlas: AtlasPage) -> None:
    atlas.select_code("BL40")  # back of the knee, seen from behind: the right knee is on the viewer's right
    atlas.set_side(Side.RIGHT)
    overview, (x, _y, w, _h) = atlas.overview.overview_and_box() or (None, (0, 0, 0, 0))
    assert overview is not None and overview.id == "body_back"
    right_centre = x + w / 2
    assert right_centre > overview.width / 2
    atlas.set_side(Side.LEFT)
    _, (x, _y, w, _h) = atlas.overview.overview_and_box() or (None, (0, 0, 0, 0))
    assert x + w / 2 == pytest.approx(overview.width - right_centre)


def test_clicking_a_marker_selects_it_in_the_list_and_keeps_the_zoom(atlas: AtlasPage) -> None:
    atlas.search.setText("hegu")
    atlas.select_code("LI4")
    atlas.picture.zoom_by(2.0)
    view = atlas.picture.view
    other = next(m for m in atlas.picture.markers if m.code != "LI4")
    assert other.toolTip() == atlas.picture.point_names[other.code]
    atlas.marker_clicked(other.code)  # what a click on the marker sends
    assert atlas.list.currentItem().data(Qt.ItemDataRole.UserRole) == other.code
    assert atlas.search.text() == ""  # the filter hid it, so the filters were cleared
    assert atlas.picture.view is view and atlas.picture.zoom == pytest.approx(2.0)
    assert [m.code for m in atlas.picture.highlighted()] and atlas.picture.highlighted()[0].code == other.code


def test_a_search_that_finds_nothing_says_so_and_offers_clear_filters(atlas: AtlasPage) -> None:
    atlas.search.setText("no such point")
    assert atlas.list.count() == 0 and atlas.nothing_found.isVisible()
    atlas.clear_button.click()
    assert atlas.list.count() > 0 and not atlas.nothing_found.isVisible()


def test_an_unchecked_translation_is_said_in_words_not_marked_with_a_star(context: Services) -> None:
    from dataclasses import replace

    from acupress_desktop.ui.atlas.details import point_details_html

    point = replace(context.catalogue.point("LI4"), english_checked=False)
    html = point_details_html(context.catalogue, point)
    assert "a common translation, not a checked one" in html and ">*<" not in html


def test_turning_round_the_body_keeps_the_point_marked_in_every_picture(qtbot: QtBot, atlas: AtlasPage) -> None:
    atlas.search.setText("BL23")
    pictures = [atlas.view_choice.itemData(i) for i in range(atlas.view_choice.count())]
    assert len(pictures) > 1  # the lower back, the upper back and the whole body from behind
    seen = []
    for _ in pictures:
        seen.append(atlas.picture.view.id if atlas.picture.view else None)
        assert atlas.picture.code == "BL23" and atlas.picture.highlighted()
        qtbot.keyClick(atlas, Qt.Key.Key_BracketRight)
    assert sorted(seen) == sorted(pictures)  # every picture once, then round again
    assert atlas.picture.view is not None and atlas.picture.view.id == seen[0]
    atlas.previous_view.click()
    assert atlas.picture.view.id == seen[-1]
