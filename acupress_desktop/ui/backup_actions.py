"""File > Back up now…, Restore… and Backups… (the list of copies kept), and the one dialog after a damaged
database was moved aside at start-up."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.errors import DataUnavailableError

if TYPE_CHECKING:
    from acupress_desktop.services.backup import BackupFile, BackupService
    from acupress_desktop.services.composition import Services

KIND_NAMES = {
    "daily": "Daily",
    "weekly": "Weekly",
    "before-upgrade": "Before an upgrade",
    "manual": "Made by you",
    "before-restore": "Replaced by a restore",
}


def _when(backup: BackupFile) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupActions:
    """A restore is refused while `busy()` (a session is being written); afterwards the app closes so no page
    keeps showing the replaced data."""

    def __init__(self, service: Callable[[], BackupService], busy: Callable[[], bool] = lambda: False) -> None:
        self._service = service  # asked for on first use: the menu is built before the data layer is loaded
        self._busy = busy

    @property
    def service(self) -> BackupService:
        return self._service()

    def add_to(self, menu: QMenu, parent: QWidget) -> None:
        for text, slot in (
            ("Back up &now…", lambda: self.back_up_now(parent)),
            ("Res&tore from a backup…", lambda: self.restore(parent)),
            ("Bac&kups…", lambda: self.show_backups(parent)),
        ):
            action = QAction(text, parent)
            action.triggered.connect(slot)
            menu.addAction(action)

    def back_up_now(self, parent: QWidget, target: Path | None = None, ask: bool = True) -> Path | None:
        if target is None and ask:
            name, _filter = QFileDialog.getSaveFileName(
                parent,
                "Back up now",
                str(self.service.data_dir / "backups"),
                "Acupress database (*.db)",
            )
            if not name:
                return None
            target = Path(name)
        try:
            written = self.service.back_up(target)
        except DataUnavailableError as error:
            QMessageBox.warning(parent, "Back up", str(error))
            return None
        QMessageBox.information(parent, "Back up", f"Your data was copied to\n{written}")
        return written

    def restore(self, parent: QWidget, source: Path | None = None, confirm: bool = True) -> bool:
        if self._busy():
            QMessageBox.information(parent, "Restore", "Finish or stop the session first, then restore.")
            return False
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                parent, "Restore from a backup", str(self.service.data_dir / "backups"), "Acupress database (*.db)"
            )
            if not name:
                return False
            source = Path(name)
        try:
            self.service.check(source)
            if confirm and not _confirmed(parent, source):
                return False
            result = self.service.restore(source, window_is_ours=True)
        except DataUnavailableError as error:
            QMessageBox.warning(parent, "Restore", str(error))
            return False
        kept = f"\n\nYour previous data is kept in\n{result.kept_aside}" if result.kept_aside else ""
        QMessageBox.information(
            parent, "Restore", f"Restored from {source.name}.{kept}\n\nAcupress closes now; start it again."
        )
        QApplication.quit()
        return True

    def show_backups(self, parent: QWidget) -> None:
        BackupsDialog(self.service.backups(), parent).exec()


def _confirmed(parent: QWidget, source: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        "Restore",
        f"Replace your data with the backup {source.name}?\n\nWhat you have now is kept as a backup first.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupsDialog(QDialog):
    """The copies kept in the data folder, newest first, with when they were taken."""

    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backups")
        layout = QVBoxLayout(self)
        explanation = QLabel(
            "Acupress keeps a copy of your data every day (the last 7) and every week (the last 4), "
            "and one before each upgrade. They stay on this computer."
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setHorizontalHeaderLabels(["Taken", "Kind", "Size"])
        for row, backup in enumerate(backups):
            cells = (_when(backup), KIND_NAMES.get(backup.kind.value, backup.kind.value), f"{backup.size // 1024} KB")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        if not backups:
            layout.addWidget(QLabel("No backups yet: the first is made once there is something to keep."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)


def report_recovery(parent: QWidget | None, context: Services, interactive: bool) -> None:
    """Say what start-up did to a damaged database; offer the newest good backup in one dialog."""
    db = context.user_db
    if db.recovered_from is not None:
        print(f"acupress: an upgrade cut off part-way was undone from {db.recovered_from}")
    if db.moved_aside is None:
        return
    message = (
        f"Your database could not be read, so it was moved to\n{db.moved_aside}\n"
        "and Acupress started with an empty one. Nothing was deleted."
    )
    print(f"acupress: the database was damaged; it was moved to {db.moved_aside} and a fresh one started")
    sys.stdout.flush()
    if not interactive:
        return
    service = context.backups
    newest = service.newest_good()
    if newest is None:
        QMessageBox.warning(parent, "Acupress", message + "\n\nNo backup was found to restore.")
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "Acupress", message, parent=parent)
    restore = box.addButton(f"Restore the backup of {_when(newest)}", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Start empty", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restore:
        try:
            service.restore(newest.path, window_is_ours=True)
        except DataUnavailableError as error:
            QMessageBox.warning(parent, "Restore", str(error))
