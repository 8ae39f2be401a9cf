"""`acupress report`: the PDF report for a clinician, for a period."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from acupress_desktop.cli.main import UsageError, user_engine

DEFAULT_DAYS = 90


def add_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="write a PDF report of your history for a clinician")
    report.add_argument("--from", dest="first", metavar="DATE", help=f"first day (default: {DEFAULT_DAYS} days ago)")
    report.add_argument("--to", dest="last", metavar="DATE", help="last day (default: today)")
    report.add_argument("--paper", choices=["a4", "letter"], help="default: from your locale")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")


def _day(text: str | None, default: date, flag: str) -> date:
    if text is None:
        return default
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{flag} must be a date like 2026-11-01, not '{text}'") from None


def run_report(args: argparse.Namespace) -> int:
    today = date.today()
    last = _day(args.last, today, "--to")
    first = _day(args.first, last - timedelta(days=DEFAULT_DAYS), "--from")
    if first > last:
        raise UsageError(f"--from ({first}) is after --to ({last})")
    if args.output.suffix.lower() != ".pdf":
        raise UsageError(f"the output must be a .pdf file, not '{args.output}'")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # the chart is a Qt Charts widget
    from acupress_desktop.cli.catalogue_commands import load_catalogue
    from acupress_desktop.printing.export import paper_for_locale
    from acupress_desktop.printing.report import export_report
    from acupress_desktop.services.history import HistoryService
    from acupress_desktop.storage.history_queries import HistoryQueries

    service = HistoryService(load_catalogue(), HistoryQueries(user_engine(args)))
    report = service.report(first, last, today)
    try:
        pages = export_report(report, service, args.output, args.paper or paper_for_locale())
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror}") from error
    print(f"wrote {args.output}: {report.sessions_total} sessions from {first} to {last}, {pages} pages")
    return 0
