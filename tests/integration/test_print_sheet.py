"""The printed routine sheet as a PDF: pages, text that can be searched, no step split across pages."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from acupress_desktop.__main__ import main as run
from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.planner import PlanRequest, plan_routine
from acupress_desktop.domain.routine import Routine, routine_from_plan
from acupress_desktop.domain.sheet import build_sheet
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.paths import images_dir
from acupress_desktop.printing.export import export_pdf
from acupress_desktop.printing.sheet_renderer import SheetRenderer
from acupress_desktop.storage.view_files import load_views


def _pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(i).text() for i in range(document.pageCount())]
    document.close()
    return pages


def _routine(catalogue: Catalogue, symptoms: tuple[str, ...], steps: int, minutes: int = 60) -> Routine:
    routine = routine_from_plan(plan_routine(catalogue, PlanRequest(symptoms, PainSide.LEFT, minutes=minutes)))
    assert len(routine.steps) >= steps
    return replace(routine, steps=routine.steps[:steps])


def _export(catalogue: Catalogue, routine: Routine, path: Path, paper: str = "a4") -> int:
    renderer = SheetRenderer(PointPictures(lambda: load_views(images_dir())))
    return export_pdf(build_sheet(catalogue, routine, date(2026, 11, 21)), renderer, path, paper)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("symptom", ["sciatica", "low-back-pain", "headache", "menstrual-pain"])
def test_six_steps_fit_one_page(
    qapp: QApplication, catalogue: Catalogue, tmp_path: Path, symptom: str, paper: str
) -> None:
    path = tmp_path / "sheet.pdf"
    assert _export(catalogue, _routine(catalogue, (symptom,), 6), path, paper) == 1
    assert len(_pdf_pages(path)) == 1


def test_the_pdf_text_has_every_steps_names_and_side(qapp: QApplication, catalogue: Catalogue, tmp_path: Path) -> None:
    routine = _routine(catalogue, ("sciatica",), 6)
    path = tmp_path / "sheet.pdf"
    _export(catalogue, routine, path)
    text = " ".join(" ".join(_pdf_pages(path)).split())
    for step in routine.steps:
        point = catalogue.point(step.code)
        assert point.pinyin_plain in text and point.hanzi in text and point.display_code in text
    assert "RIGHT hand" in text  # Ling Gu on the hand opposite left-sided pain
    assert "Daily log" in text and "When to stop and get medical help" in text and "not medical advice" in text


def test_ten_steps_flow_onto_more_pages_without_splitting_a_step(
    qapp: QApplication, catalogue: Catalogue, tmp_path: Path
) -> None:
    routine = _routine(catalogue, ("sciatica", "headache"), 10)
    path = tmp_path / "sheet.pdf"
    pages = _export(catalogue, routine, path)
    texts = [" ".join(page.split()) for page in _pdf_pages(path)]
    assert pages == len(texts) >= 2
    assert texts[0].count("Page 1 of") == 1
    for number, step in enumerate(routine.steps, start=1):
        point = catalogue.point(step.code)
        heading = f"{number}. {point.pinyin_plain}"
        holders = [i for i, text in enumerate(texts) if heading in text]
        assert len(holders) == 1, heading
        page_text = texts[holders[0]]
        # the whole card is on that page: its heading, its side and time (the PDF's text may part two
        # hanzi drawn from different fonts, as in 四神 聪)
        assert point.hanzi in page_text.replace(" ", "")


def test_print_command_writes_the_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "sheet.pdf"
    assert run(["print", "--symptom", "headache", "--paper", "letter", "-o", str(out)]) == 0
    assert out.exists() and "wrote" in capsys.readouterr().out


def test_print_command_uses_a_saved_routine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from acupress_desktop.services.composition import build_services

    context = build_services(str(tmp_path / "data"))
    plan = context.planner.plan(PlanRequest(("sciatica",), PainSide.RIGHT))
    context.planner.save_new(routine_from_plan(plan), "Right sciatica")
    out = tmp_path / "saved.pdf"
    assert run(["--data-dir", str(tmp_path / "data"), "print", "--routine", "right sciatica", "-o", str(out)]) == 0
    assert "Right sciatica" in " ".join(_pdf_pages(out))
    assert run(["--data-dir", str(tmp_path / "data"), "print", "--routine", "nope", "-o", str(out)]) == 2
    assert "no saved routine called 'nope'" in capsys.readouterr().err


def test_preview_dialog_paints_the_sheet_on_its_printer(
    qapp: QApplication, catalogue: Catalogue, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from acupress_desktop.ui.print_actions import SheetPrinting

    printing = SheetPrinting(catalogue, PointPictures(lambda: load_views(images_dir())))
    dialog = printing.preview_dialog(_routine(catalogue, ("headache",), 4), None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    dialog.paintRequested.emit(printer)  # what the preview does each time it redraws
    del printer
    dialog.deleteLater()
    assert "Daily log" in " ".join(_pdf_pages(tmp_path / "preview.pdf"))


def test_the_preview_dialog_opens_and_draws(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    import gc

    from acupress_desktop.ui.print_actions import SheetPrinting

    printing = SheetPrinting(catalogue, PointPictures(lambda: load_views(images_dir())))
    dialog = printing.preview_dialog(_routine(catalogue, ("headache",), 3), None)
    qtbot.addWidget(dialog)
    gc.collect()  # the printer must outlive this: the dialog does not own it
    painted: list[bool] = []
    dialog.paintRequested.connect(lambda _printer: painted.append(True))
    dialog.open()
    qtbot.waitUntil(lambda: bool(painted))
    dialog.close()


def test_page_one_alone_has_the_warning_signs_and_the_disclaimer(
    qapp: QApplication, catalogue: Catalogue, tmp_path: Path
) -> None:
    routine = _routine(catalogue, ("sciatica", "headache"), 10)
    path = tmp_path / "sheet.pdf"
    assert _export(catalogue, routine, path) >= 2
    first = " ".join(_pdf_pages(path)[0].split())
    assert "When to stop and get medical help" in first and catalogue.disclaimer.split(".")[0] in first
    assert "emergency department" in first and "A&E" not in first
