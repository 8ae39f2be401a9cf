"""The report for a clinician: period, chart, table, points, disclaimer; bad dates refused."""

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from acupress_desktop.__main__ import main as run
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.services.composition import build_services


def _text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    document.close()
    return " ".join(text.split())


def test_report_for_a_period(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    context = build_services(str(data))
    known = {s.id for s in context.catalogue.symptoms}
    for day, note in ((2, "inside the period"), (20, "after the period")):
        when = datetime(2026, 10, day, 9, 0).astimezone()
        context.sessions.log_manual(known, ("sciatica",), PainSide.LEFT, 7, 4, when, 10, note)
    out = tmp_path / "report.pdf"
    assert run(["--data-dir", str(data), "report", "--from", "2026-10-01", "--to", "2026-10-10", "-o", str(out)]) == 0
    assert "1 session from" in capsys.readouterr().out
    text = _text(out)
    assert "2026-10-01 to 2026-10-10" in text
    assert "inside the period" in text and "after the period" not in text
    assert "Sciatica" in text and "not medical advice" in text and "Pain before and after" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-12-01", "--to", "2026-11-01"], "is after --to"),
        (["--from", "last week"], "must be a date"),
    ],
)
def test_bad_periods_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "r.pdf"
    assert run(["--data-dir", str(tmp_path), "report", *args, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err and not out.exists()


def test_report_dialog_saves_the_pdf(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from acupress_desktop.ui.report_dialog import ReportDialog

    context = build_services(str(tmp_path / "data"))
    dialog = ReportDialog(context.history)
    qtbot.addWidget(dialog)
    assert dialog.save(tmp_path / "r.pdf") == tmp_path / "r.pdf"
    assert "report for a clinician" in _text(tmp_path / "r.pdf")
    dialog.first.setDate(dialog.last.date().addDays(1))
    assert dialog.save(tmp_path / "x.pdf") is None and "after the last day" in dialog.error.text()


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    data = tmp_path / "data"
    context = build_services(str(data))
    known = {s.id for s in context.catalogue.symptoms}
    for day in range(1, 31):
        for hour in (7, 9, 12, 15, 18):
            when = datetime(2026, 10, day, hour, 0).astimezone()
            context.sessions.log_manual(known, ("headache",), PainSide.NONE, 5, 3, when, 10, "")
    out = tmp_path / "report.pdf"
    assert run(["--data-dir", str(data), "report", "--from", "2026-10-01", "--to", "2026-10-31", "-o", str(out)]) == 0
    document = QPdfDocument()
    document.load(str(out))
    pages = [" ".join(document.getAllText(i).text().split()) for i in range(document.pageCount())]
    document.close()
    assert len(pages) >= 3
    continued = [page for page in pages[1:] if "2026-10-" in page]  # pages the session table runs onto
    assert len(continued) >= 2
    assert all("Date What Side" in page for page in continued)
