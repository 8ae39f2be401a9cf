"""`acupress export --csv DIR | --json FILE` and `acupress import FILE`: a bad file is refused and stores nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.common import UsageError
from acupress_desktop.domain.exchange import ExchangeError

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services


def add_parsers(commands: Any) -> None:
    export = commands.add_parser("export", help="write your sessions as CSV, or everything as a JSON backup")
    export.add_argument("--csv", metavar="DIR", help="write the sessions and steps CSV files into this folder")
    export.add_argument("--json", metavar="FILE", help="write a backup of routines, sessions and steps")
    export.set_defaults(handler=run_export)

    imported = commands.add_parser("import", help="add what a JSON backup or a sessions CSV holds; skip duplicates")
    imported.add_argument("file", metavar="FILE", help="a .json backup or a sessions .csv written by export")
    imported.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, services: Services) -> int:
    if not args.csv and not args.json:
        raise UsageError("export needs --csv DIR or --json FILE (or both)")
    service = services.exchange
    written: list[str] = []
    try:
        if args.csv:
            sessions_path, steps_path = service.export_csv(Path(args.csv).expanduser())
            written += [str(sessions_path), str(steps_path)]
        if args.json:
            json_path = Path(args.json).expanduser()
            service.export_json(json_path)
            written.append(str(json_path))
    except ExchangeError as error:
        raise UsageError("cannot export: {reason}", reason=error) from error
    print(f"exported to {', '.join(written)}")
    return 0


def run_import(args: argparse.Namespace, services: Services) -> int:
    known = {symptom.id for symptom in services.catalogue.symptoms}
    points = {point.code for point in services.catalogue.points}
    try:
        report = services.exchange.import_file(Path(args.file).expanduser(), known, points)
    except ExchangeError as error:
        raise UsageError("cannot import {path}: {reason}", path=args.file, reason=error) from error
    print(report.summary())
    return 0
