"""The planner page: inputs on the left, the routine on the right, saved routines below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.errors import RoutineNotFoundError
from acupress_desktop.domain.planner import Plan, PlanningError, SideNeededError
from acupress_desktop.domain.routine import (
    Routine,
    RoutineEditError,
    move_step,
    remove_step,
    routine_from_plan,
    set_seconds,
    suggested_name,
)
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.services.planning import PlannerService
from acupress_desktop.ui.planner.inputs import PlannerInputs
from acupress_desktop.ui.planner.name_dialog import NameDialog
from acupress_desktop.ui.planner.routine_view import RoutineView


class PlannerPage(QWidget):
    start_requested = Signal(object)  # a Routine
    routine_changed = Signal(object)  # the Routine shown, or None

    def __init__(self, service: PlannerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._plan: Plan | None = None
        self._edited = False  # the routine shown has the person's own edits
        self.routine: Routine | None = None
        self.confirm_rebuild: Callable[[], bool] = self._ask_rebuild
        self.ask_name: Callable[[str, str, str], str | None] = lambda title, prompt, suggestion: NameDialog.ask(
            self, title, prompt, suggestion
        )

        self.inputs = PlannerInputs(service.catalogue)
        self.view = RoutineView(service.catalogue)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left_column())
        splitter.addWidget(self._right_column())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 770])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._connect()
        self.refresh_saved()
        self.replan()

    def _left_column(self) -> QScrollArea:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.inputs, stretch=1)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setMinimumWidth(400)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs, not their frame
        return left_scroll

    def _saved_box(self) -> QGroupBox:
        saved_box = QGroupBox(tr("Saved routines"))
        saved_layout = QHBoxLayout(saved_box)
        self.saved = QListWidget()
        self.saved.setAccessibleName(tr("Saved routines"))
        self.saved.setMaximumHeight(84)
        self.saved.itemActivated.connect(lambda item: self.open_saved(int(item.data(Qt.ItemDataRole.UserRole))))
        saved_layout.addWidget(self.saved)
        saved_buttons = QVBoxLayout()
        saved_buttons.setSpacing(2)
        self.open_button = QPushButton(tr("Op&en"))
        self.rename_button = QPushButton(tr("Re&name…"))
        self.delete_button = QPushButton(tr("Delete"))
        self.open_button.clicked.connect(lambda: self._with_selected_saved(self.open_saved))
        self.rename_button.clicked.connect(lambda: self._with_selected_saved(self._ask_rename))
        self.delete_button.clicked.connect(lambda: self._with_selected_saved(self._ask_delete))
        for button in (self.open_button, self.rename_button, self.delete_button):
            saved_buttons.addWidget(button)
        saved_layout.addLayout(saved_buttons)
        return saved_box

    def _right_column(self) -> QWidget:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, stretch=1)
        actions = QHBoxLayout()
        self.save_button = QPushButton(tr("Save rou&tine…"))
        self.save_button.clicked.connect(self._ask_save)
        self.update_button = QPushButton(tr("Save &changes"))
        self.update_button.setToolTip(tr("Keep the edits in the saved routine"))
        self.update_button.clicked.connect(self.save_changes)
        self.update_button.hide()
        self.start_button = QPushButton(tr("Start session"))
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.start_button.setStyleSheet("QPushButton#startButton { font-weight: 600; padding: 6px 18px; }")
        self.start_button.clicked.connect(self._start)
        actions.addStretch(1)
        actions.addWidget(self.update_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.start_button)
        right_layout.addLayout(actions)
        right_layout.addWidget(self._saved_box())
        return right

    def _connect(self) -> None:
        catalogue = self._service.catalogue
        self.inputs.changed.connect(self.replan)
        self.view.move_requested.connect(lambda a, b: self._edit(lambda r: move_step(r, a, b), select=b))
        self.view.remove_requested.connect(lambda i: self._edit(lambda r: remove_step(r, i), select=i))
        self.view.seconds_requested.connect(
            lambda i, s: self._edit(lambda r: set_seconds(catalogue, r, i, s), select=i)
        )

    # -- planning ----------------------------------------------------------------------------
    def replan(self) -> None:
        """Build the routine again from the inputs; hand edits are only dropped if the person agrees."""
        if self._edited and self.routine is not None and not self.confirm_rebuild():
            self.view.warnings.setText(
                tr(
                    "<b>Your edited routine is kept.</b> It no longer follows the settings on the left; "
                    "change a setting again and choose Rebuild to plan afresh."
                )
            )
            return
        self._edited = False
        request = self.inputs.request()
        self.inputs.show_red_flags(self._service.red_flags_for(request.symptoms))
        request = self.inputs.request()
        if not request.symptoms:
            self._plan = None
            self._set_routine(None)
            self.view.show_nothing(tr("Pick what hurts to see a routine."))
            return
        try:
            plan = self._service.plan(request)
        except SideNeededError:
            self._set_routine(None)
            self.view.show_nothing(tr("Say which side hurts: left, right or both."))
            return
        except PlanningError as error:
            self._set_routine(None)
            self.view.show_nothing(str(error))
            return
        self._plan = plan
        if plan.blocked:
            self._set_routine(None)
            self.view.show_blocked(plan)
            return
        routine = routine_from_plan(plan)
        self._set_routine(routine)
        self.view.show_routine(routine, plan)

    def _edit(self, change: object, select: int) -> None:
        if self.routine is None or not callable(change):
            return
        try:
            routine = change(self.routine)
        except RoutineEditError as error:
            QMessageBox.information(self, tr("Routine"), str(error))
            return
        self._edited = True
        self._set_routine(routine)
        self.view.show_routine(routine, self._plan, select_row=select)

    def _start(self) -> None:
        if self.routine is not None:
            self.start_requested.emit(self.routine)

    def _ask_rebuild(self) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Rebuild the routine?"),
            tr("You changed the steps by hand. Rebuild the routine for the new settings? Your changes will be lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_fresh(self, symptom_id: str) -> None:
        """Plan for one complaint from a clean slate (Home's "what hurts"): no earlier choices linger."""
        self._edited = False
        self.inputs.reset(symptom_id)

    def _set_routine(self, routine: Routine | None) -> None:
        self.routine = routine
        has_steps = routine is not None and bool(routine.steps)
        self.start_button.setVisible(routine is not None)
        self.start_button.setEnabled(has_steps)
        self.save_button.setEnabled(has_steps)
        self.update_button.setVisible(routine is not None and routine.id is not None)
        self.routine_changed.emit(routine)

    # -- saved routines ----------------------------------------------------------------------
    def refresh_saved(self) -> None:
        self.saved.clear()
        for routine in self._service.saved_routines():
            item = QListWidgetItem(tr("{name}  ({steps} steps)").format(name=routine.name, steps=len(routine.steps)))
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
            self.saved.addItem(item)
        has_any = self.saved.count() > 0
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(has_any)

    def save_as(self, name: str) -> Routine | None:
        if self.routine is None:
            return None
        try:
            saved = self._service.save_new(self.routine, name)
        except RoutineEditError as error:
            QMessageBox.warning(self, tr("Save routine"), str(error))
            return None
        self._set_routine(saved)
        self.refresh_saved()
        return saved

    def save_changes(self) -> None:
        if self.routine is None or self.routine.id is None:
            return
        try:
            self._set_routine(self._service.save_changes(self.routine))
        except RoutineNotFoundError as error:
            QMessageBox.warning(self, tr("Save routine"), str(error))
        self.refresh_saved()

    def open_saved(self, routine_id: int) -> None:
        try:
            routine = self._service.open_routine(routine_id)
        except RoutineNotFoundError as error:
            QMessageBox.warning(self, tr("Open routine"), str(error))
            self.refresh_saved()
            return
        self.inputs.show_routine_settings(routine)
        self.inputs.show_red_flags(self._service.red_flags_for(routine.request.symptoms))
        self._plan = self._plan_for_notes(routine)
        self._edited = False
        self._set_routine(routine)
        self.view.show_routine(routine, self._plan)
        if self._plan is None:
            self.view.excluded.clear()
            self.view.warnings.clear()

    def _plan_for_notes(self, routine: Routine) -> Plan | None:
        """The plan behind a saved routine's settings: its left-out list and safety notes."""
        try:
            plan = self._service.plan(routine.request)
        except PlanningError:
            return None
        return None if plan.blocked else plan

    def rename_saved(self, routine_id: int, name: str) -> bool:
        try:
            self._service.rename(routine_id, name)
        except (RoutineEditError, RoutineNotFoundError) as error:
            QMessageBox.warning(self, tr("Rename routine"), str(error))
            return False
        self.refresh_saved()
        return True

    def delete_saved(self, routine_id: int) -> None:
        self._service.delete(routine_id)
        self.refresh_saved()

    def _with_selected_saved(self, action: object) -> None:
        item = self.saved.currentItem() or (self.saved.item(0) if self.saved.count() else None)
        if item is not None and callable(action):
            action(int(item.data(Qt.ItemDataRole.UserRole)))

    def suggested_name(self, routine: Routine | None = None) -> str:
        routine = routine or self.routine
        if routine is None:
            return ""
        names = {s.id: s.name for s in self._service.catalogue.symptoms}
        request = routine.request
        symptoms = tuple(names.get(s, s) for s in request.symptoms)
        return suggested_name(symptoms, request.pain_side, request.minutes, current_language())

    def _ask_save(self) -> None:
        name = self.ask_name(tr("Save routine"), tr("Name for this routine:"), self.suggested_name())
        if name:
            self.save_as(name)

    def _ask_rename(self, routine_id: int) -> None:
        current = next((r.name for r in self._service.saved_routines() if r.id == routine_id), "")
        name = self.ask_name(tr("Rename routine"), tr("New name:"), current)
        if name:
            self.rename_saved(routine_id, name)

    def _ask_delete(self, routine_id: int) -> None:
        answer = QMessageBox.question(self, tr("Delete routine"), tr("Delete this saved routine?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_saved(routine_id)
