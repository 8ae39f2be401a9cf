"""The left column of the planner: what hurts, where, the person's situation and the warning signs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.catalogue import Catalogue, RedFlag
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.planner import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES, PlanRequest
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.search import fold
from acupress_desktop.i18n import QT_TR_NOOP, tr
from acupress_desktop.ui import theme
from acupress_desktop.ui.planner.avoid_button import AvoidButton

SIDE_LABELS = {
    PainSide.LEFT: QT_TR_NOOP("&Left"),
    PainSide.RIGHT: QT_TR_NOOP("&Right"),
    PainSide.BOTH: QT_TR_NOOP("&Both sides"),
}


class PlannerInputs(QWidget):
    """Emits `changed` whenever the request changes; `request()` reads it back."""

    changed = Signal()
    red_flags_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._symptom_box(catalogue))
        layout.addWidget(self._situation_box())
        layout.addWidget(self._flags_box())

    def _symptom_box(self, catalogue: Catalogue) -> QGroupBox:
        hurts = QGroupBox(tr("What hurts?"))
        hurts_layout = QVBoxLayout(hurts)
        self.filter = QLineEdit(placeholderText=tr("Filter symptoms…"), clearButtonEnabled=True)
        self.filter.setAccessibleName(tr("Filter symptoms"))
        self.filter.textChanged.connect(self._apply_filter)
        hurts_layout.addWidget(self.filter)
        self.symptoms = QListWidget()
        self.symptoms.setAccessibleName(tr("Symptoms"))
        self.symptoms.setWordWrap(True)
        self.symptoms.setUniformItemSizes(False)
        self.symptoms.setMinimumHeight(170)
        for symptom in catalogue.symptoms:
            item = QListWidgetItem(symptom.name)
            item.setData(Qt.ItemDataRole.UserRole, symptom.id)
            item.setToolTip(symptom.description)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.symptoms.addItem(item)
        rows = self.symptoms.sizeHintForRow(0) * self.symptoms.count()
        self.symptoms.setMinimumHeight(rows + 2 * self.symptoms.frameWidth() + 2)  # every complaint, no scrolling
        self.symptoms.itemChanged.connect(self._symptoms_changed)
        self.symptoms.currentItemChanged.connect(self._show_description)
        hurts_layout.addWidget(self.symptoms, stretch=1)
        self.description = QLabel(wordWrap=True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        self.description.hide()
        hurts_layout.addWidget(self.description)
        return hurts

    def _situation_box(self) -> QGroupBox:
        situation = QGroupBox(tr("Where and how"))
        form = QFormLayout(situation)
        side_row = QWidget()
        side_layout = QGridLayout(side_row)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_buttons = QButtonGroup(self)
        for index, (side, label) in enumerate(SIDE_LABELS.items()):
            button = QRadioButton(tr(label))
            button.setProperty("side", side.value)
            self.side_buttons.addButton(button)
            side_layout.addWidget(button, 0, index)
        self.side_buttons.buttonToggled.connect(self._side_toggled)
        self.side_row = side_row
        form.addRow(tr("Side of the pain:"), side_row)
        self._form = form
        form.setRowVisible(side_row, False)  # asked only for complaints that have a side

        self.pregnant = QCheckBox(tr("I am pre&gnant"))
        self.anticoagulants = QCheckBox(tr("I take blood thinners or have a bleeding disorder"))
        self.varicose = QCheckBox(tr("I have &varicose veins in my legs"))
        for box in (self.pregnant, self.anticoagulants, self.varicose):
            box.toggled.connect(self.changed)
            form.addRow(box)

        form.addRow(tr("Do not press on:"), self._avoid_button())
        self.minutes = QSpinBox(minimum=MIN_MINUTES, maximum=MAX_MINUTES, value=DEFAULT_MINUTES, suffix=tr(" min"))
        self.minutes.setAccessibleName(tr("Minutes available"))
        self.minutes.valueChanged.connect(self.changed)
        form.addRow(tr("Time available:"), self.minutes)
        return situation

    def _avoid_button(self) -> AvoidButton:
        self.avoid_button = AvoidButton()
        self.avoid_button.changed.connect(self.changed)
        return self.avoid_button

    def _flags_box(self) -> QGroupBox:
        self.flags_box = QGroupBox(tr("Warning signs: tick any that apply to you"))
        self.flags_box.setObjectName("redFlags")
        theme.style(
            self.flags_box,
            lambda c: f"QGroupBox#redFlags {{ font-weight: 600; color: {theme.css(c.warning_text)}; }}",
        )
        flags_layout = QVBoxLayout(self.flags_box)
        self.flag_list = QListWidget()
        self.flag_list.setAccessibleName(tr("Warning signs"))
        self.flag_list.setWordWrap(True)
        self.flag_list.setMinimumHeight(150)
        self.flag_list.setStyleSheet("QListWidget { font-weight: normal; color: palette(text); }")
        self.flag_list.itemChanged.connect(self._flag_changed)
        flags_layout.addWidget(self.flag_list)
        self.flags_box.hide()
        return self.flags_box

    # -- reading ---------------------------------------------------------------------------
    def selected_symptoms(self) -> tuple[str, ...]:
        items = (self.symptoms.item(i) for i in range(self.symptoms.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def pain_side(self) -> PainSide:
        """The side asked for, or none when no picked complaint has a side (or none is chosen yet)."""
        button = self.side_buttons.checkedButton()
        if button is None or not self.side_asked():
            return PainSide.NONE
        return PainSide(button.property("side"))

    def side_asked(self) -> bool:
        return any(self._catalogue.symptom(s).sided for s in self.selected_symptoms())

    def request(self) -> PlanRequest:
        return PlanRequest(
            symptoms=self.selected_symptoms(),
            pain_side=self.pain_side(),
            pregnant=self.pregnant.isChecked(),
            anticoagulants=self.anticoagulants.isChecked(),
            varicose_veins=self.varicose.isChecked(),
            avoid_regions=self.avoid_button.areas()[0],
            minutes=self.minutes.value(),
            red_flags_present=self.red_flags_ticked(),
            avoid_one_side=self.avoid_button.areas()[1],
        )

    def red_flags_ticked(self) -> frozenset[str]:
        items = (self.flag_list.item(i) for i in range(self.flag_list.count()))
        return frozenset(
            str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def red_flag_ids(self) -> list[str]:
        return [str(self.flag_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.flag_list.count())]

    # -- writing ---------------------------------------------------------------------------
    def set_red_flag(self, flag_id: str, present: bool) -> None:
        for i in range(self.flag_list.count()):
            item = self.flag_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == flag_id:
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def set_symptom_checked(self, symptom_id: str, checked: bool) -> None:
        for i in range(self.symptoms.count()):
            item = self.symptoms.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == symptom_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_side(self, side: PainSide) -> None:
        self.side_buttons.setExclusive(False)  # so that "no side" can clear every button
        for button in self.side_buttons.buttons():
            button.setChecked(button.property("side") == side.value)
        self.side_buttons.setExclusive(True)

    def show_routine_settings(self, routine: Routine) -> None:
        """Show what a saved routine was planned for, without asking for a new plan."""
        self.blockSignals(True)
        try:
            for i in range(self.symptoms.count()):
                item = self.symptoms.item(i)
                wanted = item.data(Qt.ItemDataRole.UserRole) in routine.request.symptoms
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.set_side(routine.request.pain_side)
            self._update_side_question()
            self.pregnant.setChecked(routine.request.pregnant)
            self.anticoagulants.setChecked(routine.request.anticoagulants)
            self.varicose.setChecked(routine.request.varicose_veins)
            self.avoid_button.set_areas(routine.request.avoid_regions, routine.request.avoid_one_side)
            self.minutes.setValue(routine.request.minutes)
        finally:
            self.blockSignals(False)

    def reset(self, symptom_id: str) -> None:
        """A fresh start for one complaint: other complaints, the side, the filter and warning answers are
        cleared; the person's own situation (pregnancy, blood thinners, veins, time) stays."""
        self.blockSignals(True)
        try:
            self.filter.clear()
            for i in range(self.symptoms.count()):
                item = self.symptoms.item(i)
                wanted = item.data(Qt.ItemDataRole.UserRole) == symptom_id
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.set_side(PainSide.NONE)
            for flag_id in self.red_flag_ids():
                self.set_red_flag(flag_id, False)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def show_red_flags(self, flags: tuple[RedFlag, ...]) -> None:
        """Show the questions for the picked symptoms, keeping answers already given."""
        if self.red_flag_ids() == [f.id for f in flags]:
            return
        answered = self.red_flags_ticked()
        self.flag_list.blockSignals(True)
        self.flag_list.clear()
        for flag in flags:
            item = QListWidgetItem(flag.question)
            item.setData(Qt.ItemDataRole.UserRole, flag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if flag.id in answered else Qt.CheckState.Unchecked)
            self.flag_list.addItem(item)
        self.flag_list.blockSignals(False)
        self.flags_box.setVisible(bool(flags))

    # -- internals -------------------------------------------------------------------------
    def _flag_changed(self, _item: QListWidgetItem) -> None:
        self.red_flags_changed.emit()
        self.changed.emit()

    def _side_toggled(self, _button: object, checked: bool) -> None:
        if checked:  # the button turned off fires too; react once
            self.changed.emit()

    def _symptoms_changed(self, _item: QListWidgetItem) -> None:
        self._update_side_question()
        self.changed.emit()

    def _update_side_question(self) -> None:
        self._form.setRowVisible(self.side_row, self.side_asked())

    def _show_description(self, item: QListWidgetItem | None) -> None:
        self.description.setText(item.toolTip() if item else "")
        self.description.setVisible(item is not None)

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text)
        for i in range(self.symptoms.count()):
            item = self.symptoms.item(i)
            haystack = fold(item.text() + " " + item.toolTip())
            item.setHidden(bool(wanted) and wanted not in haystack)
