"""`acupress print`: the routine sheet as a PDF, without opening a window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from acupress_desktop.cli.catalogue_commands import load_catalogue
from acupress_desktop.cli.main import UsageError, user_engine
from acupress_desktop.cli.plan_command import plan_from_args
from acupress_desktop.domain.catalogue import BodyRegion
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.routine import Routine, routine_from_plan


def add_parser(commands: Any) -> None:
    sheet = commands.add_parser("print", help="write the printable routine sheet as a PDF")
    sheet.add_argument("--symptom", action="append", default=[], metavar="ID", help="repeat for several")
    sheet.add_argument("--side", choices=[s.value for s in PainSide if s is not PainSide.NONE], default="none")
    sheet.add_argument("--pregnant", action="store_true")
    sheet.add_argument("--anticoagulants", action="store_true")
    sheet.add_argument("--varicose-veins", action="store_true")
    sheet.add_argument("--avoid", action="append", default=[], choices=[r.value for r in BodyRegion], metavar="REGION")
    sheet.add_argument("--minutes", type=int, default=10)
    sheet.add_argument("--routine", metavar="NAME", help="print a saved routine instead of planning one")
    sheet.add_argument("--paper", choices=["a4", "letter"], help="default: from your locale")
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(red_flag=[])


def _routine(args: argparse.Namespace) -> Routine:
    catalogue = load_catalogue()
    if args.routine:
        from acupress_desktop.storage.routine_repository import RoutineNotFoundError, RoutineRepository

        try:
            return RoutineRepository(user_engine(args)).get_by_name(args.routine)
        except RoutineNotFoundError as error:
            raise UsageError(str(error)) from error
    if not args.symptom:
        raise UsageError("give --symptom (one or more) or --routine NAME")
    plan = plan_from_args(args, catalogue)
    if plan.blocked:
        raise UsageError("no routine to print: " + " ".join(plan.warnings))
    if not plan.steps:
        raise UsageError("no point fits these settings; allow more --minutes")
    return routine_from_plan(plan)


def run_print(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() != ".pdf":
        raise UsageError(f"the output must be a .pdf file, not '{args.output}'")
    routine = _routine(args)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed to draw a PDF
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from acupress_desktop.domain.sheet import build_sheet
    from acupress_desktop.paths import images_dir
    from acupress_desktop.printing.export import export_pdf, paper_for_locale
    from acupress_desktop.printing.sheet_renderer import SheetRenderer
    from acupress_desktop.ui.pictures import PointPictures

    sheet = build_sheet(load_catalogue(), routine, date.today())
    try:
        pages = export_pdf(
            sheet, SheetRenderer(PointPictures(images_dir())), args.output, args.paper or paper_for_locale()
        )
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror}") from error
    print(f"wrote {args.output}: {len(sheet.steps)} steps on {pages} page{'s' if pages != 1 else ''}")
    return 0
