"""The main window starts, shows the safety note and the symptoms, and `--smoke` exits 0."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_desktop.app import AppContext
from acupress_desktop.cli.main import run
from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.ui.main_window import MainWindow


def test_smoke_builds_and_shows_the_window(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(tmp_path), "--smoke"]) == 0
    assert "smoke ok" in capsys.readouterr().out


def test_home_page_shows_disclaimer_and_every_symptom(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path
) -> None:
    window = MainWindow(AppContext(catalogue=catalogue, data_dir=tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "not medical advice" in window.home.disclaimer.text()
    shown = [window.home.symptom_list.item(i).text() for i in range(window.home.symptom_list.count())]
    assert any(text.startswith("Sciatica") for text in shown)
    assert len(shown) == len(catalogue.symptoms)
    assert f"{len(catalogue.points)} points" in window.statusBar().currentMessage()
