"""The reminder service reads the session log to stay quiet on days already practised."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.reminders import Action, ReminderPlan, ReminderState
from acupress_desktop.services.autostart import Autostart, supported
from acupress_desktop.services.composition import build_services
from acupress_desktop.services.reminders import ReminderService


def test_a_session_logged_today_keeps_the_reminder_quiet(tmp_path: Path) -> None:
    services = build_services(tmp_path / "data")
    now = datetime.now().replace(microsecond=0)
    service = ReminderService(services.sessions, clock=lambda: now)
    plan = ReminderPlan(times=(now.time(),))
    assert not service.logged_today()
    assert service.check(plan, ReminderState(), quiet=False).action is Action.SHOW
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    symptom = services.catalogue.symptoms[0].id
    services.sessions.log_manual({symptom}, (symptom,), PainSide.NONE, 5, 3, yesterday, 10, "")
    assert not service.logged_today()
    services.sessions.log_manual({symptom}, (symptom,), PainSide.NONE, 5, 3, None, 10, "")
    assert service.logged_today()
    assert service.check(plan, ReminderState(), quiet=False).action is Action.NOTHING
    assert "tomorrow" in service.next_text(plan, ReminderState())


def test_snooze_through_the_service_uses_its_clock(tmp_path: Path) -> None:
    now = datetime(2026, 11, 30, 9, 0)
    service = ReminderService(build_services(tmp_path / "data").sessions, clock=lambda: now)
    state = service.snooze(ReminderState())
    assert state.snoozed_until == now + timedelta(minutes=10)
    assert service.quiet_for_today(state).quiet_day == now.date()
    assert service.next_text(ReminderPlan(times=(time(9, 30),)), state) == "Next reminder today at 9:10"


def test_start_at_login_writes_and_removes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    autostart = Autostart(tmp_path / "autostart", command="/opt/acupress/acupress")
    assert not autostart.enabled()  # off by default
    autostart.set_enabled(True)
    assert autostart.enabled()
    text = autostart.entry.read_text(encoding="utf-8")
    assert "Exec=/opt/acupress/acupress" in text and text.startswith("[Desktop Entry]")
    autostart.set_enabled(False)
    assert not autostart.enabled()
    autostart.set_enabled(False)  # turning it off twice is fine


def test_start_at_login_is_offered_on_linux_outside_flatpak_only() -> None:
    assert supported("linux", sandboxed=False)
    assert not supported("linux", sandboxed=True)
    assert not supported("win32", sandboxed=False)
    assert not supported("darwin", sandboxed=False)
