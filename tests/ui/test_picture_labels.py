"""The labels of every shipped view, on both sides, with all its points, in English and Chinese: a reader can
always tell which mark a label names, because no label covers another label, a marker, a landmark tick or a
leader line, and none leaves the picture."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QTransform
from PySide6.QtWidgets import QApplication

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import View
from acupress_desktop.painting import picture_labels
from acupress_desktop.painting.picture_labels import LabelInk, label_names, landmark_ticks
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.paths import images_dir
from acupress_desktop.storage.view_files import load_views

SIDES = (Side.RIGHT, Side.LEFT)


@pytest.fixture(scope="module")
def views() -> Mapping[str, View]:
    return load_views(images_dir())


def _marks(view: View, side: Side, transform: QTransform, together: frozenset[str] = frozenset()) -> list[QPointF]:
    mirrored = transform.m11() < 0
    return [
        transform.map(QPointF(*pos))
        for code in view.codes
        for pos in picture_labels.marker_positions(view, side, code, mirrored, together)
    ]


def _box(centre: QPointF, radius: float) -> QRectF:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)


def _assert_clear(inks: list[LabelInk], bounds: QRectF, marks: list[QPointF], ticks: list[QPointF], radius: float,
                  where: str) -> None:  # fmt: skip
    for k, ink in enumerate(inks):
        assert bounds.contains(ink.rect), f"{where}: {ink.text!r} leaves the picture"
        for mark in marks:
            assert not ink.rect.intersects(_box(mark, radius)), f"{where}: {ink.text!r} covers a marker"
        for tick in ticks:
            assert not ink.rect.intersects(_box(tick, picture_labels.TICK)), f"{where}: {ink.text!r} covers a tick"
        for other in inks[k + 1 :]:
            assert not ink.rect.intersects(other.rect), f"{where}: {ink.text!r} overlaps {other.text!r}"
        for other in inks:
            if other is not ink and other.leader is not None:
                line = other.leader
                for t in (i / 20 for i in range(1, 20)):
                    assert not ink.rect.contains(line.pointAt(t)), f"{where}: a leader crosses {ink.text!r}"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_atlas_labels_of_every_view_and_side_stay_clear(
    qapp: QApplication, views: Mapping[str, View], catalogue: Catalogue, language: str
) -> None:
    """The atlas draws in the picture's own units: every point named on a close-up, the chosen one on an overview;
    on a square-on picture the points pressed on both sides at once are drawn (and named) on both."""
    names = label_names(catalogue.points, language)
    together = picture_labels.pressed_together(catalogue.points)
    fonts = picture_labels.fonts(QFont(), 12.0)
    for view in views.values():
        for side in SIDES:
            mirrored = PointPictures.is_mirrored(view, side)
            transform = QTransform(-1, 0, 0, 1, view.width, 0) if mirrored else QTransform()
            bounds = QRectF(0, 0, view.width, view.height)
            chosen = view.codes[0] if view.codes else None
            inks = picture_labels.layout(view, side, transform, bounds, fonts, names=names, chosen=chosen,
                                         marker_radius=7.0, chosen_clear=16.0, landmarks=True,
                                         together=together)  # fmt: skip
            marks = _marks(view, side, transform, together)
            ticks = [transform.map(QPointF(*pos)) for _words, pos in landmark_ticks(view, side)]
            where = f"{view.id} {side.value} ({language})"
            _assert_clear(inks, bounds, marks, ticks, 7.0, where)
            named = [ink for ink in inks if not ink.landmark]
            if view.id in picture_labels.OVERVIEWS:
                assert {ink.text for ink in named} <= {names[chosen]} if chosen else not named
            else:
                assert len(named) == len(marks), f"{where}: a point has no label"
                assert sum(ink.landmark for ink in inks) == len([t for t in ticks if bounds.contains(t)]), where


@pytest.mark.parametrize("size", [600, 320])
def test_review_sheet_labels_name_every_point_even_on_the_overviews(
    qapp: QApplication, views: Mapping[str, View], size: int
) -> None:
    """The views' review sheets (and the session's smaller picture): every marker named by its code."""
    for view in views.values():
        for side in SIDES:
            target = QRectF(size, 0, size, size)
            mirrored = PointPictures.is_mirrored(view, side)
            transform = PointPictures.transform(view, target, mirrored)
            scale = abs(transform.m11())
            fonts = picture_labels.fonts(QFont(), max(9.0, 12.0 * scale))
            radius = max(3.0, 6.0 * scale) + 1.0
            inks = picture_labels.layout(view, side, transform, target, fonts, names={c: c for c in view.codes},
                                         marker_radius=radius, landmarks=True, every_point=True)  # fmt: skip
            marks = _marks(view, side, transform)
            ticks = [transform.map(QPointF(*pos)) for _words, pos in landmark_ticks(view, side)]
            where = f"{view.id} {side.value} at {size} px"
            _assert_clear(inks, target, marks, ticks, radius, where)
            if size == 600:
                assert len([ink for ink in inks if not ink.landmark]) == len(marks), f"{where}: a point has no label"
