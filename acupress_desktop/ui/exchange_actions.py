"""File menu: export to CSV or a JSON backup, and import, with a busy cursor and one clear message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from acupress_desktop.domain.exchange import ExchangeError, ImportReport
from acupress_desktop.services.exchange import ExchangeService
from acupress_desktop.ui.file_places import LastFolder

T = TypeVar("T")


def _busy(work: Callable[[], T]) -> T:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


class ExchangeActions:
    def __init__(
        self,
        service: ExchangeService,
        known_symptoms: set[str],
        folders: LastFolder,
        known_points: set[str] | None = None,
    ) -> None:
        self._service = service
        self._known = known_symptoms
        self._folders = folders
        self._points = known_points

    def export_csv(self, parent: QWidget, directory: Path | None = None) -> tuple[Path, Path] | None:
        if directory is None:
            chosen = QFileDialog.getExistingDirectory(
                parent, "Export sessions and steps as CSV", str(self._folders.get())
            )
            if not chosen:
                return None
            directory = Path(chosen)
            self._folders.remember(directory)
        try:
            return _busy(lambda: self._service.export_csv(directory))
        except ExchangeError as error:
            QMessageBox.warning(parent, "Export", str(error))
            return None

    def export_json(self, parent: QWidget, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                parent,
                "Back up all your data",
                self._folders.suggest(f"acupress-backup-{date.today()}.json"),
                "JSON (*.json)",
            )
            if not name:
                return None
            path = Path(name)
            self._folders.remember(path)
        target = path
        try:
            _busy(lambda: self._service.export_json(target))
        except ExchangeError as error:
            QMessageBox.warning(parent, "Back up", str(error))
            return None
        return target

    def import_file(self, parent: QWidget, path: Path | None = None) -> ImportReport | None:
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                parent, "Import a backup or a sessions CSV", str(self._folders.get()), "Acupress data (*.json *.csv)"
            )
            if not name:
                return None
            path = Path(name)
            self._folders.remember(path)
        source = path
        try:
            report = _busy(lambda: self._service.import_file(source, self._known, self._points))
        except ExchangeError as error:
            QMessageBox.warning(parent, "Import", f"Nothing was imported.\n\n{error}")
            return None
        QMessageBox.information(parent, "Import", report.summary()[0].upper() + report.summary()[1:] + ".")
        return report
