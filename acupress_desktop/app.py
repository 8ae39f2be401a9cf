"""Starts the window: one instance per data folder, the services from the composition root, the main window.

Nothing runs at import time."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.paths import APP_ID, APP_NAME, user_data_dir

if TYPE_CHECKING:
    import argparse

    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication, QWidget

    from acupress_desktop.cli.options import WindowOptions
    from acupress_desktop.services.composition import Services
    from acupress_desktop.ui.startup import DataOpener, FirstPaint

    WindowArguments = argparse.Namespace | WindowOptions  # the full command line's, or the quick reading's

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
    return app  # the window icon comes right after the first paint (see show_icon): it costs that paint ~6 ms


def show_icon(app: QApplication) -> None:
    """The icon for every window: title bars and X11 task bars take it when it comes (Wayland and most docks
    find it through the desktop file named above)."""
    from acupress_desktop.ui.app_icon import application_icon

    app.setWindowIcon(application_icon())


def _import_qt_free_modules() -> None:
    """The modules the first window needs that use no Qt, imported before PySide6 is: PySide6 reads the source of
    every module imported after it (looking for ``from __feature__ import``), about 2 ms for these."""
    import acupress_desktop.domain.complaint_groups
    import acupress_desktop.services.composition
    import acupress_desktop.storage.catalog_repository
    import acupress_desktop.storage.data_folder
    import acupress_desktop.storage.instance_lock  # noqa: F401


def seconds_since_start() -> float:
    """Wall time since this process started (Linux: from /proc); elsewhere since acupress_desktop was imported."""
    try:
        with Path("/proc/self/stat").open() as stat:
            started_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with Path("/proc/uptime").open() as uptime:
            up = float(uptime.read().split()[0])
        return up - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        from acupress_desktop import IMPORTED_AT

        return time.perf_counter() - IMPORTED_AT


def peak_memory_mib() -> float | None:
    """The most memory (resident) this process has held so far; None where the platform does not say."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _moment(seconds: float) -> str:
    """Wall time since start, with the peak memory and the processor time (every thread's, user and system) so
    far: on a busy machine the processor time says more about the app than the wall time does."""
    peak = peak_memory_mib()
    used = f"CPU {time.process_time():.3f} s"
    return f"{seconds:.3f} s" + (f" ({used})" if peak is None else f" (peak memory {peak:.0f} MiB, {used})")


def run_gui(args: WindowArguments) -> int:
    """The window first, from a cheap glance at the catalogue; the data opens right after the first paint."""
    _import_qt_free_modules()
    app = create_application(sys.argv[:1])
    from PySide6.QtCore import QEvent, QTimer

    from acupress_desktop.domain.errors import DataUnavailableError
    from acupress_desktop.i18n import install_translators
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.ui.main_window import MainWindow
    from acupress_desktop.ui.startup import DataOpener, FirstPaint
    from acupress_desktop.ui.theme import apply_saved_theme

    smoke = getattr(args, "smoke", None)
    data_dir = user_data_dir(args.data_dir)
    try:
        lock = _single_instance_lock(data_dir)
    except DataUnavailableError as error:  # a file in the way, a read-only folder: said as such, not "running"
        return _cannot_start(error, None, quiet=bool(smoke))
    if lock is None:
        from acupress_desktop.ui.single_instance import ask_running_to_show

        if not args.smoke and ask_running_to_show(data_dir):
            print("acupress: already running; its window was brought to the front.", file=sys.stderr)
            return 0
        message = f"Acupress is already running with the data in {data_dir}."
        print(f"acupress: {message}", file=sys.stderr)
        if not smoke:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, APP_NAME, message)
        return 1
    language = window_language(args, data_dir)
    install_translators(app, language)
    services = build_services(data_dir, language)
    try:
        apply_saved_theme(app, data_dir)
        window = MainWindow(services, data_open=False)
    except DataUnavailableError as error:  # the shipped catalogue is missing: a broken installation
        return _cannot_start(error, None, quiet=bool(smoke))
    opener = DataOpener(services, window)
    opener.progress.connect(window.opening.progress)
    # a damaged database moved aside is said (and a backup offered) before any page reads the data
    opener.opened.connect(lambda: _report_recovery(window, services, interactive=not smoke))
    opener.opened.connect(window.data_opened)  # Home filled: the app is ready
    # then the menus' items, Preferences and reminders (their modules and Qt's namespace), and the welcome on a
    # first start; then the ORM's services (every page and action needs them, "ready" does not)
    opener.opened.connect(lambda: QTimer.singleShot(0, window.finish))
    if not smoke:
        opener.opened.connect(lambda: QTimer.singleShot(0, window.comfort.welcome_if_first_run))
    opener.opened.connect(lambda: QTimer.singleShot(0, opener.load_repositories))
    opener.loaded.connect(window.services_loaded)
    failures: list[str] = []
    opener.failed.connect(failures.append)
    if not smoke:  # only app.exec() may be told to exit: outside it, exit() would end every later event loop too
        opener.failed.connect(lambda _message: app.exit(1))
    first_paint = FirstPaint(window)
    # A second launch is told to bring this window forward: listened for once the app is ready (QtNetwork's import
    # would otherwise hold the interpreter while the data opens; a launch before then is told it is running).
    opener.opened.connect(lambda: QTimer.singleShot(0, lambda: window.listen_for_second_launch(data_dir)))
    first_paint.painted.connect(lambda: QTimer.singleShot(0, lambda: show_icon(app)))
    if smoke != "paint":
        first_paint.painted.connect(opener.start)
    window.show()
    status = _smoke(app, window, first_paint, opener, only_paint=smoke == "paint") if smoke else app.exec()
    opener.wait()  # a migration finishes, and no worker outlives the application object
    window.close()  # also when opening the data failed: the message below stands alone
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone now, before the application object goes
    if failures:
        return _cannot_start(failures[0], window, quiet=bool(smoke))
    return status


def _report_recovery(window: QWidget, services: Services, interactive: bool) -> None:
    database = services.user_db
    if database.moved_aside is None and database.recovered_from is None:
        return  # the common case: nothing to say, and the dialogs' module stays unloaded
    from acupress_desktop.ui.backup_actions import report_recovery

    report_recovery(window, services, interactive)


def _cannot_start(error: object, window: QWidget | None, quiet: bool) -> int:
    from PySide6.QtWidgets import QMessageBox

    print(f"acupress: cannot start: {error}", file=sys.stderr)
    if not quiet:
        QMessageBox.critical(window, APP_NAME, f"Acupress cannot start.\n\n{error}")
    return 1


def window_language(args: WindowArguments, data_dir: Path) -> str:
    """--lang or $ACUPRESS_LANG, then the language chosen in Preferences, then the system locale."""
    from PySide6.QtCore import QSettings

    from acupress_desktop.paths import LANGUAGE_KEY, settings_path
    from acupress_desktop.services.language import UnknownLanguageError, chosen_language

    asked = getattr(args, "lang_asked", getattr(args, "lang", None))  # the full parser keeps what was typed aside
    setting = QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat).value(LANGUAGE_KEY)
    saved = str(setting) if setting and str(setting).lower() not in ("system", "auto") else None
    try:
        return chosen_language(asked, saved)
    except UnknownLanguageError:  # a setting written by a later version: follow the system instead
        return chosen_language(asked)


def _single_instance_lock(data_dir: Path) -> QLockFile | None:
    """Two windows on one database would mark each other's running session as interrupted."""
    from PySide6.QtCore import QLockFile

    from acupress_desktop.storage.data_folder import DataFolderError, prepare_data_folder
    from acupress_desktop.storage.instance_lock import lock_path

    prepare_data_folder(data_dir)  # owner-only; a file in the way or a read-only folder is said as such
    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)  # never stale by age; a lock whose process is gone (killed) is still taken over
    if lock.tryLock(100):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise DataFolderError(f"cannot write in the data folder {data_dir}; make it writable or use --data-dir")
    return None


def _failed(opener: DataOpener) -> bool:
    return bool(getattr(opener, "smoke_failed", False))


def _smoke(app: QApplication, window: QWidget, first_paint: FirstPaint, opener: DataOpener, only_paint: bool) -> int:
    """Installation check: wait for the first paint (and, unless ``only_paint``, for the data, the services and
    every page), say how long it took since the process started, and leave."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    painted: list[str] = []
    opened: list[str] = []
    opener.failed.connect(lambda _message: setattr(opener, "smoke_failed", True))
    first_paint.painted.connect(lambda: painted.append(_moment(seconds_since_start())))
    opener.opened.connect(lambda: opened.append(_moment(seconds_since_start())))
    first_paint.painted.connect(loop.quit if only_paint else lambda: None)
    opener.loaded.connect(loop.quit)
    opener.failed.connect(lambda _message: loop.quit())
    QTimer.singleShot(int(SMOKE_TIMEOUT_SECONDS * 1000), loop.quit)
    loop.exec()
    if not painted:
        print("smoke failed: the main window was never painted", file=sys.stderr)
        return 1
    if only_paint:
        print(f"smoke ok: first paint after {painted[0]}, window {window.width()}x{window.height()}")
        return 0
    if not getattr(window, "data_is_open", False):
        if not _failed(opener):
            print("smoke failed: the data did not open in time", file=sys.stderr)
        return 1
    for key in ("atlas", "planner", "history"):  # "everything loaded": each page is built once
        getattr(window, key)
    app.processEvents()
    print(
        f"smoke ok: first paint after {painted[0]}; data open after {opened[0]}; "
        f"every page built after {_moment(seconds_since_start())}, window {window.width()}x{window.height()}"
    )
    window.close()
    return 0
