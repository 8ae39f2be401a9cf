"""The recorder against a hand-moved clock: a sleep pauses the session as it stood before, on every platform."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import open_user_database
from tests.domain.factories import FakeClock, make_routine


class Wall:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.offset, self.slept = clock, 0.0, 0.0

    def __call__(self) -> datetime:
        return datetime(2026, 11, 20, 9, tzinfo=UTC) + timedelta(seconds=self.clock.now + self.offset)


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[SessionRecorder, FakeClock, Wall]:
    clock = FakeClock()
    wall = Wall(clock)
    repository = SessionRepository(open_user_database(tmp_path).engine)
    recorder = SessionRecorder(repository, make_routine("T"), clock, wall, slept=lambda: wall.slept)
    recorder.begin(5)
    return recorder, clock, wall


@pytest.mark.parametrize("monotonic_runs_on_in_sleep", [True, False], ids=["windows", "linux-macos"])
def test_a_sleep_pauses_the_step_where_it_stood_and_completes_nothing(
    recorder: tuple[SessionRecorder, FakeClock, Wall], monotonic_runs_on_in_sleep: bool
) -> None:
    rec, clock, wall = recorder
    for _tick in range(100):  # ten seconds of ticks
        clock.now += 0.1
        assert rec.clock_jumped() == 0.0 and rec.tick() is None
    wall.slept += 3600.0  # the platform's sleep count, from the clocks that do and do not run in sleep
    if monotonic_runs_on_in_sleep:
        clock.now += 3600.0
    else:
        wall.offset += 3600.0
    assert rec.clock_jumped() == pytest.approx(3600.0, abs=0.2)
    assert rec.session.paused and rec.session.index == 0
    assert rec.remaining() == pytest.approx(50.0)  # the 60 s step as it stood before the sleep
    assert rec.tick() is None and rec.session.records == []


def test_a_blocked_loop_or_a_hand_moved_clock_is_not_taken_for_a_sleep(
    recorder: tuple[SessionRecorder, FakeClock, Wall],
) -> None:
    rec, clock, _wall = recorder
    clock.now += 0.2
    assert rec.clock_jumped() == 0.0 and not rec.session.paused
    clock.now += 60.0  # a minute awake between two looks (the wall clock moved with it)
    assert rec.clock_jumped() == 0.0 and not rec.session.paused
