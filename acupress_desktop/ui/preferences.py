"""The person's preferences in QSettings (settings.ini in the data folder).

QSettings.value(..., type=bool) corrupts the reference counts of True/False in PySide6 and can crash
the interpreter at exit, so booleans are stored as text and parsed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QSettings

from acupress_desktop.domain.reminders import ReminderPlan, ReminderState, format_times, parse_times
from acupress_desktop.i18n import QT_TR_NOOP
from acupress_desktop.paths import LANGUAGE_KEY, THEME_KEY

_TRUE = {"true", "1", "yes", "on"}


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key)
    if value is None:
        return default
    return str(value).strip().lower() in _TRUE


def write_bool(settings: QSettings, key: str, value: bool) -> None:
    settings.setValue(key, "true" if value else "false")


# -- the person's preferences, as the Preferences dialog edits them ------------------------------------------------
MINUTES_KEY = "planner/default_minutes"
MUTED_KEY = "session/muted"  # shared with the session window's mute button
VOLUME_KEY = "session/volume"
REDUCED_MOTION_KEY = "atlas/reduced_motion"  # shared with the atlas page's check box
PREGNANT_KEY = "safety/could_be_pregnant"
WELCOMED_KEY = "first_run/welcomed"
REMINDER_TIMES_KEY = "reminders/times"
REMINDER_DAYS_KEY = "reminders/weekdays"
REMINDER_HANDLED_KEY = "reminders/handled_until"
REMINDER_SNOOZED_KEY = "reminders/snoozed_until"
REMINDER_QUIET_KEY = "reminders/quiet_day"
LANGUAGES = {
    "": QT_TR_NOOP("Follow the system"),
    "en": "English",
    "zh_CN": "简体中文",
}  # "": the system locale; through tr()
DEFAULT_MINUTES = 10


@dataclass(frozen=True)
class Preferences:
    default_minutes: int = DEFAULT_MINUTES
    sounds: bool = True
    volume: int = 60  # percent
    reduced_motion: bool = False
    theme: str = "system"
    language: str = ""
    could_be_pregnant: bool = False
    reminders: ReminderPlan = field(default_factory=ReminderPlan)


def read_text(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key)
    return default if value is None else str(value)


def read_int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(read_text(settings, key, str(default)))))
    except ValueError:
        return default


def load_preferences(settings: QSettings) -> Preferences:
    try:
        times = parse_times(read_text(settings, REMINDER_TIMES_KEY))
    except ValueError:
        times = ()
    days_text = read_text(settings, REMINDER_DAYS_KEY, "0,1,2,3,4,5,6")
    weekdays = frozenset(int(d) for d in days_text.split(",") if d.strip().isdigit() and 0 <= int(d) <= 6)
    language = read_text(settings, LANGUAGE_KEY, "")
    return Preferences(
        default_minutes=read_int(settings, MINUTES_KEY, DEFAULT_MINUTES, 2, 60),
        sounds=not read_bool(settings, MUTED_KEY, False),
        volume=read_int(settings, VOLUME_KEY, 60, 0, 100),
        reduced_motion=read_bool(settings, REDUCED_MOTION_KEY, False),
        theme=read_text(settings, THEME_KEY, "system"),
        language=language if language in LANGUAGES else "",
        could_be_pregnant=read_bool(settings, PREGNANT_KEY, False),
        reminders=ReminderPlan(times=times, weekdays=weekdays),
    )


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    settings.setValue(MINUTES_KEY, str(preferences.default_minutes))
    write_bool(settings, MUTED_KEY, not preferences.sounds)
    settings.setValue(VOLUME_KEY, str(preferences.volume))
    write_bool(settings, REDUCED_MOTION_KEY, preferences.reduced_motion)
    settings.setValue(THEME_KEY, preferences.theme)
    settings.setValue(LANGUAGE_KEY, preferences.language)
    write_bool(settings, PREGNANT_KEY, preferences.could_be_pregnant)
    settings.setValue(REMINDER_TIMES_KEY, format_times(preferences.reminders.times))
    settings.setValue(REMINDER_DAYS_KEY, ",".join(str(d) for d in sorted(preferences.reminders.weekdays)))
    settings.sync()


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def load_reminder_state(settings: QSettings) -> ReminderState:
    quiet = _moment(read_text(settings, REMINDER_QUIET_KEY))
    return ReminderState(
        handled_until=_moment(read_text(settings, REMINDER_HANDLED_KEY)),
        snoozed_until=_moment(read_text(settings, REMINDER_SNOOZED_KEY)),
        quiet_day=None if quiet is None else quiet.date(),
    )


def save_reminder_state(settings: QSettings, state: ReminderState) -> None:
    for key, value in (
        (REMINDER_HANDLED_KEY, state.handled_until),
        (REMINDER_SNOOZED_KEY, state.snoozed_until),
        (REMINDER_QUIET_KEY, state.quiet_day),
    ):
        settings.setValue(key, "" if value is None else value.isoformat())
    settings.sync()
