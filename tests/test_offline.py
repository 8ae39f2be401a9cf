"""Nothing leaves the computer: the main paths of the app and the command line run with the network blocked
(see the autouse guard in conftest.py), and the guard itself really blocks."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from acupress_desktop.__main__ import main as run
from tests.conftest import NetworkUsedError


def test_the_guard_blocks_connections_and_look_ups() -> None:
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("example.org", 443), timeout=1)
    with socket.socket() as raw, pytest.raises(NetworkUsedError):
        raw.connect(("127.0.0.1", 9))
    with pytest.raises(NetworkUsedError):
        socket.getaddrinfo("example.org", 80)


def test_every_command_works_with_the_network_blocked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    commands = [
        ["points", "--json"],
        ["point", "LI4"],
        ["symptoms"],
        ["plan", "--symptom", "sciatica", "--side", "left"],
        ["log", "add", "--symptom", "headache", "--before", "6", "--after", "3"],
        ["history", "--json"],
        ["export", "--csv", str(tmp_path / "csv"), "--json", str(tmp_path / "all.json")],
        ["import", str(tmp_path / "all.json")],
        ["backup", "-o", str(tmp_path / "copy.db")],
        ["restore", str(tmp_path / "copy.db")],
        ["report", "-o", str(tmp_path / "report.pdf")],
        ["print", "--symptom", "headache", "-o", str(tmp_path / "sheet.pdf")],
    ]
    for command in commands:
        assert run([*data, *command]) == 0, (command, capsys.readouterr().err)
    capsys.readouterr()
    run([*data, "history", "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_the_window_opens_and_shows_every_page_with_the_network_blocked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.ui.main_window import MainWindow

    window = MainWindow(build_services(tmp_path / "data"))
    qtbot.addWidget(window)
    window.show()
    from PySide6.QtWidgets import QApplication

    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()
    assert window.isVisible()
