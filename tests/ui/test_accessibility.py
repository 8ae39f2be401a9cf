"""What a screen reader finds: Qt's accessibility tree names and describes every picture, chart and clock."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.services.composition import Services
from acupress_desktop.ui.atlas.cun_guide import CunGuide
from acupress_desktop.ui.atlas.overview import OverviewInset
from acupress_desktop.ui.atlas.picture import AtlasPicture
from acupress_desktop.ui.history.charts import PainChart
from acupress_desktop.ui.history.heatmap import CalendarHeatMap
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.session.countdown import CountdownRing
from acupress_desktop.ui.session.running_page import PointPicture

CUSTOM = {
    AtlasPicture: QAccessible.Role.Graphic,
    CunGuide: QAccessible.Role.Graphic,
    OverviewInset: QAccessible.Role.Graphic,
    PainChart: QAccessible.Role.Chart,
    CalendarHeatMap: QAccessible.Role.Chart,
    CountdownRing: QAccessible.Role.Clock,
    PointPicture: QAccessible.Role.Graphic,
}


def walk(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every interface below this one, as an assistive technology would walk them."""
    yield interface
    if depth > 40:
        return
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


@pytest.fixture
def window(qtbot: QtBot, context: Services) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.plan_for("sciatica")
    window.planner.inputs.set_side(PainSide.LEFT)
    return window


def test_every_custom_widget_in_the_tree_has_its_role_a_name_and_a_description(
    window: MainWindow, qapp: QApplication
) -> None:
    found: dict[type, QAccessibleInterface] = {}
    for page in (window.home, window.atlas, window.planner, window.history):
        window.pages.setCurrentWidget(page)
        qapp.processEvents()
        for interface in walk(QAccessible.queryAccessibleInterface(window)):
            widget = interface.object()
            if type(widget) in CUSTOM:
                found[type(widget)] = interface
    session = window.start_session(window.planner.routine)  # type: ignore[arg-type]
    session.before.choose(6)
    session.before.go_button.click()
    qapp.processEvents()
    for interface in walk(QAccessible.queryAccessibleInterface(session)):
        if type(interface.object()) in CUSTOM and interface.object().isVisible():
            found[type(interface.object())] = interface
    assert set(found) == set(CUSTOM)
    for kind, interface in found.items():
        assert interface.role() == CUSTOM[kind], kind.__name__
        assert interface.text(QAccessible.Text.Name), kind.__name__
        assert interface.text(QAccessible.Text.Description), kind.__name__
    ring = found[CountdownRing].text(QAccessible.Text.Description)
    assert ring.endswith("left")
    assert found[PointPicture].text(QAccessible.Text.Description) == session.running.side.text().join(("Linggu, ", ""))
    assert "RIGHT hand" in session.running.side.text()  # the side in words: Ling Gu opposite the left-sided pain
    session.discard()


def test_the_atlas_picture_says_which_view_side_and_point_are_shown(window: MainWindow) -> None:
    window.pages.setCurrentWidget(window.atlas)
    picture = window.atlas.picture
    description = QAccessible.queryAccessibleInterface(picture).text(QAccessible.Text.Description)
    assert picture.view is not None and description.startswith(picture.view.title)
    assert "marked with a red ring" in description


def test_every_button_and_field_can_be_reached_with_the_keyboard(window: MainWindow, qapp: QApplication) -> None:
    unreachable = []
    for page in (window.home, window.atlas, window.planner, window.history):
        for widget in page.findChildren(QWidget):
            interactive = isinstance(widget, QAbstractButton) or widget.inherits("QAbstractSpinBox")
            interactive = interactive and not widget.objectName().startswith("qt_")  # Qt's own, e.g. a table's corner
            if interactive and widget.isVisibleTo(page) and not widget.focusPolicy() & widget.focusPolicy().TabFocus:
                unreachable.append(f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}")
    assert unreachable == []


def test_unnamed_controls_are_rare_every_button_says_what_it_does(window: MainWindow) -> None:
    silent = []
    for page in (window.home, window.atlas, window.planner, window.history):
        for button in page.findChildren(QAbstractButton):
            interface = QAccessible.queryAccessibleInterface(button)
            own = not button.objectName().startswith("qt_")
            if own and button.isVisibleTo(page) and not interface.text(QAccessible.Text.Name).strip():
                silent.append(type(button).__name__ + " " + button.objectName())
    assert silent == []
