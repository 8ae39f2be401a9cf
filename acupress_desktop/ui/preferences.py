"""Reading preferences from QSettings.

QSettings.value(..., type=bool) corrupts the reference counts of True/False in PySide6 and can crash
the interpreter at exit, so booleans are stored as text and parsed here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

_TRUE = {"true", "1", "yes", "on"}


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key)
    if value is None:
        return default
    return str(value).strip().lower() in _TRUE


def write_bool(settings: QSettings, key: str, value: bool) -> None:
    settings.setValue(key, "true" if value else "false")
