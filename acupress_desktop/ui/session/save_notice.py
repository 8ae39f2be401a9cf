"""A line across the session window while some of the session could not be written (a full disk, a file made
read-only): what happened and that nothing is lost; it goes away once everything is written."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme


class SaveNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveNotice")
        self.setWordWrap(True)
        theme.style(self, theme.warning_panel("QLabel#saveNotice", "padding: 6px;"))
        self.setAccessibleName(tr("Saving problem"))
        self.hide()

    def show_problem(self, text: str) -> None:
        """Empty text: everything is written, so the notice goes."""
        self.setText(text)
        self.setVisible(bool(text))
