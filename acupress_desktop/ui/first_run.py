"""The welcome on first start: what Acupress is and is not, the warning signs, and the question that changes plans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.i18n import QT_TR_NOOP, tr
from acupress_desktop.ui import theme

WHAT_IT_IS = QT_TR_NOOP(
    "Acupress guides you through short acupressure routines at your desk and keeps a private pain diary on "
    "this computer. It sends nothing anywhere."
)
WHAT_IT_IS_NOT = QT_TR_NOOP(
    "It is self-care, not medical advice: it does not diagnose or treat illness and does not replace your doctor."
)
WARNING_SIGNS = QT_TR_NOOP(
    "Stop and get medical help for new bladder or bowel problems, numbness around the genitals or inner thighs, "
    "pain or weakness in both legs, or weakness that is getting worse."
)


class WelcomeDialog(QDialog):
    def __init__(self, could_be_pregnant: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Welcome to Acupress"))
        theme.scale_font(heading, 1.5, theme.DEMIBOLD)
        layout.addWidget(heading)
        for text in (WHAT_IT_IS, WHAT_IT_IS_NOT):
            label = QLabel(tr(text), wordWrap=True)
            layout.addWidget(label)
        self.warning = QLabel("<b>" + tr("Warning signs.") + "</b> " + tr(WARNING_SIGNS), wordWrap=True)
        self.warning.setObjectName("welcomeWarning")
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setAccessibleName(tr("Warning signs"))
        theme.style(self.warning, theme.warning_panel("QLabel#welcomeWarning", "padding: 8px;"))
        layout.addWidget(self.warning)

        question = QGroupBox(tr("Could you be pregnant?"))
        question_layout = QVBoxLayout(question)
        self.pregnant_yes = QRadioButton(tr("&Yes, or I might be"))
        self.pregnant_no = QRadioButton(tr("&No"))
        self.answers = QButtonGroup(self)
        for button in (self.pregnant_yes, self.pregnant_no):
            self.answers.addButton(button)
            question_layout.addWidget(button)
        (self.pregnant_yes if could_be_pregnant else self.pregnant_no).setChecked(True)
        why = QLabel(
            tr(
                "Some points are best avoided in pregnancy; with “yes” the planner leaves them out. "
                "You can change this answer in Preferences at any time."
            ),
            wordWrap=True,
        )
        question_layout.addWidget(why)
        layout.addWidget(question)
        layout.addStretch(1)

        buttons = QDialogButtonBox()
        start = buttons.addButton(tr("&Start using Acupress"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def could_be_pregnant(self) -> bool:
        return self.pregnant_yes.isChecked()
