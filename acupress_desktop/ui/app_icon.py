"""The application icon for every window (and a tray icon, should there be one)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from acupress_desktop.paths import APP_ID, icons_dir


def application_icon() -> QIcon:
    """Every rendered size, so Qt picks the hand-drawn small one for title bars instead of shrinking 512 px.
    Each file is added with the size its folder names (hicolor/32x32/...), so none is opened until it is drawn."""
    icon = QIcon()
    for png in sorted((icons_dir() / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        width, _, height = png.parent.parent.name.partition("x")
        icon.addFile(str(png), QSize(int(width), int(height)))
    return icon
