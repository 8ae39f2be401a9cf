"""Everyday comfort wired into the main window: Preferences, reminders and the tray, the first-run welcome.

Kept apart from main_window.py so the window only says `Comfort(self, context)`, right after its first paint
(MainWindow.finish): nothing here shows before it is used. The reminders read the user's database, so they start
once the window says the data is open; the pages get their defaults as they are built.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from acupress_desktop.domain.reminders import ReminderPlan, describe_next, next_reminder
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.services.autostart import Autostart, supported
from acupress_desktop.ui import theme
from acupress_desktop.ui.accessibility import install_roles
from acupress_desktop.ui.preferences import (
    PREGNANT_KEY,
    WELCOMED_KEY,
    Preferences,
    load_preferences,
    read_bool,
    save_preferences,
    write_bool,
)
from acupress_desktop.ui.tray import KeepRunning, ReminderBanner, ReminderCenter, tray_available

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services
    from acupress_desktop.ui.atlas.page import AtlasPage
    from acupress_desktop.ui.first_run import WelcomeDialog
    from acupress_desktop.ui.main_window import MainWindow
    from acupress_desktop.ui.planner.page import PlannerPage
    from acupress_desktop.ui.preferences_dialog import PreferencesDialog


class Comfort(QObject):
    def __init__(self, window: MainWindow, context: Services) -> None:
        super().__init__(window)
        install_roles()
        self.window = window
        self._context = context
        self.settings = window.settings
        self.preferences = load_preferences(self.settings)
        self.autostart = Autostart()
        self.banner = ReminderBanner()
        window.above_pages.insertWidget(0, self.banner)
        self._add_menu_action(window)
        self.reminders: ReminderCenter | None = None
        self.keep_running: KeepRunning | None = None
        window.opening.when_open(self._data_opened, announce=False)  # nobody is waiting for the reminders

    def _data_opened(self) -> None:
        """The reminders ask the session log whether today is done: they start with the data."""
        window = self.window
        self.reminders = reminders = ReminderCenter(
            self._context.reminders,
            self.settings,
            self.preferences.reminders,
            self.banner,
            busy=lambda: window.session_window is not None,
            parent=self,
        )
        reminders.start_requested.connect(self.start_my_routine)
        reminders.open_requested.connect(window.bring_to_front)
        reminders.quit_requested.connect(self.quit)
        if reminders.tray is not None:
            self.keep_running = KeepRunning(window, reminders, self.settings)
            if self._quit_action is not None:  # File > Quit quits, even while closing only hides the window
                self._quit_action.triggered.disconnect()
                self._quit_action.triggered.connect(self.quit)

    def _add_menu_action(self, window: MainWindow) -> None:
        self.preferences_action = QAction(tr("Pre&ferences…"), window)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.edit_preferences)
        file_menu = window.file_menu
        quit_action = next((a for a in file_menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None)
        self._quit_action = quit_action
        if quit_action is None:
            file_menu.addAction(self.preferences_action)
        else:
            file_menu.insertAction(quit_action, self.preferences_action)
            file_menu.insertSeparator(quit_action)

    # -- the pages, as they are built ----------------------------------------------------------
    def planner_built(self, planner: PlannerPage) -> None:
        """A new planner starts from the person's minutes and their pregnancy answer."""
        planner.inputs.minutes.setValue(self.preferences.default_minutes)
        planner.inputs.pregnant.setChecked(self.preferences.could_be_pregnant)

    def _built_planner(self) -> PlannerPage | None:
        return cast("PlannerPage | None", self.window._lazy.built("planner"))

    def _built_atlas(self) -> AtlasPage | None:
        return cast("AtlasPage | None", self.window._lazy.built("atlas"))

    # -- Preferences -----------------------------------------------------------------------------
    def dialog(self) -> PreferencesDialog:
        from acupress_desktop.ui.preferences_dialog import PreferencesDialog

        return PreferencesDialog(
            self.preferences,
            self._context.data_dir,
            self.reminders.tray is not None if self.reminders is not None else tray_available(),
            self.autostart.enabled() if supported() else None,
            self._next_for,
            backups=self._backup_lines(),
            parent=self.window,
        )

    def _backup_lines(self) -> tuple[str, ...] | None:
        """The copies kept in the data folder, newest first, in words; None until the data is open."""
        if not self.window.data_is_open:
            return None
        from acupress_desktop.ui.backup_actions import KIND_NAMES

        return tuple(
            f"{b.taken_at.astimezone():%Y-%m-%d %H:%M} · {KIND_NAMES.get(b.kind.value, b.kind.value)}"
            for b in self.window.backups.service.backups()
        )

    def _next_for(self, plan: ReminderPlan) -> str:
        if self.reminders is None:
            return ""  # the session log is still opening: whether today is done is not known yet
        service = self._context.reminders
        now = service.clock()
        logged = service.logged_today() if plan.enabled else False
        return describe_next(next_reminder(plan, self.reminders.state, now, logged), now, current_language())

    def edit_preferences(self) -> PreferencesDialog:
        dialog = self.dialog()
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.apply(dialog.preferences(), dialog.start_at_login.isChecked())
        return dialog

    def apply(self, chosen: Preferences, start_at_login: bool | None = None) -> None:
        before = self.preferences
        self.preferences = chosen
        save_preferences(self.settings, chosen)
        if chosen.theme != before.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, chosen.theme)
            self._redraw_point_details()
        atlas = self._built_atlas()
        if atlas is not None:
            atlas.motion_box.setChecked(chosen.reduced_motion)
        planner = self._built_planner()
        changed = (chosen.default_minutes, chosen.could_be_pregnant) != (
            before.default_minutes,
            before.could_be_pregnant,
        )
        if planner is not None and changed:
            self.planner_built(planner)
        if self.reminders is not None:
            self.reminders.set_plan(chosen.reminders)
        if start_at_login is not None and supported() and start_at_login != self.autostart.enabled():
            self.autostart.set_enabled(start_at_login)

    def _redraw_point_details(self) -> None:
        """The atlas's rich text carries its colours in its HTML: write it again in the new theme."""
        from acupress_desktop.ui.atlas.details import point_details_html

        atlas = self._built_atlas()
        if atlas is not None and atlas.picture.code is not None:
            point = self._context.catalogue.point(atlas.picture.code)
            atlas.details.setHtml(point_details_html(self._context.catalogue, point))

    # -- reminders -------------------------------------------------------------------------------
    def start_my_routine(self) -> None:
        """From the tray or a reminder: the routine last done, else the planner's, else the planner to make one."""
        self.banner.hide()
        self.window.bring_to_front()
        planner = self._built_planner()
        routine = self._context.home.last_routine()
        if routine is None and planner is not None:
            routine = planner.routine
        if routine is not None and routine.steps:
            self.window.start_session(routine)
        else:
            self.window._lazy.show("planner")

    def quit(self) -> None:
        if self.keep_running is not None:
            self.keep_running.quitting = True
        if self.reminders is not None:
            self.reminders.close()
        self.window.close()
        QApplication.quit()

    # -- first run -------------------------------------------------------------------------------
    def welcome_if_first_run(self) -> WelcomeDialog | None:
        from acupress_desktop.ui.first_run import WelcomeDialog

        if read_bool(self.settings, WELCOMED_KEY, False):
            return None
        dialog = WelcomeDialog(self.preferences.could_be_pregnant, self.window)
        dialog.exec()
        self.record_welcome(dialog.could_be_pregnant())
        return dialog

    def record_welcome(self, could_be_pregnant: bool) -> None:
        write_bool(self.settings, WELCOMED_KEY, True)
        write_bool(self.settings, PREGNANT_KEY, could_be_pregnant)
        self.preferences = replace(self.preferences, could_be_pregnant=could_be_pregnant)
        planner = self._built_planner()
        if planner is not None:
            self.planner_built(planner)
        self.settings.sync()
