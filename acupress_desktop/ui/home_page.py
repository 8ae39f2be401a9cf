"""The first page: what Acupress does, the safety note, and the symptoms it covers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from acupress_desktop.domain.catalogue import Catalogue


class HomePage(QWidget):
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
            "and walks you through a short routine."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.disclaimer = QLabel(catalogue.disclaimer)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        self.disclaimer.setStyleSheet(
            "QLabel#disclaimer { background: #FFF6E5; border: 1px solid #E0B96A; border-radius: 6px;"
            " padding: 10px; color: #5A3D00; }"
        )
        self.disclaimer.setAccessibleName("Safety note")
        layout.addWidget(self.disclaimer)

        heading = QLabel("Routines are available for:")
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        self.symptom_list = QListWidget()
        self.symptom_list.setAccessibleName("Symptoms covered")
        self.symptom_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for symptom in catalogue.symptoms:
            item = QListWidgetItem(f"{symptom.name} — {symptom.description}")
            item.setToolTip(f"{len(symptom.points)} points")
            self.symptom_list.addItem(item)
        layout.addWidget(self.symptom_list, stretch=1)
