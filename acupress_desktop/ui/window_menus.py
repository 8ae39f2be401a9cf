"""The main window's menus: File (logging, the routine sheet, the report, exports and imports, backups, quit) and
Help. Kept apart from main_window.py, which holds what the items do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from acupress_desktop.i18n import tr

if TYPE_CHECKING:
    from acupress_desktop.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File's and Help's items (the menus are there from the first paint), with what each calls on the window;
    nothing heavy is loaded until one is chosen."""
    file_menu = window.file_menu
    log_action = QAction(tr("&Log a session done elsewhere…"), window)
    log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    log_action.triggered.connect(window.log_session)
    file_menu.addAction(log_action)
    file_menu.addSeparator()
    window.preview_action = QAction(tr("Print Pre&view…"), window)
    window.preview_action.triggered.connect(lambda: window.with_planner_routine(window.printing.preview))
    window.print_action = QAction(tr("&Print…"), window)
    window.print_action.setShortcut(QKeySequence.StandardKey.Print)
    window.print_action.triggered.connect(lambda: window.with_planner_routine(window.printing.print))
    window.export_action = QAction(tr("&Export PDF…"), window)
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_action.triggered.connect(window.export_sheet)
    for action in (window.preview_action, window.print_action, window.export_action):
        action.setStatusTip(tr("The routine shown in the planner, as a printable sheet"))
        action.setEnabled(False)  # until the planner shows a routine
        file_menu.addAction(action)
    file_menu.addSeparator()
    report_action = QAction(tr("&Report for a clinician…"), window)
    report_action.triggered.connect(window.make_report)
    file_menu.addAction(report_action)
    file_menu.addSeparator()
    exchanges: tuple[tuple[str, Callable[[], object]], ...] = (
        (tr("Export sessions as &CSV…"), window.export_csv),
        (tr("&Back up all data (JSON)…"), window.back_up),
        (tr("&Import backup or CSV…"), window.import_data),
    )
    # the backup dialogs (ui.backup_actions) load when one is chosen, not before the first paint
    backups: tuple[tuple[str, Callable[[], object]], ...] = (
        (tr("Back up &now…"), lambda: window.backups.back_up_now(window)),
        (tr("Res&tore from a backup…"), lambda: window.backups.restore(window)),
        (tr("Bac&kups…"), lambda: window.backups.show_backups(window)),
    )
    for group in (exchanges, backups):
        for text, slot in group:
            action = QAction(text, window)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
    quit_action = QAction(tr("&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    help_menu = window.help_menu
    guide_action = QAction(tr("&Finding points and shortcuts"), window)
    guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide_action.triggered.connect(window.show_help)
    help_menu.addAction(guide_action)
    safety_action = QAction(tr("&Safety and disclaimer…"), window)
    safety_action.triggered.connect(window.show_safety)
    help_menu.addAction(safety_action)
    about_action = QAction(tr("&About Acupress"), window)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(window.show_about)
    help_menu.addAction(about_action)
