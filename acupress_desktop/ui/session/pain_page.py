"""Asks for pain 0-10 with its anchor words and an optional note; skipping is explicit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.pain import MAX_NOTE_LENGTH, PAIN_ANCHORS, PAIN_MAX, PAIN_MIN
from acupress_desktop.i18n import QT_TR_NOOP, tr
from acupress_desktop.ui import theme

_ANCHOR_WORDS = (QT_TR_NOOP("no pain"), QT_TR_NOOP("worst pain imaginable"))  # PAIN_ANCHORS, for lupdate


class PainPage(QWidget):
    """Emits answered(score or None, note). None means the person chose to skip the score."""

    answered = Signal(object, str)

    def __init__(self, title: str, question: str, note_label: str, go_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.heading = QLabel(title)
        theme.scale_font(self.heading, 1.6, theme.DEMIBOLD)
        layout.addWidget(self.heading)
        self.reminder = QLabel()
        self.reminder.setObjectName("painReminder")
        theme.style(self.reminder, lambda c: f"color: {theme.css(c.accent)};")
        theme.scale_font(self.reminder, 1.1, theme.DEMIBOLD)
        self.reminder.hide()
        layout.addWidget(self.reminder)
        prompt = QLabel(question)
        theme.scale_font(prompt, 1.1)
        layout.addWidget(prompt)
        layout.addLayout(self._score_grid())
        self._below_scores(layout, note_label)
        layout.addLayout(self._buttons(go_text))

    def _score_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.scores = QButtonGroup(self)
        self.scores.setExclusive(True)
        for value in range(PAIN_MIN, PAIN_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(44, 44)
            words = tr(", {words}").format(words=tr(PAIN_ANCHORS[value])) if value in PAIN_ANCHORS else ""
            button.setAccessibleName(tr("Pain {value}").format(value=value) + words)
            theme.scale_font(button, 1.15)
            theme.style(button, theme.checked_accent)
            self.scores.addButton(button, value)
            grid.addWidget(button, 0, value)
        for value, anchor_words in PAIN_ANCHORS.items():
            anchor = QLabel(tr(anchor_words))
            anchor.setWordWrap(True)
            anchor.setAlignment(Qt.AlignmentFlag.AlignLeft if value == PAIN_MIN else Qt.AlignmentFlag.AlignRight)
            grid.addWidget(anchor, 1, 0 if value == PAIN_MIN else PAIN_MAX - 2, 1, 3)
        return grid

    def _below_scores(self, layout: QVBoxLayout, note_label: str) -> None:
        hint = QLabel(tr("Tip: type a number, 0 to 9, or click; 10 with the button."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(QLabel(note_label))
        self.note = QLineEdit(placeholderText=tr("Optional"))
        self.note.setMaxLength(MAX_NOTE_LENGTH)  # any text, capped where the log caps it
        self.note.setAccessibleName(note_label)
        layout.addWidget(self.note)
        layout.addSpacing(16)
        self.overview = QLabel(wordWrap=True)
        self.overview.setObjectName("overview")
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.overview)
        layout.addStretch(1)
        for value in range(PAIN_MIN, 10):
            shortcut = QShortcut(QKeySequence(str(value)), self, lambda v=value: self.choose(v))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # a page is not a dialog: Enter needs its own shortcut
            go = QShortcut(QKeySequence(key), self, self._go_if_ready)
            go.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _buttons(self, go_text: str) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.discard_button = QPushButton(tr("&Discard this session"))
        self.discard_button.setToolTip(tr("Nothing was pressed and no score given: leave no entry in your history"))
        self.discard_button.hide()
        buttons.addWidget(self.discard_button)
        self.skip_button = QPushButton(tr("Skip this question"))
        self.skip_button.setToolTip(tr("Nothing is stored for the score (it is not counted as 0)"))
        self.go_button = QPushButton(go_text)
        self.go_button.setDefault(True)
        self.go_button.setEnabled(False)
        self.scores.idToggled.connect(lambda _id, _on: self.go_button.setEnabled(self.score() is not None))
        self.skip_button.clicked.connect(lambda: self.answered.emit(None, self.note.text()))
        self.go_button.clicked.connect(lambda: self.answered.emit(self.score(), self.note.text()))
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        return buttons

    def remind(self, text: str) -> None:
        """A line above the question, e.g. the score given before the session."""
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))

    def _go_if_ready(self) -> None:
        if self.go_button.isEnabled():
            self.go_button.click()

    def score(self) -> int | None:
        checked = self.scores.checkedId()
        return None if checked < 0 else checked

    def choose(self, value: int) -> None:
        button = self.scores.button(value)
        if button is not None:
            button.setChecked(True)
