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

SMOKE_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class AppContext:
    """What the windows need, built once in run_gui and handed down explicitly."""

    catalogue: Catalogue
    data_dir: Path


def build_context(data_dir_override: str | None) -> AppContext:
    from acupress_desktop.storage.catalog_repository import CatalogueRepository

    catalogue = CatalogueRepository.open(points_db_path()).load()
    return AppContext(catalogue=catalogue, data_dir=user_data_dir(data_dir_override))


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
    from acupress_desktop.ui.main_window import MainWindow

    try:
        context = build_context(args.data_dir)
    except CatalogueUnavailableError as error:
        if args.smoke:
            print(f"smoke failed: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(
                None, APP_NAME, f"Acupress cannot start: {error}\n\nPlease reinstall the app."
            )
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
