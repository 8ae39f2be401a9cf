"""Home's "What hurts?": every complaint readable in full, grouped by where it hurts, the person's own first."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.services.composition import Services
from acupress_desktop.ui.main_window import MainWindow


def shown_window(qtbot: QtBot, context: Services, width: int, height: int) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("size", [(1440, 900), (1024, 640), (880, 600)])
def test_every_complaint_name_is_shown_whole_and_no_two_overlap(
    qtbot: QtBot, context: Services, size: tuple[int, int]
) -> None:
    window = shown_window(qtbot, context, *size)
    chooser = window.home.chooser
    width = chooser.viewport().width()
    places: list[QRect] = []
    for button in window.home.symptom_buttons.values():
        place = QRect(button.mapTo(chooser.widget(), button.rect().topLeft()), button.size())
        assert button.width() >= button.sizeHint().width(), button.text()  # the whole name, never cut
        assert place.left() >= 0 and place.right() < width, button.text()  # inside the page, no sideways scrolling
        assert not any(place.intersects(other) for other in places), button.text()
        places.append(place)


def test_complaints_are_grouped_by_where_it_hurts_with_the_description_as_tip(qtbot: QtBot, context: Services) -> None:
    window = shown_window(qtbot, context, 1100, 720)
    headings = [label.text() for label in window.home.chooser.findChildren(QLabel) if label.isVisibleTo(window)]
    assert headings == ["Head and face", "Neck, shoulders and arms", "Back and hips", "Legs and feet", "Body and mind"]
    sciatica = window.home.symptom_buttons["sciatica"]
    assert sciatica.parentWidget().parentWidget().accessibleName() == "Back and hips"
    assert sciatica.toolTip() == context.catalogue.symptom("sciatica").description
    assert sciatica.accessibleName() == "Plan a routine for Sciatica"
    assert not window.home.chooser.your_buttons  # nothing of "Yours" before the first session


def test_the_persons_own_complaints_come_first_and_plan_like_the_others(qtbot: QtBot, context: Services) -> None:
    known = {s.id for s in context.catalogue.symptoms}
    for day, symptom in enumerate(("sciatica", "headache", "sciatica")):
        when = datetime.now(UTC) - timedelta(days=day + 1)
        context.sessions.log_manual(known, (symptom,), PainSide.LEFT, 6, 3, when, 10, "")
    window = shown_window(qtbot, context, 1100, 720)
    chooser = window.home.chooser
    assert chooser.yours.isVisible()
    assert [b.text() for b in chooser.your_buttons.values()] == ["Sciatica", "Headache"]
    assert chooser.your_buttons["sciatica"].nextInFocusChain() is chooser.your_buttons["headache"]
    chooser.your_buttons["headache"].click()
    assert window.planner.inputs.selected_symptoms() == ("headache",)


def test_a_complaint_without_a_group_is_offered_last_under_more_complaints(qtbot: QtBot, context: Services) -> None:
    from acupress_desktop.domain.glance import CatalogueGlance, ComplaintGroup
    from acupress_desktop.ui.home_page import HomePage

    complaints = tuple(
        c._replace(group=ComplaintGroup.OTHER) if c.id == "sciatica" else c for c in context.glance.complaints
    )
    home = HomePage(None, catalogue=CatalogueGlance("Not medical advice.", complaints, 1))
    qtbot.addWidget(home)
    home.show()
    headings = [label.text() for label in home.chooser.findChildren(QLabel) if label.isVisibleTo(home)]
    assert headings[-1] == "More complaints"
    assert home.symptom_buttons["sciatica"].parentWidget().parentWidget().accessibleName() == "More complaints"
