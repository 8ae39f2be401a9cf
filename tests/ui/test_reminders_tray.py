"""Reminders on screen: one at a time, snoozed, quiet during a session, kept across restarts; the tray's menu."""

from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.reminders import ReminderPlan
from acupress_desktop.services.composition import Services
from acupress_desktop.services.reminders import ReminderService
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.tray import ReminderBanner, ReminderCenter

PLAN = ReminderPlan(times=(time(9, 0), time(14, 0)))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 8, 0)

    def __call__(self) -> datetime:
        return self.now


def _center(qtbot: QtBot, context: Services, tmp_path: Path, clock: Clock, **options: object) -> ReminderCenter:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    arguments: dict[str, object] = {"use_tray": False} | options
    return ReminderCenter(ReminderService(context.sessions, clock), settings, PLAN, banner, **arguments)  # type: ignore[arg-type]


def test_a_reminder_shows_once_at_its_time_and_snooze_brings_it_back_later(
    qtbot: QtBot, context: Services, tmp_path: Path
) -> None:
    clock = Clock()
    center = _center(qtbot, context, tmp_path, clock)
    assert not center.check()
    assert center.next_text() == "Next reminder today at 9:00"
    clock.now = datetime(2026, 11, 30, 9, 0, 10)
    assert center.check()
    assert not center.banner.isHidden()  # the one reminder, also in the window
    clock.now += timedelta(seconds=30)
    assert not center.check()  # never a second one for the same time
    center.snooze()
    assert center.banner.isHidden()
    assert center.next_text() == "Next reminder today at 9:10"
    clock.now = datetime(2026, 11, 30, 9, 11)
    assert center.check()
    assert center.shown == 2


def test_the_state_survives_a_restart(qtbot: QtBot, context: Services, tmp_path: Path) -> None:
    clock = Clock()
    clock.now = datetime(2026, 11, 30, 9, 0, 5)
    assert _center(qtbot, context, tmp_path, clock).check()
    restarted = _center(qtbot, context, tmp_path, clock)  # the same settings file, a new process
    assert not restarted.check()
    restarted.quiet_for_today()
    assert _center(qtbot, context, tmp_path, clock).next_text() == "Next reminder tomorrow at 9:00"


def test_no_reminder_during_a_guided_session(qtbot: QtBot, context: Services, tmp_path: Path) -> None:
    clock = Clock()
    busy = [True]
    center = _center(qtbot, context, tmp_path, clock, busy=lambda: busy[0])
    clock.now = datetime(2026, 11, 30, 9, 0, 5)
    assert not center.check()
    busy[0] = False
    clock.now = datetime(2026, 11, 30, 9, 10)
    assert center.check()  # shown once the session is over, still within the half hour


# The offscreen test platform has no tray; showing one anyway makes Qt say so.
@pytest.mark.qt_log_ignore(r"^QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_tray_offers_the_routine_open_snooze_and_quit_and_says_when(
    qtbot: QtBot, context: Services, tmp_path: Path
) -> None:
    center = _center(qtbot, context, tmp_path, Clock(), use_tray=True)
    assert center.tray is not None
    assert not center.tray.icon().isNull()
    texts = [action.text() for action in center.menu.actions() if not action.isSeparator()]
    assert texts == ["Start my routine", "Open", "Snooze 10 minutes", "Snooze reminders for today", "Quit"]
    assert center.tray.toolTip() == "Acupress: Next reminder today at 9:00"
    started: list[bool] = []
    center.start_requested.connect(lambda: started.append(True))
    center.tray.messageClicked.emit()  # clicking the notification opens the routine
    assert started == [True]
    center.close()


def test_start_my_routine_opens_the_planner_when_there_is_no_routine_yet(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.pages.setCurrentWidget(window.home)
    window.comfort.start_my_routine()
    assert window.pages.currentWidget() is window.planner
    assert window.session_window is None


def test_no_reminder_while_one_of_our_windows_is_full_screen(qtbot: QtBot, context: Services, tmp_path: Path) -> None:
    clock = Clock()
    center = _center(qtbot, context, tmp_path, clock)
    cover = QWidget()
    qtbot.addWidget(cover)
    cover.showFullScreen()
    clock.now = datetime(2026, 11, 30, 9, 0, 5)
    assert not center.check()
    cover.close()
    assert center.check()


@pytest.mark.qt_log_ignore(r"^QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_and_reminders_closing_the_window_keeps_acupress_running(
    qtbot: QtBot, context: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("acupress_desktop.ui.tray.tray_available", lambda: True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    try:
        window.comfort.apply(replace(window.comfort.preferences, reminders=PLAN))
        window.close()
        assert not window.isVisible()  # hidden, not gone: the reminders still come
        assert quits == []
        window.comfort.reminders.open_requested.emit()  # "Open" in the tray's menu
        assert window.isVisible()
        quit_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit")
        quit_action.trigger()  # File > Quit really quits
        assert quits == [True]
        assert not window.isVisible()
    finally:
        QApplication.setQuitOnLastWindowClosed(True)
        window.comfort.reminders.close()


@pytest.mark.qt_log_ignore(r"^QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_but_no_reminders_closing_the_window_quits(
    qtbot: QtBot, context: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("acupress_desktop.ui.tray.tray_available", lambda: True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    try:
        window.close()
        qtbot.waitUntil(lambda: quits == [True])
    finally:
        QApplication.setQuitOnLastWindowClosed(True)
        window.comfort.reminders.close()
