"""The Flathub manifest: parses, asks only for what the app needs, and pins every Python package."""

from __future__ import annotations

import json
import re
import subprocess
from typing import Any

from acupress_desktop import __version__
from acupress_desktop.paths import APP_ID

from .conftest import PACKAGING, ROOT, system_tool

FLATPAK = PACKAGING / "flatpak"


def show_manifest() -> dict[str, Any]:
    result = subprocess.run(
        [system_tool("flatpak-builder"), "--show-manifest", str(FLATPAK / f"{APP_ID}.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    manifest: dict[str, Any] = json.loads(result.stdout)
    return manifest


def test_permissions_are_a_window_sound_and_nothing_else() -> None:
    manifest = show_manifest()
    assert set(manifest["finish-args"]) == {
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--device=dri",
        "--socket=pulseaudio",
    }
    assert manifest["base"] == "io.qt.PySide.BaseApp" and manifest["runtime"] == "org.kde.Platform"
    assert manifest["base-version"] == manifest["runtime-version"]


def test_every_runtime_dependency_is_a_pinned_file_with_its_checksum() -> None:
    modules = show_manifest()["modules"]
    requirements = next(m for m in modules if m["name"] == "python3-requirements")
    files = {
        re.split(r"-\d", source["url"].rsplit("/", 1)[1], maxsplit=1)[0].lower().replace("_", "-"): source
        for source in requirements["sources"]
    }
    assert all(re.fullmatch(r"[0-9a-f]{64}", s["sha256"]) and s["url"].startswith("https://") for s in files.values())
    pins = dict(
        line.lower().split("==")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    for name in ("sqlalchemy", "alembic", "platformdirs", "mako", "markupsafe", "hatchling"):
        assert name in files, f"{name} is missing: run packaging/flatpak/generate_pip_modules.py"
        assert (
            f"-{pins[name.replace('-', '_')] if name.replace('-', '_') in pins else pins[name]}"
            in files[name]["url"].lower()
        )


def test_the_app_module_builds_the_tagged_release() -> None:
    app = next(m for m in show_manifest()["modules"] if m["name"] == "acupress")
    assert app["sources"][0]["tag"] == f"v{__version__}"
