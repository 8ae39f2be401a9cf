"""Log a session done away from the app: symptoms, side, pain before and after, when, how long."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.error_words import worded
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.localisation import is_chinese
from acupress_desktop.domain.pain import MAX_MANUAL_MINUTES, MAX_NOTE_LENGTH, EntryError
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr
from acupress_desktop.services.session import SessionService
from acupress_desktop.ui import theme

SIDE_NAMES = {
    PainSide.LEFT: QT_TR_NOOP("Left"),
    PainSide.RIGHT: QT_TR_NOOP("Right"),
    PainSide.BOTH: QT_TR_NOOP("Both sides"),
    PainSide.NONE: QT_TR_NOOP("No side"),
}


class LogSessionDialog(QDialog):
    def __init__(self, catalogue: Catalogue, sessions: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Log a session"))
        self._catalogue = catalogue
        self._sessions = sessions
        self.saved_id: int | None = None

        self.symptoms = QListWidget()
        self.symptoms.setAccessibleName(tr("Symptoms"))
        self.symptoms.setMinimumHeight(150)
        for symptom in catalogue.symptoms:
            item = QListWidgetItem(symptom.name)
            item.setData(Qt.ItemDataRole.UserRole, symptom.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.symptoms.addItem(item)
        self.side = QComboBox()
        for side, name in SIDE_NAMES.items():
            self.side.addItem(tr(name), side.value)
        self.side.setCurrentIndex(self.side.findData(PainSide.NONE.value))
        self.before = QSpinBox(minimum=0, maximum=10, value=5)
        self.after = QSpinBox(minimum=0, maximum=10, value=5)
        for box in (self.before, self.after):
            box.setToolTip(tr("0 = no pain, 10 = worst pain imaginable"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.minutes = QSpinBox(minimum=1, maximum=MAX_MANUAL_MINUTES, value=10, suffix=tr(" min"))
        self.note = QLineEdit(placeholderText=tr("Optional"))
        self.note.setMaxLength(MAX_NOTE_LENGTH)  # any text, capped where the log caps it
        self.error = QLabel(wordWrap=True)
        theme.style(self.error, lambda c: f"color: {theme.css(c.error_text)};")
        self.error.hide()

        form = QFormLayout()
        form.addRow(tr("What hurt:"), self.symptoms)
        form.addRow(tr("Side:"), self.side)
        form.addRow(tr("Pain before (0-10):"), self.before)
        form.addRow(tr("Pain after (0-10):"), self.after)
        form.addRow(tr("When:"), self.when)
        form.addRow(tr("How long:"), self.minutes)
        form.addRow(tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def check(self, symptom_id: str) -> None:
        for i in range(self.symptoms.count()):
            item = self.symptoms.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == symptom_id:
                item.setCheckState(Qt.CheckState.Checked)

    def save(self) -> None:
        chosen = tuple(
            str(self.symptoms.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.symptoms.count())
            if self.symptoms.item(i).checkState() == Qt.CheckState.Checked
        )
        try:
            self.saved_id = self._sessions.log_manual(
                {s.id for s in self._catalogue.symptoms},
                chosen,
                PainSide(self.side.currentData()),
                self.before.value(),
                self.after.value(),
                self.when.dateTime().toPython(),  # type: ignore[arg-type]
                self.minutes.value(),
                self.note.text(),
            )
        except EntryError as error:
            language = current_language()
            message = worded(error, language)
            self.error.setText(message[0].upper() + message[1:] + ("。" if is_chinese(language) else "."))
            self.error.show()
            return
        self.accept()
