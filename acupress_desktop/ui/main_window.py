"""The main window: menus, status bar and the pages of the app."""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from acupress_desktop.i18n import tr
from acupress_desktop.paths import settings_path, sounds_dir
from acupress_desktop.ui.home_page import HomePage
from acupress_desktop.ui.lazy_pages import LazyPages, OpeningData

if TYPE_CHECKING:  # the pages and their Qt modules load when first shown, after the window is on screen
    from PySide6.QtGui import QAction

    from acupress_desktop.domain.routine import Routine
    from acupress_desktop.painting.pictures import PointPictures
    from acupress_desktop.services.composition import Services
    from acupress_desktop.ui.atlas.page import AtlasPage
    from acupress_desktop.ui.backup_actions import BackupActions
    from acupress_desktop.ui.comfort import Comfort
    from acupress_desktop.ui.exchange_actions import ExchangeActions
    from acupress_desktop.ui.file_places import LastFolder, SavedNotice
    from acupress_desktop.ui.help_dialog import HelpDialog
    from acupress_desktop.ui.history.page import HistoryPage
    from acupress_desktop.ui.planner.page import PlannerPage
    from acupress_desktop.ui.print_actions import SheetPrinting
    from acupress_desktop.ui.safety_dialog import SafetyDialog
    from acupress_desktop.ui.session.window import SessionWindow


def _once_data_open(method: Callable[[MainWindow], object]) -> Callable[[MainWindow], None]:
    """A menu action chosen while the data still opens runs as soon as it is open, instead of failing or freezing."""

    @functools.wraps(method)
    def when_open(window: MainWindow) -> None:
        window.opening.when_open(lambda: method(window))

    return when_open


class MainWindow(QMainWindow):
    preview_action: QAction  # the routine sheet's actions (window_menus), enabled while the planner shows one
    print_action: QAction
    export_action: QAction
    comfort: Comfort  # Preferences, reminders and the tray: from ``finish`` on

    def __init__(self, context: Services, parent: QWidget | None = None, *, data_open: bool = True) -> None:
        """Only what the first paint shows is built here: Home from a cheap glance at the catalogue, the tabs, the
        menu titles and the status bar. With ``data_open=False`` the caller calls ``finish`` once the window is
        painted, opens the data (in the background) and calls ``data_opened`` when it is done."""
        super().__init__(parent)
        self._context = context
        self._finished = False
        self.setWindowTitle(tr("Acupress"))
        self.setMinimumSize(880, 600)
        self.resize(1100, 720)

        self.settings = QSettings(str(settings_path(context.data_dir)), QSettings.Format.IniFormat)
        self.session_window: SessionWindow | None = None
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(tr("Pages"))
        self.home = HomePage(None, self, catalogue=context.glance)  # filled in by data_opened
        self.pages.addTab(self.home, tr("H&ome"))
        self.opening = opening = OpeningData(self.statusBar())
        self._lazy = LazyPages(self.pages)  # no reference back to the window in the conditions
        self._lazy.add("atlas", tr("&Atlas"), self._build_atlas, lambda: opening.ready)  # the catalogue is enough
        self._lazy.add("planner", tr("&Planner"), self._build_planner, lambda: opening.is_open)
        self._lazy.add("history", tr("Hi&story"), self._build_history, lambda: opening.is_open)
        self.home.page_requested.connect(self._lazy.show)
        self.home.symptom_chosen.connect(self.plan_for)
        self.home.repeat_requested.connect(lambda routine: opening.when_open(lambda: self.start_session(routine)))
        self.home.saved_chosen.connect(self.open_saved)
        holder = QWidget()  # the pages, and above them a reminder's banner when one is due (see Comfort)
        self.above_pages = QVBoxLayout(holder)
        self.above_pages.setContentsMargins(0, 0, 0, 0)
        self.above_pages.setSpacing(0)
        self.above_pages.addWidget(self.pages, stretch=1)
        self.setCentralWidget(holder)
        self.file_menu = self.menuBar().addMenu(tr("&File"))  # their items come with ``finish``
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        glance = context.glance
        self.statusBar().showMessage(
            tr("{points} points · {symptoms} symptoms · works offline").format(
                points=glance.point_count, symptoms=len(glance.complaints)
            )
        )
        if data_open:
            self.data_opened()
            self.services_loaded()

    def finish(self) -> None:
        """Right after the app is ready (Home filled): the menus' items and shortcuts, Preferences, reminders and
        the tray. Nothing here shows until it is used, and Qt's namespace (~20 ms) loads here, so neither the
        first paint nor Home's filling waits for them."""
        if self._finished:
            return
        self._finished = True
        from PySide6.QtGui import QKeySequence, QShortcut

        from acupress_desktop.ui.comfort import Comfort
        from acupress_desktop.ui.window_menus import build_menus

        for number in range(self.pages.count()):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self.pages.setCurrentIndex(n))
        build_menus(self)
        self.home.chooser.point_with_hand()
        self.comfort = Comfort(self, self._context)  # Preferences, reminders and tray, first-run welcome

    @cached_property
    def folders(self) -> LastFolder:
        """Where file dialogs open: the last folder used."""
        from acupress_desktop.ui.file_places import LastFolder

        return LastFolder(self.settings)

    @cached_property
    def saved_notice(self) -> SavedNotice:
        """'Saved to …' with an "Open folder" button, in the status bar."""
        from acupress_desktop.ui.file_places import SavedNotice

        return SavedNotice(self.statusBar())

    def data_opened(self) -> None:
        """The catalogue and the user's database are open (``Services.open_all``): Home fills in, the atlas can be
        built; the other pages and the waiting actions follow ``services_loaded``."""
        context = self._context
        self.home.attach(context.home)
        if context.interrupted_at_start:
            self.statusBar().showMessage(
                tr("{count} unfinished session(s) were saved as interrupted; their steps are kept.").format(
                    count=context.interrupted_at_start
                )
            )
        else:
            self.statusBar().clearMessage()
            points = tr("{points} points · works offline").format(points=len(context.catalogue.points))
            self.statusBar().showMessage(points, 5000)
        self.opening.ready = True
        self._lazy.build_current()

    def services_loaded(self) -> None:
        """The services on SQLAlchemy's ORM are loaded (``Services.load_repositories``): every page can be built,
        and the actions asked for meanwhile run."""
        self.finish()  # done already once the app was ready, unless this window was built without being shown
        self.opening.opened()
        self._lazy.build_current()

    @property
    def data_is_open(self) -> bool:
        return self.opening.is_open

    @property
    def atlas(self) -> AtlasPage:
        return cast("AtlasPage", self._lazy.page("atlas"))

    @property
    def planner(self) -> PlannerPage:
        return cast("PlannerPage", self._lazy.page("planner"))

    @property
    def history(self) -> HistoryPage:
        return cast("HistoryPage", self._lazy.page("history"))

    def _build_atlas(self) -> QWidget:
        from acupress_desktop.ui.atlas.page import AtlasPage

        return AtlasPage(self._context.catalogue, self.pictures, self.settings, self)

    def _build_planner(self) -> QWidget:
        from acupress_desktop.ui.planner.page import PlannerPage
        from acupress_desktop.ui.planner.routine_view import THUMBNAIL

        planner = PlannerPage(self._context.planner, self)
        planner.view.thumbnail_maker = lambda step: self.pictures.icon(step.code, step.side, THUMBNAIL)
        planner.replan()
        planner.start_requested.connect(self.start_session)
        planner.routine_changed.connect(self._routine_changed)
        self.comfort.planner_built(planner)
        return planner

    def _build_history(self) -> QWidget:
        from acupress_desktop.ui.history.page import HistoryPage

        return HistoryPage(self._context.history, self)

    def _built_planner(self) -> PlannerPage | None:
        return cast("PlannerPage | None", self._lazy.built("planner"))

    def _refresh_history(self) -> None:
        """Only a page already built needs refreshing; one built later reads fresh data anyway."""
        history = self._lazy.built("history")
        if history is not None:
            cast("HistoryPage", history).refresh()

    @cached_property
    def pictures(self) -> PointPictures:
        from acupress_desktop.painting.pictures import PointPictures

        return PointPictures(self._context.views)

    @cached_property
    def printing(self) -> SheetPrinting:
        from acupress_desktop.ui.print_actions import SheetPrinting

        return SheetPrinting(self._context.catalogue, self.pictures, self.folders)

    @cached_property
    def exchange(self) -> ExchangeActions:
        from acupress_desktop.ui.exchange_actions import ExchangeActions

        catalogue = self._context.catalogue
        symptoms, points = {s.id for s in catalogue.symptoms}, {p.code for p in catalogue.points}
        return ExchangeActions(self._context.exchange, symptoms, self.folders, points)

    @cached_property
    def backups(self) -> BackupActions:
        from acupress_desktop.ui.backup_actions import BackupActions

        return BackupActions(
            lambda: self._context.backups,
            busy=lambda: self.session_window is not None and self.session_window.isVisible(),
        )

    def listen_for_second_launch(self, data_dir: Path) -> None:
        """A second launch on the same data brings this window (or the running session) to the front."""
        from acupress_desktop.ui.single_instance import ShowRequests

        self._show_requests = ShowRequests(data_dir, self)
        self._show_requests.show_requested.connect(self.bring_to_front)

    def bring_to_front(self) -> None:
        target: QWidget = self
        if self.session_window is not None:
            target = self.session_window.compact if self.session_window.compact.isVisible() else self.session_window
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()

    def start_session(self, routine: Routine) -> SessionWindow:
        """One guided session at a time; a second Start brings the open one forward."""
        from acupress_desktop.ui.session.window import SessionWindow
        from acupress_desktop.ui.sounds import Sounds

        if self.session_window is not None:
            self.session_window.show()
            self.session_window.raise_()
            self.session_window.activateWindow()
            return self.session_window
        from PySide6.QtCore import Qt

        sounds = Sounds(sounds_dir(), parent=self)
        sounds.set_volume(self.comfort.preferences.volume / 100)
        window = SessionWindow(
            self._context.catalogue, self.pictures, self._context.sessions.recorder_for(routine), sounds, self.settings
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(lambda: self._session_closed(window.discarded))
        window.save_routine_requested.connect(lambda routine: self._save_from_session(routine, window))
        window.print_requested.connect(lambda routine: self.printing.preview(routine, window))
        self.session_window = window
        window.show()
        return window

    def _session_closed(self, discarded: bool) -> None:
        self.session_window = None
        self._refresh_history()
        self.home.refresh()
        message = tr("Session discarded: nothing was kept.") if discarded else tr("Session saved to your history.")
        self.statusBar().showMessage(message, 5000)

    def _save_from_session(self, routine: Routine, window: SessionWindow) -> None:
        """Save the routine just done, named as the planner would suggest."""
        from acupress_desktop.domain.routine import RoutineEditError
        from acupress_desktop.ui.planner.name_dialog import NameDialog

        name = NameDialog.ask(
            window, tr("Save routine"), tr("Name for this routine:"), self.planner.suggested_name(routine)
        )
        if not name:
            return
        try:
            saved = self._context.planner.save_new(routine, name)
        except RoutineEditError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(window, tr("Save routine"), str(error))
            return
        window.summary.save_routine_button.hide()
        window.summary.saved_where.setText(
            tr("Saved to your history. Routine saved as \u201c{name}\u201d.").format(name=saved.name)
        )
        self.planner.refresh_saved()
        self.home.refresh()

    def plan_for(self, symptom_id: str) -> None:
        self._lazy.show("planner")
        self.opening.when_open(lambda: self._plan_for(symptom_id))

    def _plan_for(self, symptom_id: str) -> None:
        self.planner.start_fresh(symptom_id)
        self.pages.setCurrentWidget(self.planner)
        side = self.planner.inputs.side_buttons.checkedButton()
        if side is not None:
            side.setFocus()  # the next question: which side

    def open_saved(self, routine_id: int) -> None:
        self._lazy.show("planner")
        self.opening.when_open(lambda: self._open_saved(routine_id))

    def _open_saved(self, routine_id: int) -> None:
        self.planner.open_saved(routine_id)
        self.pages.setCurrentWidget(self.planner)
        self.planner.start_button.setFocus()

    def _routine_changed(self, routine: Routine | None) -> None:
        for action in (self.preview_action, self.print_action, self.export_action):
            action.setEnabled(routine is not None and bool(routine.steps))

    def with_planner_routine(self, action: object) -> None:
        planner = self._built_planner()
        if planner is not None and planner.routine is not None and callable(action):
            action(planner.routine, self)

    def export_sheet(self) -> None:
        planner = self._built_planner()
        if planner is not None and planner.routine is not None:
            path = self.printing.export(planner.routine, self)
            if path is not None:
                self.saved_notice.show(tr("Routine sheet"), path)

    @_once_data_open
    def export_csv(self) -> None:
        paths = self.exchange.export_csv(self)
        if paths is not None:
            self.saved_notice.show(tr("Sessions and steps (CSV)"), paths[0].parent)

    @_once_data_open
    def back_up(self) -> None:
        path = self.exchange.export_json(self)
        if path is not None:
            self.saved_notice.show(tr("Backup"), path)

    @_once_data_open
    def import_data(self) -> None:
        if self.exchange.import_file(self) is not None:
            self._refresh_history()
            planner = self._built_planner()
            if planner is not None:
                planner.refresh_saved()
            self.home.refresh()

    @_once_data_open
    def make_report(self) -> None:
        from acupress_desktop.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self._context.history, self, self.folders)
        if dialog.exec() == ReportDialog.DialogCode.Accepted and dialog.saved is not None:
            self.saved_notice.show(tr("Report"), dialog.saved)

    @_once_data_open
    def log_session(self) -> None:
        from acupress_desktop.ui.log_dialog import LogSessionDialog

        dialog = LogSessionDialog(self._context.catalogue, self._context.sessions, self)
        if dialog.exec() == LogSessionDialog.DialogCode.Accepted:
            self.statusBar().showMessage(tr("Session logged."), 5000)
            self._refresh_history()
            self.home.refresh()

    def show_help(self) -> HelpDialog:
        from acupress_desktop.ui.help_dialog import HelpDialog, show_alone

        return show_alone(HelpDialog(self))

    def show_safety(self) -> SafetyDialog:
        """The safety note and every complaint's warning signs (the menu item comes once the catalogue is read)."""
        from acupress_desktop.ui.help_dialog import show_alone
        from acupress_desktop.ui.safety_dialog import SafetyDialog

        return show_alone(SafetyDialog(self._context.catalogue, self))

    def show_about(self) -> None:
        from acupress_desktop.ui.help_dialog import show_about

        show_about(self, self._context.data_dir)
