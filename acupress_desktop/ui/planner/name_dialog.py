"""Asks for a routine's name: offers a suggestion and will not accept an empty one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from acupress_desktop.domain.routine import MAX_NAME_LENGTH
from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme


class NameDialog(QDialog):
    def __init__(self, title: str, prompt: str, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(suggestion)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(prompt)
        self.name.selectAll()
        self.hint = QLabel()
        theme.style(self.hint, lambda c: f"color: {theme.css(c.error_text)};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.name)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(380)

    def _check(self) -> None:
        empty = not self.name.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not empty)
        self.hint.setText(tr("A routine needs a name.") if empty else "")

    def value(self) -> str:
        return " ".join(self.name.text().split())

    @classmethod
    def ask(cls, parent: QWidget, title: str, prompt: str, suggestion: str) -> str | None:
        dialog = cls(title, prompt, suggestion, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
