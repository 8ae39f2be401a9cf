"""A countdown ring with big digits, painted so it stays crisp at any scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QFont, QFontInfo, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme


def mm_ss(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 0.2 s left still shows 0:01
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownRing(QWidget):
    ACCESSIBLE_ROLE = QAccessible.Role.Clock

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._fraction = 1.0
        self._paused = False
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Time left in this step"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, 240)

    def set_state(self, remaining: float, fraction: float, paused: bool) -> None:
        self._remaining, self._fraction, self._paused = remaining, max(0.0, min(1.0, fraction)), paused
        self.setAccessibleDescription(
            tr("{time} left").format(time=mm_ss(remaining)) + (tr(", paused") if paused else "")
        )
        self.update()

    def text(self) -> str:
        return mm_ss(self._remaining)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        pen_width = max(8.0, side * 0.07)
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side).adjusted(
            pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2
        )
        roles = theme.colours()
        painter.setPen(QPen(roles.track, pen_width))
        painter.drawEllipse(rect)
        arc = QPen(roles.paused if self._paused else roles.accent, pen_width)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        font = QFont(self.font())
        font.setPixelSize(int(side * 0.24))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())
        if self._paused:
            small = QFont(self.font())
            small.setPixelSize(max(int(side * 0.08), QFontInfo(self.font()).pixelSize()))  # never below the system size
            painter.setFont(small)
            painter.drawText(rect.adjusted(0, side * 0.32, 0, 0), Qt.AlignmentFlag.AlignCenter, "paused")
        painter.end()
