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
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.domain.catalogue import Catalogue
    from acupress_desktop.services.planning import PlannerService
    from acupress_desktop.storage.user_db import UserDatabase

SMOKE_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class AppContext:
    """What the windows need, built once in run_gui and handed down explicitly."""

    catalogue: Catalogue
    data_dir: Path
    user_db: UserDatabase
    planner: PlannerService


def build_context(data_dir_override: str | None) -> AppContext:
    """Open the catalogue read-only and the user's database (migrated, backed up first)."""
    from acupress_desktop.services.planning import PlannerService
    from acupress_desktop.storage.catalog_repository import CatalogueRepository
    from acupress_desktop.storage.routine_repository import RoutineRepository
    from acupress_desktop.storage.user_db import open_user_database

    catalogue = CatalogueRepository.open(points_db_path()).load()
    data_dir = user_data_dir(data_dir_override)
    user_db = open_user_database(data_dir)
    return AppContext(
        catalogue=catalogue,
        data_dir=data_dir,
        user_db=user_db,
        planner=PlannerService(catalogue, RoutineRepository(user_db.engine)),
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

    try:
        context = build_context(args.data_dir)
    except (CatalogueUnavailableError, UserDatabaseError) as error:
        print(f"acupress: cannot start: {error}", file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, APP_NAME, f"Acupress cannot start.\n\n{error}")
        return 1
    window = MainWindow(context)
    window.show()
    if args.smoke:
        return _smoke(app, window)
    return app.exec()


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
