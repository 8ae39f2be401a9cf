"""The main window starts, shows the safety note and the symptoms, and `--smoke` exits 0."""

from pathlib import Path

import pytest
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
    shown = [window.home.symptom_list.item(i).text() for i in range(window.home.symptom_list.count())]
    assert any(text.startswith("Sciatica") for text in shown)
    assert len(shown) == len(catalogue.symptoms)
    assert f"{len(catalogue.points)} points" in window.statusBar().currentMessage()


def test_choosing_a_symptom_on_the_home_page_opens_the_planner_with_it(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    item = window.home.symptom_list.item(0)
    window.home.symptom_list.itemActivated.emit(item)
    assert window.pages.currentWidget() is window.planner
    assert window.planner.inputs.selected_symptoms() == (item.data(0x0100),)
    window.home.page_requested.emit("history")
    assert window.pages.currentWidget() is window.history
