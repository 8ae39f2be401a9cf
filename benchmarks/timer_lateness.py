"""Timer lateness: a 10-minute routine (20 steps of 30 s) while the event loop is blocked at random for up to
200 ms. Prints the largest lateness of any step change and of the routine's end against its planned moment
(aim: every change within 250 ms).

Two runs: the 10-minute routine on a simulated clock and loop (the real SessionController's scheduling rule and
the real recorder, every block drawn at random; instant), and a real Qt event loop with real sleeps on a routine
scaled down to 20 s (--real-seconds). The simulated run also shows what the old rule (each step restarted when
its end was noticed) would have drifted to by the end.

    python benchmarks/timer_lateness.py [--seed 7] [--real-seconds 20]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TICK = 0.1  # the controller's display tick
MAX_BLOCK = 0.2
STEPS = 20
STEP_SECONDS = 30.0


def _routine(step_seconds: float):  # type: ignore[no-untyped-def]
    from acupress_desktop.domain.laterality import Side
    from acupress_desktop.domain.planner import PlanRequest
    from acupress_desktop.domain.routine import Routine, RoutineStep

    steps = tuple(RoutineStep("LI4", Side.LEFT, step_seconds, "Press.", ("why",)) for _ in range(STEPS))  # type: ignore[arg-type]
    return Routine("Bench", PlanRequest(symptoms=("headache",), minutes=10), steps)


def simulated(seed: int) -> tuple[float, float, float]:
    """(largest step-change lateness, routine-end lateness, old rule's end lateness) in seconds."""
    from acupress_desktop.domain.session import GuidedSession

    rng = random.Random(seed)
    session = GuidedSession(_routine(STEP_SECONDS).steps)
    now = 0.0
    session.start(now)
    planned = [STEP_SECONDS * (i + 1) for i in range(STEPS)]
    changes: list[float] = []
    old_end = 0.0
    while not session.finished:
        remaining = session.remaining(now)
        now += min(TICK, max(0.001, remaining)) + rng.uniform(0, MAX_BLOCK)  # a tick, late by a random block
        while session.tick(now) is not None:
            changes.append(now)
    lateness = [c - p for c, p in zip(changes, planned, strict=True)]
    rng = random.Random(seed)  # the same blocks under the old rule: each step restarts when its end is seen
    for _ in range(STEPS):
        deadline, now_old = old_end + STEP_SECONDS, old_end
        while now_old < deadline:
            now_old += min(TICK, max(0.001, deadline - now_old)) + rng.uniform(0, MAX_BLOCK)
        old_end = now_old
    return max(lateness), lateness[-1], old_end - planned[-1]


def real(seconds: float, seed: int) -> tuple[float, float]:
    """The real controller in a real Qt event loop, blocked at random by sleeping in a timer callback."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.services.session import SessionRecorder
    from acupress_desktop.storage.session_repository import SessionRepository
    from acupress_desktop.storage.user_db import open_user_database
    from acupress_desktop.ui.session.controller import SessionController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(seed)
    step = seconds / STEPS
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_user_database(Path(tmp)).engine
        controller = SessionController(SessionRecorder(SessionRepository(engine), _routine(step)))
        changes: list[float] = []
        controller.step_recorded.connect(lambda _record: changes.append(time.monotonic()))
        controller.finished.connect(app.quit)
        blocker = QTimer()
        blocker.timeout.connect(lambda: time.sleep(rng.uniform(0, MAX_BLOCK)))
        blocker.start(150)
        began = time.monotonic()
        controller.begin(5)
        app.exec()
        blocker.stop()
        engine.dispose()
    lateness = [c - (began + step * (i + 1)) for i, c in enumerate(changes)]
    return max(lateness), lateness[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real-seconds", type=float, default=20.0)
    args = parser.parse_args()
    worst, end, old_end = simulated(args.seed)
    print(f"simulated 10-minute routine, loop blocked 0-{MAX_BLOCK * 1000:.0f} ms at random:")
    print(f"  largest step-change lateness : {worst * 1000:6.0f} ms")
    print(f"  routine end lateness         : {end * 1000:6.0f} ms")
    print(f"  routine end, old rule        : {old_end * 1000:6.0f} ms  (each step restarted when noticed)")
    worst_real, end_real = real(args.real_seconds, args.seed)
    print(f"real Qt event loop, {args.real_seconds:.0f} s routine of {STEPS} steps, blocked at random:")
    print(f"  largest step-change lateness : {worst_real * 1000:6.0f} ms")
    print(f"  routine end lateness         : {end_real * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
