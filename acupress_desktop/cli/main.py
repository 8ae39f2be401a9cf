"""The command-line face: global options first, then an optional subcommand; none starts the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from acupress_desktop import __version__

if TYPE_CHECKING:
    from sqlalchemy import Engine


class UsageError(Exception):
    """Bad input from the command line: one line on stderr, exit status 2, nothing changed."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


Handler = Callable[[argparse.Namespace], int]


def user_engine(args: argparse.Namespace) -> Engine:
    """The user's database for a command (migrated, backed up first); a problem is one line, status 2."""
    from acupress_desktop.paths import user_data_dir
    from acupress_desktop.storage.user_db import UserDatabaseError, open_user_database

    data_dir = user_data_dir(args.data_dir)
    try:
        engine = open_user_database(data_dir).engine
    except UserDatabaseError as error:
        raise UsageError(str(error)) from error
    from acupress_desktop.cli.backup_commands import mark_interrupted_unless_open

    mark_interrupted_unless_open(data_dir, engine)
    return engine


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="acupress",
        description="Guided acupressure at the desk. Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"acupress {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where your history and routines are kept "
        "(default: $ACUPRESS_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="build and show the main window, then exit 0 (installation check)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    points = commands.add_parser("points", help="list every point in the catalogue")
    points.add_argument("--json", action="store_true", help="print JSON instead of a table")

    point = commands.add_parser("point", help="show one point: code, pinyin (with or without tones), hanzi or name")
    point.add_argument("query", metavar="CODE", help="e.g. LI4, hegu, Hégǔ, 合谷, 'Ling Gu'")
    point.add_argument("--json", action="store_true", help="print JSON")

    symptoms = commands.add_parser("symptoms", help="list the symptoms a routine can be planned for")
    symptoms.add_argument("--json", action="store_true", help="print JSON instead of a table")

    from acupress_desktop.cli import exchange_commands, history_commands, plan_command, print_command

    plan_command.add_parser(commands)
    print_command.add_parser(commands)
    history_commands.add_parsers(commands)
    exchange_commands.add_parsers(commands)
    from acupress_desktop.cli import backup_commands, report_command

    report_command.add_parser(commands)
    backup_commands.add_parsers(commands)
    return parser


def _handlers() -> dict[str, Handler]:
    from acupress_desktop.cli import (
        backup_commands,
        catalogue_commands,
        exchange_commands,
        history_commands,
        plan_command,
        print_command,
        report_command,
    )

    return {
        **backup_commands.handlers(),
        "report": report_command.run_report,
        "print": print_command.run_print,
        "log": history_commands.log_add,
        "history": history_commands.show_history,
        "export": exchange_commands.run_export,
        "import": exchange_commands.run_import,
        "plan": plan_command.run_plan,
        "points": catalogue_commands.list_points,
        "point": catalogue_commands.show_point,
        "symptoms": catalogue_commands.list_symptoms,
    }


def _check_text(argv: Sequence[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which nothing can store or print."""
    for position, argument in enumerate(argv, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(f"argument {position} is not valid UTF-8 text") from None


def run(argv: Sequence[str]) -> int:
    try:
        _check_text(argv)
        args = build_parser().parse_args(list(argv))
        if args.command is None:
            from acupress_desktop.app import run_gui

            return run_gui(args)
        return _handlers()[args.command](args)
    except UsageError as error:
        print(f"acupress: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `acupress points | head`
        return 0
