"""Reminders on screen: the tray icon and its menu, a desktop notification, or a banner in the window.

The rules (when, how often, snooze) are in domain/reminders.py; this module only asks them every half minute,
shows the one reminder they allow, and keeps their state in settings.ini so it survives restarts.

What counts as "quiet": one of Acupress's own windows is full screen or a guided session is open. Qt cannot see
other applications' windows or whether the screen is being shared, so for those we rely on the desktop's own
do-not-disturb (Windows focus assist turns itself on for full-screen apps and games, macOS Focus can turn on
while the screen is shared or mirrored, GNOME and KDE have do-not-disturb switches that hold notifications).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSystemTrayIcon, QWidget

from acupress_desktop.domain.reminders import Action, ReminderPlan, ReminderState
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr
from acupress_desktop.ui import theme
from acupress_desktop.ui.app_icon import application_icon
from acupress_desktop.ui.preferences import load_reminder_state, read_bool, save_reminder_state, write_bool

if TYPE_CHECKING:  # the service reads the session log (SQL): only its type is needed here
    from acupress_desktop.services.reminders import ReminderService

CHECK_EVERY_MS = 30_000
REMINDER_TITLE = QT_TR_NOOP("Time for your acupressure routine")  # these three shown through tr()
REMINDER_TEXT = QT_TR_NOOP("A few minutes of pressure now. Click to start your routine.")
KEEPS_RUNNING = QT_TR_NOOP("Your reminders will still come. To quit, use Quit in the menu of this icon.")
TOLD_KEY = "reminders/told_keeps_running"


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def app_in_full_screen() -> bool:
    """Whether one of our own windows is full screen: all Qt can tell about what is in front."""
    return any(w.isVisible() and w.isFullScreen() for w in QApplication.topLevelWidgets())


class ReminderBanner(QFrame):
    """The in-app reminder, for desktops without a tray: one at a time, in the main window."""

    start_requested = Signal()
    snooze_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(tr("Reminder"))
        theme.style(self, theme.caution_panel("QFrame#reminderBanner"))
        layout = QHBoxLayout(self)
        title = tr(REMINDER_TITLE)
        self.text = QLabel(f"<b>{title}.</b> " + tr("A few minutes of pressure now?"), wordWrap=True)
        layout.addWidget(self.text, stretch=1)
        for text, signal in (
            (tr("Start my &routine"), self.start_requested),
            (tr("Snooze &10 minutes"), self.snooze_requested),
            (tr("Not &now"), self.dismissed),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            button.clicked.connect(self.hide)
            layout.addWidget(button)
        self.hide()


class ReminderCenter(QObject):
    """Asks the rules, shows at most one reminder, and offers the tray's menu."""

    start_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        service: ReminderService,
        settings: QSettings,
        plan: ReminderPlan,
        banner: ReminderBanner,
        busy: Callable[[], bool] = lambda: False,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self.plan = plan
        self.banner = banner
        self._busy = busy
        self.state = load_reminder_state(settings)
        self.shown = 0
        self.tray: QSystemTrayIcon | None = None
        if tray_available() if use_tray is None else use_tray:
            self.tray = self._make_tray()
        banner.start_requested.connect(self.start_requested)
        banner.snooze_requested.connect(self.snooze)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.refresh()

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(application_icon(), self)
        menu = QMenu()
        self.start_action = QAction(tr("Start my routine"), menu)
        self.start_action.triggered.connect(self.start_requested)
        open_action = QAction(tr("Open"), menu)
        open_action.triggered.connect(self.open_requested)
        snooze_action = QAction(tr("Snooze 10 minutes"), menu)
        snooze_action.triggered.connect(self.snooze)
        self.snooze_today_action = QAction(tr("Snooze reminders for today"), menu)
        self.snooze_today_action.triggered.connect(self.quiet_for_today)
        quit_action = QAction("Quit", menu)
        quit_action.triggered.connect(self.quit_requested)
        for action in (self.start_action, open_action, snooze_action, self.snooze_today_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.menu = menu
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.start_requested)
        tray.activated.connect(self._activated)
        tray.show()
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    # -- the rules ---------------------------------------------------------------------------------
    def check(self) -> bool:
        """Called every half minute; returns whether a reminder was shown."""
        if self.banner.isVisible() and self._service.logged_today():
            self.banner.hide()  # done for today: the reminder has nothing left to ask
        quiet = self._busy() or app_in_full_screen()
        decision = self._service.check(self.plan, self.state, quiet)
        self._store(decision.state)
        if decision.action is Action.SHOW:
            self._show()
        self.refresh()
        return decision.action is Action.SHOW

    def _show(self) -> None:
        self.shown += 1
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(
                tr(REMINDER_TITLE), tr(REMINDER_TEXT), QSystemTrayIcon.MessageIcon.Information, 60_000
            )
        self.banner.show()  # the same one reminder, also in the window when it is open

    def set_plan(self, plan: ReminderPlan) -> None:
        self.plan = plan
        self.refresh()

    def snooze(self) -> None:
        self._store(self._service.snooze(self.state))
        self.banner.hide()
        self.refresh()

    def quiet_for_today(self) -> None:
        self._store(self._service.quiet_for_today(self.state))
        self.banner.hide()
        self.refresh()

    def next_text(self) -> str:
        return self._service.next_text(self.plan, self.state, current_language())

    def refresh(self) -> None:
        if self.tray is not None:
            self.tray.setToolTip(f"Acupress: {self.next_text()}")

    def _store(self, state: ReminderState) -> None:
        if state != self.state:
            self.state = state
            save_reminder_state(self._settings, state)

    def close(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()


class KeepRunning(QObject):
    """With a tray and reminders set, closing the window hides it: reminders need Acupress running.

    Quit (the tray's, or File > Quit) really quits; without reminders, closing the window quits as before.
    """

    def __init__(self, window: QWidget, center: ReminderCenter, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._center = center
        self._settings = settings
        self.quitting = False
        QApplication.setQuitOnLastWindowClosed(False)  # a session window closed while this one is hidden
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self._window or event.type() != QEvent.Type.Close or self.quitting:
            return False
        if self._center.plan.enabled:
            event.ignore()
            self._window.hide()
            self._tell_once()
            return True
        QTimer.singleShot(0, self._quit_if_closed)
        return False

    def _quit_if_closed(self) -> None:
        if not self._window.isVisible():
            QApplication.quit()

    def _tell_once(self) -> None:
        tray = self._center.tray
        if tray is None or read_bool(self._settings, TOLD_KEY, False) or not QSystemTrayIcon.supportsMessages():
            return
        tray.showMessage(
            tr("Acupress is still running"), tr(KEEPS_RUNNING), QSystemTrayIcon.MessageIcon.Information, 10_000
        )
        write_bool(self._settings, TOLD_KEY, True)
