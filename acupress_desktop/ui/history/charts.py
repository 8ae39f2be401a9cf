"""The pain chart in the history window: the shared painter on a widget, in the palette's light or dark colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAccessible, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.domain.history import DaySummary
from acupress_desktop.i18n import tr
from acupress_desktop.painting.pain_chart import (
    AFTER_NAME,
    AVERAGE_NAME,
    BEFORE_NAME,
    DARK,
    EMPTY_TITLE,
    LIGHT,
    ChartSeries,
    PainChartPainter,
    chart_series,
    day_label,
)


class PainChart(QWidget):
    ACCESSIBLE_ROLE = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Pain before and after, over time"))
        self.series = chart_series(())
        self._describe()

    def set_days(self, days: tuple[DaySummary, ...]) -> None:
        self.series = chart_series(days)
        self._describe()
        self.update()

    def series_points(self) -> dict[str, list[tuple[float, float]]]:
        """What is plotted, as (day number, value): for tests and the accessible description."""
        series = self.series
        return {
            BEFORE_NAME: [(day.toordinal(), value) for day, value in series.before],
            AFTER_NAME: [(day.toordinal(), value) for day, value in series.after],
            AVERAGE_NAME: [(day.toordinal(), value) for day, value in series.average],
            "band-top": [(day.toordinal(), top) for day, top, _bottom in series.band],
            "band-bottom": [(day.toordinal(), bottom) for day, _top, bottom in series.band],
        }

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        painter = QPainter(self)
        PainChartPainter(self.series, DARK if dark else LIGHT, self.font()).paint(painter, QRectF(self.rect()))
        painter.end()

    def _describe(self) -> None:
        self.setAccessibleDescription(describe_series(self.series))


def describe_series(series: ChartSeries) -> str:
    if series.first_day is None:
        return tr(EMPTY_TITLE)
    last_after = series.after[-1][1] if series.after else None
    last_day = series.last_day or series.first_day
    text = tr("Daily pain scores from {first} to {last}.").format(
        first=day_label(series.first_day, True), last=day_label(last_day, True)
    )
    if last_after is not None:
        text += tr(" Latest average after a session: {value} of 10.").format(value=f"{last_after:.1f}")
    return text
