"""Start-up of the window, as ratios to a bare PySide6 window run by the same interpreter on the same machine.

Each round runs, one after the other, the bare window, `acupress --smoke=paint` and `acupress --smoke`, so machine
load hits all three alike; medians over the rounds are compared. Moments are told by each process itself, as
seconds since that process started (read from /proc, the same way in both), with its peak memory (max RSS) and
the processor time it had used by then (every thread, user + system):
  first paint      the window on screen with the home page drawn (bare: the empty window exposed)
  ready            catalogue and user database open, interrupted sessions marked, home filled, every tab usable
  every page built what `--smoke` waits for before it exits (atlas, planner, history built once each)
The wall time of whole processes (start to exit) and their CPU time are printed too. Load on a shared machine
changes processor times much less than wall times, so the CPU ratios are the steadier figures there.

    python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = r"""
import os, resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow

def seconds_since_start():
    started = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
    return float(Path("/proc/uptime").read_text().split()[0]) - started / os.sysconf("SC_CLK_TCK")

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"first paint after {seconds_since_start():.3f} s (peak memory {peak:.0f} MiB, CPU {time.process_time():.3f} s)")
"""

# As installed (pip, the .deb, PyInstaller): with its modules' bytecode written once, not compiled from source on
# every start, which PYTHONDONTWRITEBYTECODE in a developer's shell would otherwise add (50 ms and more).
ENV = {
    **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
}
MOMENT = re.compile(
    r"(first paint|data open|every page built) after ([\d.]+) s \(peak memory (\d+) MiB, CPU ([\d.]+) s\)"
)
LABELS = {"first paint": "first paint", "data open": "ready", "every page built": "every page built"}


def _run(command: list[str]) -> tuple[float, float, dict[str, tuple[float, float, float]], float]:
    """Wall seconds, peak RSS in MiB (wait4 gives this child's own rusage), the moments the process told (seconds
    since it started, peak MiB, CPU seconds by then), and the CPU seconds it used in all (user + system: what
    machine load barely changes)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    out = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed with status {os.waitstatus_to_exitcode(status)}")
    moments = {LABELS[m[1]]: (float(m[2]), float(m[3]), float(m[4])) for m in MOMENT.finditer(out)}
    return seconds, usage.ru_maxrss / 1024, moments, usage.ru_utime + usage.ru_stime


def _launcher() -> list[str]:
    """`acupress` as a person starts it: the script pip installs beside the interpreter (it runs the same
    interpreter); `python -m acupress_desktop`, which also loads runpy, where there is none."""
    script = Path(sys.executable).with_name("acupress")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "acupress_desktop"]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    bare = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as data_dir:
        app = [*_launcher(), "--data-dir", data_dir]
        _run([*app, "--smoke"])  # the first run creates and migrates the user database (and writes the bytecode)
        rounds = [(_run(bare), _run([*app, "--smoke=paint"]), _run([*app, "--smoke"])) for _ in range(args.runs)]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM={ENV['QT_QPA_PLATFORM']}, "
        f"medians of {args.runs} rounds (bare window, --smoke=paint, --smoke); the app run as {_launcher()[0]}"
    )
    bare_paint = _median([r[0][2]["first paint"][0] for r in rounds])
    bare_peak = _median([r[0][2]["first paint"][1] for r in rounds])
    bare_cpu_paint = _median([r[0][2]["first paint"][2] for r in rounds])
    print(
        f"{'moment':<18} {'acupress':>9} {'bare':>7} {'ratio':>6}   {'peak memory':>11} {'bare':>7} {'ratio':>6}"
        f"   {'CPU by then':>11} {'bare':>7} {'ratio':>6}"
    )
    for label, index in (("first paint", 1), ("ready", 2), ("every page built", 2)):
        seconds = _median([r[index][2][label][0] for r in rounds])
        peak = _median([r[index][2][label][1] for r in rounds])
        cpu = _median([r[index][2][label][2] for r in rounds])
        print(
            f"{label:<18} {seconds * 1000:6.0f} ms {bare_paint * 1000:4.0f} ms {seconds / bare_paint:5.2f}x   "
            f"{peak:7.0f} MiB {bare_peak:3.0f} MiB {peak / bare_peak:5.2f}x   "
            f"{cpu * 1000:8.0f} ms {bare_cpu_paint * 1000:4.0f} ms {cpu / bare_cpu_paint:5.2f}x"
        )
    bare_wall, bare_rss = _median([r[0][0] for r in rounds]), _median([r[0][1] for r in rounds])
    for label, index in (("whole --smoke=paint", 1), ("whole --smoke", 2)):
        wall, rss = _median([r[index][0] for r in rounds]), _median([r[index][1] for r in rounds])
        print(
            f"{label:<18} {wall * 1000:6.0f} ms {bare_wall * 1000:4.0f} ms {wall / bare_wall:5.2f}x   "
            f"{rss:7.0f} MiB {bare_rss:3.0f} MiB {rss / bare_rss:5.2f}x   (process start to exit)"
        )
    bare_cpu = _median([r[0][3] for r in rounds])
    for label, index in (("CPU --smoke=paint", 1), ("CPU --smoke", 2)):
        cpu = _median([r[index][3] for r in rounds])
        print(f"{label:<18} {cpu * 1000:6.0f} ms {bare_cpu * 1000:4.0f} ms {cpu / bare_cpu:5.2f}x   (user + system)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
