"""Preferences: one dialog for every choice the person can make, saved to settings.ini in the data folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.planner import MAX_MINUTES, MIN_MINUTES
from acupress_desktop.domain.reminders import WEEKDAY_NAMES, ReminderPlan, format_times, parse_times
from acupress_desktop.i18n import QT_TR_NOOP, tr
from acupress_desktop.ui import theme
from acupress_desktop.ui.preferences import LANGUAGES, Preferences

NO_TRAY = QT_TR_NOOP(
    "Your desktop shows no system tray, so reminders appear as a banner in the Acupress window while it is open."
)
_WEEKDAYS = (  # WEEKDAY_NAMES, marked for lupdate
    QT_TR_NOOP("Monday"),
    QT_TR_NOOP("Tuesday"),
    QT_TR_NOOP("Wednesday"),
    QT_TR_NOOP("Thursday"),
    QT_TR_NOOP("Friday"),
    QT_TR_NOOP("Saturday"),
    QT_TR_NOOP("Sunday"),
)
WITH_TRAY = QT_TR_NOOP(
    "Reminders show as a desktop notification from the Acupress icon in the system tray; click it to start."
)


class PreferencesDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        data_dir: Path,
        tray_available: bool,
        start_at_login: bool | None,  # None: this platform's mechanism is not supported yet
        next_reminder: Callable[[ReminderPlan], str] = lambda _plan: "",
        backups: tuple[str, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self._preferences = preferences
        self._next_reminder = next_reminder
        self.data_dir = data_dir
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(preferences), tr("&General"))
        self.tabs.addTab(self._reminders_tab(preferences, tray_available, start_at_login), tr("&Reminders"))
        self.tabs.addTab(self._appearance_tab(preferences), tr("A&ppearance"))
        self.tabs.addTab(self._data_tab(data_dir, backups), tr("&Data"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._show_next()

    # -- tabs ------------------------------------------------------------------------------------
    def _general_tab(self, preferences: Preferences) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.minutes = QSpinBox(minimum=MIN_MINUTES, maximum=MAX_MINUTES, value=preferences.default_minutes)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Minutes for a new routine"))
        form.addRow(tr("&Minutes for a new routine:"), self.minutes)
        self.sounds = QCheckBox(tr("Play a &sound at each change of step"))
        self.sounds.setChecked(preferences.sounds)
        form.addRow(self.sounds)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(preferences.volume)
        self.volume.setAccessibleName(tr("Sound volume"))
        self.volume.setPageStep(10)
        self.volume_text = QLabel()
        self.volume.valueChanged.connect(lambda value: self.volume_text.setText(f"{value} %"))
        self.volume_text.setText(f"{preferences.volume} %")
        self.sounds.toggled.connect(self.volume.setEnabled)
        self.volume.setEnabled(preferences.sounds)
        row = QHBoxLayout()
        row.addWidget(self.volume, stretch=1)
        row.addWidget(self.volume_text)
        volume_label = QLabel(tr("&Volume:"))
        volume_label.setBuddy(self.volume)
        form.addRow(volume_label, row)
        self.pregnant = QCheckBox(tr("I &could be pregnant"))
        self.pregnant.setChecked(preferences.could_be_pregnant)
        self.pregnant.setToolTip(tr("The planner starts with its pregnancy box ticked and leaves out points to avoid."))
        form.addRow(self.pregnant)
        note = QLabel(tr("The planner starts with this answer; you can still change it there for one routine."))
        note.setWordWrap(True)
        theme.style(note, lambda c: f"color: {theme.css(c.muted_text)};")
        form.addRow(note)
        return page

    def _reminders_tab(self, preferences: Preferences, tray_available: bool, start_at_login: bool | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        plan = preferences.reminders
        self.times = QLineEdit(format_times(plan.times))
        self.times.setPlaceholderText(tr("for example 9:00, 14:30 (empty: no reminders)"))
        self.times.setAccessibleName(tr("Reminder times"))
        self.times.textChanged.connect(self._show_next)
        form.addRow(tr("Remind me &at:"), self.times)
        days = QGridLayout()
        self.weekdays: list[QCheckBox] = []
        for index, name in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(tr(name))
            box.setChecked(index in plan.weekdays)
            box.toggled.connect(self._show_next)
            self.weekdays.append(box)
            days.addWidget(box, index // 4, index % 4)
        form.addRow(tr("On:"), days)
        layout.addLayout(form)
        self.times_error = QLabel(wordWrap=True)
        theme.style(self.times_error, lambda c: f"color: {theme.css(c.error_text)};")
        layout.addWidget(self.times_error)
        self.next_text = QLabel()
        self.next_text.setObjectName("nextReminder")
        layout.addWidget(self.next_text)
        explain = QLabel(
            tr(
                "Only on days with no session logged yet. Snooze gives you 10 more minutes; a time missed while the "
                "computer slept is shown once if it was recent, never as a pile of reminders."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.tray_note = QLabel(tr(WITH_TRAY if tray_available else NO_TRAY))
        self.tray_note.setObjectName("trayNote")
        self.tray_note.setWordWrap(True)
        layout.addWidget(self.tray_note)
        self.start_at_login = QCheckBox(tr("S&tart Acupress when I log in"))
        self.start_at_login.setChecked(bool(start_at_login))
        if start_at_login is None:
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(tr("Not available on this system yet."))
        layout.addWidget(self.start_at_login)
        layout.addStretch(1)
        return page

    def _appearance_tab(self, preferences: Preferences) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        for choice, label in theme.THEME_LABELS.items():
            self.theme.addItem(tr(label), choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        form.addRow(tr("&Theme:"), self.theme)
        self.reduced_motion = QCheckBox(tr("&Reduce motion (no zoom animations)"))
        self.reduced_motion.setChecked(preferences.reduced_motion)
        form.addRow(self.reduced_motion)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(tr(label), code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        form.addRow(tr("&Language:"), self.language)
        self.language_note = QLabel(tr("A new language applies the next time Acupress starts."))
        self.language_note.setWordWrap(True)
        theme.style(self.language_note, lambda c: f"color: {theme.css(c.muted_text)};")
        form.addRow(self.language_note)
        return page

    def _data_tab(self, data_dir: Path, backups: tuple[str, ...] | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Your sessions, routines and these preferences are kept on this computer in:")))
        self.folder = QLineEdit(str(data_dir))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Data folder"))
        open_button = QPushButton(tr("&Open folder"))
        open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, stretch=1)
        row.addWidget(open_button)
        layout.addLayout(row)
        self.backups: QListWidget | None = None
        if backups is not None:
            layout.addWidget(QLabel(tr("Backups kept on this computer (File > Restore from a backup… puts one back):")))
            self.backups = QListWidget()
            self.backups.setAccessibleName(tr("Backups"))
            self.backups.addItems(list(backups) or [tr("No backups yet.")])
            layout.addWidget(self.backups)
        layout.addStretch(1)
        return page

    # -- reading -----------------------------------------------------------------------------------
    def reminder_plan(self) -> ReminderPlan | None:
        """The plan as entered, or None (with the reason shown) when a time cannot be read."""
        try:
            times = parse_times(self.times.text())
        except ValueError as error:
            self.times_error.setText(str(error))
            return None
        self.times_error.setText("")
        return ReminderPlan(
            times=times, weekdays=frozenset(i for i, box in enumerate(self.weekdays) if box.isChecked())
        )

    def preferences(self) -> Preferences:
        plan = self.reminder_plan()
        return replace(
            self._preferences,
            default_minutes=self.minutes.value(),
            sounds=self.sounds.isChecked(),
            volume=self.volume.value(),
            reduced_motion=self.reduced_motion.isChecked(),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            could_be_pregnant=self.pregnant.isChecked(),
            reminders=self._preferences.reminders if plan is None else plan,
        )

    def _show_next(self) -> None:
        plan = self.reminder_plan()
        self.next_text.setText("" if plan is None else self._next_reminder(plan))

    def accept(self) -> None:
        if self.reminder_plan() is None:
            self.tabs.setCurrentIndex(1)
            self.times.setFocus()
            return
        super().accept()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
