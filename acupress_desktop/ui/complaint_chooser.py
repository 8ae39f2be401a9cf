"""Home's "What hurts?": every complaint a button with its whole name, grouped by where it hurts, the person's
own complaints first. Names flow onto the next line as the window narrows; the groups come from the catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from acupress_desktop.domain.complaint_groups import by_group
from acupress_desktop.domain.glance import ComplaintGroup, ComplaintName
from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme
from acupress_desktop.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from PySide6.QtGui import QCursor


def group_title(group: ComplaintGroup) -> str:
    return {
        ComplaintGroup.HEAD_FACE: tr("Head and face"),
        ComplaintGroup.NECK_ARMS: tr("Neck, shoulders and arms"),
        ComplaintGroup.BACK_HIPS: tr("Back and hips"),
        ComplaintGroup.LEGS_FEET: tr("Legs and feet"),
        ComplaintGroup.BODY_MIND: tr("Body and mind"),
        ComplaintGroup.OTHER: tr("More complaints"),
    }[group]


def _chip_style(c: theme.Colours) -> str:
    return (
        f"QPushButton#complaint {{ background: {theme.css(c.note_background)}; color: {theme.css(c.note_text)};"
        f" border: 1px solid {theme.css(c.note_border)}; border-radius: 6px; padding: 4px 12px; }}"
        f" QPushButton#complaint:hover {{ border-color: {theme.css(c.accent)}; }}"
        f" QPushButton#complaint:focus {{ border: 2px solid {theme.css(c.accent)}; padding: 3px 11px; }}"
        f" QPushButton#complaint:pressed {{ background: {theme.css(c.accent)}; color: {theme.css(c.on_accent)}; }}"
        f" QLabel#complaintGroup {{ color: {theme.css(c.muted_text)}; }}"
    )


class ComplaintChooser(QScrollArea):
    chosen = Signal(str)  # a symptom id

    def __init__(self, symptoms: Sequence[ComplaintName], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)  # names flow onto more lines rather than scroll sideways
        self.setAccessibleName(tr("Complaints by where it hurts"))
        self._symptoms = {symptom.id: symptom for symptom in symptoms}
        content = QWidget()
        content.setObjectName("complaints")
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(2, 2, 2, 2)
        self._column.setSpacing(4)
        self.yours, self._yours_flow = self._group(content, tr("Yours"))
        self.your_buttons: dict[str, QPushButton] = {}
        self.yours.hide()
        self.buttons: dict[str, QPushButton] = {}
        self._hand: QCursor | None = None  # see point_with_hand
        for group, members in by_group(symptoms):
            _box, flow = self._group(content, group_title(group))
            for symptom in members:
                self.buttons[symptom.id] = self._chip(symptom, flow.parentWidget())
                flow.addWidget(self.buttons[symptom.id])
        self._column.addStretch(1)
        self.setWidget(content)
        # styled once the whole tree sits in the viewport: styling it before, the move restyles every name (~2 ms)
        theme.style(content, _chip_style)

    def _group(self, content: QWidget, title: str) -> tuple[QWidget, FlowLayout]:
        """A heading and the names under it; each widget is made in its parent, so none is moved (and restyled)."""
        box = QWidget(content)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        heading = QLabel(title, box)
        heading.setObjectName("complaintGroup")
        theme.scale_font(heading, 1.0, theme.BOLD)
        layout.addWidget(heading)
        chips = QWidget(box)
        flow = FlowLayout(chips)
        chips.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(chips)
        self._column.addWidget(box)
        return box, flow

    def _chip(self, symptom: ComplaintName, parent: QWidget | None) -> QPushButton:
        button = QPushButton(symptom.name.replace("&", "&&"), parent)
        button.setObjectName("complaint")
        button.setToolTip(symptom.description)
        button.setAccessibleName(tr("Plan a routine for {symptom}").format(symptom=symptom.name))
        button.setAccessibleDescription(symptom.description)
        if self._hand is not None:
            button.setCursor(self._hand)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, key=symptom.id: self.chosen.emit(key))
        return button

    def point_with_hand(self) -> None:
        """A pointing hand over each name, right after the first paint: the cursor's shape is one of the ``Qt``
        namespace's values, which cost Home's first paint about 20 ms to load."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QCursor

        self._hand = QCursor(Qt.CursorShape.PointingHandCursor)
        for button in [*self.buttons.values(), *self.your_buttons.values()]:
            button.setCursor(self._hand)

    def show_yours(self, symptom_ids: Sequence[str]) -> None:
        """The person's own complaints, first; hidden until there are any."""
        wanted = [i for i in symptom_ids if i in self._symptoms]
        if wanted == list(self.your_buttons):
            return
        for button in self.your_buttons.values():
            self._yours_flow.removeWidget(button)
            button.deleteLater()
        self.your_buttons = {}
        for symptom_id in wanted:
            self.your_buttons[symptom_id] = self._chip(self._symptoms[symptom_id], self._yours_flow.parentWidget())
            self._yours_flow.addWidget(self.your_buttons[symptom_id])
        self.yours.setVisible(bool(wanted))
        first = next(iter(self.buttons.values()), None)
        if wanted and first is not None:  # Tab reaches them before the groups, as they are read
            before: QWidget | None = first.previousInFocusChain()
            for button in self.your_buttons.values():
                if before is not None:
                    QWidget.setTabOrder(before, button)
                before = button
