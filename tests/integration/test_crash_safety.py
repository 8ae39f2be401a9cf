"""Kill the app mid-session: the steps already done survive, and the session reads as interrupted."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SESSION_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.domain.laterality import PainSide, Side
    from acupress_desktop.domain.planner import PlanRequest
    from acupress_desktop.domain.routine import Routine, RoutineStep
    from acupress_desktop.ui.session.controller import SessionController

    app = QApplication(sys.argv[:1])
    context = build_services(sys.argv[1])
    steps = (
        RoutineStep("TUNG-22.05", Side.RIGHT, 0.3, "Press.", ("why",)),
        RoutineStep("GB30", Side.LEFT, 0.3, "Press.", ("why",)),
        RoutineStep("BL40", Side.LEFT, 600, "Press.", ("why",)),
    )
    routine = Routine("Crash test", PlanRequest(("sciatica",), PainSide.LEFT, minutes=10), steps)
    controller = SessionController(context.sessions.recorder_for(routine))
    controller.step_recorded.connect(lambda record: print("recorded", record.code, flush=True))
    controller.begin(7, "before the crash")
    print("started", flush=True)
    app.exec()
    """
)


@pytest.mark.slow
def test_sigkill_mid_session_keeps_the_finished_steps(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    recorded = []
    # The with-block closes the child's stdout pipe and reaps it, so no ResourceWarning is left behind.
    with subprocess.Popen(
        [sys.executable, "-c", SESSION_SCRIPT, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        try:
            for line in process.stdout:  # blocks until the child prints; no sleeps
                if line.startswith("recorded"):
                    recorded.append(line.split()[1])
                if len(recorded) == 2:
                    break
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
    assert recorded == ["TUNG-22.05", "GB30"]
    assert process.returncode == -signal.SIGKILL

    restart = subprocess.run(
        [sys.executable, "-m", "acupress_desktop", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert restart.returncode == 0, restart.stderr
    history = subprocess.run(
        [sys.executable, "-m", "acupress_desktop", "--data-dir", str(data_dir), "history", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    (session,) = json.loads(history.stdout)
    assert session["status"] == "interrupted"
    assert session["pain_before"] == 7 and session["note_before"] == "before the crash"
    assert [(s["code"], s["outcome"]) for s in session["steps"]] == [("TUNG-22.05", "completed"), ("GB30", "completed")]
