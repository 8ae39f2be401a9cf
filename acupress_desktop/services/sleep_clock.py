"""How long the machine has been suspended since it started, from two clocks the platform keeps: one that
counts time asleep and one that does not. Zero where neither pair is available (the wall-clock comparison in
domain/timer.py still catches a suspend where the monotonic clock stops)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

SleptClock = Callable[[], float]


def _linux() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME) - time.clock_gettime(time.CLOCK_MONOTONIC)


def _macos() -> float:
    # CLOCK_MONOTONIC keeps counting in sleep on macOS; CLOCK_UPTIME_RAW stops
    return time.clock_gettime(time.CLOCK_MONOTONIC) - time.clock_gettime(time.CLOCK_UPTIME_RAW)  # type: ignore[attr-defined,unused-ignore]


def _windows() -> SleptClock:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]

    def slept() -> float:
        awake = ctypes.c_ulonglong()
        kernel32.QueryUnbiasedInterruptTime(ctypes.byref(awake))  # 100 ns units, without time asleep
        return float(kernel32.GetTickCount64()) / 1000 - awake.value / 10_000_000  # the tick count includes it

    return slept


def _none() -> float:
    return 0.0


def platform_slept_clock() -> SleptClock:
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return _linux
    if sys.platform == "darwin" and hasattr(time, "CLOCK_UPTIME_RAW"):
        return _macos
    if sys.platform == "win32":
        return _windows()
    return _none
