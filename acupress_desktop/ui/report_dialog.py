"""File > Report for a clinician: pick a period, save the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.i18n import tr
from acupress_desktop.printing.export import paper_for_locale
from acupress_desktop.printing.report import export_report
from acupress_desktop.services.history import HistoryService
from acupress_desktop.ui import theme
from acupress_desktop.ui.file_places import LastFolder


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    def __init__(
        self, service: HistoryService, parent: QWidget | None = None, folders: LastFolder | None = None
    ) -> None:
        super().__init__(parent)
        self._folders = folders
        self.setWindowTitle(tr("Report for a clinician"))
        self._service = service
        self.saved: Path | None = None
        self.first = QDateEdit(QDate.currentDate().addMonths(-3))
        self.last = QDateEdit(QDate.currentDate())
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.error = QLabel()
        theme.style(self.error, lambda c: f"color: {theme.css(c.error_text)};")
        form = QFormLayout()
        form.addRow(tr("From:"), self.first)
        form.addRow(tr("To:"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("The report lists the sessions, the pain chart, the points used and the disclaimer."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self, path: Path | None = None) -> Path | None:
        first, last = _day(self.first.date()), _day(self.last.date())
        if first > last:
            self.error.setText(tr("The first day is after the last day."))
            return None
        if path is None:
            folder = self._folders.get() if self._folders else Path.home()
            name, _filter = QFileDialog.getSaveFileName(
                self, tr("Save report"), str(folder / f"acupress-report-{last.isoformat()}.pdf"), tr("PDF (*.pdf)")
            )
            if not name:
                return None
            path = Path(name).with_suffix(".pdf")
            if self._folders:
                self._folders.remember(path)
        try:
            export_report(self._service.report(first, last, date.today()), path, paper_for_locale())
        except OSError as error:
            message = tr("Could not write {path}: {reason}").format(path=path, reason=error.strerror)
            QMessageBox.warning(self, tr("Report"), message)
            return None
        self.saved = path
        self.accept()
        return path
