"""What happens around the first paint: knowing when it came, then opening the data without freezing the window.

The catalogue, the user's database (migrated if need be) and the check for interrupted sessions are opened in a
worker thread once the window is on screen. The services are Qt-free, and the window touches them only after
``opened`` (see MainWindow.opening). The worker imports only Qt-free modules (storage, services, SQLAlchemy):
importing a module that uses PySide there, beside widgets being built, crashed now and then (PySide's import
hook and type set-up are not thread-safe), so page modules load on the main thread when first shown.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.services.composition import Services


class FirstPaint(QObject):
    """Emits ``painted`` once, right after the watched window has been painted for the first time."""

    painted = Signal()

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after the whole window has been drawn
        return False


class DataOpener(QObject):
    """Opens the services' data in a worker thread; its signals arrive in the window's (main) thread."""

    progress = Signal(str)
    opened = Signal()
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            # Not a daemon: closing the window while a migration runs lets the migration finish first.
            self._thread = threading.Thread(target=self._open, name="acupress-open-data")
            self._thread.start()

    def wait(self) -> None:
        """Before the application object goes: a worker still importing Qt modules must not outlive it."""
        if self._thread is not None:
            self._thread.join()

    def _open(self) -> None:
        try:
            self._services.open_all(self.progress.emit)
            self._services.views()  # the illustrations' placements (plain Python): home's body maps need them
        except DataUnavailableError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a bug: say it, rather than leave the window opening forever
            traceback.print_exc()
            self.failed.emit(f"an unexpected error while opening your data ({error})")
            return
        self.opened.emit()
