"""`python -m acupress_desktop` and the `acupress` executable: a command, or the window when none is given."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from acupress_desktop.app import WindowArguments


def _start_window(args: WindowArguments) -> int:
    from acupress_desktop.app import run_gui

    return run_gui(args)


def main(argv: list[str] | None = None) -> int:
    from acupress_desktop.cli.options import window_arguments

    arguments = sys.argv[1:] if argv is None else argv
    window = window_arguments(arguments)
    if window is not None:  # no command: the window starts without loading every command's parser
        return _start_window(window)
    from acupress_desktop.cli.main import run

    return run(arguments, _start_window)


if __name__ == "__main__":
    raise SystemExit(main())
