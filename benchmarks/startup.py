"""Start-up of the window, as ratios to a bare PySide6 window run by the same interpreter on the same machine.

Two moments: `acupress --smoke=paint` (the window painted for the first time) and `acupress --smoke` (the data
open and every page built). Each app run is paired with a run of the bare window, alternating, so machine load
hits both alike; the medians and their ratio are printed, and the peak memory (max RSS) of each process.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
"""

ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def _run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MiB of one fresh process (wait4 gives that child's own rusage)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} failed with status {child.returncode}")
    return seconds, usage.ru_maxrss / 1024


def _compare(label: str, app: list[str], bare: list[str], runs: int) -> None:
    bare_runs, app_runs = [], []
    for _ in range(runs):  # alternating pairs
        bare_runs.append(_run(bare))
        app_runs.append(_run(app))
    bare_s = statistics.median(t for t, _ in bare_runs)
    app_s = statistics.median(t for t, _ in app_runs)
    bare_mib = statistics.median(m for _, m in bare_runs)
    app_mib = statistics.median(m for _, m in app_runs)
    print(
        f"{label:<20} {app_s * 1000:6.0f} ms vs bare {bare_s * 1000:4.0f} ms = {app_s / bare_s:4.2f}x   "
        f"peak {app_mib:4.0f} MiB vs bare {bare_mib:3.0f} MiB = {app_mib / bare_mib:4.2f}x   (median of {runs})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as data_dir:
        app = [sys.executable, "-m", "acupress_desktop", "--data-dir", data_dir]
        _run([*app, "--smoke"])  # the first run creates and migrates the user database: not what is measured
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM={ENV['QT_QPA_PLATFORM']}")
        _compare("first paint", [*app, "--smoke=paint"], bare, args.runs)
        _compare("ready (every page)", [*app, "--smoke"], bare, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
