"""One session in detail: each step (point, side, planned and actual time, done or skipped) and its notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.history import SessionEntry
from acupress_desktop.domain.session import StepOutcome
from acupress_desktop.domain.session_text import status_text
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr
from acupress_desktop.services.history import HistoryService
from acupress_desktop.ui import theme

STEP_COLUMNS = (
    QT_TR_NOOP("Point"),
    QT_TR_NOOP("Side"),
    QT_TR_NOOP("Planned"),
    QT_TR_NOOP("Pressed for"),
    QT_TR_NOOP("Result"),
)


def _seconds(value: float) -> str:
    minutes, seconds = divmod(round(value), 60)
    return f"{minutes}:{seconds:02d}"


class SessionDetails(QWidget):
    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._entry: SessionEntry | None = None
        self.title = QLabel(tr("Pick a session in the table to see its steps."))
        self.title.setObjectName("sessionTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.steps = QTableWidget(0, len(STEP_COLUMNS))
        self.steps.setHorizontalHeaderLabels([tr(name) for name in STEP_COLUMNS])
        self.steps.setAccessibleName(tr("Steps of the session"))
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setAlternatingRowColors(True)
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note_before = QLineEdit(placeholderText=tr("Nothing written before this session"))
        self.note_before.setAccessibleName(tr("Note before the session"))
        self.save_note = QPushButton(tr("Save &note"))
        self.save_note.setEnabled(False)
        self.note_before.textChanged.connect(lambda: self.save_note.setEnabled(self._entry is not None))
        self.note_before.returnPressed.connect(self.save_note_before)
        self.save_note.clicked.connect(self.save_note_before)
        self.note_after = QLabel(wordWrap=True)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(tr("Note before:")))
        note_row.addWidget(self.note_before, stretch=1)
        note_row.addWidget(self.save_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.steps, stretch=1)
        layout.addLayout(note_row)
        layout.addWidget(self.note_after)

    def show_session(self, session_id: int | None) -> None:
        self._entry = self._service.session(session_id) if session_id is not None else None
        entry = self._entry
        self.save_note.setEnabled(False)
        self.note_before.setEnabled(entry is not None)
        if entry is None:
            self.title.setText(tr("Pick a session in the table to see its steps."))
            self.steps.setRowCount(0)
            self.note_before.clear()
            self.note_after.clear()
            return
        when = entry.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        done = sum(1 for step in entry.steps if step.outcome is StepOutcome.COMPLETED)
        template = tr("{steps} step, {done} done") if len(entry.steps) == 1 else tr("{steps} steps, {done} done")
        summary = template.format(steps=len(entry.steps), done=done)
        if not entry.steps:
            manual = entry.source.value == "manual"
            summary = tr("logged by hand, no steps") if manual else tr("no step was reached")
        self.title.setText(
            f"{when} · {self._service.describe(entry)} · {status_text(entry.status, current_language())} · {summary}"
        )
        self._fill_steps(entry)
        self.note_before.setText(entry.note_before)
        self.save_note.setEnabled(False)
        self.note_after.setText(tr("Note after: {note}").format(note=entry.note) if entry.note else "")

    def _fill_steps(self, entry: SessionEntry) -> None:
        self.steps.setRowCount(len(entry.steps))
        for row, step in enumerate(entry.steps):
            skipped = step.outcome is StepOutcome.SKIPPED
            values = (
                self._service.point_label(step.code),
                self._service.side_label(step.code, step.side),
                _seconds(step.planned_seconds),
                _seconds(step.actual_seconds),
                tr("skipped") if skipped else tr("done"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if skipped:
                    item.setForeground(theme.colours().muted_text)
                self.steps.setItem(row, column, item)
        self.steps.resizeColumnsToContents()
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def save_note_before(self) -> None:
        if self._entry is None:
            return
        self._service.update_note_before(self._entry.id, self.note_before.text())
        self.save_note.setEnabled(False)
        self.title.setText(self.title.text().split(" — ")[0] + tr(" — note saved"))
