"""The desktop entry and AppStream metainfo pass the freedesktop validators software centres use."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath
from urllib.parse import urlparse

from acupress_desktop.paths import APP_ID

from .conftest import PACKAGING, ROOT, system_tool

LINUX = PACKAGING / "linux"


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [system_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [system_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_screenshots_exist_in_the_repository() -> None:
    """Software centres download these; each must be a picture the repository really has."""
    images = [image.text or "" for image in ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot().iter("image")]
    assert images
    for url in images:
        path = PurePosixPath(urlparse(url).path)
        assert url.startswith("https://") and path.parent.name == "screenshots"
        assert (ROOT / "docs" / "screenshots" / path.name).is_file(), f"{path.name} is not in docs/screenshots/"


def test_desktop_entry_starts_the_installed_window_command() -> None:
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert "Exec=acupress\n" in entry and "acupress" in scripts
