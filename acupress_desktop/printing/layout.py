"""Page layout for printed sheets: blocks of known height placed on pages, never split.

Works in device pixels of any QPagedPaintDevice (QPdfWriter, QPrinter), so the preview, the
printer and the PDF come out the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QTextDocument

from acupress_desktop.i18n import tr

MM_PER_INCH = 25.4
FOOTER_MM = 6.0
MUTED = QColor("#6B5B52")

Painter = Callable[[QPainter, QRectF], None]


@dataclass
class Block:
    height: float  # device pixels
    paint: Painter
    gap_after: float = 0.0
    header: Block | None = None  # repeated above this block when it starts a page (a table's header row)


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
            if block.header is not None:
                placed.append(PlacedBlock(page, top, block.header))
                top += block.header.height + block.header.gap_after
        placed.append(PlacedBlock(page, top, block))
        top += block.height + block.gap_after
    return placed


def font(points: float, bold: bool = False) -> QFont:
    result = QFont()
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


def render_blocks(device: QPagedPaintDevice, build: Callable[[Units, float], list[Block]], footer_text: str) -> int:
    """Lay the blocks out on as many pages as they need, with a footer and page numbers; returns the page count."""
    units = Units(device)
    paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = float(paint_rect.width()), float(paint_rect.height())
    footer = units.mm(FOOTER_MM)
    placed = paginate(build(units, width), height - footer)
    pages = (placed[-1].page + 1) if placed else 1
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for page in range(pages):
        if page:
            device.newPage()
        for item in (p for p in placed if p.page == page):
            painter.save()
            painter.translate(0, item.top)
            item.block.paint(painter, QRectF(0, 0, width, item.block.height))
            painter.restore()
        _footer(painter, units, QRectF(0, height - footer, width, footer), footer_text, page + 1, pages)
    painter.end()
    return pages


def _footer(painter: QPainter, units: Units, rect: QRectF, text: str, page: int, pages: int) -> None:
    painter.save()
    painter.setFont(font(7))
    painter.setPen(MUTED)
    painter.drawLine(QPointF(rect.left(), rect.top() + units.mm(1)), QPointF(rect.right(), rect.top() + units.mm(1)))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
    numbers = tr("Page {page} of {pages}").format(page=page, pages=pages)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, numbers)
    painter.restore()
