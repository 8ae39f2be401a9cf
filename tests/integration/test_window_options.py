"""`acupress [--data-dir DIR] [--lang LANG] [--smoke[=paint]]` opens the window without argparse, and means what
the full command line would make of it; anything else is left to the full command line."""

import argparse

import pytest

from acupress_desktop.cli.main import run
from acupress_desktop.cli.options import WindowOptions, window_arguments


def _full_reading(argv: list[str]) -> argparse.Namespace:
    started: list[argparse.Namespace] = []
    assert run(argv, lambda args: started.append(args) or 0) == 0
    return started[0]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x", "--lang", "zh_CN"],
        ["--lang=en", "--smoke"],
        ["--smoke=paint", "--data-dir", "a b"],
        ["--smoke=ready"],
        ["--data-dir", "/one", "--data-dir", "/two"],  # the last one counts, as with argparse
    ],
)
def test_the_quick_reading_agrees_with_the_full_command_line(argv: list[str]) -> None:
    quick, full = window_arguments(argv), _full_reading(argv)
    assert quick is not None
    assert (quick.data_dir, quick.lang, quick.smoke) == (full.data_dir, full.lang_asked, full.smoke)


@pytest.mark.parametrize(
    "argv",
    [
        ["points"],
        ["--help"],
        ["--version"],
        ["--data", "/tmp/x"],  # an abbreviation argparse accepts
        ["--smoke", "paint"],  # argparse's reading of an optional value
        ["--smoke=later"],
        ["--lang", "tlh"],
        ["--data-dir"],
        ["--data-dir", "--smoke"],
    ],
)
def test_anything_else_is_left_to_the_full_command_line(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_no_arguments_open_the_window_with_the_defaults() -> None:
    assert window_arguments([]) == WindowOptions()
