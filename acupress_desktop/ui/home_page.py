"""The first page: what Acupress does, the safety note, and a quick way into a routine."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.ui import theme


class HomePage(QWidget):
    symptom_chosen = Signal(str)  # start planning for this symptom
    page_requested = Signal(str)  # "atlas", "planner" or "history"

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)

        title = QLabel("Acupressure at your desk")
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        intro = QLabel(
            "Pick what hurts and where; Acupress explains each point, which side to press and for how long, "
            "and walks you through a short routine. Your sessions stay on this computer."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.disclaimer = QLabel(catalogue.disclaimer)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        theme.style(self.disclaimer, theme.caution_panel("QLabel#disclaimer", "padding: 10px;"))
        self.disclaimer.setAccessibleName("Safety note")
        layout.addWidget(self.disclaimer)

        actions = QHBoxLayout()
        for key, text, tip in (
            ("planner", "Plan a &routine", "Choose symptoms, side and time"),
            ("atlas", "Explore the &atlas", "Every point, where it is and how to press it"),
            ("history", "See your &history", "Pain before and after, over time"),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _checked=False, key=key: self.page_requested.emit(key))
            actions.addWidget(button)
        layout.addLayout(actions)

        heading = QLabel("Or start from what hurts (double-click or Enter):")
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        self.symptom_list = QListWidget()
        self.symptom_list.setAccessibleName("Symptoms covered")
        self.symptom_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.symptom_list.setSpacing(2)
        for symptom in catalogue.symptoms:
            item = QListWidgetItem(f"{symptom.name} — {symptom.description}")
            item.setData(Qt.ItemDataRole.UserRole, symptom.id)
            item.setToolTip(f"Plan a routine for {symptom.name.lower()} ({len(symptom.points)} points)")
            self.symptom_list.addItem(item)
        self.symptom_list.itemActivated.connect(
            lambda item: self.symptom_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.symptom_list, stretch=1)
