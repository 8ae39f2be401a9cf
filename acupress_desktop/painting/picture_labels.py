"""The labels on a picture: point names on leader lines and landmark ticks, laid out by domain.label_layout.

Every picture uses this (the atlas, the session, the routine sheet, the views' review sheets), so a label
never overlaps another label, a marker or the landmark it names, in whatever language and size it is drawn.
Positions are worked out in the target's own coordinates, after any mirroring, so text is never mirrored.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from acupress_desktop.domain.catalogue import Laterality, Point
from acupress_desktop.domain.label_layout import LabelRequest, Rect, Style, place_labels, square
from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import View
from acupress_desktop.i18n import tr
from acupress_desktop.painting.landmark_words import LANDMARK_WORDS

OVERVIEWS = ("body_front", "body_back", "body_side")
POINT_INK = QColor("#3F302A")
CHOSEN_INK = QColor("#B71C1C")
LANDMARK_INK = QColor("#6B5B52")
PAPER = QColor(251, 248, 245, 215)  # behind a label, so it reads over skin and shading
TICK = 3.0  # half the length of a landmark's tick
PAD = 1.5  # paper around a label's text
MASK_SCALE = 0.25  # the drawing's silhouette is looked up at a quarter of its size: plenty to prefer white space


@dataclass(frozen=True)
class LabelInk:
    """One label as drawn: its text and box in target coordinates, its leader line, what it names."""

    text: str
    rect: QRectF
    leader: QLineF | None
    anchor: QPointF
    landmark: bool
    chosen: bool = False


@dataclass(frozen=True)
class LabelFonts:
    point: QFont
    landmark: QFont


def fonts(base: QFont, point_px: float, landmark_px: float | None = None) -> LabelFonts:
    """The label fonts at a pixel size (landmarks a little smaller and lighter than point names)."""
    point = QFont(base)
    point.setPixelSize(max(7, round(point_px)))
    point.setBold(True)
    landmark = QFont(base)
    landmark.setPixelSize(max(7, round(landmark_px if landmark_px is not None else point_px * 0.85)))
    landmark.setBold(False)
    return LabelFonts(point, landmark)


class _Silhouette:
    """Is a spot of the view on the drawn body? The outline filled once into a small bitmap, for quick look-ups."""

    def __init__(self, view: View) -> None:
        self.width = max(1, int(view.width * MASK_SCALE) + 1)
        self.height = max(1, int(view.height * MASK_SCALE) + 1)
        image = QImage(self.width, self.height, QImage.Format.Format_Grayscale8)
        image.fill(0)
        if view.outline:
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(x * MASK_SCALE, y * MASK_SCALE) for x, y in view.outline]))
            painter = QPainter(image)
            painter.fillPath(path, QColor("white"))
            painter.end()
        self.stride = image.bytesPerLine()
        self.bits = bytes(image.constBits())

    def covers(self, x: float, y: float) -> bool:
        px, py = int(x * MASK_SCALE), int(y * MASK_SCALE)
        return 0 <= px < self.width and 0 <= py < self.height and self.bits[py * self.stride + px] > 127


_SILHOUETTES: dict[tuple[str, str], _Silhouette] = {}


def _silhouette(view: View) -> _Silhouette:
    key = (view.id, str(view.svg_path))
    if key not in _SILHOUETTES:
        _SILHOUETTES[key] = _Silhouette(view)
    return _SILHOUETTES[key]


def point_label(point: Point, language: str) -> str:
    """A point's name on a picture: its pinyin, or its characters in Chinese."""
    return point.hanzi if language.startswith("zh") and point.hanzi else point.pinyin_plain


def label_names(points: Iterable[Point], language: str) -> dict[str, str]:
    return {p.code: point_label(p, language) for p in points}


def pressed_together(points: Iterable[Point]) -> frozenset[str]:
    """The points pressed on both sides at once, one hand on each (Zanzhu on both brows)."""
    return frozenset(p.code for p in points if p.laterality is Laterality.BOTH_SIDES and p.technique.both_at_once)


def marker_positions(
    view: View, side: Side, code: str, mirrored: bool, together: Collection[str] = ()
) -> tuple[tuple[float, float], ...]:
    """Where ``code`` is drawn in the view's own coordinates (the drawn side when the picture is mirrored).
    On a picture that faces the body square-on, a point pressed on both sides at once (``together``) is drawn
    on both: both hands press it, and the picture shows both sides."""
    if code in together and view.drawn_side is Side.MIDLINE:
        return view.position(code, Side.BOTH)
    return view.position(code, view.drawn_side if mirrored else side)


def landmark_ticks(view: View, side: Side) -> list[tuple[str, tuple[float, float]]]:
    """(words, position) of every landmark the table names, one label per name, in the view's coordinates."""
    out: list[tuple[str, tuple[float, float]]] = []
    for name, pos in sorted(view.landmarks.items()):
        base = name.removeprefix("lm-")
        if base.endswith(("-l", "-r")):
            if view.drawn_side is Side.MIDLINE and side in (Side.LEFT, Side.RIGHT) and base[-1] != side.value[0]:
                continue  # on a front or back view, the landmarks of the side looked at
            base = base[:-2]
        words = LANDMARK_WORDS.get(base)
        if words is not None and all(w != words for w, _ in out):
            out.append((words, pos))
    return out


def layout(
    view: View,
    side: Side,
    transform: QTransform,
    bounds: QRectF,
    label_fonts: LabelFonts,
    *,
    names: Mapping[str, str] | None = None,
    chosen: str | None = None,
    marker_radius: float = 7.0,
    chosen_clear: float | None = None,
    landmarks: bool = False,
    every_point: bool = False,
    together: Collection[str] = (),
) -> list[LabelInk]:
    """The labels of a view drawn through ``transform`` into ``bounds``.

    ``names`` (code -> text) labels the points: on a close-up every point, on an overview only ``chosen``
    unless ``every_point`` (then in side columns, as a printed atlas does); ``chosen_clear`` is kept free
    round the chosen point (its ring). ``landmarks`` adds the ticks. ``together``: see ``marker_positions``.
    """
    mirrored = transform.m11() < 0
    overview = view.id in OVERVIEWS
    marks: list[tuple[str, QPointF]] = []
    for code in view.codes:
        for pos in marker_positions(view, side, code, mirrored, together):
            marks.append((code, transform.map(QPointF(*pos))))
    obstacles = [square((p.x(), p.y()), marker_radius) for _code, p in marks]
    requests: list[LabelRequest] = []
    texts: dict[str, tuple[str, QPointF, str | None]] = {}  # key -> text, anchor, point code (None: landmark)
    point_metrics = QFontMetricsF(label_fonts.point)
    for index, (code, spot) in enumerate(marks):
        if not names or code not in names or (overview and not every_point and code != chosen):
            continue
        if not bounds.contains(spot):
            continue  # cut off by the zoom: nothing to name
        key = f"p{index}"
        text = names[code]
        width = point_metrics.horizontalAdvance(text) + 2 * PAD
        clear = (chosen_clear or marker_radius * 1.6) if code == chosen else marker_radius
        requests.append(LabelRequest(key, (spot.x(), spot.y()), width, point_metrics.height() + 2 * PAD, clear, 0))
        texts[key] = (text, spot, code)
    if landmarks:
        landmark_metrics = QFontMetricsF(label_fonts.landmark)
        for index, (words, pos) in enumerate(landmark_ticks(view, side)):
            spot = transform.map(QPointF(*pos))
            if not bounds.contains(spot):
                continue
            key = f"l{index}"
            text = tr(words)
            width = landmark_metrics.horizontalAdvance(text) + 2 * PAD
            height = landmark_metrics.height() + 2 * PAD
            requests.append(LabelRequest(key, (spot.x(), spot.y()), width, height, TICK + 1, 1))
            texts[key] = (text, spot, None)
    style = Style.COLUMNS if overview and every_point else Style.BESIDE
    area = Rect(bounds.left(), bounds.top(), bounds.right(), bounds.bottom())
    inverse, _ok = transform.inverted()
    silhouette = _silhouette(view)

    def on_drawing(p: tuple[float, float]) -> bool:
        # the transform is a scale, a shift and maybe a mirror: mapped by hand, it is quick in the tight loop
        return silhouette.covers(
            inverse.m11() * p[0] + inverse.m21() * p[1] + inverse.dx(),
            inverse.m12() * p[0] + inverse.m22() * p[1] + inverse.dy(),
        )

    inks = []
    for placed in place_labels(requests, area, obstacles, on_drawing, style):
        shown, spot, named = texts[placed.key]
        rect = QRectF(placed.rect.x0, placed.rect.y0, placed.rect.width, placed.rect.height)
        leader = QLineF(QPointF(*placed.leader[0]), QPointF(*placed.leader[1])) if placed.leader else None
        inks.append(LabelInk(shown, rect, leader, spot, named is None, named is not None and named == chosen))
    return inks


def draw(painter: QPainter, inks: Iterable[LabelInk], label_fonts: LabelFonts, landmarks: bool = True) -> None:
    """Paint labels (and the landmarks' ticks): paper, leader, text."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for ink in inks:
        if ink.landmark and not landmarks:
            continue
        colour = LANDMARK_INK if ink.landmark else CHOSEN_INK if ink.chosen else POINT_INK
        if ink.landmark:
            painter.setPen(QPen(colour, 1.2))
            a = ink.anchor
            painter.drawLine(QLineF(a.x() - TICK, a.y(), a.x() + TICK, a.y()))
            painter.drawLine(QLineF(a.x(), a.y() - TICK, a.x(), a.y() + TICK))
        if ink.leader is not None:
            painter.setPen(QPen(colour, 0.9))
            painter.drawLine(ink.leader)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER)
        painter.drawRoundedRect(ink.rect, 2.0, 2.0)
        painter.setFont(label_fonts.landmark if ink.landmark else label_fonts.point)
        painter.setPen(colour)
        painter.drawText(ink.rect, Qt.AlignmentFlag.AlignCenter, ink.text)
    painter.restore()
