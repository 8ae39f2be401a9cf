"""The report for a clinician: the period, the figures in words, the chart, the sessions, the points used."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from acupress_desktop.domain.report import ClinicianReport
from acupress_desktop.domain.statistics import EffectSummary
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr
from acupress_desktop.painting.pain_chart import LIGHT, PainChartPainter, chart_series
from acupress_desktop.paths import owner_only, private_umask
from acupress_desktop.printing.export import set_page
from acupress_desktop.printing.layout import Block, Units, font, render_blocks, text_document

HEADER = (
    QT_TR_NOOP("Date"),
    QT_TR_NOOP("What"),
    QT_TR_NOOP("Side"),
    QT_TR_NOOP("Min"),
    QT_TR_NOOP("Before"),
    QT_TR_NOOP("After"),
    QT_TR_NOOP("Change"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Note"),
)
FOOTER = QT_TR_NOOP(
    "Acupress — pain diary with self-administered acupressure; self-care information, not medical advice"
)


class ReportRenderer:
    def render(self, report: ClinicianReport, device: QPagedPaintDevice) -> int:
        return render_blocks(device, lambda units, width: self._blocks(report, units, device, width), tr(FOOTER))

    def _text(self, html: str, units: Units, device: QPagedPaintDevice, width: float, size: float = 8.5) -> Block:
        document = text_document(html, width, device, font(size))

        def paint(painter: QPainter, _rect: QRectF) -> None:
            document.drawContents(painter)

        return Block(document.size().height(), paint, gap_after=units.mm(3))

    def _blocks(self, report: ClinicianReport, units: Units, device: QPagedPaintDevice, width: float) -> list[Block]:
        blocks = [
            self._text(
                "<div style='font-size:15pt; font-weight:bold'>"
                + tr("Pain diary and acupressure: report for a clinician")
                + "</div><div>"
                + tr("Period {first} to {last} · made {made} · {sessions} sessions").format(
                    first=report.first.isoformat(),
                    last=report.last.isoformat(),
                    made=report.made_on.isoformat(),
                    sessions=report.sessions_total,
                )
                + "</div>",
                units,
                device,
                width,
                9,
            ),
            self._text(
                "<b>"
                + tr("Summary.")
                + "</b> "
                + escape(("" if current_language() != "en" else " ").join(report.stats.in_words(current_language())))
                + " "
                + tr(
                    "Pain is the patient's own rating, 0 = no pain, 10 = worst pain imaginable, asked right before"
                    " and right after each session. An important change is a drop of 2 points or 30 % (Farrar 2001)."
                ),
                units,
                device,
                width,
            ),
            self._chart(report, units, width),
            self._summary_table(tr("What was pressed for"), report.symptoms, units, device, width),
            self._summary_table(tr("Points pressed to the end (guided sessions)"), report.points, units, device, width),
        ]
        header = self._row(tuple(tr(name) for name in HEADER), units, device, width, True)
        blocks.append(header)
        for text in report.sessions:
            row = self._row(text.table_cells(), units, device, width)
            row.header = header
            blocks.append(row)
        if report.sessions_total > len(report.sessions):
            blocks.append(
                self._text(
                    tr("… and {count} more sessions (export CSV for all).").format(
                        count=report.sessions_total - len(report.sessions)
                    ),
                    units,
                    device,
                    width,
                )
            )
        blocks.append(self._text(f"<i>{escape(report.disclaimer)}</i>", units, device, width, 8))
        return blocks

    def _chart(self, report: ClinicianReport, units: Units, width: float) -> Block:
        height = units.mm(70)
        series = chart_series(report.days)

        def paint(painter: QPainter, rect: QRectF) -> None:
            PainChartPainter(series, LIGHT, font(8)).paint(painter, QRectF(0, 0, rect.width(), height))

        return Block(height, paint, gap_after=units.mm(3))

    def _summary_table(
        self, title: str, rows: tuple[EffectSummary, ...], units: Units, device: QPagedPaintDevice, width: float
    ) -> Block:
        if not rows:
            none = tr("none recorded in this period.")
            return self._text(f"<b>{escape(title)}:</b> {none}", units, device, width)
        few = tr(" (few)")
        body = "".join(
            f"<tr><td>{escape(r.label)}</td><td align='center'>{r.sessions}</td>"
            f"<td align='center'>{'—' if r.average_change is None else f'{r.average_change:+.1f}'}"
            f"{'' if r.reliable else few}</td></tr>"
            for r in rows
        )
        return self._text(
            f"<b>{escape(title)}</b><table cellspacing='0' cellpadding='2' width='100%' border='0.5'>"
            "<tr><th align='left'>"
            + tr("Name")
            + "</th><th>"
            + tr("Sessions")
            + "</th><th>"
            + tr("Average change")
            + "</th></tr>"
            f"{body}</table>",
            units,
            device,
            width,
            8,
        )

    def _row(
        self, cells: tuple[str, ...], units: Units, device: QPagedPaintDevice, width: float, header: bool = False
    ) -> Block:
        widths = (0.15, 0.2, 0.06, 0.05, 0.07, 0.07, 0.07, 0.1, 0.23)
        tag = "th" if header else "td"
        body = "".join(
            f"<{tag} width='{int(w * 100)}%' align='{'left' if i in (0, 1, 8) else 'center'}'>{escape(c)}</{tag}>"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        block = self._text(
            f"<table width='100%' cellspacing='0' cellpadding='1'><tr>{body}</tr></table>", units, device, width, 7.5
        )
        block.gap_after = units.mm(0.5 if not header else 1)
        return block


def export_report(report: ClinicianReport, path: Path, paper: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    with private_umask():  # health data: owner-only from the first byte
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        writer.setTitle(tr("Acupress report for a clinician"))
        writer.setCreator("Acupress")
        set_page(writer, paper)
        pages = ReportRenderer().render(report, writer)
        del writer
    owner_only(path)
    return pages
