"""Draws a RoutineSheet onto pages: picture cards, the log grid and the safety footer.

Text stays text (selectable, fonts embedded) and the illustrations stay vectors in the PDF.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen, QTextDocument

from acupress_desktop.domain.sheet import RoutineSheet, SheetStep
from acupress_desktop.i18n import tr
from acupress_desktop.painting.pictures import PaintOptions, PointPictures
from acupress_desktop.printing.layout import Block, Units, font, render_blocks, text_document
from acupress_desktop.printing.warning_words import NEVER_PRESS, warning_lines

INK = QColor("#2B2420")
MUTED = QColor("#6B5B52")
ACCENT = QColor("#2E7D6B")
DANGER = QColor("#8E1B1B")
RULE = QColor("#D8CCC2")


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class SheetRenderer:
    def __init__(self, pictures: PointPictures) -> None:
        self._pictures = pictures

    def render(self, sheet: RoutineSheet, device: QPagedPaintDevice) -> int:
        """Paint every page; returns the number of pages."""
        return render_blocks(
            device,
            lambda units, width: self._blocks(sheet, units, device, width),
            tr("Acupress — self-care information, not medical advice"),
        )

    # -- blocks --------------------------------------------------------------------------------
    @staticmethod
    def _font(points: float, bold: bool = False) -> QFont:
        return font(points, bold)

    def _blocks(self, sheet: RoutineSheet, units: Units, device: QPagedPaintDevice, width: float) -> list[Block]:
        # the warning signs and the disclaimer come right under the title, so page 1 alone always has them
        safety = self._safety(sheet, units, device, width)
        safety.gap_after = units.mm(2.5)
        blocks = [self._header(sheet, units, device, width), safety]
        gap = units.mm(2.5)
        column = (width - gap) / 2
        cards = [self._card(step, units, device, column) for step in sheet.steps]
        for i in range(0, len(cards), 2):
            row = cards[i : i + 2]
            row_height = max(h for h, _ in row)

            def paint_row(painter: QPainter, rect: QRectF, row=row, row_height=row_height) -> None:  # type: ignore[no-untyped-def]
                for n, (_h, paint) in enumerate(row):
                    paint(painter, QRectF(n * (column + gap), 0, column, row_height))

            blocks.append(Block(row_height, paint_row, gap_after=gap))
        if sheet.excluded:
            blocks.append(self._excluded(sheet, units, device, width))
        blocks.append(self._log_grid(sheet, units, width))
        return blocks

    def _text_block(self, html: str, units: Units, device: QPagedPaintDevice, width: float, size: float) -> Block:
        document = text_document(html, width, device, self._font(size))

        def paint(painter: QPainter, _rect: QRectF, document: QTextDocument = document) -> None:
            document.drawContents(painter)

        return Block(document.size().height(), paint, gap_after=units.mm(2.5))

    def _header(self, sheet: RoutineSheet, units: Units, device: QPagedPaintDevice, width: float) -> Block:
        facts = [
            sheet.subtitle,
            tr("{steps} steps, {time}").format(steps=len(sheet.steps), time=clock(sheet.total_seconds)),
        ]
        facts.append(tr("printed {date}").format(date=sheet.printed_on.isoformat()))
        html = (
            f"<div style='font-size:15pt; font-weight:bold; color:{INK.name()}'>{escape(sheet.title)}</div>"
            f"<div style='color:{MUTED.name()}'>{escape(' · '.join(f for f in facts if f))}</div>"
        )
        return self._text_block(html, units, device, width, 9)

    def _card(self, step: SheetStep, units: Units, device: QPagedPaintDevice, width: float):  # type: ignore[no-untyped-def]
        pad, picture = units.mm(1.8), units.mm(26)
        text_width = width - picture - 3 * pad
        point = step.point
        finds = " ".join(f"{n}) {escape(s)}" for n, s in enumerate(step.find_steps, start=1))
        cautions = (
            f"<div style='color:{DANGER.name()}'>⚠ {escape(' '.join(step.cautions))}</div>" if step.cautions else ""
        )
        body = (
            f"<div style='margin-top:3px'>{escape(step.instruction)}</div>"
            "<div style='margin-top:3px'><b>" + tr("Find it:") + f"</b> {finds}</div>{cautions}"
            if step.same_as is None
            else "<div style='margin-top:3px'>"
            + tr("As step {step}, on the other side.").format(step=step.same_as)
            + "</div>"
        )
        html = (
            f"<div style='font-size:10pt; font-weight:bold'>{step.number}. {escape(point.pinyin_plain)} · "
            f"{escape(point.display_code)} · {escape(point.hanzi)}</div>"
            f"<div style='color:{MUTED.name()}'>{escape(point.pinyin)} — {escape(point.english)}</div>"
            f"<div style='font-size:9.5pt; font-weight:bold; color:{ACCENT.name()}'>{escape(step.side_words)}"
            f" · {clock(step.seconds)}</div>{body}"
        )
        document = text_document(html, text_width, device, self._font(6.6))
        height = max(picture if step.same_as is None else picture * 0.7, document.size().height()) + 2 * pad

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(QPen(RULE, units.mm(0.3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, units.mm(2), units.mm(2))
            size = min(picture, rect.height() - 2 * pad)
            self._picture(painter, QRectF(rect.x() + pad, rect.y() + pad, size, size), step)
            painter.save()
            painter.translate(rect.x() + picture + 2 * pad, rect.y() + pad)
            document.drawContents(painter)
            painter.restore()

        return height, paint

    def _picture(self, painter: QPainter, target: QRectF, step: SheetStep) -> None:
        """The point's view, zoomed in around the point so it reads at 3 cm wide."""
        view = self._pictures.view_for(step.point.code)
        if view is None:
            return
        positions = self._pictures.marker_positions(view, step.point.code, step.side)
        zoom = 1.7
        pan = QPointF()
        if positions:
            fitted = self._pictures.transform(view, target, self._pictures.is_mirrored(view, step.side), zoom)
            spot = fitted.map(QPointF(*positions[0]))
            pan = target.center() - spot
        painter.save()
        painter.setClipRect(target)
        self._pictures.paint(
            painter, target, view, step.side, PaintOptions(highlight=step.point.code, zoom=zoom, pan=pan)
        )
        painter.restore()

    def _excluded(self, sheet: RoutineSheet, units: Units, device: QPagedPaintDevice, width: float) -> Block:
        items = tr("; ").join(f"<b>{escape(e.name)}</b>: {escape(e.reason.rstrip('.。'))}" for e in sheet.excluded)
        items += tr(".")
        return self._text_block("<b>" + tr("Left out:") + f"</b> {items}", units, device, width, 6.6)

    def _log_grid(self, sheet: RoutineSheet, units: Units, width: float) -> Block:
        row, title = units.mm(4.6), units.mm(4.6)
        height = title + row * (sheet.log_days + 1)
        steps = len(sheet.steps)

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(self._font(8, bold=True))
            painter.setPen(INK)
            painter.drawText(
                QRectF(0, 0, rect.width(), title),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tr("Daily log — pain 0 = no pain, 10 = worst pain imaginable; tick each step you did"),
            )
            fixed = [(tr("Date"), units.mm(24)), (tr("Pain before"), units.mm(20)), (tr("Pain after"), units.mm(20))]
            rest = (rect.width() - sum(w for _, w in fixed)) / max(1, steps)
            columns = fixed + [(str(n), rest) for n in range(1, steps + 1)]
            painter.setFont(self._font(7))
            painter.setPen(QPen(RULE, units.mm(0.25)))
            top = title
            for r in range(sheet.log_days + 2):
                painter.drawLine(QPointF(0, top + r * row), QPointF(rect.width(), top + r * row))
            x = 0.0
            for name, w in columns:
                painter.setPen(QPen(RULE, units.mm(0.25)))
                painter.drawLine(QPointF(x, top), QPointF(x, top + row * (sheet.log_days + 1)))
                painter.setPen(INK)
                painter.drawText(QRectF(x, top, w, row), Qt.AlignmentFlag.AlignCenter, name)
                x += w
            painter.setPen(QPen(RULE, units.mm(0.25)))
            painter.drawLine(QPointF(rect.width(), top), QPointF(rect.width(), top + row * (sheet.log_days + 1)))

        return Block(height, paint, gap_after=units.mm(2.5))

    def _safety(self, sheet: RoutineSheet, units: Units, device: QPagedPaintDevice, width: float) -> Block:
        parts = [*warning_lines(sheet.red_flags), tr(NEVER_PRESS)]
        html = (
            f"<div style='color:{DANGER.name()}; font-weight:bold'>"
            + tr("When to stop and get medical help")
            + "</div>"
            + "".join(f"<div>{p}</div>" for p in parts)
            + f"<div style='color:{MUTED.name()}; margin-top:3px'>{escape(sheet.disclaimer)}</div>"
        )
        pad = units.mm(2)
        document = text_document(html, width - 2 * pad, device, self._font(6.6))

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(QPen(DANGER, units.mm(0.35)))
            painter.setBrush(QColor("#FDF3F2"))
            painter.drawRoundedRect(rect, units.mm(1.5), units.mm(1.5))
            painter.save()
            painter.translate(pad, pad)
            document.drawContents(painter)
            painter.restore()

        return Block(document.size().height() + 2 * pad, paint)
