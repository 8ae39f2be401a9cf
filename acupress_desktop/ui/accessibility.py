"""Roles for the painted widgets, so a screen reader says "clock", "chart" or "graphic" instead of a blank pane.

A painted QWidget reports the generic Client role; this factory gives each custom widget class the role it
declares in ACCESSIBLE_ROLE, keeping Qt's handling of its name, description and geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    role = getattr(type(obj), "ACCESSIBLE_ROLE", None)
    if isinstance(role, QAccessible.Role) and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, role)
    return None


def install_roles() -> None:
    """Once per process, before the first window is shown."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
