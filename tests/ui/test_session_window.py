"""The guided session as a person uses it.

Time comes from a clock the test moves by hand: the window's timer still fires on the real event loop,
but what it reads is the test's clock, so a test never waits out a step and never depends on how busy
the machine is.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import Routine, RoutineStep
from acupress_desktop.domain.session import SessionStatus, StepOutcome
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.paths import images_dir, sounds_dir
from acupress_desktop.services.composition import Services
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.view_files import load_views
from acupress_desktop.ui.preferences import read_bool
from acupress_desktop.ui.session.window import SessionWindow
from acupress_desktop.ui.sounds import Sounds
from tests.domain.factories import FakeClock


def _routine(*seconds: float) -> Routine:
    codes = [("TUNG-22.05", Side.RIGHT), ("LI4", Side.LEFT), ("GV20", Side.MIDLINE)]
    steps = tuple(
        RoutineStep(code, side, s, "Press firmly.", ("why",))  # type: ignore[arg-type]
        for (code, side), s in zip(codes, seconds, strict=False)
    )
    return Routine("Test", PlanRequest(("sciatica",), PainSide.LEFT, False, False, False, frozenset(), 10), steps)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot: QtBot, context: Services, tmp_path: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    def make(*seconds: float, sound_device: bool = True) -> SessionWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        recorder = SessionRecorder(context.sessions.repository, _routine(*seconds), monotonic=clock, wall=clock.wall)
        sounds = Sounds(sounds_dir())
        sounds.device = sound_device  # the test machine has none; a person's usually has one
        window = SessionWindow(
            context.catalogue,
            PointPictures(lambda: load_views(images_dir())),
            recorder,
            sounds,
            settings,
        )
        window.confirm_stop = lambda: True  # the question itself is tested on its own
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need the active window
        return window

    return make


def test_pain_before_then_steps_then_pain_after_are_all_stored(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_window, clock: FakeClock, context: Services
) -> None:
    window = make_window(60, 90)
    assert not window.before.go_button.isEnabled()  # a score or an explicit skip is needed
    window.before.choose(6)
    qtbot.mouseClick(window.before.go_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1
    assert window.running.side.text() == "RIGHT hand"
    assert "Next: Hegu" in window.running.next_preview.text()
    clock.now += 60
    with qtbot.waitSignal(window.controller.step_recorded, timeout=2000):
        pass
    assert window.running.progress.text() == "Step 2 of 2"
    clock.now += 90
    with qtbot.waitSignal(window.controller.finished, timeout=2000):
        pass
    assert window.pages.currentIndex() == 2
    assert window.after.heading.text() == "Well done"
    assert window.after.reminder.text() == "Before the session your pain was 6 out of 10."
    window.after.choose(2)
    window.after.note.setText("lighter")
    qtbot.mouseClick(window.after.go_button, Qt.MouseButton.LeftButton)
    assert "Pain 6 → 2: 4 points less" in window.summary.text()
    assert "2 of 2 steps done" in window.summary.text()
    entry = context.sessions.history()[0]
    assert (entry.pain_before, entry.pain_after, entry.note, entry.status) == (6, 2, "lighter", SessionStatus.COMPLETED)
    assert [s.outcome for s in entry.steps] == [StepOutcome.COMPLETED, StepOutcome.COMPLETED]


def test_skipping_the_scores_stores_them_as_missing(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_window, clock: FakeClock, context: Services
) -> None:
    window = make_window(60)
    qtbot.mouseClick(window.before.skip_button, Qt.MouseButton.LeftButton)
    clock.now += 60
    with qtbot.waitSignal(window.controller.finished, timeout=2000):
        pass
    qtbot.mouseClick(window.after.skip_button, Qt.MouseButton.LeftButton)
    entry = context.sessions.history()[0]
    assert entry.pain_before is None and entry.pain_after is None
    assert "No pain change recorded" in window.summary.text()


def test_keyboard_pause_skip_add_time_and_stop(qtbot: QtBot, make_window, context: Services) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60, 60, 60)
    window.before.choose(5)
    window.before.go_button.click()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.recorder.session.paused and window.buttons["pause"].text() == "Resume"
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert window.recorder.remaining() == 90
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.recorder.session.paused
    qtbot.keyClick(window, Qt.Key.Key_Right)  # skip
    assert window.running.progress.text() == "Step 2 of 3"
    qtbot.keyClick(window, Qt.Key.Key_Left)  # back
    assert window.running.progress.text() == "Step 1 of 3"
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # stop
    assert window.pages.currentIndex() == 2
    assert window.after.heading.text() == "Session stopped"
    window.after.skip_button.click()
    assert window.summary.heading.text() == "Session stopped"
    entry = context.sessions.history()[0]
    assert entry.status is SessionStatus.STOPPED
    assert [s.outcome for s in entry.steps] == [StepOutcome.SKIPPED]


def test_a_blocked_event_loop_does_not_stretch_a_step(qtbot: QtBot, make_window, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(0.4, 60)
    window.before.skip_button.click()
    seen: list[str] = []
    window.controller.step_recorded.connect(lambda _record: seen.append("recorded"))
    window.controller.ticked.connect(lambda: seen.append("tick"))
    clock.now += 1.0  # no event ran while the clock passed well beyond the 0.4 s step: a blocked loop
    with qtbot.waitSignal(window.controller.step_recorded, timeout=2000) as blocker:
        pass
    assert seen[0] == "recorded"  # the first tick after the loop frees ends the step, not a later one
    record = blocker.args[0]
    assert record.actual_seconds == pytest.approx(0.4)  # logged as its planned time, not 1.0 s
    assert window.running.progress.text() == "Step 2 of 2"
    # the next step began at the first one's deadline, so the blocked 0.6 s are not added to the routine
    assert window.recorder.remaining() == pytest.approx(60 - 0.6)


def test_a_clock_jump_pauses_and_asks(qtbot: QtBot, make_window, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60)
    window.before.skip_button.click()
    clock.wall_start += timedelta(hours=2)  # the machine slept: the wall clock moved, the monotonic one did not
    with qtbot.waitSignal(window.controller.clock_jumped, timeout=2000) as blocker:
        pass
    assert blocker.args == [pytest.approx(7200)]
    assert window.recorder.session.paused
    assert window.running.clock_banner.isVisible()
    window.running.resume_button.click()
    assert not window.recorder.session.paused and not window.running.clock_banner.isVisible()


def test_mute_is_remembered(qtbot: QtBot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60)
    window.mute_button.click()
    assert window.sounds.muted and not window.sounds.play("step")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert read_bool(settings, "session/muted", False)


def test_compact_mode_shows_the_countdown_on_top(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60)
    window.before.skip_button.click()
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert window.compact.isVisible() and not window.isVisible()
    assert window.compact.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.compact.time.text() == "1:00"
    assert not window.compact.thumbnail.pixmap().isNull()
    window.compact.expand_requested.emit()
    assert window.isVisible() and not window.compact.isVisible()


def test_closing_mid_session_keeps_it_as_stopped(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_window, clock: FakeClock, context: Services
) -> None:
    window = make_window(20, 60)
    window.before.choose(4)
    window.before.go_button.click()
    clock.now += 20
    with qtbot.waitSignal(window.controller.step_recorded, timeout=2000):
        pass
    window.close()
    entry = context.sessions.history()[0]
    assert entry.status is SessionStatus.STOPPED and entry.steps[0].outcome is StepOutcome.COMPLETED


def test_esc_asks_and_keep_going_keeps_the_session_running(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60, 60)
    asked: list[bool] = []
    window.confirm_stop = lambda: asked.append(True) or False
    window.before.choose(5)
    window.before.go_button.click()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked == [True] and window.pages.currentIndex() == 1 and not window.recorder.session.finished


def test_a_skipped_step_makes_it_partial_with_a_summary(
    qtbot: QtBot, make_window, context: Services, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60, 20)
    window.before.choose(7)
    window.before.go_button.click()
    window.buttons["skip"].click()
    clock.now += 20
    with qtbot.waitSignal(window.controller.finished, timeout=3000):
        pass
    window.after.choose(4)
    window.after.go_button.click()
    assert "1 of 2 steps done, 1 skipped" in window.summary.text()
    assert "an important improvement" in window.summary.text()
    assert window.summary.save_routine_button.isVisibleTo(window)  # the routine was never saved
    window.summary.note.setText("warm hands")
    window.summary.close_button.click()
    entry = context.sessions.history()[0]
    assert entry.status is SessionStatus.PARTIAL and entry.note == "warm hands"


def test_a_session_stopped_before_anything_can_be_discarded(qtbot: QtBot, make_window, context: Services) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60, 60)
    window.before.skip_button.click()
    window.buttons["stop"].click()
    assert window.after.discard_button.isVisibleTo(window)
    window.after.discard_button.click()
    assert window.discarded and context.sessions.history() == ()


def test_without_a_sound_device_the_button_says_so(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60, sound_device=False)
    assert window.mute_button.text() == "No sound device" and not window.mute_button.isEnabled()


def test_compact_mode_names_the_point_and_side_and_can_skip(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60, 60)
    window.before.skip_button.click()
    window.enter_compact()
    assert window.compact.title.text() == "Linggu · 22.05 (Tung)"
    assert window.compact.side.text() == "RIGHT hand"
    window.compact.skip_button.click()
    assert window.running.progress.text() == "Step 2 of 2"
    assert "Hegu" in window.compact.title.text()


def test_the_keyboard_alone_gives_a_score_and_starts(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60)
    qtbot.keyClick(window.before, Qt.Key.Key_6)
    qtbot.keyClick(window.before, Qt.Key.Key_Return)  # a page is not a dialog: Enter has its own shortcut
    assert window.pages.currentIndex() == 1 and window.recorder.pain_before == 6


def test_the_title_names_the_window_once(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(60)
    # the platform appends the application's display name ("Guided session — Acupress"), so it is not repeated
    assert window.windowTitle() == "Guided session" and "Acupress" not in window.compact.windowTitle()
