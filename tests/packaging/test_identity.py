"""One application id, so desktops match the window to its entry, icon and software-centre page."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from acupress_desktop.paths import APP_ID

from .conftest import PACKAGING, ROOT, system_tool

METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"


def test_desktop_entry_and_metainfo_carry_the_id() -> None:
    entry = DESKTOP.read_text(encoding="utf-8")
    assert re.search(rf"^Icon={re.escape(APP_ID)}$", entry, re.MULTILINE)
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"


def test_flatpak_installers_and_bundle_use_the_id() -> None:
    manifest = json.loads(
        subprocess.run(
            [system_tool("flatpak-builder"), "--show-manifest", str(PACKAGING / "flatpak" / f"{APP_ID}.yml")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert manifest["id"] == APP_ID
    assert f'#define AppId "{APP_ID}"' in (PACKAGING / "windows" / "acupress.iss").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in (PACKAGING / "pyinstaller" / "acupress.spec").read_text(encoding="utf-8")
    icons = sorted((ROOT / "resources" / "icons" / "hicolor").glob("*/apps/*.png"))
    assert icons and {icon.stem for icon in icons} == {APP_ID}


def test_the_running_app_announces_the_id_and_its_icon() -> None:
    """Wayland compositors match windows to io.github.acupress.Acupress.desktop by this name; the icon comes
    right after the first paint."""
    probe = (
        "import sys, tempfile\n"
        "from acupress_desktop.app import create_application\n"
        "from acupress_desktop.__main__ import main\n"
        "app = create_application([])\n"
        "status = main(['--data-dir', tempfile.mkdtemp(), '--smoke'])\n"
        "print(app.desktopFileName())\n"
        "print(sorted(s.width() for s in app.windowIcon().availableSizes()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    name, sizes = result.stdout.splitlines()[-2:]
    assert name == APP_ID
    assert json.loads(sizes) == [16, 24, 32, 48, 64, 128, 256, 512]
