"""Countdown arithmetic over a monotonic clock.

Time left is always deadline - now, never a count of ticks, so a busy event loop, a minimised
window or a slow machine cannot stretch a step. The clock values are passed in, which keeps this
pure and testable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

SUSPEND_TOLERANCE_SECONDS = 5.0  # far beyond a tick (0.1 s) or a blocked loop (0.2 s), far below a sleep


@dataclass(frozen=True)
class Countdown:
    duration: float  # the step's length, including any time added
    deadline: float | None  # monotonic time the step ends; None while paused
    paused_remaining: float = 0.0

    @classmethod
    def start(cls, seconds: float, now: float) -> Countdown:
        return cls(duration=float(seconds), deadline=now + seconds)

    @property
    def running(self) -> bool:
        return self.deadline is not None

    def remaining(self, now: float) -> float:
        if self.deadline is None:
            return self.paused_remaining
        return max(0.0, self.deadline - now)

    def elapsed(self, now: float) -> float:
        return self.duration - self.remaining(now)

    def done(self, now: float) -> bool:
        return self.remaining(now) <= 0.0

    def fraction_left(self, now: float) -> float:
        return 0.0 if self.duration <= 0 else self.remaining(now) / self.duration

    def pause(self, now: float) -> Countdown:
        if self.deadline is None:
            return self
        return replace(self, deadline=None, paused_remaining=self.remaining(now))

    def resume(self, now: float) -> Countdown:
        if self.deadline is not None:
            return self
        return replace(self, deadline=now + self.paused_remaining, paused_remaining=0.0)

    def add(self, seconds: float, now: float) -> Countdown:
        if self.deadline is None:
            return replace(self, duration=self.duration + seconds, paused_remaining=self.paused_remaining + seconds)
        return replace(self, duration=self.duration + seconds, deadline=max(self.deadline, now) + seconds)


@dataclass(frozen=True)
class ClockReading:
    monotonic: float
    wall: float
    slept: float = 0.0  # seconds the machine has spent suspended so far, as the platform counts them


def clock_jump(previous: ClockReading, current: ClockReading, tolerance: float = SUSPEND_TOLERANCE_SECONDS) -> float:
    """How far the wall clock moved beyond the monotonic clock since the last reading.

    Suspend, a screen lock that sleeps the machine, or a changed system clock make the two disagree;
    anything within the tolerance (normal drift, a slow tick) counts as zero.
    """
    drift = (current.wall - previous.wall) - (current.monotonic - previous.monotonic)
    return drift if abs(drift) > tolerance else 0.0


def missed_time(previous: ClockReading, current: ClockReading, tolerance: float = SUSPEND_TOLERANCE_SECONDS) -> float:
    """Time the machine slept (or the system clock moved) between two readings, on every platform.

    Two comparisons of clocks: the platform's clock that counts sleep against the one that does not (Windows'
    monotonic clock runs on through a suspend, so only this sees it there), and the wall clock against the
    monotonic one (a suspend where the monotonic clock stops, or a changed system clock: negative if set back).
    """
    slept = current.slept - previous.slept
    if slept > tolerance:
        return slept
    return clock_jump(previous, current, tolerance)
