"""Draws an illustration with its points: the one picture code for the atlas, planner, session and sheet.

The SVG is drawn for one side; the other side is its mirror image. Landmark labels are stripped from
the SVG and drawn here, so mirrored pictures never show mirrored text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import View

OVERVIEWS = ("body_front", "body_back", "body_side")
HIGHLIGHT = QColor("#D32F2F")
FAINT = QColor(138, 90, 68, 150)
LABEL = QColor("#6B5B52")
_LABELS_GROUP = re.compile(rb'<g id="landmark-labels".*?</g>', re.DOTALL)
# the generated 3D views draw their own markers and labels (for print and review); the app draws its own
_POINT_GROUPS = re.compile(rb'<g id="(?:points|point-leaders|point-labels)".*?</g>', re.DOTALL)


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str  # start | middle | end


@dataclass(frozen=True)
class PaintOptions:
    """How to draw a view: which point stands out, whether the others and the landmark names show, the zoom."""

    highlight: str | None = None
    others: bool = False
    labels: bool = False
    zoom: float = 1.0
    pan: QPointF | None = None
    pulse: float = 0.0  # 0..1, the highlight's breathing halo


PLAIN = PaintOptions()


@dataclass
class _LoadedView:
    view: View
    renderer: QSvgRenderer
    labels: tuple[Label, ...]


def _labels(svg: bytes) -> tuple[Label, ...]:
    match = _LABELS_GROUP.search(svg)
    if not match:
        return ()
    group = ET.fromstring(match.group(0).decode("utf-8"))
    out = []
    for element in group.iter():
        if element.tag.endswith("text") and element.text:
            out.append(
                Label(
                    float(element.get("x", 0)),
                    float(element.get("y", 0)),
                    element.text.strip(),
                    element.get("text-anchor", "start"),
                )
            )
    return tuple(out)


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
            renderer = QSvgRenderer(QByteArray(_POINT_GROUPS.sub(b"", _LABELS_GROUP.sub(b"", svg))))
            self._loaded[view.id] = _LoadedView(view, renderer, _labels(svg))
        return self._loaded[view.id]

    def renderer(self, view: View) -> QSvgRenderer:
        """The view's SVG without its label layer (labels are drawn unmirrored by the caller)."""
        return self._load(view).renderer

    def labels(self, view: View) -> tuple[Label, ...]:
        return self._load(view).labels

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
        return view.position(code, view.drawn_side if self.is_mirrored(view, side) else side)

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
        if options.labels:
            self._paint_labels(painter, loaded.labels, transform, scale, target)
        if options.others:
            for code in view.codes:
                if code == options.highlight:
                    continue
                for pos in self.marker_positions(view, code, side):
                    self._paint_marker(painter, transform.map(QPointF(*pos)), scale, faint=True)
        if options.highlight is not None:
            for pos in self.marker_positions(view, options.highlight, side):
                self._paint_marker(painter, transform.map(QPointF(*pos)), scale, faint=False, pulse=options.pulse)
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
        painter: QPainter, labels: tuple[Label, ...], transform: QTransform, scale: float, target: QRectF
    ) -> None:
        painter.save()
        font = QFont(painter.font())
        font.setPixelSize(max(9, int(13 * scale)))
        painter.setFont(font)
        painter.setPen(LABEL)
        metrics = painter.fontMetrics()
        mirrored = transform.m11() < 0
        for label in labels:
            point = transform.map(QPointF(label.x, label.y))
            width = metrics.horizontalAdvance(label.text)
            anchor = label.anchor
            if mirrored:
                anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
            x = point.x() - {"start": 0, "middle": width / 2, "end": width}.get(anchor, 0)
            painter.drawText(QPointF(x, point.y()), label.text)
        painter.restore()
