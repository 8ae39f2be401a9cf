"""The app's colours by role, for the light and the dark palette, and the choice of theme.

Widgets never name a colour: they ask for a role (caution background, muted text...) here, so every window
reads well in both schemes. Illustrations keep a light card of their own in dark mode: the skin is drawn
light, so it needs light paper around it, and the red markers keep their contrast on it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from acupress_desktop.i18n import QT_TR_NOOP
from acupress_desktop.paths import THEME_KEY, settings_path

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QStyle


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


THEME_LABELS = {  # shown through tr()
    ThemeChoice.SYSTEM: QT_TR_NOOP("Follow the system"),
    ThemeChoice.LIGHT: QT_TR_NOOP("Light"),
    ThemeChoice.DARK: QT_TR_NOOP("Dark"),
}


class Colours(NamedTuple):  # a named tuple: made before the first paint, ten times quicker than a dataclass
    caution_background: QColor  # amber: things to mind (varicose veins, the safety note, a clock change)
    caution_border: QColor
    caution_text: QColor
    warning_background: QColor  # red: stop (warning signs, pregnancy)
    warning_border: QColor
    warning_text: QColor
    note_background: QColor  # neutral notes (other cautions)
    note_border: QColor
    note_text: QColor
    muted_text: QColor
    error_text: QColor
    accent: QColor  # the side to press, the running countdown
    on_accent: QColor
    track: QColor
    paused: QColor
    heat: tuple[QColor, QColor, QColor, QColor]  # none, one, two, three or more sessions in a day
    picture_card: QColor


LIGHT_COLOURS = Colours(
    caution_background=QColor("#FFF6E5"),
    caution_border=QColor("#E0B96A"),
    caution_text=QColor("#5A3D00"),
    warning_background=QColor("#FDECEA"),
    warning_border=QColor("#C62828"),
    warning_text=QColor("#7F1D1D"),
    note_background=QColor("#F3F0EC"),
    note_border=QColor("#A08C7D"),
    note_text=QColor("#3E3530"),
    muted_text=QColor("#6B5B52"),
    error_text=QColor("#B71C1C"),
    accent=QColor("#2E7D6B"),
    on_accent=QColor("#FFFFFF"),
    track=QColor("#E6DCD3"),
    paused=QColor("#A08C7D"),
    heat=(QColor("#ECE6E0"), QColor("#B7DCCF"), QColor("#6DB39D"), QColor("#2E7D6B")),
    picture_card=QColor("#FBF8F5"),
)
DARK_COLOURS = Colours(
    caution_background=QColor("#3A2F1A"),
    caution_border=QColor("#B08A3E"),
    caution_text=QColor("#F3D9A4"),
    warning_background=QColor("#45211F"),
    warning_border=QColor("#E06A60"),
    warning_text=QColor("#F8CFCA"),
    note_background=QColor("#34302D"),
    note_border=QColor("#8C7A6D"),
    note_text=QColor("#E6DDD5"),
    muted_text=QColor("#BCAEA4"),
    error_text=QColor("#FF8A80"),
    accent=QColor("#5CC0A5"),
    on_accent=QColor("#0F2420"),
    track=QColor("#4A4440"),
    paused=QColor("#8C7A6D"),
    heat=(QColor("#34302D"), QColor("#3F8F7B"), QColor("#5CC0A5"), QColor("#A6EAD5")),
    picture_card=QColor("#ECE6E0"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    if palette is None:
        if QGuiApplication.instance() is None:
            return False
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    """The roles for the application's palette now (a widget's own palette may carry its style sheet's colours)."""
    return DARK_COLOURS if is_dark() else LIGHT_COLOURS


def css(colour: QColor) -> str:
    return colour.name()


class _Restyler(QObject):
    def __init__(self, widget: QWidget, make: Callable[[Colours], str]) -> None:
        super().__init__(widget)
        self._make = make
        self._widget = widget
        widget.installEventFilter(self)
        self.apply(widget)
        _restylers.add(self)

    def apply(self, widget: QWidget) -> None:
        sheet = self._make(colours())
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange) and isinstance(
            watched, QWidget
        ):
            self.apply(watched)
        return False


_restylers: weakref.WeakSet[_Restyler] = weakref.WeakSet()


def restyle_all() -> None:
    """After a palette change: a widget with its own style sheet is not always told, so every one is asked."""
    for restyler in list(_restylers):
        if shiboken6.isValid(restyler) and shiboken6.isValid(restyler._widget):
            restyler.apply(restyler._widget)


def style(widget: QWidget, make: Callable[[Colours], str]) -> None:
    """Give the widget a style sheet made from the colour roles, made again when the palette changes."""
    _Restyler(widget, make)


DEMIBOLD = QFont.Weight.DemiBold
BOLD = QFont.Weight.Bold


def _panel(selector: str, background: QColor, border: QColor, text: QColor, extra: str, width: int) -> str:
    return (
        f"{selector} {{ background: {css(background)}; border: {width}px solid {css(border)}; border-radius: 6px;"
        f" color: {css(text)}; {extra} }}"
    ).replace("  }", " }")


def caution_panel(selector: str, extra: str = "") -> Callable[[Colours], str]:
    """An amber box: something to mind."""
    return lambda c: _panel(selector, c.caution_background, c.caution_border, c.caution_text, extra, 1)


def warning_panel(selector: str, extra: str = "") -> Callable[[Colours], str]:
    """A red box: stop and get help."""
    return lambda c: _panel(selector, c.warning_background, c.warning_border, c.warning_text, extra, 2)


def checked_accent(c: Colours) -> str:
    return f"QPushButton:checked {{ background: {css(c.accent)}; color: {css(c.on_accent)}; }}"


def scale_font(widget: QWidget, factor: float = 1.0, weight: QFont.Weight | None = None) -> None:
    """A bigger or bolder font relative to the system font, so text still follows the person's font size."""
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)


def dark_palette() -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for name, colour in (
        (role.Window, "#2B2927"),
        (role.WindowText, "#ECE8E4"),
        (role.Base, "#1F1D1C"),
        (role.AlternateBase, "#2A2725"),
        (role.ToolTipBase, "#3A3633"),
        (role.ToolTipText, "#ECE8E4"),
        (role.PlaceholderText, "#A29890"),
        (role.Text, "#ECE8E4"),
        (role.Button, "#3A3633"),
        (role.ButtonText, "#ECE8E4"),
        (role.BrightText, "#FF8A80"),
        (role.Light, "#55504C"),
        (role.Midlight, "#45413E"),
        (role.Mid, "#34312F"),
        (role.Dark, "#1A1817"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#5CC0A5"),  # bright enough that Fusion's focus frame stands out on the dark window
        (role.HighlightedText, "#0F2420"),
        (role.Link, "#7FC9B4"),
        (role.LinkVisited, "#B5A3D9"),
        (role.Accent, "#5CC0A5"),
    ):
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7E7670"))
    return palette


_system: tuple[str, QPalette] | None = None
_dark_style: QStyle | None = None  # kept alive here: the application only borrows it


def apply_theme(app: QApplication, choice: ThemeChoice | str) -> None:
    """System: the platform's style and palette, following its colour scheme. Light or dark: Fusion with our palette."""
    global _system
    choice = ThemeChoice(choice) if choice in ThemeChoice._value2member_map_ else ThemeChoice.SYSTEM
    hints = app.styleHints()
    if choice is ThemeChoice.SYSTEM and _system is None:
        return  # the platform's own look, never changed yet: nothing to restore (start-up's common case)
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    if choice is ThemeChoice.SYSTEM:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setStyle(_system[0])
        app.setPalette(_system[1])
        restyle_all()
        return
    if hasattr(hints, "setColorScheme"):
        from PySide6.QtCore import Qt  # its namespace's enums cost the first paint ~20 ms; only a chosen theme needs it

        hints.setColorScheme(Qt.ColorScheme.Dark if choice is ThemeChoice.DARK else Qt.ColorScheme.Light)
    global _dark_style
    if choice is ThemeChoice.DARK:
        from acupress_desktop.ui.dark_style import dark_fusion  # its Qt style classes load only for dark mode

        _dark_style = dark_fusion()
        app.setStyle(_dark_style)
        app.setPalette(dark_palette())
    else:
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    restyle_all()


def apply_saved_theme(app: QApplication, data_dir: Path) -> None:
    """Before the first window is built, so every page starts in the person's theme."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat)
    apply_theme(app, str(settings.value(THEME_KEY, ThemeChoice.SYSTEM.value)))
    follow_system_scheme(app)


def follow_system_scheme(app: QApplication) -> None:
    """When the desktop switches between light and dark, restyle once Qt has taken the new palette."""
    from PySide6.QtCore import QTimer

    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, restyle_all))
