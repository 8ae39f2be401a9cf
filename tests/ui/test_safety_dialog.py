"""Help > Safety: every complaint's warning signs are there to read, whichever complaint brought the person."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.catalogue import Catalogue, Urgency
from acupress_desktop.domain.complaint_groups import by_group
from acupress_desktop.i18n import install_translators
from acupress_desktop.ui.safety_dialog import SafetyDialog


def _sections(text: str, names: list[str]) -> dict[str, str]:
    """The text under each complaint's heading, in the order the dialog shows them."""
    starts = sorted((text.index("\n" + name + "\n"), name) for name in names)
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return {name: text[start:end] for (start, name), end in zip(starts, ends, strict=True)}


def test_every_complaint_lists_its_own_warning_signs_by_urgency(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = SafetyDialog(catalogue)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert text.startswith(catalogue.disclaimer) and "Never press on broken skin" in text
    sections = _sections(text, [s.name for s in catalogue.symptoms])
    home_order = [s.name for _group, members in by_group(catalogue.symptoms) for s in members]
    assert list(sections) == home_order  # grouped by where it hurts, as Home offers them
    assert "Head and face" in text and "Back and hips" in text
    for symptom in catalogue.symptoms:
        flags = [catalogue.red_flag(i) for i in symptom.red_flags]
        for flag in flags:
            assert flag.summary in sections[symptom.name], (symptom.id, flag.id)
        if any(f.urgency is Urgency.EMERGENCY for f in flags):
            assert "emergency department now" in sections[symptom.name], symptom.id
    assert "a sudden, extremely painful headache" in sections["Headache"]
    assert "numbness around the genitals" in sections["Sciatica"]
    assert "numbness around the genitals" not in sections["Headache"]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def test_the_signs_read_in_chinese(qtbot: QtBot, catalogue: Catalogue, chinese: None) -> None:
    zh = catalogue.localised("zh_CN")
    dialog = SafetyDialog(zh)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "每种不适都有各自的警示信号" in text and "突然发作的剧烈头痛" in text and "头面部" in text
    assert "emergency" not in text.lower()
