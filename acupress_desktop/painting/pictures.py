"""Draws an illustration with its points: the one picture code for the atlas, planner, session and sheet.

The SVG is drawn for one side; the other side is its mirror image. The generator's own point markers and
labels are stripped from the SVG: labels are laid out here (picture_labels), unmirrored, in the reader's
language, clear of every marker and of each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import View
from acupress_desktop.painting import picture_labels
from acupress_desktop.painting.picture_labels import OVERVIEWS

__all__ = ["FAINT", "HIGHLIGHT", "LABEL", "OVERVIEWS", "PaintOptions", "PointPictures"]
HIGHLIGHT = QColor("#D32F2F")
FAINT = QColor(138, 90, 68, 150)
LABEL = picture_labels.LANDMARK_INK
# the generated 3D views draw their own markers and labels (for print and review); the app draws its own
_POINT_GROUPS = re.compile(rb'<g id="(?:points|point-leaders|point-labels)".*?</g>', re.DOTALL)


@dataclass(frozen=True)
class PaintOptions:
    """How to draw a view: which point stands out, whether the others, their names and the landmarks show."""

    highlight: str | None = None
    others: bool = False
    labels: bool = False  # the landmarks, as labelled ticks
    zoom: float = 1.0
    pan: QPointF | None = None
    pulse: float = 0.0  # 0..1, the highlight's breathing halo
    names: Mapping[str, str] | None = None  # code -> the label of each drawn point that has one
    every_label: bool = False  # on an overview too, every point named (in side columns)


PLAIN = PaintOptions()


@dataclass
class _LoadedView:
    view: View
    renderer: QSvgRenderer


class PointPictures:
    """The views, read on first use from ``load_views`` (storage's reader, handed in by the composition root)."""

    def __init__(self, load_views: Callable[[], Mapping[str, View]]) -> None:
        self._load_views = load_views
        self._loaded: dict[str, _LoadedView] = {}

    @cached_property
    def views(self) -> Mapping[str, View]:
        return self._load_views()

    def view_for(self, code: str) -> View | None:
        """The close-up that shows this point (overviews only as a last resort)."""
        close_ups = [v for v in self.views.values() if code in v.placements and v.id not in OVERVIEWS]
        if close_ups:
            return close_ups[0]
        return next((v for v in self.views.values() if code in v.placements), None)

    def _load(self, view: View) -> _LoadedView:
        if view.id not in self._loaded:
            svg = view.svg_path.read_bytes()
            renderer = QSvgRenderer(QByteArray(_POINT_GROUPS.sub(b"", svg)))
            self._loaded[view.id] = _LoadedView(view, renderer)
        return self._loaded[view.id]

    def renderer(self, view: View) -> QSvgRenderer:
        """The view's SVG without the generator's markers and labels (the caller draws its own)."""
        return self._load(view).renderer

    @staticmethod
    def is_mirrored(view: View, side: Side) -> bool:
        return (
            view.drawn_side is not Side.MIDLINE
            and side not in (Side.MIDLINE, Side.BOTH)
            and side is not view.drawn_side
        )

    @staticmethod
    def transform(
        view: View, target: QRectF, mirrored: bool, zoom: float = 1.0, pan: QPointF | None = None
    ) -> QTransform:
        """SVG coordinates -> target coordinates: fit, centre, then zoom and pan; mirrored if asked."""
        scale = min(target.width() / view.width, target.height() / view.height) * zoom
        dx = target.x() + (target.width() - view.width * scale) / 2 + (pan.x() if pan else 0.0)
        dy = target.y() + (target.height() - view.height * scale) / 2 + (pan.y() if pan else 0.0)
        transform = QTransform(scale, 0, 0, scale, dx, dy)
        if mirrored:
            transform = QTransform(-1, 0, 0, 1, view.width, 0) * transform
        return transform

    def marker_positions(self, view: View, code: str, side: Side) -> tuple[tuple[float, float], ...]:
        """Where the point sits in the drawing's own coordinates; the paint transform does any mirroring."""
        return picture_labels.marker_positions(view, side, code, self.is_mirrored(view, side))

    def paint(
        self, painter: QPainter, target: QRectF, view: View, side: Side, options: PaintOptions = PLAIN
    ) -> QTransform:
        """Draw the view into target; returns the SVG -> target transform used."""
        loaded = self._load(view)
        mirrored = self.is_mirrored(view, side)
        transform = self.transform(view, target, mirrored, options.zoom, options.pan)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setClipRect(target)
        painter.setTransform(transform, combine=True)
        loaded.renderer.render(painter, QRectF(0, 0, view.width, view.height))
        painter.restore()
        scale = transform.m11() if not mirrored else -transform.m11()
        if options.others:
            for code in view.codes:
                if code == options.highlight:
                    continue
                for pos in self.marker_positions(view, code, side):
                    self._paint_marker(painter, transform.map(QPointF(*pos)), scale, faint=True)
        if options.highlight is not None:
            for pos in self.marker_positions(view, options.highlight, side):
                self._paint_marker(painter, transform.map(QPointF(*pos)), scale, faint=False, pulse=options.pulse)
        self._paint_labels(painter, target, view, side, transform, scale, options)
        return transform

    def paint_marker_at(self, painter: QPainter, transform: QTransform, view: View, code: str, side: Side) -> None:
        scale = abs(transform.m11())
        for pos in self.marker_positions(view, code, side):
            self._paint_marker(painter, transform.map(QPointF(*pos)), scale, faint=False)

    def pixmap(self, code: str, side: Side, size: QSize, device_pixel_ratio: float = 1.0) -> QPixmap | None:
        view = self.view_for(code)
        if view is None:
            return None
        pixmap = QPixmap(size * device_pixel_ratio)
        pixmap.setDevicePixelRatio(device_pixel_ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()), view, side, PaintOptions(highlight=code))
        painter.end()
        return pixmap

    def icon(self, code: str, side: Side, size: QSize) -> QIcon | None:
        pixmap = self.pixmap(code, side, size, 2.0)
        return QIcon(pixmap) if pixmap is not None else None

    @staticmethod
    def _paint_marker(painter: QPainter, centre: QPointF, scale: float, faint: bool, pulse: float = 0.0) -> None:
        radius = max(3.0, 9.0 * scale) if not faint else max(2.5, 6.0 * scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if faint:
            painter.setPen(QPen(QColor(255, 255, 255, 200), max(1.0, 1.5 * scale)))
            painter.setBrush(FAINT)
            painter.drawEllipse(centre, radius, radius)
        else:
            halo = QColor(HIGHLIGHT)
            halo.setAlphaF(0.22 * (1.0 - pulse))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            outer = radius * (2.2 + 0.8 * pulse)
            painter.drawEllipse(centre, outer, outer)
            painter.setPen(QPen(QColor("white"), max(1.5, 2.5 * scale)))
            painter.setBrush(HIGHLIGHT)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()

    @staticmethod
    def _paint_labels(
        painter: QPainter,
        target: QRectF,
        view: View,
        side: Side,
        transform: QTransform,
        scale: float,
        options: PaintOptions,
    ) -> None:
        """Point names (the drawn markers that have one) and landmark ticks, laid out clear of each other."""
        names = options.names or {}
        drawn = view.codes if options.others else (options.highlight,)
        names = {code: names[code] for code in drawn if code is not None and code in names}
        if not names and not options.labels:
            return
        fonts = picture_labels.fonts(painter.font(), max(9.0, min(14.0, 12.0 * scale)))
        inks = picture_labels.layout(
            view,
            side,
            transform,
            target,
            fonts,
            names=names,
            chosen=options.highlight,
            marker_radius=max(3.0, 6.0 * scale) + 1.0,
            landmarks=options.labels,
            every_point=options.every_label,
        )
        picture_labels.draw(painter, inks, fonts)
