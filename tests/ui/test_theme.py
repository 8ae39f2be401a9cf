"""Dark and light: every window reads in both, widgets take colours from roles, text follows the system font."""

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QProxyStyle, QRadioButton
from pytestqt.qtbot import QtBot

import acupress_desktop.ui as ui_package
from acupress_desktop.services.composition import Services
from acupress_desktop.ui import theme
from acupress_desktop.ui.main_window import MainWindow

HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b")
PIXEL_FONT = re.compile(r"font-size:\s*\d+px")


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    theme.apply_theme(qapp, "dark")
    yield qapp
    theme.apply_theme(qapp, "system")


def test_dark_choice_gives_a_dark_palette_and_system_gives_it_back(qapp: QApplication) -> None:
    before = qapp.palette().color(QPalette.ColorRole.Window)
    theme.apply_theme(qapp, "dark")
    try:
        assert theme.is_dark()
        assert theme.colours() is theme.DARK_COLOURS
        style = qapp.style()
        assert isinstance(style, QProxyStyle) and style.baseStyle().name().lower() == "fusion"
    finally:
        theme.apply_theme(qapp, "system")
    assert qapp.palette().color(QPalette.ColorRole.Window) == before
    theme.apply_theme(qapp, "light")
    try:
        assert not theme.is_dark()
    finally:
        theme.apply_theme(qapp, "system")


def test_the_safety_note_turns_dark_with_the_palette(qtbot: QtBot, context: Services, qapp: QApplication) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    light_sheet = window.home.disclaimer.styleSheet()
    assert theme.css(theme.LIGHT_COLOURS.caution_background) in light_sheet
    theme.apply_theme(qapp, "dark")
    try:
        qapp.processEvents()
        assert theme.css(theme.DARK_COLOURS.caution_background) in window.home.disclaimer.styleSheet()
    finally:
        theme.apply_theme(qapp, "system")
    qapp.processEvents()
    assert window.home.disclaimer.styleSheet() == light_sheet


def test_dark_roles_keep_text_readable_on_their_backgrounds() -> None:
    for colours in (theme.LIGHT_COLOURS, theme.DARK_COLOURS):
        for text, background in (
            (colours.caution_text, colours.caution_background),
            (colours.warning_text, colours.warning_background),
            (colours.note_text, colours.note_background),
            (colours.on_accent, colours.accent),
        ):
            assert _contrast(text, background) >= 4.5, (text.name(), background.name())


def test_no_widget_names_a_colour_or_a_pixel_font_size() -> None:
    offenders = []
    for path in Path(ui_package.__file__).parent.rglob("*.py"):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEX_COLOUR.search(line) or PIXEL_FONT.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    allowed = {"cun_guide.py"}  # the finger drawing's skin, outline and nail, like the SVGs' own colours
    assert [o for o in offenders if o.split(":")[0] not in allowed] == []


def test_bigger_system_font_gives_bigger_headings(qtbot: QtBot, qapp: QApplication) -> None:
    original = qapp.font()
    try:
        sizes = []
        for points in (10.0, 16.0):
            font = QFont(original)
            font.setPointSizeF(points)
            qapp.setFont(font)
            label = QLabel("Well done")
            qtbot.addWidget(label)
            theme.scale_font(label, 1.6, theme.DEMIBOLD)
            sizes.append(label.font().pointSizeF())
        assert sizes == [16.0, pytest.approx(25.6)]
    finally:
        qapp.setFont(original)


def _contrast(first: object, second: object) -> float:
    def luminance(colour: object) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):  # type: ignore[attr-defined]
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_choosing_dark_in_preferences_redraws_the_point_details(
    qtbot: QtBot, context: Services, qapp: QApplication
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.pages.setCurrentWidget(window.atlas)
    qapp.processEvents()
    assert window.atlas.picture.code is not None
    muted = theme.css(theme.DARK_COLOURS.muted_text)
    assert muted not in window.atlas.details.toHtml()
    try:
        window.comfort.apply(replace(window.comfort.preferences, theme="dark"))
        assert theme.is_dark()
        assert muted in window.atlas.details.toHtml()
    finally:
        theme.apply_theme(qapp, "system")


def test_an_unticked_box_and_an_unchosen_option_show_their_edge_in_dark(qtbot: QtBot, dark: QApplication) -> None:
    for control in (QCheckBox(), QRadioButton()):  # no text: only the box or the circle is measured
        qtbot.addWidget(control)
        control.resize(160, 30)
        control.show()
        image = control.grab().toImage()
        background = image.pixelColor(image.width() - 2, image.height() // 2)
        edge = max(
            (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
            key=lambda colour: _contrast(colour, background),
        )
        assert _contrast(edge, background) >= 3.0, type(control).__name__
