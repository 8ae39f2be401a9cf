"""The body pictures come from MakeHuman (CC0 1.0) and myo-sim (Apache-2.0): both are credited in the About box,
and their licence texts and a NOTICE travel with the pictures into the bundle and the .deb."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_desktop.paths import images_dir
from acupress_desktop.services.composition import build_services

ROOT = Path(__file__).resolve().parents[2]
COPYRIGHT = ROOT / "packaging" / "linux" / "copyright"


def test_the_licence_texts_and_the_notice_sit_beside_the_pictures() -> None:
    notice = (images_dir() / "NOTICE").read_text(encoding="utf-8")
    assert "MakeHuman" in notice and "myo-sim" in notice
    assert "CC0 1.0 Universal" in (images_dir() / "LICENSE-CC0-MakeHuman.md").read_text(encoding="utf-8")
    assert "Apache License" in (images_dir() / "LICENSE-Apache-2.0-myo-sim.txt").read_text(encoding="utf-8")


def test_the_deb_copyright_covers_the_pictures_under_their_licences() -> None:
    text = COPYRIGHT.read_text(encoding="utf-8")
    folder = images_dir().relative_to(ROOT / "resources").as_posix()
    stanza = text.split(f"Files: opt/acupress/_internal/acupress_desktop/resources/{folder}/*", 1)
    assert len(stanza) == 2, "the .deb's copyright names the pictures' folder"
    assert "License: MIT and CC0-1.0 and Apache-2.0" in stanza[1].split("\n\n", 1)[0]
    assert "\nLicense: CC0-1.0\n" in text and "\nLicense: Apache-2.0\n" in text


def test_the_about_box_credits_makehuman_and_myo_sim(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from acupress_desktop.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(build_services(str(tmp_path / "data")))
    qtbot.addWidget(window)
    window.show_about()
    assert shown and all(name in shown[0] for name in ("MakeHuman", "CC0 1.0", "myo-sim", "Apache License 2.0"))
