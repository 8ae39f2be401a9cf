"""Page layout for printed sheets: blocks of known height placed on pages, never split.

Works in device pixels of any QPagedPaintDevice (QPdfWriter, QPrinter), so the preview, the
printer and the PDF come out the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QTextDocument

MM_PER_INCH = 25.4

Painter = Callable[[QPainter, QRectF], None]


@dataclass
class Block:
    height: float  # device pixels
    paint: Painter
    gap_after: float = 0.0


@dataclass
class PlacedBlock:
    page: int
    top: float
    block: Block


class Units:
    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiX())

    def mm(self, value: float) -> float:
        return value * self.dpi / MM_PER_INCH


def text_document(html: str, width: float, device: QPagedPaintDevice, font: QFont) -> QTextDocument:
    """Rich text measured with the device's own metrics, so what is measured is what is printed."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setTextWidth(width)
    document.setPageSize(QSizeF(width, 1e9))
    return document


def paginate(blocks: list[Block], page_height: float) -> list[PlacedBlock]:
    """Place blocks top to bottom; a block that does not fit starts a new page (it is never split)."""
    placed: list[PlacedBlock] = []
    page, top = 0, 0.0
    for block in blocks:
        if top > 0 and top + block.height > page_height:
            page, top = page + 1, 0.0
        placed.append(PlacedBlock(page, top, block))
        top += block.height + block.gap_after
    return placed
