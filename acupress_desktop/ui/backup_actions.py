"""File > Back up now…, Restore… and Backups… (the list of copies kept; the menu items are MainWindow's), and the
one dialog after a damaged database was moved aside at start-up."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from acupress_desktop.services.backup import BackupFile, BackupService
    from acupress_desktop.services.composition import Services

KIND_NAMES = {  # shown through tr()
    "daily": QT_TR_NOOP("Daily"),
    "weekly": QT_TR_NOOP("Weekly"),
    "before-upgrade": QT_TR_NOOP("Before an upgrade"),
    "manual": QT_TR_NOOP("Made by you"),
    "before-restore": QT_TR_NOOP("Replaced by a restore"),
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

    def back_up_now(self, parent: QWidget, target: Path | None = None, ask: bool = True) -> Path | None:
        if target is None and ask:
            name, _filter = QFileDialog.getSaveFileName(
                parent,
                tr("Back up now"),
                str(self.service.data_dir / "backups"),
                tr("Acupress database (*.db)"),
            )
            if not name:
                return None
            target = Path(name)
        try:
            written = self.service.back_up(target)
        except DataUnavailableError as error:
            QMessageBox.warning(parent, tr("Back up"), str(error))
            return None
        QMessageBox.information(parent, tr("Back up"), tr("Your data was copied to\n{path}").format(path=written))
        return written

    def restore(self, parent: QWidget, source: Path | None = None, confirm: bool = True) -> bool:
        if self._busy():
            QMessageBox.information(parent, tr("Restore"), tr("Finish or stop the session first, then restore."))
            return False
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                parent,
                tr("Restore from a backup"),
                str(self.service.data_dir / "backups"),
                tr("Acupress database (*.db)"),
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
            QMessageBox.warning(parent, tr("Restore"), str(error))
            return False
        kept = (
            tr("\n\nYour previous data is kept in\n{path}").format(path=result.kept_aside) if result.kept_aside else ""
        )
        done = tr("Restored from {name}.{kept}\n\nAcupress closes now; start it again.")
        QMessageBox.information(parent, tr("Restore"), done.format(name=source.name, kept=kept))
        QApplication.quit()
        return True

    def show_backups(self, parent: QWidget) -> None:
        BackupsDialog(self.service.backups(), parent).exec()


def _confirmed(parent: QWidget, source: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Restore"),
        tr("Replace your data with the backup {name}?\n\nWhat you have now is kept as a backup first.").format(
            name=source.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupsDialog(QDialog):
    """The copies kept in the data folder, newest first, with when they were taken."""

    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Backups"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            tr(
                "Acupress keeps a copy of your data every day (the last 7) and every week (the last 4), "
                "and one before each upgrade. They stay on this computer."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Kind"), tr("Size")])
        for row, backup in enumerate(backups):
            kind = tr(KIND_NAMES[backup.kind.value]) if backup.kind.value in KIND_NAMES else backup.kind.value
            cells = (_when(backup), kind, f"{backup.size // 1024} KB")
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
            layout.addWidget(QLabel(tr("No backups yet: the first is made once there is something to keep.")))
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
    message = tr(
        "Your database could not be read, so it was moved to\n{path}\n"
        "and Acupress started with an empty one. Nothing was deleted."
    ).format(path=db.moved_aside)
    print(f"acupress: the database was damaged; it was moved to {db.moved_aside} and a fresh one started")
    sys.stdout.flush()
    if not interactive:
        return
    service = context.backups
    newest = service.newest_good()
    if newest is None:
        QMessageBox.warning(parent, tr("Acupress"), message + tr("\n\nNo backup was found to restore."))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Acupress"), message, parent=parent)
    restore = box.addButton(
        tr("Restore the backup of {when}").format(when=_when(newest)), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restore:
        try:
            service.restore(newest.path, window_is_ours=True)
        except DataUnavailableError as error:
            QMessageBox.warning(parent, tr("Restore"), str(error))
