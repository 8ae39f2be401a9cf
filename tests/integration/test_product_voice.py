"""Everything a person reads is written for them: no internal references anywhere.

Walks the catalogue, the planner's answer for every complaint and side (text and --json), the CLI's
point and symptom output, the printed sheet and the clinician report, and the main window's labels
and tooltips, and fails on the makers' shorthand: seed numbers, reference-sheet keys, file names,
priority numbers, point codes used as labels, "A&E", and overstated claims.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QListWidget, QTextEdit, QWidget

from acupress_desktop.__main__ import main as run
from acupress_desktop.cli.plan_command import describe_plan, plan_as_dict
from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.planner import Plan, PlanRequest, needs_side, plan_routine
from acupress_desktop.domain.routine import routine_from_plan
from acupress_desktop.domain.sheet import build_sheet
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.paths import images_dir
from acupress_desktop.printing.export import export_pdf
from acupress_desktop.printing.sheet_renderer import SheetRenderer
from acupress_desktop.services.composition import build_services
from acupress_desktop.storage.view_files import load_views
from acupress_desktop.ui.atlas.details import point_details_html

FORBIDDEN = [
    (re.compile(r"\bseeds?\b", re.IGNORECASE), "a seed article named as a seed"),
    (re.compile(r"\bref-[a-z]+", re.IGNORECASE), "a reference-sheet key"),
    (re.compile(r"\b[\w-]+\.(?:txt|md)\b"), "a file name"),
    (re.compile(r"\bpriority\b", re.IGNORECASE), "a priority number"),
    (re.compile(r"Reference facts", re.IGNORECASE), "the reference sheets' title"),
    (re.compile(r"\bTUNG-\d"), "a point code used as a label"),
    (re.compile(r"A&E|A&amp;E"), "'A&E' instead of 'emergency department'"),
    (re.compile(r"said to be excellent|one of the great points|among the best", re.IGNORECASE), "an overstatement"),
]
# Keys whose values are identifiers or links, not prose (a JSON reader's key, never shown as a label).
DATA_KEYS = {"id", "code", "url", "sources", "red_flags", "pregnancy_sources", "symptoms", "kind"}


def problems_in(text: str, where: str) -> list[str]:
    return [
        f"{where}: {why}: {match.group(0)!r} in {text[:160]!r}" for rx, why in FORBIDDEN for match in rx.finditer(text)
    ]


def strings(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every prose string inside dataclasses, dicts and lists, with where it was found."""
    if isinstance(value, str) and not isinstance(value, Enum):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in DATA_KEYS and not field.name.startswith("_"):
                yield from strings(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in DATA_KEYS:
                yield from strings(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}[{index}]")


def check(value: Any, where: str) -> list[str]:
    return [problem for path, text in strings(value, where) for problem in problems_in(text, path)]


def every_plan(catalogue: Catalogue) -> Iterator[tuple[str, Plan]]:
    """Each complaint alone, for each side it can be asked with, plain and pregnant with varicose veins."""
    for symptom in catalogue.symptoms:
        sides = [PainSide.LEFT, PainSide.RIGHT, PainSide.BOTH] if symptom.sided else [PainSide.NONE]
        for side in sides:
            for situation in ({}, {"pregnant": True, "varicose_veins": True, "anticoagulants": True}):
                for minutes in (5, 60):
                    request = PlanRequest((symptom.id,), side, minutes=minutes, **situation)  # type: ignore[arg-type]
                    yield f"plan {symptom.id} {side} {situation} {minutes} min", plan_routine(catalogue, request)
        flagged = PlanRequest((symptom.id,), PainSide.BOTH if symptom.sided else PainSide.NONE)
        yield (
            f"plan {symptom.id} with every warning sign",
            plan_routine(catalogue, dataclasses.replace(flagged, red_flags_present=frozenset(symptom.red_flags))),
        )


def test_the_catalogue_speaks_to_the_reader(catalogue: Catalogue) -> None:
    assert check(catalogue, "catalogue") == []


def test_the_planner_speaks_to_the_reader_for_every_complaint_and_side(catalogue: Catalogue) -> None:
    problems: list[str] = []
    for where, plan in every_plan(catalogue):
        problems += problems_in(describe_plan(catalogue, plan), where + " (text)")
        problems += check(plan_as_dict(plan, catalogue), where + " (json)")
    assert problems == []


def test_cli_point_and_symptom_output_speaks_to_the_reader(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    problems: list[str] = []
    for point in catalogue.points:
        assert run(["point", point.code]) == 0
        problems += problems_in(capsys.readouterr().out, f"acupress point {point.code}")
    for command in (["points"], ["symptoms"]):
        assert run(command) == 0
        problems += problems_in(capsys.readouterr().out, " ".join(command))
        assert run([*command, "--json"]) == 0
        problems += check(json.loads(capsys.readouterr().out), " ".join(command) + " --json")
    assert problems == []


def _pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    document.close()
    return " ".join(text.split())


def test_the_sheet_speaks_to_the_reader(qapp: QApplication, catalogue: Catalogue, tmp_path: Path) -> None:
    problems: list[str] = []
    for symptom in catalogue.symptoms:
        side = PainSide.LEFT if needs_side(catalogue, (symptom.id,)) else PainSide.NONE
        plan = plan_routine(catalogue, PlanRequest((symptom.id,), side, minutes=5, varicose_veins=True))
        sheet = build_sheet(catalogue, routine_from_plan(plan), date(2026, 11, 21))
        problems += check(sheet, f"sheet {symptom.id}")
        if symptom.id in ("sciatica", "headache", "anxiety"):
            path = tmp_path / f"{symptom.id}.pdf"
            export_pdf(sheet, SheetRenderer(PointPictures(lambda: load_views(images_dir()))), path, "a4")
            problems += problems_in(_pdf_text(path), f"sheet {symptom.id} (pdf)")
    assert problems == []


def test_the_report_speaks_to_the_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    context = build_services(str(data))
    known = {s.id for s in context.catalogue.symptoms}
    context.sessions.log_manual(
        known, ("sciatica",), PainSide.LEFT, 7, 4, datetime(2026, 10, 2, 9).astimezone(), 10, ""
    )
    out = tmp_path / "report.pdf"
    assert run(["--data-dir", str(data), "report", "--from", "2026-10-01", "--to", "2026-10-10", "-o", str(out)]) == 0
    capsys.readouterr()
    assert problems_in(_pdf_text(out), "report") == []


def _widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        yield name + " tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QTextEdit):
            yield name, widget.toPlainText()
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.item(i).text()
                yield f"{name} item {i} tooltip", widget.item(i).toolTip()


def test_window_labels_tooltips_and_atlas_details_speak_to_the_reader(qapp: QApplication, tmp_path: Path) -> None:
    from acupress_desktop.ui.main_window import MainWindow

    context = build_services(str(tmp_path / "data"))
    window = MainWindow(context)
    window.show()
    problems: list[str] = []
    planner = window.planner
    for symptom in ("sciatica", "headache", "anxiety"):
        planner.inputs.set_symptom_checked(symptom, True)
        planner.inputs.set_side(PainSide.LEFT)
        planner.inputs.pregnant.setChecked(True)
        qapp.processEvents()
        problems += [p for where, text in _widget_texts(window) for p in problems_in(text, f"window, {where}")]
        planner.inputs.set_symptom_checked(symptom, False)
        planner.inputs.pregnant.setChecked(False)
    for point in context.catalogue.points:
        problems += problems_in(point_details_html(context.catalogue, point), f"atlas details {point.code}")
    window.pages.setCurrentWidget(window.atlas)
    qapp.processEvents()
    window.atlas.select_code("TUNG-22.04")
    qapp.processEvents()
    tips = [m.toolTip() for m in window.atlas.picture.markers]
    assert tips and all("TUNG-" not in tip for tip in tips)
    problems += [p for where, text in _widget_texts(window) for p in problems_in(text, f"window, {where}")]
    window.close()
    assert problems == []
