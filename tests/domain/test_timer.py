"""Countdown arithmetic: time left comes from the deadline, whatever the ticks did."""

import pytest

from acupress_desktop.domain.timer import ClockReading, Countdown, clock_jump, missed_time


def test_remaining_is_deadline_minus_now_and_never_negative() -> None:
    countdown = Countdown.start(60, now=100.0)
    assert countdown.remaining(130.0) == 30.0
    assert countdown.remaining(500.0) == 0.0
    assert countdown.done(160.0) and not countdown.done(159.9)


def test_a_long_gap_between_looks_does_not_stretch_the_step() -> None:
    countdown = Countdown.start(10, now=0.0)
    # nobody looked for 25 s (a busy loop): the step is over, not 'paused' for the gap
    assert countdown.done(25.0)
    assert countdown.elapsed(25.0) == 10.0


def test_pause_freezes_and_resume_moves_the_deadline() -> None:
    countdown = Countdown.start(60, now=0.0).pause(now=20.0)
    assert countdown.remaining(1000.0) == 40.0
    resumed = countdown.resume(now=1000.0)
    assert resumed.remaining(1010.0) == 30.0


def test_adding_time_extends_running_and_paused_steps() -> None:
    running = Countdown.start(60, now=0.0).add(30, now=10.0)
    assert running.remaining(10.0) == 80.0 and running.duration == 90.0
    paused = Countdown.start(60, now=0.0).pause(10.0).add(30, now=50.0)
    assert paused.remaining(999.0) == 80.0


def test_fraction_left_for_the_ring() -> None:
    assert Countdown.start(100, now=0.0).fraction_left(25.0) == 0.75


def test_clock_jump_detects_suspend_and_ignores_drift() -> None:
    before = ClockReading(monotonic=100.0, wall=1_000_000.0)
    drift = ClockReading(monotonic=100.1, wall=1_000_000.5)
    assert clock_jump(before, drift) == 0.0
    suspended = ClockReading(monotonic=100.1, wall=1_000_000.1 + 3600)  # wall moved an hour, monotonic not
    assert abs(clock_jump(before, suspended) - 3600) < 0.01
    set_back = ClockReading(monotonic=101.0, wall=1_000_000.0 - 600)
    assert clock_jump(before, set_back) < -500


def test_a_sleep_is_seen_whether_the_monotonic_clock_stops_or_runs_on() -> None:
    before = ClockReading(monotonic=100.0, wall=1_000_000.0, slept=5.0)
    stopped = ClockReading(monotonic=100.1, wall=1_003_600.1, slept=3605.0)  # Linux, macOS: monotonic paused
    ran_on = ClockReading(monotonic=3_700.1, wall=1_003_600.1, slept=3605.0)  # Windows: monotonic counted the hour
    assert missed_time(before, stopped) == pytest.approx(3600)
    assert missed_time(before, ran_on) == pytest.approx(3600)
    busy = ClockReading(monotonic=160.0, wall=1_000_060.0, slept=5.0)  # a minute awake between readings
    assert missed_time(before, busy) == 0.0
    assert missed_time(before, ClockReading(monotonic=100.3, wall=1_000_000.3, slept=5.0)) == 0.0  # a blocked loop
