"""Pain over time with Qt Charts: before and after per day, a 7-day average, and the band of
changes too small to matter (under 2 points or 30 %)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TypeVar

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from acupress_desktop.domain.history import DaySummary, day_axis
from acupress_desktop.domain.statistics import DayValue, important_band, moving_average

S = TypeVar("S", QLineSeries, QScatterSeries)
BEFORE = QColor("#C0622F")
AFTER = QColor("#2E7D6B")
AVERAGE = QColor("#1B4F43")
BAND = QColor(46, 125, 107, 40)


def _qdt(day: date, at: time) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(datetime.combine(day, at).timestamp()))


def _ms(day: date) -> float:
    return float(_qdt(day, time(12)).toMSecsSinceEpoch())


def _named(series: S, name: str) -> S:
    series.setName(name)
    return series


class PainChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setAccessibleName("Pain before and after, over time")
        chart = QChart()
        chart.setTitle("Pain before and after (daily averages, 0-10)")
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(chart)
        self.before = _named(QScatterSeries(), "Before")
        self.after = _named(QScatterSeries(), "After")
        self.average = _named(QLineSeries(), "After, 7-day average")
        self.band_top = QLineSeries()
        self.band_bottom = QLineSeries()
        self.band = QAreaSeries(self.band_top, self.band_bottom)
        self.band.setName("Change under 2 points / 30 %")
        self.band.setBrush(QBrush(BAND))
        self.band.setPen(QPen(Qt.PenStyle.NoPen))
        self.before.setColor(BEFORE)
        self.before.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.after.setColor(AFTER)
        for series in (self.before, self.after):
            series.setMarkerSize(10)
            series.setBorderColor(QColor("white"))
        self.average.setPen(QPen(AVERAGE, 2.5))
        for series in (self.band, self.before, self.after, self.average):
            chart.addSeries(series)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.band, self.before, self.after, self.average):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)

    def set_days(self, days: tuple[DaySummary, ...]) -> None:
        before = [(d.day, d.average_before) for d in days if d.average_before is not None]
        after = [(d.day, d.average_after, d.scored_after) for d in days if d.average_after is not None]
        self.before.replace([QPointF(_ms(day), value) for day, value in before])
        self.after.replace([QPointF(_ms(day), value) for day, value, _n in after])
        smoothed = moving_average([DayValue(day, value, n) for day, value, n in after])
        self.average.replace([QPointF(_ms(v.day), v.value) for v in smoothed])
        self.band_top.replace([QPointF(_ms(day), value) for day, value in before])
        self.band_bottom.replace([QPointF(_ms(day), important_band(value)[1]) for day, value in before])
        if days:
            axis = day_axis(days[0].day, days[-1].day)
            self.x_axis.setTickCount(axis.ticks)
            self.x_axis.setRange(_qdt(axis.start, time(0)), _qdt(axis.end, time(0)))
        self.chart().setTitle(
            "Pain before and after (daily averages, 0-10)" if days else "No sessions with pain scores yet"
        )

    def series_points(self) -> dict[str, list[tuple[float, float]]]:
        """What is plotted, for tests and accessibility: series name -> (x in ms, y)."""
        out = {}
        for series in (self.before, self.after, self.average):
            out[series.name()] = [(p.x(), p.y()) for p in series.points()]
        out["band-top"] = [(p.x(), p.y()) for p in self.band_top.points()]
        out["band-bottom"] = [(p.x(), p.y()) for p in self.band_bottom.points()]
        return out
