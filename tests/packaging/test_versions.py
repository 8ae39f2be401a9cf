"""One version: the package's, and every installer and metadata file agrees with it."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from acupress_desktop import __version__
from acupress_desktop.paths import APP_ID

from .conftest import PACKAGING, ROOT, load_script


def test_pyproject_takes_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "acupress_desktop/__init__.py"
    assert version("acupress-desktop") == __version__, "installed metadata is stale: reinstall (make test does)"


def test_newest_metainfo_release_is_this_version() -> None:
    releases = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__, "add a <release> for this version to the metainfo"


def test_deb_control_carries_the_version(tmp_path: Path) -> None:
    build_deb = load_script(PACKAGING / "linux" / "build_deb.py")
    (tmp_path / "file").write_bytes(b"x" * 4096)
    control = build_deb.control(tmp_path, ["libc6 (>= 2.36)"], "amd64")
    assert f"\nVersion: {__version__}\n" in control
    assert "\nInstalled-Size: 5\n" in control


def test_windows_exe_and_installer_read_the_version_from_the_package(tmp_path: Path) -> None:
    bundle_filter = load_script(PACKAGING / "pyinstaller" / "bundle_filter.py")
    resource = Path(bundle_filter.windows_version_file(__version__, tmp_path / "version.txt")).read_text()
    assert f"StringStruct('ProductVersion', '{__version__}')" in resource
    numbers = (*(int(n) for n in __version__.split(".")), 0)
    assert f"filevers={numbers}" in resource
    script = (PACKAGING / "windows" / "acupress.iss").read_text(encoding="utf-8")
    assert 'GetStringFileInfo(SourceDir + "\\acupress.exe", "ProductVersion")' in script
    assert not re.search(r"\d+\.\d+\.\d+", script), "the installer script must not carry a version of its own"


def test_macos_bundle_version_is_the_package_version() -> None:
    spec = (PACKAGING / "pyinstaller" / "acupress.spec").read_text(encoding="utf-8")
    assert '"CFBundleShortVersionString": __version__' in spec and "version=__version__" in spec


def test_about_dialog_shows_the_version(qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = MainWindow(build_services(str(tmp_path / "data")))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show_about()
    assert shown and f"Acupress {__version__}" in shown[0]
