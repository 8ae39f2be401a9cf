"""History with 100,000 sessions: time to open the window and draw the chart, next to the bare SQL
aggregates on the same data (a ratio, so it holds on any machine).

    python benchmarks/history.py [--sessions 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

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

        began = time.perf_counter()
        for _ in range(10):  # scrolling ten pages down
            page.model.fetchMore()
            page.table.scrollToBottom()
            app.processEvents()
        scrolled = (time.perf_counter() - began) / 10
        print(f"bare SQL aggregates      : {bare * 1000:8.0f} ms")
        print(f"open window + draw chart : {opened * 1000:8.0f} ms  ({opened / bare:.2f}x the bare aggregates)")
        print(f"scroll one page (200)    : {scrolled * 1000:8.0f} ms")
        page.close()
        context.user_db.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
