"""The history: every session in a sortable, filterable table; pain over time; what helps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.history import DeletedSession, HistoryFilter
from acupress_desktop.domain.session import SessionStatus
from acupress_desktop.domain.session_text import status_text
from acupress_desktop.domain.statistics import EffectSummary
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.services.history import HistoryService
from acupress_desktop.ui import theme
from acupress_desktop.ui.history.charts import PainChart
from acupress_desktop.ui.history.heatmap import CalendarHeatMap
from acupress_desktop.ui.history.model import Column, SessionTableModel
from acupress_desktop.ui.history.session_details import SessionDetails


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HistoryPage(QWidget):
    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._undo: list[DeletedSession] = []
        self.today = date.today
        self.words = QLabel(wordWrap=True)
        self.words.setObjectName("statsInWords")
        theme.scale_font(self.words, 1.1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._filters())
        top_layout.addWidget(self.words)
        top_layout.addWidget(self._table(), stretch=1)
        top_layout.addLayout(self._table_bar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self._tabs())
        splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._connect()
        self._loaded = False

    def _filters(self) -> QHBoxLayout:
        self.from_box = QCheckBox(tr("From"))
        self.from_date = QDateEdit(QDate.currentDate().addMonths(-3))
        self.to_box = QCheckBox(tr("to"))
        self.to_date = QDateEdit(QDate.currentDate())
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.symptom = QComboBox()
        self.symptom.setAccessibleName(tr("Filter by symptom"))
        self.symptom.addItem(tr("All symptoms"), None)
        for symptom in self._service.catalogue.symptoms:
            self.symptom.addItem(symptom.name, symptom.id)
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Filter by status"))
        self.status.addItem(tr("Any status"), None)
        for status in SessionStatus:
            words = status_text(status, current_language())
            self.status.addItem(words[0].upper() + words[1:], status.value)
        filters = QHBoxLayout()
        for widget in (self.from_box, self.from_date, self.to_box, self.to_date, self.symptom, self.status):
            filters.addWidget(widget)
        filters.addStretch(1)
        return filters

    def _table(self) -> QWidget:
        self.model = SessionTableModel(self._service)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Sessions"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(Column.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # fit the rows in view, not 1000 per new page
        self.table.horizontalHeader().setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.nothing_found = QWidget()
        nothing_layout = QHBoxLayout(self.nothing_found)
        self.nothing_text = QLabel(tr("No session matches these filters."))
        self.clear_button = QPushButton(tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        nothing_layout.addWidget(self.nothing_text)
        nothing_layout.addWidget(self.clear_button)
        nothing_layout.addStretch(1)
        self.nothing_found.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.nothing_found)
        holder_layout.addWidget(self.table, stretch=1)
        return holder

    def _table_bar(self) -> QHBoxLayout:
        self.count = QLabel()
        self.message = QLabel()
        theme.style(self.message, lambda c: f"color: {theme.css(c.error_text)};")
        self.steps_button = QPushButton(tr("Show st&eps"))
        self.steps_button.setToolTip(tr("Each step of the selected session: point, side, time, done or skipped"))
        self.delete_button = QPushButton(tr("&Delete session"))
        self.undo_button = QPushButton(tr("&Undo delete"))
        self.undo_button.setEnabled(False)
        self.steps_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.details))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        table_bar = QHBoxLayout()
        table_bar.addWidget(self.count)
        table_bar.addWidget(self.message, stretch=1)
        for button in (self.steps_button, self.delete_button, self.undo_button):
            table_bar.addWidget(button)
        return table_bar

    def _tabs(self) -> QTabWidget:
        self.chart = PainChart()
        self.calendar = CalendarHeatMap()
        self.details = SessionDetails(self._service)
        self.symptom_table = self._summary_table(tr("Symptom"))
        self.point_table = self._summary_table(tr("Point"))
        helps = QWidget()
        helps_layout = QHBoxLayout(helps)
        helps_layout.addWidget(self.symptom_table)
        helps_layout.addWidget(self.point_table)
        calendar_page = QWidget()
        calendar_layout = QVBoxLayout(calendar_page)
        calendar_layout.addWidget(self.calendar)
        calendar_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, tr("Pain over &time"))
        self.tabs.addTab(calendar_page, tr("&Calendar"))
        self.tabs.addTab(helps, tr("&What helps"))
        self.tabs.addTab(self.details, tr("Sess&ion steps"))
        return self.tabs

    def _connect(self) -> None:
        for box in (self.from_box, self.to_box):
            box.toggled.connect(self._dates_toggled)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.refresh)
        self.symptom.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.model.edit_failed.connect(self.message.setText)
        self.model.edited.connect(self._refresh_figures)
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    # -- data ----------------------------------------------------------------------------------
    def current_filter(self) -> HistoryFilter:
        status = self.status.currentData()
        return HistoryFilter(
            date_from=_day(self.from_date.date()) if self.from_box.isChecked() else None,
            date_to=_day(self.to_date.date()) if self.to_box.isChecked() else None,
            symptom=self.symptom.currentData(),
            status=SessionStatus(status) if status else None,
        )

    def refresh(self) -> None:
        self._loaded = True
        self.message.clear()
        self.model.reload(self.current_filter())
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        wanted = self.model.filter
        total = self.model.total
        self.count.setText((tr("{count} session") if total == 1 else tr("{count} sessions")).format(count=total))
        filtered = wanted != HistoryFilter()
        self.nothing_found.setVisible(self.model.total == 0 and filtered)
        stats = self._service.stats(wanted, self.today())
        self.words.setText(("" if current_language() != "en" else " ").join(stats.in_words(current_language())))
        days = self._service.daily(wanted)
        self.chart.set_days(days)
        self.calendar.set_counts({d.day: d.sessions for d in days}, self.today())
        self._fill(self.symptom_table, self._service.symptom_summaries(wanted))
        self._fill(self.point_table, self._service.point_summaries(wanted))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.details.show_session(self.model.entry(rows[0].row()).id if rows else None)
        self.steps_button.setEnabled(bool(rows))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def clear_filters(self) -> None:
        """Back to every session: dates off, all symptoms, any status."""
        for widget in (self.from_box, self.to_box, self.symptom, self.status):
            widget.blockSignals(True)
        self.from_box.setChecked(False)
        self.to_box.setChecked(False)
        self.symptom.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        for widget in (self.from_box, self.to_box, self.symptom, self.status):
            widget.blockSignals(False)
        self._dates_toggled()

    # -- edits ---------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        self._undo.append(self._service.delete(entry.id))
        self.undo_button.setEnabled(True)
        self.refresh()
        self.message.setText(
            tr("Deleted the session of {when}. Undo with Ctrl+Z.").format(
                when=f"{entry.started_at.astimezone():%Y-%m-%d %H:%M}"
            )
        )

    def undo_delete(self) -> None:
        if not self._undo:
            return
        self._service.restore(self._undo.pop())
        self.undo_button.setEnabled(bool(self._undo))
        self.refresh()

    # -- helpers -------------------------------------------------------------------------------
    def _dates_toggled(self) -> None:
        self.from_date.setEnabled(self.from_box.isChecked())
        self.to_date.setEnabled(self.to_box.isChecked())
        self.refresh()

    @staticmethod
    def _summary_table(what: str) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([what, tr("Scored sessions"), tr("Average change")])
        table.setAccessibleName(tr("Average pain change by {what}").format(what=what.lower()))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fill(table: QTableWidget, summaries: tuple[EffectSummary, ...]) -> None:
        table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            change = "—" if summary.average_change is None else f"{summary.average_change:+.1f}"
            if not summary.reliable:
                change += tr("  (few sessions)")
            for column, value in enumerate((summary.label, str(summary.sessions), change)):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not summary.reliable:
                    item.setForeground(theme.colours().muted_text)
                    item.setToolTip(tr("Fewer than 5 sessions: too few to read much into this figure."))
                table.setItem(row, column, item)
