"""Where file dialogs open (the last folder used, first the Documents folder) and how a saved file is
announced (a status bar message with an "Open folder" button)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QStatusBar

LAST_FOLDER_KEY = "files/last_folder"
NOTICE_MS = 15000


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


class LastFolder:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def get(self) -> Path:
        stored = self._settings.value(LAST_FOLDER_KEY, "")
        path = Path(str(stored)) if stored else None
        return path if path is not None and path.is_dir() else documents_folder()

    def suggest(self, file_name: str) -> str:
        return str(self.get() / file_name)

    def remember(self, path: Path) -> None:
        folder = path if path.is_dir() else path.parent
        self._settings.setValue(LAST_FOLDER_KEY, str(folder))


class SavedNotice:
    """'Saved to …' in the status bar, with a button that opens the folder, for a few seconds."""

    def __init__(self, status_bar: QStatusBar) -> None:
        self._status_bar = status_bar
        self.folder: Path | None = None
        self.button = QPushButton("Open folder")
        self.button.setFlat(True)
        self.button.setToolTip("Show the saved file in your file manager")
        self.button.clicked.connect(self.open_folder)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        self._timer = QTimer(status_bar)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.button.hide)

    def show(self, what: str, path: Path) -> None:
        self.folder = path if path.is_dir() else path.parent
        self._status_bar.showMessage(f"{what} saved to {path}", NOTICE_MS)
        self.button.show()
        self._timer.start(NOTICE_MS)

    def open_folder(self) -> bool:
        return self.folder is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
