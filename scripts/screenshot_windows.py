"""Render the main windows offscreen to PNG under docs/screenshots/ (`make screenshots`)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _sample_history(window: object) -> None:
    """Two months of made-up diary entries, so the history screenshot shows a chart (a fixed seed)."""
    import random
    from datetime import UTC, datetime, timedelta

    from acupress_desktop.domain.laterality import PainSide

    context = window._context  # type: ignore[attr-defined]
    known = {s.id for s in context.catalogue.symptoms}
    rng = random.Random(3)
    now = datetime.now(UTC)
    for i in range(45):
        before = rng.randint(4, 8)
        after = max(0, before - rng.choice([0, 1, 2, 2, 3]))
        when = now - timedelta(days=60 - i * 1.3, hours=rng.randint(1, 6))
        symptom = rng.choice(["sciatica", "low-back-pain", "headache"])
        context.sessions.log_manual(known, (symptom,), PainSide.LEFT, before, after, when, 10, "")


def _pdf_page_to_png(pdf: Path, png: Path) -> None:
    """Page 1 of a PDF as it would print, via QtPdf (no poppler needed)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    scale = 110 / 72  # 110 dpi
    document.render(0, QSize(int(points.width() * scale), int(points.height() * scale))).save(str(png))
    document.close()


def _session_shots(window: object, out: Path) -> None:
    """A whole guided session on a hand-moved clock: before, running, compact, after, and the summary."""
    from PySide6.QtWidgets import QApplication

    session = window.start_session(window.planner.routine)  # type: ignore[attr-defined]
    session.resize(1000, 680)
    from datetime import UTC, datetime, timedelta

    clock = [0.0]
    started = datetime.now(UTC)
    session.recorder._monotonic = lambda: clock[0]
    session.recorder._wall = lambda: started + timedelta(seconds=clock[0])
    QApplication.processEvents()
    session.grab().save(str(out / "session-pain-before.png"))
    session.before.choose(6)
    session.before.go_button.click()
    clock[0] += 17
    session.controller._on_timer()
    QApplication.processEvents()
    session.grab().save(str(out / "session-running.png"))
    session.controller.toggle_pause()
    session.enter_compact()
    QApplication.processEvents()
    session.compact.grab().save(str(out / "session-compact.png"))
    session.leave_compact()
    session.controller.toggle_pause()
    for index in range(len(session.steps)):
        if index == 2:
            clock[0] += 12
            session.controller.skip()
        else:
            clock[0] += session.recorder.remaining()
            session.controller._on_timer()
    QApplication.processEvents()
    session.grab().save(str(out / "session-pain-after.png"))
    session.after.choose(3)
    session.after.note.setText("Warm, easier to sit")
    session.after.go_button.click()
    QApplication.processEvents()
    session.grab().save(str(out / "session-finished.png"))
    session.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.app import create_application
    from acupress_desktop.domain.laterality import PainSide, Side
    from acupress_desktop.i18n import install_translators
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.ui.main_window import MainWindow

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        services = build_services(data)  # in the language of $ACUPRESS_LANG, else English
        install_translators(app, services.language)
        window = MainWindow(services)
        window.resize(1440, 900)
        window.show()
        QApplication.processEvents()
        window.grab().save(str(out / "home-first-run.png"))

        window.pages.setCurrentWidget(window.atlas)
        window.atlas.search.setText("ling gu")
        window.atlas.set_side(Side.LEFT)
        QApplication.processEvents()
        window.grab().save(str(out / "atlas-ling-gu-left.png"))
        window.atlas.search.setText("")
        window.atlas.select_code("SP6")
        window.atlas.set_side(Side.RIGHT)
        QApplication.processEvents()
        window.grab().save(str(out / "atlas-sp6.png"))

        window.pages.setCurrentWidget(window.planner)
        window.planner.inputs.set_symptom_checked("sciatica", True)
        window.planner.inputs.set_side(PainSide.LEFT)
        QApplication.processEvents()
        window.grab().save(str(out / "planner-left-sciatica.png"))

        window.planner.inputs.set_red_flag("bladder-bowel", True)
        QApplication.processEvents()
        window.grab().save(str(out / "planner-red-flag.png"))
        window.planner.inputs.set_red_flag("bladder-bowel", False)

        _session_shots(window, out)

        window.planner.inputs.set_symptom_checked("sciatica", False)
        window.planner.inputs.set_symptom_checked("headache", True)
        window.planner.inputs.pregnant.setChecked(True)
        QApplication.processEvents()
        window.grab().save(str(out / "planner-headache-pregnant.png"))
        _sample_history(window)
        window.pages.setCurrentWidget(window.history)
        window.history.refresh()
        QApplication.processEvents()
        window.grab().save(str(out / "history.png"))
        window.history.select_row(0)  # today's guided session
        window.history.steps_button.click()
        QApplication.processEvents()
        window.grab().save(str(out / "history-session-steps.png"))
        window.pages.setCurrentWidget(window.home)
        QApplication.processEvents()
        window.grab().save(str(out / "home.png"))
        safety = window.show_safety()
        QApplication.processEvents()
        safety.grab().save(str(out / "safety.png"))
        safety.close()

        sheet_pdf = out / "routine-sheet.pdf"
        window.printing.export(window.planner.routine, window, sheet_pdf)
        _pdf_page_to_png(sheet_pdf, out / "routine-sheet-page1.png")
        sheet_pdf.unlink()
        window.close()
    app.processEvents()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
