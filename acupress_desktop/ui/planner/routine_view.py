"""The right column of the planner: the routine's steps, what was left out and why, or the advice
that replaces a routine when a warning sign is present."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import side_in_words
from acupress_desktop.domain.planner import Plan
from acupress_desktop.domain.routine import Routine, RoutineStep, seconds_range
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.ui import theme

ThumbnailMaker = Callable[[RoutineStep], QIcon | None]
THUMBNAIL = QSize(72, 72)


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class RoutineView(QWidget):
    """Shows one routine; edits are requested through signals and applied by the page."""

    move_requested = Signal(int, int)
    remove_requested = Signal(int)
    seconds_requested = Signal(int, int)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._routine: Routine | None = None
        self.thumbnail_maker: ThumbnailMaker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.summary = QLabel(tr("Pick what hurts to see a routine."))
        self.summary.setObjectName("routineSummary")
        theme.scale_font(self.summary, 1.15, theme.DEMIBOLD)
        layout.addWidget(self.summary)

        self.advice = QLabel(wordWrap=True)
        self.advice.setObjectName("redFlagAdvice")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        theme.style(self.advice, theme.warning_panel("QLabel#redFlagAdvice", "padding: 12px;"))
        theme.scale_font(self.advice, 1.1)
        self.advice.hide()
        layout.addWidget(self.advice)

        layout.addWidget(self._step_list(), stretch=3)
        layout.addWidget(self._edit_bar())
        layout.addWidget(self._details(), stretch=2)
        self._set_editing_enabled(False)

    def _step_list(self) -> QListWidget:
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Routine steps"))
        self.steps.setIconSize(THUMBNAIL)
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(True)
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.model().rowsMoved.connect(self._rows_dropped)
        self.steps.currentRowChanged.connect(self._current_changed)
        return self.steps

    def _edit_bar(self) -> QWidget:
        self.edit_bar = QWidget()
        edit_row = QHBoxLayout(self.edit_bar)
        edit_row.setContentsMargins(0, 0, 0, 0)
        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.setToolTip(tr("Move the selected step up (Ctrl+Up)"))
        self.down_button = QPushButton(tr("Move &down"))
        self.down_button.setToolTip(tr("Move the selected step down (Ctrl+Down)"))
        self.remove_button = QPushButton(tr("Re&move"))
        self.remove_button.setToolTip(tr("Remove the selected step (Delete)"))
        self.seconds = QSpinBox(suffix=tr(" s"), singleStep=15)
        self.seconds.setAccessibleName(tr("Seconds for the selected step"))
        self.seconds.setKeyboardTracking(False)
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(+1))
        self.remove_button.clicked.connect(self._remove_current)
        self.seconds.valueChanged.connect(self._seconds_edited)
        for widget in (self.up_button, self.down_button, self.remove_button):
            edit_row.addWidget(widget)
        edit_row.addStretch(1)
        edit_row.addWidget(QLabel(tr("Seconds:")))
        edit_row.addWidget(self.seconds)
        QShortcut(QKeySequence("Ctrl+Up"), self.steps, lambda: self._move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.steps, lambda: self._move_current(+1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.steps, self._remove_current)
        return self.edit_bar

    def _details(self) -> QScrollArea:
        self.excluded = QLabel(wordWrap=True)
        self.excluded.setObjectName("excluded")
        self.excluded.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QLabel(wordWrap=True)
        self.warnings.setObjectName("warnings")
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        theme.style(self.warnings, lambda c: f"color: {theme.css(c.caution_text)};")
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(4, 4, 4, 4)
        details_layout.addWidget(self.excluded)
        details_layout.addWidget(self.warnings)
        details_layout.addStretch(1)
        self.details = QScrollArea()
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setMinimumHeight(140)
        return self.details

    # -- showing -----------------------------------------------------------------------------
    def show_nothing(self, message: str) -> None:
        self._routine = None
        self.steps.clear()
        self.summary.setText(message)
        self.advice.hide()
        self.steps.show()
        self.excluded.clear()
        self.warnings.clear()
        self._set_editing_enabled(False)

    def show_blocked(self, plan: Plan) -> None:
        self.show_nothing(tr("No routine this time: please read this first"))
        self.steps.hide()
        self.edit_bar.hide()
        head, *advice = plan.warnings
        items = "".join(f"<li>{text}</li>" for text in advice)
        self.advice.setText(f"<b>{head}</b><ul>{items}</ul>")
        self.advice.show()

    def show_routine(self, routine: Routine, plan: Plan | None, select_row: int = 0) -> None:
        self._routine = routine
        self.advice.hide()
        self.steps.show()
        self.edit_bar.show()
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(routine.steps, start=1):
            self.steps.addItem(self._item(number, step))
        self.steps.blockSignals(False)
        budget = routine.request.minutes * 60
        self.summary.setText(
            tr("{steps} steps · {time} of {minutes} min").format(
                steps=len(routine.steps), time=clock(routine.total_seconds), minutes=routine.request.minutes
            )
            + ("" if routine.total_seconds <= budget else tr(" (over the time you set)"))
        )
        if plan is not None:
            rows = "".join(
                f"<li><b>{e.point.pinyin_plain}</b> · {e.point.display_code}: {e.reason}</li>" for e in plan.excluded
            )
            self.excluded.setText("<b>" + tr("Left out") + f"</b><ul>{rows}</ul>" if rows else "")
            notes = "".join(f"<li>{w}</li>" for w in plan.warnings)
            self.warnings.setText("<b>" + tr("Please note") + f"</b><ul>{notes}</ul>" if notes else "")
        self._set_editing_enabled(bool(routine.steps))
        if routine.steps:
            self.steps.setCurrentRow(min(select_row, len(routine.steps) - 1))

    def step_texts(self) -> list[str]:
        return [self.steps.item(i).text() for i in range(self.steps.count())]

    def _item(self, number: int, step: RoutineStep) -> QListWidgetItem:
        point = self._catalogue.point(step.code)
        text = (
            f"{number}. {point.pinyin_plain} · {point.display_code} · {point.hanzi}\n"
            f"{side_in_words(point, step.side, current_language())} · {clock(step.seconds)}\n"
            f"{step.why[0] if step.why else ''}"
        )
        item = QListWidgetItem(text)
        item.setToolTip("\n".join([step.instruction, "", *step.why]))
        item.setData(Qt.ItemDataRole.UserRole, number - 1)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        if self.thumbnail_maker is not None:
            icon = self.thumbnail_maker(step)
            if icon is not None:
                item.setIcon(icon)
        return item

    # -- editing -----------------------------------------------------------------------------
    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (self.up_button, self.down_button, self.remove_button, self.seconds):
            widget.setEnabled(enabled)

    def _current_changed(self, row: int) -> None:
        if self._routine is None or not 0 <= row < len(self._routine.steps):
            return
        step = self._routine.steps[row]
        low, high = seconds_range(self._catalogue, step.code)
        self.seconds.blockSignals(True)
        self.seconds.setRange(low, high)
        self.seconds.setValue(step.seconds)
        self.seconds.setToolTip(tr("{low}-{high} seconds for this point").format(low=low, high=high))
        self.seconds.blockSignals(False)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(row < len(self._routine.steps) - 1)
        self.remove_button.setEnabled(len(self._routine.steps) > 1)

    def _move_current(self, delta: int) -> None:
        row = self.steps.currentRow()
        if self._routine is not None and 0 <= row + delta < len(self._routine.steps) and row >= 0:
            self.move_requested.emit(row, row + delta)

    def _remove_current(self) -> None:
        row = self.steps.currentRow()
        if self._routine is not None and row >= 0 and len(self._routine.steps) > 1:
            self.remove_requested.emit(row)

    def _seconds_edited(self, value: int) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.seconds_requested.emit(row, value)

    def _rows_dropped(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int) -> None:
        """A drag moved one item: tell the page, which re-shows the routine in the new order."""
        new_index = row if row < start else row - 1
        if new_index != start:  # re-showing inside the drop would pull the model from under Qt
            QTimer.singleShot(0, lambda: self.move_requested.emit(start, new_index))
