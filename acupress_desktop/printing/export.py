"""Paper choice and PDF export of routine sheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from acupress_desktop.domain.sheet import RoutineSheet
from acupress_desktop.paths import owner_only, private_umask
from acupress_desktop.printing.sheet_renderer import SheetRenderer

MARGIN_MM = 12.0
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def paper_for_locale(locale: QLocale | None = None) -> str:
    """Letter where the locale measures in US units (US, Canada's default and a few others), else A4."""
    system = (locale or QLocale()).measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def set_page(device: QPagedPaintDevice, paper: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def export_pdf(sheet: RoutineSheet, renderer: SheetRenderer, path: Path, paper: str) -> int:
    """Write the sheet as a PDF; returns the number of pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with private_umask():  # health data: owner-only from the first byte
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        writer.setTitle(sheet.title)
        writer.setCreator("Acupress")
        set_page(writer, paper)
        pages = renderer.render(sheet, writer)
        del writer  # flushes and closes the file
    owner_only(path)
    return pages
