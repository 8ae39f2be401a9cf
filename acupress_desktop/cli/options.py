"""The options that apply to the window as well as to commands, and the quick test for 'just open the window'.

Starting the window should not load argparse, every command's parser and the domain modules behind them: when
the arguments hold nothing but these options, written in their usual forms, the window starts without them (see
__main__); anything else (an abbreviation, --help, a command, a mistake) goes to the full command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import argparse

SMOKE_MODES = ("ready", "paint")


class WindowOptions(NamedTuple):
    """What `acupress [--data-dir DIR] [--lang LANG] [--smoke[=paint]]` asks of the window (a named tuple: read
    before the first paint, which makes no dataclass)."""

    data_dir: str | None = None
    lang: str | None = None
    smoke: str | None = None


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The same options on the full command line (with --help's words for them)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where your history and routines are kept "
        "(default: $ACUPRESS_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the texts: en or zh_CN (default: $ACUPRESS_LANG, else the system locale)",
    )
    parser.add_argument(
        "--smoke",
        nargs="?",
        const="ready",
        choices=SMOKE_MODES,
        help="show the main window, open the data and build every page, then exit 0 (installation check); "
        "--smoke=paint exits at the first paint; both say how long they took",
    )


def window_arguments(argv: list[str]) -> WindowOptions | None:
    """The options if ``argv`` only asks for the window; None for a command, --help, --version, a mistake or a
    form this quick reading leaves to argparse (the full command line then answers, with its usual messages)."""
    values: dict[str, str | None] = {}
    rest = list(argv)
    while rest:
        option, equals, attached = rest.pop(0).partition("=")
        key = {"--data-dir": "data_dir", "--lang": "lang", "--smoke": "smoke"}.get(option)
        if key is None:
            return None
        if key == "smoke":
            if not equals and rest and not rest[0].startswith("-"):
                return None  # `--smoke paint`: argparse's reading
            values[key] = attached if equals else SMOKE_MODES[0]
            if values[key] not in SMOKE_MODES:
                return None
        elif equals:
            values[key] = attached
        elif rest and not rest[0].startswith("-"):
            values[key] = rest.pop(0)
        else:
            return None
    options = WindowOptions(**values)
    if options.lang is not None and not _known_language(options.lang):
        return None
    return options


def _known_language(asked: str) -> bool:
    from acupress_desktop.services.language import UnknownLanguageError, parse_language

    try:
        parse_language(asked)
    except UnknownLanguageError:
        return False  # the full command line says so, with exit status 2
    return True
