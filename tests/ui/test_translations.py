"""The Simplified Chinese interface: the Qt Linguist source is complete and compiled, and every main window
shows no English left over when the app runs in Chinese."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.i18n import install_translators, qm_path
from acupress_desktop.services.composition import Services

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "acupress_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "acupress_zh_CN.qm"
SOURCES = sorted(
    path for folder in ("ui", "printing", "painting") for path in (ROOT / "acupress_desktop" / folder).rglob("*.py")
) + sorted((ROOT / "acupress_desktop").glob("*.py"))
FIELD = re.compile(r"\{\w*\}")
# Keys, file types and names that read the same in Chinese.
KEPT = {"Acupress", "Ctrl", "Alt", "Shift", "Esc", "Space", "Delete", "Up", "Down", "Left", "Right", "PDF", "CSV"}
KEPT |= {"JSON", "json", "csv", "pdf", "WHO", "Tung", "Farrar", "F1", "hegu", "ling", "gu"}  # search examples


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(m.findtext("source") or "", m) for m in ET.parse(ts).iter("message")]


def test_every_message_has_a_finished_translation_with_the_same_fields() -> None:
    problems = []
    for source, message in _messages(TS):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"not translated: {source!r}")
        elif sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
            problems.append(f"fields differ: {source!r} -> {text!r}")
        elif "&" in source.replace("&&", "") and "&" not in text:
            problems.append(f"keyboard mnemonic lost: {source!r} -> {text!r}")
    assert problems == []
    assert len(problems) == 0 and len(_messages(TS)) > 350


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run `make translations` and commit the .qm"
    assert qm_path("zh_CN") == str(QM) or Path(qm_path("zh_CN")).read_bytes() == QM.read_bytes()


def test_the_ts_holds_every_text_the_code_marks_for_translation(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    command = [_tool("pyside6-lupdate"), *map(str, SOURCES), "-locations", "none", "-no-obsolete", "-ts", str(copy)]
    subprocess.run(command, check=True, capture_output=True)
    current = {source for source, _message in _messages(TS)}
    wanted = {source for source, _message in _messages(copy)}
    assert wanted - current == set(), "new texts: run `make translations` and translate them"
    assert current - wanted == set(), "texts no longer used: run `make translations`"


def test_no_literal_is_translated_inside_an_f_string() -> None:
    """lupdate cannot see tr("...") inside an f-string, so such a text would never be translated."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and getattr(call.func, "id", "") == "tr"
                        and call.args
                        and isinstance(call.args[0], ast.Constant)
                    ):
                        found.append(f"{path.name}:{call.lineno}")
    assert found == []


def test_every_landmark_word_names_a_landmark_of_the_views_and_every_view_title_is_marked(context: Services) -> None:
    from acupress_desktop.painting.landmark_words import LANDMARK_WORDS, VIEW_TITLES

    views = context.views().values()
    named = {name.removeprefix("lm-").removesuffix("-l").removesuffix("-r") for v in views for name in v.landmarks}
    assert set(LANDMARK_WORDS) <= named, "a landmark word names no landmark of the shipped views"
    assert {view.title for view in views} <= set(VIEW_TITLES)


# -- the windows in Chinese -----------------------------------------------------------------------------


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def _names(catalogue: Catalogue) -> list[str]:
    """Point names and codes, publication titles and the names the Chinese catalogue texts keep."""
    names = [n for p in catalogue.points for n in (p.pinyin, p.pinyin_plain, p.english, p.display_code, p.code)]
    names += [n for p in catalogue.points for n in p.aliases]
    names += [n for s in catalogue.sources for n in (s.title, s.publisher, s.authors, s.url) if n]
    return sorted(set(names), key=len, reverse=True)


def _kept_words(catalogue: Catalogue) -> set[str]:
    texts = [p.location + " ".join(p.find_steps) + p.notes + p.laterality_note for p in catalogue.points]
    texts += [link.reason for s in catalogue.symptoms for link in s.points] + [s.notes for s in catalogue.symptoms]
    return {word for text in texts for word in re.findall(r"[A-Za-z]+", text)} | KEPT


def _texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextBrowser):
        yield widget.toPlainText()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield widget.item(index).text()
            yield widget.item(index).toolTip()
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            yield header.text() if header else ""
    if isinstance(widget, QMenu):
        for action in widget.actions():
            yield action.text()
            yield action.statusTip()


def _untranslated(window: QWidget, names: list[str], kept: set[str]) -> set[str]:
    model = window.findChildren(QWidget)
    found = set()
    for widget in [window, *model]:
        if widget is not window and not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        for text in _texts(widget):
            plain = re.sub(r"<[^>]+>", " ", text or "")
            rest = plain
            for name in names:
                rest = rest.replace(name, " ")
            rest = rest.replace("&", "")
            words = [w for w in re.findall(r"[A-Za-z]{2,}", rest) if w not in kept]
            if words:
                found.add(f"{type(widget).__name__}: {plain.strip()[:90]!r} ({' '.join(words[:4])})")
    return found


def test_every_main_window_reads_in_chinese(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    from acupress_desktop.ui.main_window import MainWindow

    context = Services(tmp_path / "data", language="zh_CN")
    known = {s.id for s in context.catalogue.symptoms}
    for day, (before, after) in enumerate(((6, 3), (5, 5), (7, 4))):  # a few logged sessions: figures to word
        when = datetime.now(UTC) - timedelta(days=day + 1)
        context.sessions.log_manual(known, ("sciatica",), PainSide.LEFT, before, after, when, 10, "")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    names, kept = _names(context.catalogue), _kept_words(context.catalogue)
    problems: set[str] = set()
    window.planner.inputs.set_symptom_checked("sciatica", True)
    window.planner.inputs.set_side(PainSide.LEFT)
    for page in (window.home, window.atlas, window.planner, window.history):
        window.pages.setCurrentWidget(page)
        QApplication.processEvents()
        problems |= _untranslated(window, names, kept)
    window.history.refresh()
    window.history.select_row(0)
    for index in range(window.history.tabs.count()):
        window.history.tabs.setCurrentIndex(index)
        problems |= _untranslated(window, names, kept)
    problems |= _untranslated(window, names, kept)
    session = window.start_session(window.planner.routine)
    qtbot.addWidget(session)
    problems |= _untranslated(session, names, kept)
    session.before.choose(5)
    session.before.go_button.click()
    QApplication.processEvents()
    problems |= _untranslated(session, names, kept)
    session.enter_compact()
    problems |= _untranslated(session.compact, names, kept)
    session.leave_compact()
    session.controller.stop()
    QApplication.processEvents()
    problems |= _untranslated(session, names, kept)  # the pain question after the session
    from acupress_desktop.ui.log_dialog import LogSessionDialog
    from acupress_desktop.ui.report_dialog import ReportDialog

    dialogs = (
        window.show_help(),
        LogSessionDialog(context.catalogue, context.sessions, window),
        ReportDialog(context.history, window, window.folders),
    )
    for dialog in dialogs:
        dialog.show()
        problems |= _untranslated(dialog, names, kept)
        dialog.close()
    assert not problems, "\n".join(sorted(problems))
    assert window.pages.tabText(0) == "主页(&O)" and "文件" in window.menuBar().actions()[0].text()
