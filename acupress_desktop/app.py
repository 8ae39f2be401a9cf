"""Starts the window: one instance per data folder, the services from the composition root, the main window.

Nothing runs at import time."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.paths import APP_ID, APP_NAME, user_data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

SMOKE_TIMEOUT_SECONDS = 20.0


def create_application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to io.github.acupress.Acupress.desktop
    from acupress_desktop.ui.app_icon import application_icon

    app.setWindowIcon(application_icon())
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    from PySide6.QtWidgets import QMessageBox

    from acupress_desktop.domain.errors import DataUnavailableError
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.ui.comfort import apply_saved_theme
    from acupress_desktop.ui.main_window import MainWindow

    data_dir = user_data_dir(args.data_dir)
    lock = _single_instance_lock(data_dir)
    if lock is None:
        from acupress_desktop.ui.single_instance import ask_running_to_show

        if not args.smoke and ask_running_to_show(data_dir):
            print("acupress: already running; its window was brought to the front.", file=sys.stderr)
            return 0
        message = f"Acupress is already running with the data in {data_dir}."
        print(f"acupress: {message}", file=sys.stderr)
        if not args.smoke:
            QMessageBox.information(None, APP_NAME, message)
        return 1
    services = build_services(data_dir)
    try:
        services.catalogue  # noqa: B018 - open both now, so a broken install or database is said before the window
        services.interrupted_at_start  # noqa: B018
    except DataUnavailableError as error:
        print(f"acupress: cannot start: {error}", file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, APP_NAME, f"Acupress cannot start.\n\n{error}")
        return 1
    apply_saved_theme(app, data_dir)
    window = MainWindow(services)
    window.listen_for_second_launch(data_dir)
    window.show()
    if args.smoke:
        return _smoke(app, window)
    window.comfort.welcome_if_first_run()
    return app.exec()


def _single_instance_lock(data_dir: Path) -> QLockFile | None:
    """Two windows on one database would mark each other's running session as interrupted."""
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / "acupress.lock"))
    lock.setStaleLockTime(0)  # never stale by age; a lock whose process is gone (killed) is still taken over
    return lock if lock.tryLock(100) else None


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
