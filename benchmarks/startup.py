"""Start-up time and memory of `acupress --smoke`, as a ratio to a bare PySide6 window.

Both run as fresh processes in this same command, so the ratio holds on any machine:
    python benchmarks/startup.py [--runs 5]
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
"""


ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _peak_mib(command: list[str]) -> float:
    """Peak RSS of the command alone: measured by a fresh wrapper, as RUSAGE_CHILDREN is a running maximum."""
    wrapper = (
        "import resource, subprocess, sys; "
        f"subprocess.run({command!r}, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, check=True, env=ENV)
    return int(out.stdout.strip()) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bare_window = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as data_dir:
        app = [sys.executable, "-m", "acupress_desktop", "--data-dir", data_dir, "--smoke"]
        _seconds(app)  # the first run creates and migrates the user database: not what is measured
        bare_times, app_times = [], []
        for _ in range(args.runs):  # interleaved, so machine load hits both alike
            bare_times.append(_seconds(bare_window))
            app_times.append(_seconds(app))
        bare_peak, app_peak = _peak_mib(bare_window), _peak_mib(app)
    bare, acupress = statistics.median(bare_times), statistics.median(app_times)
    print(f"bare PySide6 window : {bare * 1000:7.0f} ms (median of {args.runs})")
    print(f"acupress --smoke    : {acupress * 1000:7.0f} ms (median of {args.runs})")
    print(f"start-up ratio      : {acupress / bare:7.2f}x")
    print(f"peak memory         : {app_peak:7.0f} MiB vs {bare_peak:.0f} MiB bare ({app_peak / bare_peak:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
