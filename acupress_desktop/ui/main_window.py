"""The main window: menus, status bar and the pages of the app."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QTabWidget, QWidget

from acupress_desktop import __version__
from acupress_desktop.paths import settings_path, sounds_dir
from acupress_desktop.ui.home_page import HomePage
from acupress_desktop.ui.lazy_pages import LazyPages

if TYPE_CHECKING:  # the pages and their Qt modules load when first shown, after the window is on screen
    from acupress_desktop.domain.routine import Routine
    from acupress_desktop.painting.pictures import PointPictures
    from acupress_desktop.services.composition import Services
    from acupress_desktop.ui.atlas.page import AtlasPage
    from acupress_desktop.ui.exchange_actions import ExchangeActions
    from acupress_desktop.ui.history.page import HistoryPage
    from acupress_desktop.ui.planner.page import PlannerPage
    from acupress_desktop.ui.print_actions import SheetPrinting
    from acupress_desktop.ui.session.window import SessionWindow


class MainWindow(QMainWindow):
    def __init__(self, context: Services, parent: QWidget | None = None, *, data_open: bool = True) -> None:
        """Only the home page is built here, from a cheap glance at the catalogue; with ``data_open=False`` the
        caller opens the data (in the background) and calls ``data_opened`` when it is done."""
        super().__init__(parent)
        self._context = context
        self._data_open = False
        self._after_open: list[Callable[[], object]] = []
        self.setWindowTitle("Acupress")
        self.setMinimumSize(880, 600)
        self.resize(1100, 720)

        self.session_window: SessionWindow | None = None
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName("Pages")
        self.settings = QSettings(str(settings_path(context.data_dir)), QSettings.Format.IniFormat)
        self.home = HomePage(context.glance, self)
        self.pages.addTab(self.home, "&Home")
        self._lazy = LazyPages(self.pages, lambda: self._data_open)
        self._lazy.add("atlas", "&Atlas", self._build_atlas)
        self._lazy.add("planner", "&Planner", self._build_planner)
        self._lazy.add("history", "Hi&story", self._build_history)
        self.home.page_requested.connect(self._lazy.show)
        self.home.symptom_chosen.connect(self.plan_for)
        self.setCentralWidget(self.pages)

        self._build_menus()
        glance = context.glance
        self.statusBar().showMessage(f"{glance.point_count} points · {len(glance.symptoms)} symptoms · works offline")
        self._opening = QProgressBar()
        self._opening.setRange(0, 0)
        self._opening.setMaximumWidth(160)
        self._opening.setTextVisible(False)
        self._opening.setAccessibleName("Opening your data")
        self.statusBar().addPermanentWidget(self._opening)
        self._opening.hide()
        if data_open:
            self.data_opened()

    @property
    def data_is_open(self) -> bool:
        return self._data_open

    def show_progress(self, message: str) -> None:
        """While the data opens (a migration can take a while): a moving bar and what is being done."""
        self._opening.show()
        self.statusBar().showMessage(message)

    def data_opened(self) -> None:
        """The catalogue and the user's database are open: pages can be built, waiting actions run."""
        self._data_open = True
        self._opening.hide()
        catalogue = self._context.catalogue
        self.statusBar().showMessage(
            f"{len(catalogue.points)} points · {len(catalogue.symptoms)} symptoms · works offline"
        )
        interrupted = self._context.interrupted_at_start
        if interrupted:
            self.statusBar().showMessage(
                f"{interrupted} unfinished session(s) were saved as interrupted; their steps are kept."
            )
        self._lazy.build_current()
        waiting, self._after_open = self._after_open, []
        for action in waiting:
            action()

    def _when_open(self, action: Callable[[], object]) -> None:
        """Run now, or as soon as the data is open: a click while it opens is kept, never lost or frozen."""
        if self._data_open:
            action()
        else:
            self._after_open.append(action)
            self.show_progress("Opening your data…")

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
        return planner

    def _build_history(self) -> QWidget:
        from acupress_desktop.ui.history.page import HistoryPage

        return HistoryPage(self._context.history, self)

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

        return SheetPrinting(self._context.catalogue, self.pictures)

    @cached_property
    def exchange(self) -> ExchangeActions:
        from acupress_desktop.ui.exchange_actions import ExchangeActions

        return ExchangeActions(self._context.exchange, {s.id for s in self._context.glance.symptoms})

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        log_action = QAction("&Log a session done elsewhere…", self)
        log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        log_action.triggered.connect(self.log_session)
        file_menu.addAction(log_action)
        file_menu.addSeparator()
        self.preview_action = QAction("Print Pre&view…", self)
        self.preview_action.triggered.connect(lambda: self._with_routine(self.printing.preview))
        self.print_action = QAction("&Print…", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self._with_routine(self.printing.print))
        self.export_action = QAction("&Export PDF…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self._with_routine(self.printing.export))
        for action in (self.preview_action, self.print_action, self.export_action):
            action.setStatusTip("The routine shown in the planner, as a printable sheet")
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        report_action = QAction("&Report for a clinician…", self)
        report_action.triggered.connect(self.make_report)
        file_menu.addAction(report_action)
        file_menu.addSeparator()
        for text, slot in (
            ("Export sessions as &CSV…", lambda: self._when_open(lambda: self.exchange.export_csv(self))),
            ("&Back up all data (JSON)…", lambda: self._when_open(lambda: self.exchange.export_json(self))),
            ("&Import backup or CSV…", self.import_data),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu("&Help")
        safety_action = QAction("&Safety and disclaimer…", self)
        safety_action.triggered.connect(self.show_safety)
        help_menu.addAction(safety_action)
        about_action = QAction("&About Acupress", self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def start_session(self, routine: Routine) -> SessionWindow:
        """One guided session at a time; a second Start brings the open one forward."""
        from acupress_desktop.ui.session.window import SessionWindow
        from acupress_desktop.ui.sounds import Sounds

        if self.session_window is not None:
            self.session_window.show()
            self.session_window.raise_()
            self.session_window.activateWindow()
            return self.session_window
        sounds = Sounds(sounds_dir(), parent=self)
        window = SessionWindow(
            self._context.catalogue, self.pictures, self._context.sessions.recorder_for(routine), sounds, self.settings
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._session_closed)
        self.session_window = window
        window.show()
        return window

    def _session_closed(self) -> None:
        self.session_window = None
        self._refresh_history()
        self.statusBar().showMessage("Session saved to your history.", 5000)

    def plan_for(self, symptom_id: str) -> None:
        self._lazy.show("planner")
        self._when_open(lambda: self.planner.inputs.set_symptom_checked(symptom_id, True))

    def _routine_changed(self, routine: Routine | None) -> None:
        for action in (self.preview_action, self.print_action, self.export_action):
            action.setEnabled(routine is not None and bool(routine.steps))

    def _with_routine(self, action: object) -> None:
        planner = cast("PlannerPage | None", self._lazy.built("planner"))
        if planner is not None and planner.routine is not None and callable(action):
            action(planner.routine, self)

    def import_data(self) -> None:
        if not self._data_open:
            self._when_open(self.import_data)
        elif self.exchange.import_file(self) is not None:
            self._refresh_history()
            planner = cast("PlannerPage | None", self._lazy.built("planner"))
            if planner is not None:
                planner.refresh_saved()

    def make_report(self) -> None:
        if not self._data_open:
            self._when_open(self.make_report)
            return
        from acupress_desktop.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self._context.history, self)
        if dialog.exec() == ReportDialog.DialogCode.Accepted and dialog.saved is not None:
            self.statusBar().showMessage(f"Report saved to {dialog.saved}", 8000)

    def log_session(self) -> None:
        if not self._data_open:
            self._when_open(self.log_session)
            return
        from acupress_desktop.ui.log_dialog import LogSessionDialog

        dialog = LogSessionDialog(self._context.catalogue, self._context.sessions, self)
        if dialog.exec() == LogSessionDialog.DialogCode.Accepted:
            self.statusBar().showMessage("Session logged.", 5000)
            self._refresh_history()

    def show_safety(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Safety", self._context.glance.disclaimer, parent=self)
        box.setInformativeText(
            "Stop and get medical help for new bladder or bowel problems, numbness around the genitals or "
            "inner thighs, pain or weakness in both legs, or weakness that is getting worse."
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Acupress",
            f"<h3>Acupress {__version__}</h3>"
            "<p>Guided acupressure at the desk.</p>"
            f"<p>Your data is kept on this computer in:<br><code>{self._context.data_dir}</code></p>",
        )
