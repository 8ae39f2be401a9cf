"""'Do not press on': a body region on both sides or on one side only (a cast on the left hand leaves the right)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from acupress_desktop.domain.avoid import OneSide
from acupress_desktop.domain.catalogue import BodyRegion
from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.messages import message, region_label
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr

_CHOICES: tuple[tuple[Side | None, str], ...] = (
    (None, QT_TR_NOOP("Both sides")),
    (Side.LEFT, QT_TR_NOOP("Left side only")),
    (Side.RIGHT, QT_TR_NOOP("Right side only")),
)


class AvoidButton(QToolButton):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(tr("Areas to avoid"))
        self.setToolTip(tr("Never press over broken skin, a bruise, swelling, a cast or varicose veins"))
        self.setStyleSheet("QToolButton { padding-right: 18px; }")  # room for the menu arrow
        menu = QMenu(self)
        self.actions_by_area: dict[tuple[BodyRegion, Side | None], QAction] = {}
        self._submenus: dict[BodyRegion, QMenu] = {}
        for region in BodyRegion:
            submenu = self._submenus[region] = menu.addMenu(region_label(region, current_language()))
            group = QActionGroup(submenu)
            group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
            for side, text in _CHOICES:
                action = submenu.addAction(tr(text))
                action.setCheckable(True)
                group.addAction(action)
                action.toggled.connect(self._toggled)
                self.actions_by_area[(region, side)] = action
        self.setMenu(menu)
        self._show_choice()

    def areas(self) -> tuple[frozenset[BodyRegion], frozenset[OneSide]]:
        """The regions avoided on both sides, and the (region, side) pairs avoided on one side only."""
        chosen = [area for area, action in self.actions_by_area.items() if action.isChecked()]
        both = frozenset(region for region, side in chosen if side is None)
        one_side = frozenset((region, side) for region, side in chosen if side is not None)
        return both, one_side

    def set_areas(self, both: frozenset[BodyRegion], one_side: frozenset[OneSide]) -> None:
        self.blockSignals(True)
        try:
            for (region, side), action in self.actions_by_area.items():
                action.setChecked(region in both if side is None else (region, side) in one_side)
        finally:
            self.blockSignals(False)
        self._show_choice()

    def _toggled(self) -> None:
        self._show_choice()
        self.changed.emit()

    def _show_choice(self) -> None:
        both, one_side = self.areas()
        language = current_language()

        def label(region: BodyRegion) -> str:
            return region_label(region, language)

        def side_words(side: Side) -> str:
            return message(language, f"pain_{side.value}")

        chosen = [label(region) for region in BodyRegion if region in both]
        chosen += [tr("{region} ({side})").format(region=label(r), side=side_words(s)) for r, s in sorted(one_side)]
        self.setText(tr(", ").join(chosen) if chosen else tr("Nothing to avoid"))
        for region, submenu in self._submenus.items():
            sides = [side_words(side) for r, side in one_side if r is region]
            marked = (
                tr(" (both sides)") if region in both else (tr(" ({side} only)").format(side=sides[0]) if sides else "")
            )
            submenu.menuAction().setText(label(region) + marked)
