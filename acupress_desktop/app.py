"""Wires the application together: paths, catalogue, main window. Nothing runs at import time."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.paths import APP_NAME, points_db_path, user_data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.domain.catalogue import Catalogue
    from acupress_desktop.services.exchange import ExchangeService
    from acupress_desktop.services.history import HistoryService
    from acupress_desktop.services.planning import PlannerService
    from acupress_desktop.services.session import SessionService
    from acupress_desktop.storage.user_db import UserDatabase

SMOKE_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class AppContext:
    """What the windows need, built once in run_gui and handed down explicitly."""

    catalogue: Catalogue
    data_dir: Path
    user_db: UserDatabase
    planner: PlannerService
    sessions: SessionService
    history: HistoryService
    exchange: ExchangeService
    interrupted_at_start: int = 0


def build_context(data_dir_override: str | None) -> AppContext:
    """Open the catalogue read-only and the user's database (migrated, backed up first)."""
    from acupress_desktop.services.exchange import ExchangeService
    from acupress_desktop.services.history import HistoryService
    from acupress_desktop.services.planning import PlannerService
    from acupress_desktop.services.session import SessionService
    from acupress_desktop.storage.backup_repository import BackupRepository
    from acupress_desktop.storage.catalog_repository import CatalogueRepository
    from acupress_desktop.storage.history_queries import HistoryQueries
    from acupress_desktop.storage.routine_repository import RoutineRepository
    from acupress_desktop.storage.session_repository import SessionRepository
    from acupress_desktop.storage.user_db import open_user_database

    catalogue = CatalogueRepository.open(points_db_path()).load()
    data_dir = user_data_dir(data_dir_override)
    user_db = open_user_database(data_dir)
    sessions = SessionService(SessionRepository(user_db.engine))
    return AppContext(
        catalogue=catalogue,
        data_dir=data_dir,
        user_db=user_db,
        planner=PlannerService(catalogue, RoutineRepository(user_db.engine)),
        sessions=sessions,
        history=HistoryService(catalogue, HistoryQueries(user_db.engine)),
        exchange=ExchangeService(BackupRepository(user_db.engine)),
        interrupted_at_start=sessions.mark_interrupted(),
    )


def create_application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("acupress")
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    from PySide6.QtWidgets import QMessageBox

    from acupress_desktop.storage.catalog_repository import CatalogueUnavailableError
    from acupress_desktop.storage.user_db import UserDatabaseError
    from acupress_desktop.ui.main_window import MainWindow

    data_dir = user_data_dir(args.data_dir)
    try:
        lock = _single_instance_lock(data_dir)
        if lock is None:
            message = f"Acupress is already running with the data in {data_dir}."
            print(f"acupress: {message}", file=sys.stderr)
            if not args.smoke:
                QMessageBox.information(None, APP_NAME, message)
            return 1
        context = build_context(args.data_dir)
    except (CatalogueUnavailableError, UserDatabaseError) as error:
        print(f"acupress: cannot start: {error}", file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, APP_NAME, f"Acupress cannot start.\n\n{error}")
        return 1
    from acupress_desktop.ui.backup_actions import report_recovery

    report_recovery(None, context, interactive=not args.smoke)  # before any page reads the data
    window = MainWindow(context)
    window.show()
    if args.smoke:
        return _smoke(app, window)
    return app.exec()


def _single_instance_lock(data_dir: Path) -> QLockFile | None:
    """Two windows on one database would mark each other's running session as interrupted."""
    from PySide6.QtCore import QLockFile

    from acupress_desktop.storage.instance_lock import lock_path
    from acupress_desktop.storage.user_db import DataFolderError, prepare_data_folder

    prepare_data_folder(data_dir)  # a file in the way or a read-only folder is said as such, not "running"
    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)  # never stale by age; a lock whose process is gone (killed) is still taken over
    if lock.tryLock(100):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise DataFolderError(f"cannot write in the data folder {data_dir}; make it writable or use --data-dir")
    return None


def _smoke(app: QApplication, window: object) -> int:
    """Process events until the window is really on screen, then leave: used by packaging checks."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    deadline = time.monotonic() + SMOKE_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            print(f"smoke ok: main window shown ({window.width()}x{window.height()})")
            window.close()
            return 0
        time.sleep(0.01)
    print("smoke failed: the main window never became visible", file=sys.stderr)
    return 1
