"""The page shown while a step runs: the picture, the names, the side in words, the countdown."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QLinearGradient, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import Side, side_in_words
from acupress_desktop.domain.routine import RoutineStep
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.painting.pictures import PaintOptions, PointPictures
from acupress_desktop.ui import theme
from acupress_desktop.ui.session.countdown import CountdownRing, mm_ss


class PointPicture(QWidget):
    """One point highlighted on its view, on the correct side."""

    ACCESSIBLE_ROLE = QAccessible.Role.Graphic

    def __init__(self, pictures: PointPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self.code: str | None = None
        self.side = Side.MIDLINE
        self.setMinimumSize(220, 220)
        self.setAccessibleName(tr("Where to press"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 420)

    def show_point(self, code: str, side: Side) -> None:
        self.code, self.side = code, side
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.code is None:
            return
        view = self._pictures.view_for(self.code)
        if view is None:
            return
        area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        scale = min(area.width() / view.width, area.height() / view.height)
        drawing = QRectF(0, 0, view.width * scale, view.height * scale)
        drawing.moveCenter(area.center())
        painter = QPainter(self)
        if theme.is_dark():  # light skin and brown labels need light paper: a card of their own in dark mode
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colours().picture_card)
            painter.drawRoundedRect(drawing.adjusted(-8, -8, 8, 8), 10, 10)
        self._pictures.paint(painter, drawing, view, self.side, PaintOptions(highlight=self.code, labels=True))
        self._fade_cut_edges(painter, drawing, _cut_edges(view.outline, view.width, view.height))
        painter.end()

    def _fade_cut_edges(self, painter: QPainter, drawing: QRectF, edges: tuple[str, ...]) -> None:
        """A close-up is cut from a whole body (the forearm runs on past the wrist): where the body meets the
        picture's border, fade it into the page so the region reads as framed and nothing stops dead. Every
        point lies well inside the fade (15 % or more from any edge)."""
        background = self.palette().color(QPalette.ColorRole.Window)
        if theme.is_dark():
            background = theme.colours().picture_card
        clear = QColor(background)
        clear.setAlpha(0)
        depth = 0.12
        spans = {
            "top": (drawing.topLeft(), QPointF(drawing.left(), drawing.top() + drawing.height() * depth)),
            "bottom": (drawing.bottomLeft(), QPointF(drawing.left(), drawing.bottom() - drawing.height() * depth)),
            "left": (drawing.topLeft(), QPointF(drawing.left() + drawing.width() * depth, drawing.top())),
            "right": (drawing.topRight(), QPointF(drawing.right() - drawing.width() * depth, drawing.top())),
        }
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for edge in edges:
            start, end = spans[edge]
            gradient = QLinearGradient(start, end)
            gradient.setColorAt(0.0, background)
            gradient.setColorAt(1.0, clear)
            painter.setBrush(gradient)
            painter.drawRect(drawing.adjusted(-1, -1, 1, 1))
        painter.restore()


def _cut_edges(outline: tuple[tuple[float, float], ...], width: float, height: float) -> tuple[str, ...]:
    """The picture borders the body's silhouette runs into (or past)."""
    margin_x, margin_y = width * 0.002, height * 0.002
    touches = {
        "top": any(y <= margin_y for _x, y in outline),
        "bottom": any(y >= height - margin_y for _x, y in outline),
        "left": any(x <= margin_x for x, _y in outline),
        "right": any(x >= width - margin_x for x, _y in outline),
    }
    return tuple(edge for edge, touched in touches.items() if touched)


class RunningPage(QWidget):
    def __init__(self, catalogue: Catalogue, pictures: PointPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.picture = PointPicture(pictures)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.names = QLabel(wordWrap=True)
        self.names.setObjectName("pointNames")
        theme.scale_font(self.names, 1.7, theme.DEMIBOLD)
        self.english = QLabel(wordWrap=True)
        self.english.setStyleSheet("color: palette(placeholder-text);")
        theme.scale_font(self.english, 1.1)
        self.side = QLabel()
        self.side.setObjectName("sideInWords")
        theme.style(self.side, lambda c: f"color: {theme.css(c.accent)};")
        theme.scale_font(self.side, 1.6, theme.BOLD)
        self.instruction = QLabel(wordWrap=True)
        theme.scale_font(self.instruction, 1.1)
        self.ring = CountdownRing()
        self.routine_left = QLabel()
        self.next_preview = QLabel(wordWrap=True)
        self.next_preview.setObjectName("nextPreview")
        self.next_preview.setStyleSheet("color: palette(placeholder-text);")

        self.clock_banner = QFrame()
        self.clock_banner.setObjectName("clockBanner")
        theme.style(self.clock_banner, theme.caution_panel("QFrame#clockBanner"))
        banner = QHBoxLayout(self.clock_banner)
        self.clock_text = QLabel(wordWrap=True)
        self.resume_button = QPushButton(tr("Resume"))
        self.restart_button = QPushButton(tr("Restart this step"))
        self.end_button = QPushButton(tr("Stop the session"))
        banner.addWidget(self.clock_text, stretch=1)
        for button in (self.resume_button, self.restart_button, self.end_button):
            banner.addWidget(button)
        self.clock_banner.hide()

        text = QVBoxLayout()
        text.addWidget(self.progress)
        text.addWidget(self.names)
        text.addWidget(self.english)
        text.addWidget(self.side)
        text.addWidget(self.instruction)
        text.addWidget(self.ring, stretch=1)
        text.addWidget(self.routine_left, alignment=Qt.AlignmentFlag.AlignHCenter)
        text.addWidget(self.next_preview)

        grid = QGridLayout(self)
        grid.setContentsMargins(20, 16, 20, 8)
        grid.addWidget(self.clock_banner, 0, 0, 1, 2)
        grid.addWidget(self.picture, 1, 0)
        grid.addLayout(text, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def show_step(self, index: int, steps: tuple[RoutineStep, ...]) -> None:
        step = steps[index]
        point = self._catalogue.point(step.code)
        self.picture.show_point(step.code, step.side)
        self.progress.setText(tr("Step {number} of {count}").format(number=index + 1, count=len(steps)))
        self.names.setText(f"{point.pinyin_plain} · {point.display_code} · {point.hanzi}")
        self.english.setText(f"{point.pinyin} — {point.english}")
        side = side_in_words(point, step.side, current_language())
        self.side.setText(side)
        self.picture.setAccessibleDescription(f"{point.pinyin_plain}, {side}")
        self.instruction.setText(step.instruction)
        if index + 1 < len(steps):
            upcoming = steps[index + 1]
            nxt = self._catalogue.point(upcoming.code)
            self.next_preview.setText(
                tr("Next: {point} — {side}, {time}").format(
                    point=f"{nxt.pinyin_plain} · {nxt.display_code}",
                    side=side_in_words(nxt, upcoming.side, current_language()),
                    time=mm_ss(upcoming.seconds),
                )
            )
        else:
            self.next_preview.setText(tr("Next: the end of the routine"))

    def show_time(self, remaining: float, fraction: float, routine_left: float, paused: bool) -> None:
        self.ring.set_state(remaining, fraction, paused)
        self.routine_left.setText(tr("{time} left in the routine").format(time=mm_ss(routine_left)))
