"""Fusion for the dark theme, with check boxes and radio buttons that stay visible (see theme.apply_theme).

Apart from theme.py so the style classes it needs load only when dark mode is chosen, not before every first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from acupress_desktop.ui.theme import DARK_COLOURS


def dark_fusion() -> QStyle:
    return _DarkIndicators(QStyleFactory.create("Fusion"))


class _DarkIndicators(QProxyStyle):
    """Fusion outlines check boxes and radio buttons in a shade of the window colour, which vanishes on a dark
    window (and entirely in lists): draw their edge again in a colour that stands out."""

    def drawPrimitive(  # noqa: N802 - Qt's name
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        edges = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
        if element not in edges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(DARK_COLOURS.muted_text, 1.0))
        box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()
