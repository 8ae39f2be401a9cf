"""History with 100,000 sessions: time to open the window and draw the chart, next to the bare SQL
aggregates on the same data (a ratio, so it holds on any machine).

    python benchmarks/history.py [--sessions 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(data_dir: Path, sessions: int) -> None:
    from sqlalchemy import insert

    from acupress_desktop.storage.user_db import open_user_database
    from acupress_desktop.storage.user_models import SessionRow

    engine = open_user_database(data_dir).engine
    rng = random.Random(7)
    start = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=3 * 365)
    symptoms = ["sciatica", "low-back-pain", "headache", "neck-shoulder-tension", "menstrual-pain"]
    rows = []
    for i in range(sessions):
        when = start + timedelta(minutes=i * (3 * 365 * 24 * 60) // sessions)
        before = rng.randint(2, 9)
        rows.append(
            {
                "started_at": when,
                "ended_at": when + timedelta(minutes=10),
                "source": "manual",
                "routine_id": None,
                "routine_name": "",
                "symptoms": [rng.choice(symptoms)],
                "pain_side": "left",
                "planned_steps": [],
                "planned_seconds": 600,
                "pain_before": before,
                "pain_after": max(0, before - rng.randint(0, 4)),
                "note_before": "",
                "note": "",
                "status": "completed",
            }
        )
    with engine.begin() as connection:
        connection.execute(insert(SessionRow), rows)
    engine.dispose()


def _settle(app: Any, model: Any) -> None:
    """What a person's eyes give the window between two scrolls: time for the page read ahead to arrive."""
    app.processEvents()
    while model.reading_ahead:
        time.sleep(0.001)
        app.processEvents()


def _scroll_times(app: Any, page: Any, steps: int) -> dict[str, list[tuple[float, float]]]:
    """Each step timed from the scroll to the repainted table, as wall time and as the main thread's CPU time
    (which machine load barely changes): one screen down, and the jump to the end of the rows loaded so far,
    which brings in the next page of rows."""
    from PySide6.QtWidgets import QAbstractItemView

    from acupress_desktop.ui.history.model import PAGE

    table, model = page.table, page.model
    times: dict[str, list[tuple[float, float]]] = {"scroll one screen": [], f"scroll in the next {PAGE} rows": []}

    def timed(label: str, scroll: Any) -> None:
        _settle(app, model)
        wall, cpu = time.perf_counter(), time.thread_time()
        scroll()
        app.processEvents()
        times[label].append((time.perf_counter() - wall, time.thread_time() - cpu))

    def one_screen() -> None:
        below = model.index(table.rowAt(table.viewport().height()) + 1, 0)
        table.scrollTo(below, QAbstractItemView.ScrollHint.PositionAtTop)

    for _ in range(steps):
        timed("scroll one screen", one_screen)
        timed(f"scroll in the next {PAGE} rows", table.scrollToBottom)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        began = time.perf_counter()
        build(data_dir, args.sessions)
        print(f"built {args.sessions} sessions in {time.perf_counter() - began:.1f} s")

        from PySide6.QtWidgets import QApplication

        from acupress_desktop.domain.history import HistoryFilter
        from acupress_desktop.services.composition import build_services
        from acupress_desktop.ui.history.page import HistoryPage

        app = QApplication(sys.argv[:1])
        context = build_services(str(data_dir))
        queries = context.history
        today = datetime.now().date()

        began = time.perf_counter()
        queries.count(HistoryFilter())
        queries.stats(HistoryFilter(), today)
        queries.daily(HistoryFilter())
        queries.symptom_summaries(HistoryFilter())
        bare = time.perf_counter() - began

        began = time.perf_counter()
        page = HistoryPage(context.history)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        page.chart.grab()  # the chart drawn for real
        opened = time.perf_counter() - began

        times = _scroll_times(app, page, steps=20)
        print(f"bare SQL aggregates      : {bare * 1000:8.0f} ms")
        print(f"open window + draw chart : {opened * 1000:8.0f} ms  ({opened / bare:.2f}x the bare aggregates)")
        for label, pairs in times.items():
            wall = statistics.median(w for w, _ in pairs) * 1000
            cpu = statistics.median(c for _, c in pairs) * 1000
            worst = max(w for w, _ in pairs) * 1000
            print(
                f"{label:<28}: {wall:6.1f} ms median wall ({worst:.1f} worst), {cpu:5.1f} ms main-thread CPU, "
                f"of {len(pairs)} (aim: under 16 ms)"
            )
        page.close()
        context.user_db.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
