"""Start-up: the home page is painted before anything heavy is imported; the other pages fill in once the data opens."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from acupress_desktop.services.composition import Services
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.planner.page import PlannerPage

# Modules the first window must not wait for (import time or memory): the ORM, migrations, printing, sound, SVG.
HEAVY = ("sqlalchemy", "alembic", "PySide6.QtCharts", "PySide6.QtMultimedia", "PySide6.QtPrintSupport", "PySide6.QtSvg")
# Nor must "ready" (Home filled, the data open): SQLAlchemy's ORM and Alembic load after it, unless a migration runs.
HEAVY_WHEN_READY = ("sqlalchemy.orm", "alembic", "PySide6.QtCharts", "PySide6.QtMultimedia", "PySide6.QtPrintSupport")


def _probe(tmp_path: Path, smoke: str) -> subprocess.CompletedProcess[str]:
    """Runs the app in a fresh process; --smoke=paint returns at the first paint, so sys.modules is what it held.
    The modules loaded when Home has been filled in from the data ("ready") are printed too."""
    probe = (
        "import sys\n"
        "from acupress_desktop.ui.main_window import MainWindow\n"
        "filled = MainWindow.data_opened\n"
        "def data_opened(window):\n"
        "    filled(window)\n"
        f"    print('READY', sorted(m for m in sys.modules if m.startswith({HEAVY_WHEN_READY!r})))\n"
        "MainWindow.data_opened = data_opened\n"
        "from acupress_desktop.__main__ import main\n"
        f"status = main(['--data-dir', {str(tmp_path)!r}, {smoke!r}])\n"
        "import PySide6.QtCore\n"
        "print('QT NAMESPACE', 'Qt' in vars(PySide6.QtCore))\n"
        f"print('HEAVY', sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
        "raise SystemExit(status)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.slow
def test_nothing_heavy_is_imported_by_the_first_paint(tmp_path: Path) -> None:
    assert _probe(tmp_path, "--smoke").returncode == 0  # the database exists, as on every start but the first
    result = _probe(tmp_path, "--smoke=paint")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("smoke ok: first paint after ")
    assert lines[-1] == "HEAVY []"
    # PySide6 makes the Qt namespace's hundred-odd enums on first use, ~20 ms: Home is painted without them
    assert "QT NAMESPACE False" in lines


@pytest.mark.slow
def test_neither_the_orm_nor_alembic_is_imported_by_the_time_the_app_is_ready(tmp_path: Path) -> None:
    first = _probe(tmp_path, "--smoke")  # creates the database: Alembic and the ORM run this once
    assert first.returncode == 0, first.stderr
    assert "READY []" not in first.stdout.splitlines()
    result = _probe(tmp_path, "--smoke")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert "READY []" in lines
    assert "sqlalchemy.orm" in lines[-1]  # loaded after "ready", for the pages that write and search


@pytest.mark.slow
def test_smoke_opens_the_data_and_builds_every_page(tmp_path: Path) -> None:
    result = _probe(tmp_path, "--smoke")
    assert result.returncode == 0, result.stderr
    assert "data open after" in result.stdout and "every page built after" in result.stdout
    assert "sqlalchemy" in result.stdout.splitlines()[-1]  # loaded after the paint, not never
    assert (tmp_path / "acupress.db").exists()


def test_a_tab_clicked_before_the_data_is_open_fills_in_when_it_opens(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context, data_open=False)
    qtbot.addWidget(window)
    window.show()
    window.home.page_requested.emit("planner")
    assert window.pages.currentIndex() == 2
    assert not isinstance(window.pages.currentWidget(), PlannerPage)  # the 'opening' note, not a frozen window
    assert "Opening planner" in " ".join(label.text() for label in window.pages.currentWidget().findChildren(QLabel))
    context.open_all()
    window.data_opened()  # ready: Home is filled, but the planner waits for the services that save routines
    assert not isinstance(window.pages.currentWidget(), PlannerPage)
    context.load_repositories()
    window.services_loaded()
    assert isinstance(window.pages.currentWidget(), PlannerPage)
    assert window.pages.currentWidget() is window.planner
    assert window.pages.tabText(2) == "&Planner"


def test_a_symptom_chosen_before_the_data_is_open_is_planned_once_it_opens(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context, data_open=False)
    qtbot.addWidget(window)
    window.show()
    assert "Opening your history" in window.home.repeat_detail.text()  # in its place, saying it is on its way
    window.home.symptom_buttons["sciatica"].click()
    assert "Opening your data" in window.statusBar().currentMessage()
    context.open_all()
    window.data_opened()
    window.services_loaded()
    assert window.pages.currentWidget() is window.planner
    assert window.planner.inputs.selected_symptoms() == ("sciatica",)
    assert "Opening your history" not in window.home.repeat_detail.text()


def test_pages_not_yet_shown_are_not_built(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window._lazy.built("atlas") is None and window._lazy.built("history") is None
    window.pages.setCurrentIndex(1)
    assert window._lazy.built("atlas") is window.pages.currentWidget()


def test_the_atlas_clicked_before_the_data_is_open_fills_in_once_the_app_is_ready(
    qtbot: QtBot, context: Services
) -> None:
    window = MainWindow(context, data_open=False)
    qtbot.addWidget(window)
    window.show()
    window.home.page_requested.emit("atlas")
    assert window._lazy.built("atlas") is None
    context.open_all()
    window.data_opened()  # the catalogue and the pictures are all the atlas needs: no wait for the ORM
    assert window.pages.currentWidget() is window._lazy.built("atlas") is not None
    assert not window.data_is_open
    built = vars(context)  # the services' cached parts: none on the ORM was needed to get here
    assert not {"planner", "sessions", "history", "exchange"} & set(built) and "home" in built


def test_once_ready_the_menus_fill_in_without_saying_the_data_is_still_opening(qtbot: QtBot, context: Services) -> None:
    """The app's order: painted (menu titles only), Home filled (ready), then the menus' items, Preferences and
    reminders; the reminders wait for the services quietly, so the status bar keeps saying what is there."""
    window = MainWindow(context, data_open=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"] and window.file_menu.isEmpty()
    context.open_all()
    window.data_opened()
    window.finish()
    assert "&Quit" in [a.text() for a in window.file_menu.actions()]
    assert window.comfort.preferences_action in window.file_menu.actions()
    assert window.statusBar().currentMessage() == f"{len(context.catalogue.points)} points · works offline"
