"""`acupress report`: the PDF report for a clinician, for a period."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.common import UsageError, pdf_output, start_offscreen_gui
from acupress_desktop.domain.statistics import plural

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services

DEFAULT_DAYS = 90


def add_parsers(commands: Any) -> None:
    report = commands.add_parser("report", help="write a PDF report of your history for a clinician")
    report.add_argument("--from", dest="first", metavar="DATE", help=f"first day (default: {DEFAULT_DAYS} days ago)")
    report.add_argument("--to", dest="last", metavar="DATE", help="last day (default: today)")
    report.add_argument("--paper", choices=["a4", "letter"], help="default: from your locale")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.set_defaults(handler=run_report)


def _day(text: str | None, default: date, flag: str) -> date:
    if text is None:
        return default
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError("{flag} must be a date like 2026-11-01, not '{text}'", flag=flag, text=text) from None


def run_report(args: argparse.Namespace, services: Services) -> int:
    today = date.today()
    last = _day(args.last, today, "--to")
    first = _day(args.first, last - timedelta(days=DEFAULT_DAYS), "--from")
    if first > last:
        raise UsageError("--from ({first}) is after --to ({last})", first=first, last=last)
    pdf_output(args.output)
    report = services.history.report(first, last, today)
    _app = start_offscreen_gui(services.language)
    from acupress_desktop.printing.export import paper_for_locale
    from acupress_desktop.printing.report import export_report

    try:
        pages = export_report(report, args.output, args.paper or paper_for_locale())
    except OSError as error:
        raise UsageError("cannot write {path}: {reason}", path=args.output, reason=error.strerror) from error
    sessions = plural(report.sessions_total, "session")
    print(f"wrote {args.output}: {sessions} from {first} to {last}, {plural(pages, 'page')}")
    return 0
