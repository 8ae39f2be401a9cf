"""The command-line face: global options first, then an optional command; none starts the window.

Each command module adds its parsers and names its handler; a handler gets the parsed arguments and the
services from the composition root, never a repository.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from acupress_desktop import __version__
from acupress_desktop.cli import (
    backup_commands,
    catalogue_commands,
    exchange_commands,
    history_commands,
    plan_command,
    print_command,
    report_command,
)
from acupress_desktop.cli.common import Parser, UsageError
from acupress_desktop.cli.options import add_global_options
from acupress_desktop.cli.usage_words import usage_in_language
from acupress_desktop.domain.errors import AcupressError, WordedError
from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.services.composition import build_services
from acupress_desktop.services.language import UnknownLanguageError, chosen_language

COMMAND_MODULES = (
    catalogue_commands,
    plan_command,
    print_command,
    history_commands,
    exchange_commands,
    report_command,
    backup_commands,
)
WindowStarter = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="acupress",
        description="Guided acupressure at the desk. Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"acupress {__version__}")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.add_parsers(commands)
    return parser


def _check_text(argv: Sequence[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which nothing can store or print."""
    for position, argument in enumerate(argv, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError("argument {position} is not valid UTF-8 text", position=position) from None


def _language_asked(argv: Sequence[str]) -> str:
    """The language of an error found before the options were read: --lang as typed, else the usual choice."""
    asked = None
    for position, argument in enumerate(argv):
        if argument == "--lang" and position + 1 < len(argv):
            asked = argv[position + 1]
        elif argument.startswith("--lang="):
            asked = argument.partition("=")[2]
    try:
        return chosen_language(asked)
    except UnknownLanguageError:
        return ENGLISH


def _in_language(error: Exception, argv: Sequence[str]) -> str:
    if isinstance(error, WordedError):
        return usage_in_language(error.template, error.fields, _language_asked(argv))
    return str(error)


def run(argv: Sequence[str], start_window: WindowStarter) -> int:
    """Exit status: 0 done, 2 bad input or data that cannot be used (one line on stderr, nothing changed)."""
    try:
        _check_text(argv)
        args = build_parser().parse_args(list(argv))
        args.lang_asked = args.lang  # the window also weighs the language saved in Preferences
        args.lang = chosen_language(args.lang)
        if args.command is None:
            return start_window(args)
        return int(args.handler(args, build_services(args.data_dir, args.lang)))
    except (UsageError, AcupressError, UnknownLanguageError) as error:
        print(f"acupress: {_in_language(error, argv)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `acupress points | head`
        return 0
