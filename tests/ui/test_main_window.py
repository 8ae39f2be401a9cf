"""The main window starts, shows the safety note and the symptoms, and `--smoke` exits 0."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QTabBar, QToolButton
from pytestqt.qtbot import QtBot

from acupress_desktop.__main__ import main as run
from acupress_desktop.services.composition import Services
from acupress_desktop.ui.main_window import MainWindow


def test_smoke_builds_and_shows_the_window(qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(tmp_path), "--smoke"]) == 0
    assert "smoke ok" in capsys.readouterr().out
    assert (tmp_path / "acupress.db").exists()  # --data-dir decides where user data goes


def test_smoke_refuses_a_database_from_a_newer_version(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    connection = sqlite3.connect(tmp_path / "acupress.db")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.commit()
    connection.close()
    assert run(["--data-dir", str(tmp_path), "--smoke"]) == 1
    assert "newer version of Acupress" in capsys.readouterr().err


def test_home_page_shows_disclaimer_and_every_symptom(qtbot: QtBot, context: Services) -> None:
    catalogue = context.catalogue
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "not medical advice" in window.home.disclaimer.text()
    shown = [button.text() for button in window.home.symptom_buttons.values()]
    assert "Sciatica" in shown and len(shown) == len(catalogue.symptoms)
    assert window.home.trend.text() == "No sessions in the last 30 days yet."
    assert not window.home.repeat_button.isEnabled()
    assert f"{len(catalogue.points)} points" in window.statusBar().currentMessage()


def test_choosing_a_symptom_on_the_home_page_opens_the_planner_with_it(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.home.symptom_buttons["sciatica"].click()
    assert window.pages.currentWidget() is window.planner
    assert window.planner.inputs.selected_symptoms() == ("sciatica",)
    window.pages.setCurrentWidget(window.home)
    window.home.symptom_buttons["headache"].click()
    assert window.planner.inputs.selected_symptoms() == ("headache",)  # a fresh start, not both
    window.home.page_requested.emit("history")
    assert window.pages.currentWidget() is window.history


def test_home_offers_the_last_routine_today_and_the_trend_after_a_session(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.home.symptom_buttons["headache"].click()
    routine = window.planner.routine
    assert routine is not None
    recorder = context.sessions.recorder_for(routine)
    recorder.begin(6)
    recorder.stop()
    recorder.end(3)
    window.home.refresh()
    assert window.home.repeat_button.isEnabled()
    assert f"{len(routine.steps)} steps" in window.home.repeat_detail.text()
    assert "Headache: pain 6 → 3" in window.home.today_list.text()
    assert window.home.trend.text().startswith("Last 30 days: 1 session; pain after a session 3.0 points lower")
    with qtbot.waitSignal(window.home.repeat_requested) as blocker:
        window.home.repeat_button.click()
    assert [s.code for s in blocker.args[0].steps] == [s.code for s in routine.steps]


def test_a_second_launch_brings_the_running_window_to_the_front(qtbot: QtBot, context: Services) -> None:
    from acupress_desktop.ui.single_instance import ask_running_to_show

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.listen_for_second_launch(context.data_dir)
    window.showMinimized()
    with qtbot.waitSignal(window._show_requests.show_requested, timeout=3000):
        assert ask_running_to_show(context.data_dir)
    assert window.isVisible() and not window.isMinimized()
    assert not ask_running_to_show(context.data_dir / "elsewhere", timeout_ms=200)  # nobody runs there


def test_f1_opens_the_guide_to_finding_points_and_the_shortcuts(qtbot: QtBot, context: Services) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.ui.help_dialog import HelpDialog

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible())
    text = dialog.text.toPlainText()
    assert "Finding a point with your fingers" in text and "1.5 cun" in text and "Keyboard shortcuts" in text
    dialog.close()


def test_alt_keys_of_the_pages_and_menus_never_clash(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    labels = [window.pages.tabText(i) for i in range(window.pages.count())]
    labels += [action.text() for action in window.menuBar().actions()]
    keys = [label[label.index("&") + 1].lower() for label in labels if "&" in label]
    assert len(keys) == len(labels) and len(set(keys)) == len(keys), labels


def _alt_key(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("page", ["home", "atlas", "planner", "history"])
def test_alt_keys_within_a_page_never_clash_with_each_other_or_the_tabs_and_menus(
    qtbot: QtBot, context: Services, page: str
) -> None:
    """Alt+key must do one thing: a button's key taken by a tab, a menu or another button does nothing useful."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    widget = window.home if page == "home" else getattr(window, page)
    shared = [window.pages.tabText(i) for i in range(window.pages.count())]
    shared += [action.text() for action in window.menuBar().actions()]
    own = [b.text() for b in widget.findChildren(QAbstractButton) if b.text() and not isinstance(b, QToolButton)]
    own += [bar.tabText(i) for bar in widget.findChildren(QTabBar) for i in range(bar.count())]
    keys = [k for k in map(_alt_key, shared + own) if k]
    clashes = sorted({k for k in keys if keys.count(k) > 1})
    assert not clashes, [t for t in shared + own if _alt_key(t) in clashes]
