"""Pain over time, drawn with QPainter on any paint device: the history window, the report and its PDF.

Before and after per day (daily averages), the 7-day average of 'after', and the band of changes too small
to matter (under 2 points or 30 %). Date labels fall on distinct days, so none is ever repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from acupress_desktop.domain.history import DaySummary
from acupress_desktop.domain.statistics import DayValue, important_band, moving_average
from acupress_desktop.i18n import QT_TR_NOOP, tr

# Names in English (they also key the series); shown through tr().
TITLE = QT_TR_NOOP("Pain before and after (daily averages, 0-10)")
EMPTY_TITLE = QT_TR_NOOP("No sessions with pain scores yet")
BEFORE_NAME = QT_TR_NOOP("Before")
AFTER_NAME = QT_TR_NOOP("After")
AVERAGE_NAME = QT_TR_NOOP("After, 7-day average")
BAND_NAME = QT_TR_NOOP("Change under 2 points / 30 %")
MONTHS = (
    QT_TR_NOOP("Jan"),
    QT_TR_NOOP("Feb"),
    QT_TR_NOOP("Mar"),
    QT_TR_NOOP("Apr"),
    QT_TR_NOOP("May"),
    QT_TR_NOOP("Jun"),
    QT_TR_NOOP("Jul"),
    QT_TR_NOOP("Aug"),
    QT_TR_NOOP("Sep"),
    QT_TR_NOOP("Oct"),
    QT_TR_NOOP("Nov"),
    QT_TR_NOOP("Dec"),
)
_LABEL_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364)


@dataclass(frozen=True)
class ChartColours:
    before: QColor
    after: QColor
    average: QColor
    band: QColor
    text: QColor
    grid: QColor


LIGHT = ChartColours(
    before=QColor("#9A5B13"),
    after=QColor("#2E7D6B"),
    average=QColor("#1B4F43"),
    band=QColor(46, 125, 107, 45),
    text=QColor("#3A3330"),
    grid=QColor(0, 0, 0, 28),
)
DARK = ChartColours(
    before=QColor("#F0B86E"),
    after=QColor("#6CD1B7"),
    average=QColor("#B8F0E0"),
    band=QColor(108, 209, 183, 55),
    text=QColor("#E8E2DC"),
    grid=QColor(255, 255, 255, 36),
)


@dataclass(frozen=True)
class ChartSeries:
    """What is plotted, in days and pain points; also read by tests and by the accessible description."""

    before: tuple[tuple[date, float], ...]
    after: tuple[tuple[date, float], ...]
    average: tuple[tuple[date, float], ...]
    band: tuple[tuple[date, float, float], ...]  # day, top (before), bottom (largest 'after' that matters)

    @cached_property
    def first_day(self) -> date | None:
        days = [day for day, _v in self.before + self.after]
        return min(days) if days else None

    @cached_property
    def last_day(self) -> date | None:
        days = [day for day, _v in self.before + self.after]
        return max(days) if days else None


def chart_series(days: Sequence[DaySummary]) -> ChartSeries:
    before = tuple((d.day, d.average_before) for d in days if d.average_before is not None)
    after_values = [DayValue(d.day, d.average_after, d.scored_after) for d in days if d.average_after is not None]
    return ChartSeries(
        before=before,
        after=tuple((v.day, v.value) for v in after_values),
        average=tuple((v.day, v.value) for v in moving_average(after_values)),
        band=tuple((day, value, important_band(value)[1]) for day, value in before),
    )


def date_labels(first: date, last: date, room: int) -> list[date]:
    """Days to label on an axis from first to last, at most `room` of them, each a different day."""
    span = (last - first).days
    step = next((s for s in _LABEL_STEPS if span // s + 1 <= max(1, room)), _LABEL_STEPS[-1])
    return [first + timedelta(days=offset) for offset in range(0, span + 1, step)]


def day_label(day: date, with_year: bool) -> str:
    month = tr(MONTHS[day.month - 1])
    if with_year:
        return tr("{day} {month} {year}").format(day=day.day, month=month, year=day.year)
    return tr("{day} {month}").format(day=day.day, month=month)


class PainChartPainter:
    def __init__(self, series: ChartSeries, colours: ChartColours = LIGHT, base_font: QFont | None = None) -> None:
        self.series = series
        self.colours = colours
        self.font = QFont(base_font) if base_font is not None else QFont()
        self._span = self._range()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = max(8.0, min(rect.width() / 60, rect.height() / 22))
        self.font.setPixelSize(round(unit))
        painter.setFont(self.font)
        line = painter.fontMetrics().height()
        empty = self.series.first_day is None
        self._text(painter, QRectF(rect.x(), rect.y(), rect.width(), line * 1.4), tr(EMPTY_TITLE if empty else TITLE))
        plot = QRectF(
            rect.x() + line * 2.2, rect.y() + line * 1.8, rect.width() - line * 3.0, rect.height() - line * 5.2
        )
        if plot.width() > 20 and plot.height() > 20:
            self._axes(painter, plot)
            if not empty:
                self._data(painter, plot, line)
            self._legend(painter, QRectF(rect.x(), plot.bottom() + line * 1.9, rect.width(), line * 1.3), line)
        painter.restore()

    # -- layout ------------------------------------------------------------------------------------
    def _range(self) -> tuple[date, date]:
        """The days the x axis spans; read once, as every point's position needs it."""
        first, last = self.series.first_day, self.series.last_day
        if first is None or last is None:
            today = date.today()
            return today - timedelta(days=6), today
        if first == last:
            return first - timedelta(days=1), last + timedelta(days=1)
        return first, last

    def _x(self, plot: QRectF, day: date) -> float:
        first, last = self._span
        span = max(1, (last - first).days)
        inset = plot.width() * 0.03
        return plot.left() + inset + (plot.width() - 2 * inset) * (day - first).days / span

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / 10

    # -- drawing -----------------------------------------------------------------------------------
    def _text(
        self, painter: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
    ) -> None:
        painter.setPen(self.colours.text)
        painter.drawText(rect, int(flags), text)

    def _axes(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        for value in range(0, 11, 2):
            y = self._y(plot, value)
            painter.setPen(QPen(self.colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = QRectF(
                plot.left() - metrics.height() * 2.1, y - metrics.height() / 2, metrics.height() * 1.8, metrics.height()
            )
            self._text(painter, label, str(value), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        first, last = self._span
        with_year = first.year != last.year
        widest = metrics.horizontalAdvance(day_label(last, with_year)) * 1.6
        for day in date_labels(first, last, int(plot.width() // max(widest, 1))):
            x = self._x(plot, day)
            painter.setPen(QPen(self.colours.grid, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + metrics.height() * 0.3))
            label = QRectF(x - widest / 2, plot.bottom() + metrics.height() * 0.35, widest, metrics.height())
            self._text(painter, label, day_label(day, with_year))
        painter.setPen(QPen(self.colours.text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _data(self, painter: QPainter, plot: QRectF, line: float) -> None:
        series = self.series
        if series.band:
            top = [QPointF(self._x(plot, day), self._y(plot, high)) for day, high, _low in series.band]
            bottom = [QPointF(self._x(plot, day), self._y(plot, low)) for day, _high, low in series.band]
            if len(top) == 1:
                half = line * 0.5
                top = [top[0] + QPointF(-half, 0), top[0] + QPointF(half, 0)]
                bottom = [bottom[0] + QPointF(-half, 0), bottom[0] + QPointF(half, 0)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colours.band)
            painter.drawPolygon(QPolygonF(top + bottom[::-1]))
        if len(series.average) > 1:
            path = QPainterPath()
            points = [QPointF(self._x(plot, day), self._y(plot, value)) for day, value in series.average]
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(self.colours.average, max(1.5, line * 0.18)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        radius = max(2.5, line * 0.32)
        for day, value in series.before:
            self._before_marker(painter, QPointF(self._x(plot, day), self._y(plot, value)), radius)
        for day, value in series.after:
            self._after_marker(painter, QPointF(self._x(plot, day), self._y(plot, value)), radius)

    def _before_marker(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        """A ring: as strong as the 'after' dot, and told apart by shape as well as colour."""
        painter.setPen(QPen(self.colours.before, max(1.5, radius * 0.55)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)

    def _after_marker(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colours.after)
        painter.drawEllipse(centre, radius * 1.1, radius * 1.1)

    def _legend(self, painter: QPainter, rect: QRectF, line: float) -> None:
        metrics = painter.fontMetrics()
        entries = (BEFORE_NAME, AFTER_NAME, AVERAGE_NAME, BAND_NAME)
        swatch = line * 1.2
        gap = line * 1.1
        total = sum(swatch + metrics.horizontalAdvance(tr(name)) + gap for name in entries) - gap
        x = rect.center().x() - total / 2
        centre_y = rect.center().y()
        radius = max(2.5, line * 0.32)
        for name in entries:
            centre = QPointF(x + swatch / 2, centre_y)
            if name == BEFORE_NAME:
                self._before_marker(painter, centre, radius)
            elif name == AFTER_NAME:
                self._after_marker(painter, centre, radius)
            elif name == AVERAGE_NAME:
                painter.setPen(QPen(self.colours.average, max(1.5, line * 0.18)))
                painter.drawLine(QPointF(x, centre_y), QPointF(x + swatch, centre_y))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.colours.band)
                painter.drawRect(QRectF(x, centre_y - line * 0.35, swatch, line * 0.7))
            x += swatch + line * 0.3
            width = metrics.horizontalAdvance(tr(name))
            self._text(
                painter,
                QRectF(x, rect.top(), width + 2, rect.height()),
                tr(name),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            )
            x += width + gap
