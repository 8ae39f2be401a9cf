"""`acupress print`: the routine sheet as a PDF, without opening a window."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.common import UsageError, pdf_output, start_offscreen_gui
from acupress_desktop.cli.plan_command import plan_from
from acupress_desktop.domain.errors import RoutineNotFoundError
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.routine import Routine, routine_from_plan
from acupress_desktop.domain.statistics import plural

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services


def add_parsers(commands: Any) -> None:
    sheet = commands.add_parser("print", help="write the printable routine sheet as a PDF")
    sheet.add_argument("--symptom", action="append", default=[], metavar="ID", help="repeat for several")
    sheet.add_argument("--side", choices=[s.value for s in PainSide if s is not PainSide.NONE], default="none")
    sheet.add_argument("--pregnant", action="store_true")
    sheet.add_argument("--anticoagulants", action="store_true")
    sheet.add_argument("--varicose-veins", action="store_true")
    sheet.add_argument("--avoid", action="append", default=[], metavar="REGION[:SIDE]", help="as for plan")
    sheet.add_argument("--minutes", type=int, default=10)
    sheet.add_argument("--routine", metavar="NAME", help="print a saved routine instead of planning one")
    sheet.add_argument("--paper", choices=["a4", "letter"], help="default: from your locale")
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(red_flag=[], handler=run_print)


def _routine(args: argparse.Namespace, services: Services) -> Routine:
    if args.routine:
        try:
            return services.planner.routine_named(args.routine)
        except RoutineNotFoundError as error:
            raise UsageError("{problem}", problem=str(error)) from error
    if not args.symptom:
        raise UsageError("give --symptom (one or more) or --routine NAME")
    plan = plan_from(args, services.catalogue)
    if plan.blocked:
        raise UsageError("no routine to print: {warnings}", warnings=" ".join(plan.warnings))
    if not plan.steps:
        raise UsageError("no point fits these settings; allow more --minutes")
    return routine_from_plan(plan)


def run_print(args: argparse.Namespace, services: Services) -> int:
    pdf_output(args.output)
    routine = _routine(args, services)
    _app = start_offscreen_gui(services.language)
    from acupress_desktop.domain.sheet import build_sheet
    from acupress_desktop.painting.pictures import PointPictures
    from acupress_desktop.printing.export import export_pdf, paper_for_locale
    from acupress_desktop.printing.sheet_renderer import SheetRenderer

    sheet = build_sheet(services.catalogue, routine, date.today(), services.language)
    try:
        pages = export_pdf(
            sheet, SheetRenderer(PointPictures(services.views)), args.output, args.paper or paper_for_locale()
        )
    except OSError as error:
        raise UsageError("cannot write {path}: {reason}", path=args.output, reason=error.strerror) from error
    print(f"wrote {args.output}: {plural(len(sheet.steps), 'step')} on {plural(pages, 'page')}")
    return 0
