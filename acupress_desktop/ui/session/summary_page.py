"""The last screen of a session: what was done, how pain changed, a note, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from acupress_desktop.domain.session import SessionSummary
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.ui import theme


class SummaryPage(QWidget):
    save_routine_clicked = Signal()
    print_clicked = Signal()
    close_clicked = Signal()
    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("summaryHeading")
        theme.scale_font(self.heading, 1.6, theme.DEMIBOLD)
        self.steps = QLabel(wordWrap=True)
        self.steps.setObjectName("summarySteps")
        self.pain = QLabel(wordWrap=True)
        self.pain.setObjectName("summaryPain")
        for label in (self.steps, self.pain):
            theme.scale_font(label, 1.15)
        self.step_list = QLabel(wordWrap=True)
        self.step_list.setObjectName("summaryStepList")
        self.step_list.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLineEdit(placeholderText=tr("How did it go? (optional, saved with the session)"))
        self.note.setAccessibleName(tr("Note for this session"))
        self.note.editingFinished.connect(lambda: self.note_edited.emit(self.note.text()))
        self.saved_where = QLabel(wordWrap=True)
        self.saved_where.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.pain)
        layout.addWidget(self.step_list)
        layout.addSpacing(8)
        layout.addWidget(QLabel(tr("Note:")))
        layout.addWidget(self.note)
        layout.addWidget(self.saved_where)
        layout.addStretch(1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.save_routine_button = QPushButton(tr("Save &routine…"))
        self.save_routine_button.setToolTip(tr("Keep this routine to start it again from Home or the planner"))
        self.save_routine_button.clicked.connect(self.save_routine_clicked)
        self.print_button = QPushButton(tr("&Print this routine…"))
        self.print_button.setToolTip(tr("A sheet to keep by the desk: each point, where to find it, safety notes"))
        self.print_button.clicked.connect(self.print_clicked)
        self.close_button = QPushButton(tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self._close)
        row = QHBoxLayout()
        row.addWidget(self.save_routine_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def show_summary(
        self, summary: SessionSummary, stopped: bool, note: str, routine_saved: bool, step_lines: list[str]
    ) -> None:
        self.heading.setText(tr("Session stopped") if stopped else tr("Well done"))
        self.step_list.setText("<table cellpadding='2'>" + "".join(step_lines) + "</table>")
        self.steps.setText(summary.steps_in_words(current_language()))
        self.pain.setText(summary.pain_in_words(current_language()))
        self.note.setText(note)
        self.saved_where.setText(tr("Saved to your history."))
        self.save_routine_button.setVisible(not routine_saved)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """Everything the summary says, as plain text (for tests and screen readers)."""
        return "\n".join(label.text() for label in (self.heading, self.steps, self.pain))

    def _close(self) -> None:
        self.note_edited.emit(self.note.text())
        self.close_clicked.emit()
