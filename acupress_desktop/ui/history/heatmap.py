"""A calendar of the last half year: one square per day, darker for more sessions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from acupress_desktop.i18n import current_language, tr
from acupress_desktop.painting.pain_chart import MONTHS, day_label
from acupress_desktop.ui import theme

WEEKS = 26


class CalendarHeatMap(QWidget):
    ACCESSIBLE_ROLE = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[date, int] = {}
        self.today = date.today()
        self.setMouseTracking(True)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Days practised in the last six months"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, 200)

    def set_counts(self, counts: dict[date, int], today: date) -> None:
        self.counts, self.today = counts, today
        practised = sum(1 for d in counts if d > today - timedelta(weeks=WEEKS))
        self.setAccessibleDescription(
            tr("{days} days with a session in the last {weeks} weeks").format(days=practised, weeks=WEEKS)
        )
        self.update()

    def _start(self) -> date:
        this_monday = self.today - timedelta(days=self.today.weekday())
        return this_monday - timedelta(weeks=WEEKS - 1)

    def _geometry(self) -> tuple[float, float, float]:
        left, top = 34.0, 20.0
        cell = min((self.width() - left - 4) / WEEKS, (self.height() - top - 24) / 7)
        return left, top, cell

    def day_at(self, x: float, y: float) -> date | None:
        left, top, cell = self._geometry()
        week, weekday = int((x - left) // cell), int((y - top) // cell)
        if not (0 <= week < WEEKS and 0 <= weekday < 7):
            return None
        day = self._start() + timedelta(weeks=week, days=weekday)
        return day if day <= self.today else None

    def shade(self, count: int) -> QColor:
        shades = theme.colours().heat
        return shades[min(count, len(shades) - 1)]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, cell = self._geometry()
        start = self._start()
        painter.setPen(self.palette().color(self.foregroundRole()))
        small = painter.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        for row, name in ((0, tr("Mon")), (2, tr("Wed")), (4, tr("Fri"))):
            painter.drawText(QRectF(0, top + row * cell, left - 4, cell), Qt.AlignmentFlag.AlignRight, name)
        for week in range(WEEKS):
            monday = start + timedelta(weeks=week)
            if monday.day <= 7:
                painter.setPen(self.palette().color(self.foregroundRole()))
                painter.drawText(QRectF(left + week * cell, 0, cell * 4, top), tr(MONTHS[monday.month - 1]))
            for weekday in range(7):
                day = monday + timedelta(days=weekday)
                if day > self.today:
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.shade(self.counts.get(day, 0)))
                painter.drawRoundedRect(
                    QRectF(left + week * cell + 1, top + weekday * cell + 1, cell - 2, cell - 2), 2, 2
                )
        legend_y = top + 7 * cell + 6
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRectF(left, legend_y, 40, 16), Qt.AlignmentFlag.AlignLeft, "Less")
        for i, colour in enumerate(theme.colours().heat):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(left + 36 + i * 16, legend_y + 2, 12, 12), 2, 2)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRectF(left + 36 + 4 * 16 + 4, legend_y, 60, 16), Qt.AlignmentFlag.AlignLeft, "More")
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        day = self.day_at(event.position().x(), event.position().y())
        if day is None:
            QToolTip.hideText()
            return
        count = self.counts.get(day, 0)
        QToolTip.showText(
            event.globalPosition().toPoint(),
            (tr("{day}: {count} session") if count == 1 else tr("{day}: {count} sessions")).format(
                day=f"{day:%a} {day_label(day, True)}" if current_language() == "en" else day_label(day, True),
                count=count,
            ),
            self,
        )
