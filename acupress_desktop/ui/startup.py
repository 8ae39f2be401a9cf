"""What happens around the first paint: knowing when it came, then opening the data without freezing the window.

The catalogue, the user's database (migrated if need be) and the check for interrupted sessions are opened in a
worker thread once the window is on screen, with plain sqlite3 (``opened``: Home fills in, the app is ready); then,
once Home is shown, the services on SQLAlchemy's ORM are loaded in another (``loaded``: every page and action).
The services are Qt-free, and the window touches them only after those signals (see MainWindow.opening). The
workers import only Qt-free modules (storage, services, SQLAlchemy):
importing a module that uses PySide there, beside widgets being built, crashed now and then (PySide's import
hook and type set-up are not thread-safe), so page modules load on the main thread when first shown.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.i18n import tr
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
    """Opens the services' data in worker threads; its signals arrive in the window's (main) thread."""

    progress = Signal(str)
    opened = Signal()  # catalogue and database open, interrupted sessions marked, Home's data read
    loaded = Signal()  # the ORM's services loaded too: every page can be built, every action run
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        """Open the data; ``opened`` when done."""
        self._in_thread(self._open, "acupress-open-data")

    def load_repositories(self) -> None:
        """Load the services on SQLAlchemy's ORM (call after ``opened``); ``loaded`` when done."""
        self._in_thread(self._load, "acupress-load-services")

    def wait(self) -> None:
        """Before the application object goes: a worker still importing modules must not outlive it."""
        for thread in self._threads:
            thread.join()

    def _in_thread(self, work: Callable[[], None], name: str) -> None:
        if all(thread.name != name for thread in self._threads):
            # Not a daemon: closing the window while a migration runs lets the migration finish first.
            thread = threading.Thread(target=work, name=name)
            self._threads.append(thread)
            thread.start()

    def _open(self) -> None:
        if self._run(lambda: self._services.open_all(self.progress.emit)):
            self.opened.emit()

    def _load(self) -> None:
        def load() -> None:
            self._services.views()  # the pictures' placements (plain Python) for the atlas, planner and session
            self._services.load_repositories()

        if self._run(load):
            self.loaded.emit()

    def _run(self, work: Callable[[], None]) -> bool:
        try:
            work()
        except DataUnavailableError as error:
            self.failed.emit(str(error))
            return False
        except Exception as error:  # a bug: say it, rather than leave the window opening forever
            traceback.print_exc()
            self.failed.emit(tr("an unexpected error while opening your data ({error})").format(error=error))
            return False
        return True
