"""Start Acupress at login: an XDG autostart entry on Linux; off unless the person turns it on.

Other platforms use other mechanisms this module does not write yet (see docs/reminders.md): a LaunchAgent
plist in ~/Library/LaunchAgents (or SMAppService) on macOS, a shortcut in the Startup folder or the
HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run key on Windows.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from acupress_desktop.paths import APP_ID

ENTRY_NAME = f"{APP_ID}.desktop"


def autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def supported(platform: str = sys.platform, sandboxed: bool | None = None) -> bool:
    """XDG desktops only; inside Flatpak the entry would land in the sandbox (the Background portal is the way)."""
    if sandboxed is None:
        sandboxed = bool(os.environ.get("FLATPAK_ID")) or Path("/.flatpak-info").exists()
    return (platform.startswith("linux") or "bsd" in platform) and not sandboxed


def launch_command() -> str:
    """The bundle's own program, the installed `acupress` launcher next to this interpreter, else `python -m`."""
    if getattr(sys, "frozen", False):  # PyInstaller: sys.executable is Acupress itself
        return shlex.quote(sys.executable)
    launcher = Path(sys.executable).with_name("acupress")
    if launcher.exists():
        return shlex.quote(str(launcher))
    return f"{shlex.quote(sys.executable)} -m acupress_desktop"


def entry_text(command: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Acupress\n"
        "Comment=Guided acupressure at the desk\n"
        f"Exec={command}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class Autostart:
    def __init__(self, folder: Path | None = None, command: str | None = None) -> None:
        self.folder = folder or autostart_dir()
        self._command = command

    @property
    def entry(self) -> Path:
        return self.folder / ENTRY_NAME

    def enabled(self) -> bool:
        return self.entry.is_file()

    def set_enabled(self, on: bool) -> None:
        if on:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.entry.write_text(entry_text(self._command or launch_command()), encoding="utf-8")
        elif self.entry.exists():
            self.entry.unlink()
