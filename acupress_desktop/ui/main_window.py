"""The main window: menus, status bar and the pages of the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from acupress_desktop import __version__
from acupress_desktop.domain.routine import Routine
from acupress_desktop.ui.home_page import HomePage
from acupress_desktop.ui.planner.page import PlannerPage

if TYPE_CHECKING:
    from acupress_desktop.app import AppContext


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle("Acupress")
        self.setMinimumSize(880, 600)
        self.resize(1100, 720)

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName("Pages")
        self.home = HomePage(context.catalogue, self)
        self.planner = PlannerPage(context.planner, self)
        self.pages.addTab(self.home, "&Home")
        self.pages.addTab(self.planner, "&Planner")
        self.planner.start_requested.connect(self.start_session)
        self.setCentralWidget(self.pages)

        self._build_menus()
        catalogue = context.catalogue
        self.statusBar().showMessage(
            f"{len(catalogue.points)} points · {len(catalogue.symptoms)} symptoms · works offline"
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
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

    def start_session(self, routine: Routine) -> None:
        QMessageBox.information(
            self, "Guided session", f"The guided session for {len(routine.steps)} steps is not part of this build yet."
        )

    def show_safety(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, "Safety", self._context.catalogue.disclaimer, parent=self
        )
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
