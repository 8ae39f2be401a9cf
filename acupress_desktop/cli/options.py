"""The options that apply to the window as well as to commands, and the quick test for 'just open the window'.

Starting the window should not load every command's parser and the domain modules behind them: when the
arguments hold nothing but these options, the window starts without them (see __main__).
"""

from __future__ import annotations

import argparse

from acupress_desktop.cli.common import Parser, UsageError


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where your history and routines are kept "
        "(default: $ACUPRESS_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--smoke",
        nargs="?",
        const="ready",
        choices=("ready", "paint"),
        help="show the main window, open the data and build every page, then exit 0 (installation check); "
        "--smoke=paint exits at the first paint; both say how long they took",
    )


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The parsed options if ``argv`` only asks for the window; None for a command, --help, --version or a mistake
    (the full command line then answers, with its usual messages)."""
    parser = Parser(prog="acupress", add_help=False)
    add_global_options(parser)
    try:
        args, extra = parser.parse_known_args(argv)
    except UsageError:
        return None
    return None if extra else args
