"""The atlas picture: the view as vector graphics with clickable point markers, zoom and pan.

Scene coordinates are the SVG coordinates of the picture as shown (mirrored for the other side),
so a marker's position is exactly the placement computed from the landmarks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QAccessible, QBrush, QColor, QFont, QKeyEvent, QPainter, QPen, QTransform, QWheelEvent
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.messages import message
from acupress_desktop.domain.placement import View
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.painting import picture_labels
from acupress_desktop.painting.pictures import HIGHLIGHT, OVERVIEWS, PointPictures
from acupress_desktop.ui import theme

MIN_ZOOM = 0.5
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
MARKER_RADIUS = 7.0
RING_AT_REST = 16.0  # the chosen point's ring as reduced motion shows it; the label stays outside it
OVERVIEW_MARKER_RADIUS = 4.5  # the whole body holds every point: smaller marks keep neighbours apart
LABEL_PX = 12.0  # drawing units, like the markers: labels zoom with the picture


class LabelLayer(QGraphicsItem):
    """Labels laid out by picture_labels, drawn in scene (drawing) coordinates: point names or landmarks."""

    def __init__(self, inks: list[picture_labels.LabelInk], fonts: picture_labels.LabelFonts) -> None:
        super().__init__()
        self.inks = inks
        self._fonts = fonts
        area = QRectF()
        for ink in inks:
            area = area.united(ink.rect).united(QRectF(ink.anchor, ink.anchor).adjusted(-4, -4, 4, 4))
        self._area = area.adjusted(-2, -2, 2, 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._area

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        picture_labels.draw(painter, self.inks, self._fonts)


class PointMarker(QGraphicsEllipseItem):
    """A point on the picture: faint and clickable, or highlighted with a ring."""

    def __init__(self, code: str, centre: QPointF, picture: AtlasPicture, name: str = "", radius: float = 7.0) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.code = code
        self.name = name or code
        self._picture = picture
        self.setPos(centre)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.set_highlighted(False)

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted:
            self.setPen(QPen(QColor("white"), 2.5))
            self.setBrush(QBrush(HIGHLIGHT))
            self.setZValue(12)
        else:
            self.setPen(QPen(QColor(255, 255, 255, 220), 1.5))
            self.setBrush(QBrush(QColor(138, 90, 68, 140)))
            self.setZValue(10)
        self.setToolTip(self.name)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._picture.point_clicked.emit(self.code)
        event.accept()


class AtlasPicture(QGraphicsView):
    ACCESSIBLE_ROLE = QAccessible.Role.Graphic

    point_clicked = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, pictures: PointPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(theme.colours().picture_card)  # light paper for light skin, in both schemes
        self.setAccessibleName(tr("Point picture: +/- to zoom, 0 to fit, arrow keys to pan"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.view: View | None = None
        self.side = Side.RIGHT
        self.code: str | None = None
        self.markers: list[PointMarker] = []
        self.point_names: dict[str, str] = {}  # code -> the name a reader sees in the tooltip
        self.label_names: dict[str, str] = {}  # code -> the short name written beside its marker
        self.together: frozenset[str] = frozenset()  # points pressed on both sides at once
        self.labels: list[LabelLayer] = []  # the landmarks' ticks and words (the toggle)
        self.name_labels: list[LabelLayer] = []  # the points' names
        self.show_labels = False
        self.zoom = 1.0
        self._rings: list[QGraphicsEllipseItem] = []
        self._pulse = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=1400)
        self._pulse.setLoopCount(-1)
        self._pulse.valueChanged.connect(self._pulse_step)
        self.reduced_motion = False

    # -- showing -------------------------------------------------------------------------------
    def show_view(self, view: View, side: Side, code: str | None) -> None:
        scene = self.scene()
        self._pulse.stop()
        scene.clear()
        self._rings = []
        self.view, self.side, self.code = view, side, code
        svg = QGraphicsSvgItem()
        svg.setSharedRenderer(self._pictures.renderer(view))
        if self._pictures.is_mirrored(view, side):
            svg.setTransform(QTransform(-1, 0, 0, 1, view.width, 0))
        svg.setZValue(0)
        scene.addItem(svg)
        scene.setSceneRect(QRectF(0, 0, view.width, view.height))
        self.labels, self.name_labels = [], []
        self.markers = []
        for marker_code in view.codes:
            for pos in picture_labels.marker_positions(view, side, marker_code, mirrored=False, together=self.together):
                name = self.point_names.get(marker_code, "")
                marker = PointMarker(marker_code, QPointF(*pos), self, name, self._marker_radius())
                marker.set_highlighted(marker_code == code)
                scene.addItem(marker)
                self.markers.append(marker)
        self._add_labels()
        self._place_ring()
        self.fit()
        self._describe()

    def highlight(self, code: str) -> None:
        """Mark another point on the picture already shown, keeping its zoom and pan."""
        self.code = code
        for marker in self.markers:
            marker.set_highlighted(marker.code == code)
        for ring in self._rings:
            self.scene().removeItem(ring)
        self._rings = []
        self._add_labels()
        self._place_ring()
        self._describe()

    def _describe(self) -> None:
        """What a sighted person sees: which picture, which side, which point is marked."""
        if self.view is None:
            return
        side = (
            ""
            if self.side is Side.MIDLINE
            else tr(", {side} side").format(side=message(current_language(), f"pain_{self.side.value}"))
        )
        name = self.point_names.get(self.code or "") or tr("The point")
        marked = tr(" {name} is marked with a red ring.").format(name=name) if self.code else ""
        self.setAccessibleDescription((tr(self.view.title) + side + tr(".") + marked).strip())

    def highlighted(self) -> list[PointMarker]:
        return [m for m in self.markers if m.code == self.code]

    def set_labels_visible(self, visible: bool) -> None:
        """Landmark labels on or off; the points' names are laid out again around what shows."""
        self.show_labels = visible
        self._add_labels()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self._place_ring()

    # -- zoom and pan --------------------------------------------------------------------------
    def fit(self) -> None:
        if self.view is None:
            return
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = 1.0
        self.zoom_changed.emit(self.zoom)

    def zoom_by(self, factor: float) -> None:
        new_zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor))
        if new_zoom != self.zoom:
            self.scale(new_zoom / self.zoom, new_zoom / self.zoom)
            self.zoom = new_zoom
            self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.zoom == 1.0:
            self.fit()

    # -- internals -----------------------------------------------------------------------------
    def _add_labels(self) -> None:
        """Lay out the points' names and, if shown, the landmarks' words, clear of each other and the markers."""
        view = self.view
        if view is None:
            return
        for layer in (*self.labels, *self.name_labels):
            self.scene().removeItem(layer)
        mirrored = self._pictures.is_mirrored(view, self.side)
        transform = QTransform(-1, 0, 0, 1, view.width, 0) if mirrored else QTransform()
        fonts = picture_labels.fonts(QFont(self.font()), LABEL_PX)
        inks = picture_labels.layout(
            view,
            self.side,
            transform,
            QRectF(0, 0, view.width, view.height),
            fonts,
            names=self.label_names,
            chosen=self.code,
            marker_radius=self._marker_radius(),
            chosen_clear=RING_AT_REST,
            landmarks=self.show_labels,
            together=self.together,
        )
        names = LabelLayer([ink for ink in inks if not ink.landmark], fonts)
        landmarks = LabelLayer([ink for ink in inks if ink.landmark], fonts)
        landmarks.setVisible(self.show_labels)
        for layer, z in ((names, 9), (landmarks, 5)):
            layer.setZValue(z)
            self.scene().addItem(layer)
        self.name_labels, self.labels = [names], [landmarks]

    def _marker_radius(self) -> float:
        return OVERVIEW_MARKER_RADIUS if self.view is not None and self.view.id in OVERVIEWS else MARKER_RADIUS

    def _place_ring(self) -> None:
        targets = self.highlighted()
        if not self._rings:
            for target in targets:
                ring = QGraphicsEllipseItem()
                ring.setZValue(11)
                ring.setPos(target.pos())
                self.scene().addItem(ring)
                self._rings.append(ring)
        if not targets:
            self._pulse.stop()
            return
        if self.reduced_motion:
            self._pulse.stop()
            self._pulse_step(0.35)
        elif self._pulse.state() != QVariantAnimation.State.Running:
            self._pulse_step(0.0)  # visible at once, before the first animation frame
            self._pulse.start()

    def _pulse_step(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        radius = 12.0 + 10.0 * t
        color = QColor(HIGHLIGHT)
        color.setAlphaF(max(0.0, 0.85 * (1.0 - t)))
        for ring in self._rings:
            ring.setRect(-radius, -radius, 2 * radius, 2 * radius)
            ring.setPen(QPen(color, 2.5))
