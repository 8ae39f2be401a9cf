"""A small illustrated guide to the finger measures the location texts use (the proportional cun)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.i18n import QT_TR_NOOP, tr
from acupress_desktop.ui import theme

SKIN = QColor("#F3D9C4")
OUTLINE = QColor("#8A5A44")
NAIL = QColor("#F8E6DA")  # skin, outline and nail are the drawing's own colours: light skin reads on both themes
MEASURES = (
    (1, QT_TR_NOOP("1 cun"), QT_TR_NOOP("thumb width at the knuckle")),
    (2, QT_TR_NOOP("1.5 cun"), QT_TR_NOOP("index + middle finger")),
    (4, QT_TR_NOOP("3 cun"), QT_TR_NOOP("four fingers together")),
)


class CunGuide(QWidget):
    ACCESSIBLE_ROLE = QAccessible.Role.Graphic

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Measuring in cun"))
        self.setAccessibleDescription(
            tr(
                "1 cun is the width of your thumb at its knuckle; 1.5 cun is your index and middle fingers together; "
                "3 cun is four fingers held together."
            )
        )
        self.setToolTip(self.accessibleDescription())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(140)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 140)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        column = self.width() / 3
        finger = min(column / 5.2, 16.0)
        for index, (count, title, words) in enumerate(MEASURES):
            left = index * column + (column - finger * count) / 2
            width = finger * count * (1.25 if count == 1 else 1.0)
            if count == 1:
                left -= finger * 0.125
            self._fingers(painter, QRectF(left, 14, width, 62), count)
            y = 84.0
            painter.setPen(QPen(theme.colours().accent, 2))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            for x in (left, left + width):
                painter.drawLine(QPointF(x, y - 5), QPointF(x, y + 5))
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(index * column, y + 6, column, 18), Qt.AlignmentFlag.AlignCenter, tr(title))
            small = QFont(self.font())
            small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
            painter.setFont(small)
            painter.drawText(
                QRectF(index * column + 2, y + 23, column - 4, 30),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                tr(words),
            )
        painter.end()

    @staticmethod
    def _fingers(painter: QPainter, rect: QRectF, count: int) -> None:
        width = rect.width() / count
        for i in range(count):
            # middle fingers a little longer, as on a real hand
            lift = 0.0 if count == 1 else (6.0 if 0 < i < count - 1 or (count == 2 and i == 1) else 0.0)
            finger = QRectF(rect.left() + i * width + 1, rect.top() + 8 - lift, width - 2, rect.height() - 8 + lift)
            path = QPainterPath()
            path.addRoundedRect(finger, width / 2.2, width / 2.2)
            painter.setPen(QPen(OUTLINE, 1.4))
            painter.setBrush(SKIN)
            painter.drawPath(path)
            nail = QRectF(finger.left() + width * 0.22, finger.top() + 4, width * 0.56 - 2, width * 0.6)
            painter.setBrush(NAIL)
            painter.setPen(QPen(OUTLINE.lighter(130), 1.0))
            painter.drawRoundedRect(nail, width * 0.25, width * 0.25)
            painter.setPen(QPen(OUTLINE.lighter(140), 1.0))
            crease = finger.top() + finger.height() * 0.62
            painter.drawLine(QPointF(finger.left() + 3, crease), QPointF(finger.right() - 3, crease))
