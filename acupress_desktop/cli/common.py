"""What every command shares: the usage error, the parser that raises it, tables and JSON for the terminal.

Command modules import this and the domain only at the top, so `acupress points` loads neither Qt nor SQL.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from acupress_desktop.cli.words import columns
from acupress_desktop.domain.errors import WordedError

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services


class UsageError(WordedError):
    """Bad input from the command line: one line on stderr, exit status 2, nothing changed."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError("{problem} (see '{prog} --help')", problem=message, prog=self.prog)


Handler = Callable[[argparse.Namespace, "Services"], int]


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def format_table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(columns(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[i] - columns(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def pdf_output(path: object) -> None:
    """Refuse anything but a .pdf target before any work is done."""
    if not str(path).lower().endswith(".pdf"):
        raise UsageError("the output must be a .pdf file, not '{path}'", path=path)


def start_offscreen_gui(language: str = "en") -> object:
    """A GUI application with no window, for drawing PDFs in a language; returns it so the caller keeps it alive."""
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed to draw a PDF
    from PySide6.QtGui import QGuiApplication

    from acupress_desktop.i18n import install_translators

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translators(app, language)
    return app
