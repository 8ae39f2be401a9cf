"""Preferences: one dialog, saved to settings.ini in the data folder and applied to the open window."""

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.reminders import ReminderPlan
from acupress_desktop.paths import settings_path
from acupress_desktop.services.composition import Services
from acupress_desktop.ui.atlas.page import REDUCED_MOTION_KEY as ATLAS_MOTION_KEY
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.preferences import (
    MUTED_KEY,
    REDUCED_MOTION_KEY,
    Preferences,
    load_preferences,
    save_preferences,
)
from acupress_desktop.ui.preferences_dialog import NO_TRAY, WITH_TRAY, PreferencesDialog
from acupress_desktop.ui.session.window import MUTED_KEY as SESSION_MUTED_KEY


def _dialog(qtbot: QtBot, tmp_path: Path, **options: object) -> PreferencesDialog:
    arguments: dict[str, object] = {"tray_available": False, "start_at_login": False} | options
    dialog = PreferencesDialog(Preferences(), tmp_path, **arguments)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_every_choice_is_read_back_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.language.currentText() == "Follow the system"  # the system locale decides until one is chosen
    dialog.minutes.setValue(15)
    dialog.sounds.setChecked(False)
    dialog.volume.setValue(30)
    dialog.pregnant.setChecked(True)
    dialog.reduced_motion.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.times.setText("14:30, 9:00")
    for index in (5, 6):
        dialog.weekdays[index].setChecked(False)
    chosen = dialog.preferences()
    assert chosen == Preferences(
        default_minutes=15,
        sounds=False,
        volume=30,
        reduced_motion=True,
        theme="dark",
        language="zh_CN",
        could_be_pregnant=True,
        reminders=ReminderPlan(times=(time(9, 0), time(14, 30)), weekdays=frozenset(range(5))),
    )
    assert "next time Acupress starts" in dialog.language_note.text()
    assert dialog.language.itemText(dialog.language.findData("zh_CN")) == "简体中文"


def test_a_time_that_cannot_be_read_keeps_the_dialog_open_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    dialog.times.setText("9:00, half past two")
    dialog.accept()
    assert dialog.isVisible()
    assert "not a time of day" in dialog.times_error.text()
    dialog.times.setText("9:00")
    dialog.accept()
    assert not dialog.isVisible()


def test_without_a_tray_preferences_say_reminders_come_as_a_banner(qtbot: QtBot, tmp_path: Path) -> None:
    assert _dialog(qtbot, tmp_path).tray_note.text() == NO_TRAY
    assert _dialog(qtbot, tmp_path, tray_available=True).tray_note.text() == WITH_TRAY


def test_start_at_login_is_off_by_default_and_disabled_where_unsupported(qtbot: QtBot, tmp_path: Path) -> None:
    assert not _dialog(qtbot, tmp_path).start_at_login.isChecked()
    unsupported = _dialog(qtbot, tmp_path, start_at_login=None)
    assert not unsupported.start_at_login.isEnabled()


def test_the_data_folder_is_shown_and_backups_listed_when_there_are_some(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.folder.text() == str(tmp_path)
    assert dialog.backups is None
    with_backups = _dialog(qtbot, tmp_path, backups=("2 Dec 2026, 09:00",))
    assert with_backups.backups is not None and with_backups.backups.item(0).text() == "2 Dec 2026, 09:00"


def test_preferences_survive_in_settings_and_share_the_windows_own_keys(tmp_path: Path) -> None:
    assert (MUTED_KEY, REDUCED_MOTION_KEY) == (SESSION_MUTED_KEY, ATLAS_MOTION_KEY)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert load_preferences(settings) == Preferences()
    chosen = Preferences(default_minutes=20, sounds=False, theme="light", reminders=ReminderPlan((time(8, 15),)))
    save_preferences(settings, chosen)
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert load_preferences(again) == chosen


def test_applying_preferences_sets_the_planner_defaults_and_reduced_motion(
    qtbot: QtBot, context: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.comfort.apply(Preferences(default_minutes=25, could_be_pregnant=True, reduced_motion=True), False)
    assert window.planner.inputs.minutes.value() == 25
    assert window.planner.inputs.pregnant.isChecked()
    assert window.atlas.picture.reduced_motion
    assert (
        load_preferences(QSettings(str(settings_path(context.data_dir)), QSettings.Format.IniFormat)).default_minutes
        == 25
    )
    assert not (tmp_path / "config" / "autostart" / "io.github.acupress.Acupress.desktop").exists()
    window.comfort.apply(window.comfort.preferences, True)
    assert (tmp_path / "config" / "autostart" / "io.github.acupress.Acupress.desktop").exists()


def test_preferences_are_in_the_file_menu(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.comfort.preferences_action in file_menu.actions()
    assert not window.comfort.preferences_action.shortcut().isEmpty()


def test_the_preferences_of_an_open_window_list_the_backups(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.backups.service.back_up()
    dialog = window.comfort.dialog()
    qtbot.addWidget(dialog)
    assert dialog.backups is not None
    assert dialog.backups.count() >= 1 and "Made by you" in dialog.backups.item(0).text()
