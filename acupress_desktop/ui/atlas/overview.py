"""A small whole-body figure marking where the close-up sits, on the side being shown."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QAccessible, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import View
from acupress_desktop.i18n import tr
from acupress_desktop.painting.pictures import HIGHLIGHT, PointPictures


class OverviewInset(QWidget):
    ACCESSIBLE_ROLE = QAccessible.Role.Graphic

    def __init__(self, pictures: PointPictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self.close_up: str | None = None
        self.side = Side.RIGHT
        self.setFixedSize(QSize(110, 190))
        self.setAccessibleName(tr("Where on the body"))

    def show_close_up(self, view_id: str, side: Side) -> None:
        self.close_up, self.side = view_id, side
        close_up = self._pictures.views.get(view_id)
        title = tr(close_up.title) if close_up is not None else tr("The close-up")
        self.setAccessibleDescription(tr("{title}, marked with a box on the whole figure").format(title=title))
        self.update()

    def overview_and_box(self) -> tuple[View, tuple[float, float, float, float]] | None:
        """The overview that shows the close-up, and its box mirrored onto the side shown."""
        if self.close_up is None:
            return None
        for overview_id in ("body_back", "body_front"):
            overview = self._pictures.views.get(overview_id)
            if overview is None or self.close_up not in overview.regions:
                continue
            x, y, w, h = overview.regions[self.close_up]
            close_up = self._pictures.views.get(self.close_up)
            if close_up is not None and close_up.drawn_side is not Side.MIDLINE and self.side is not Side.MIDLINE:
                on_viewer_right = x + w / 2 > overview.width / 2
                drawn_right = on_viewer_right == (overview.facing == "back")  # a back view is not mirrored
                if drawn_right != (self.side is Side.RIGHT):
                    x = overview.width - x - w
            return overview, (x, y, w, h)
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        found = self.overview_and_box()
        if found is None:
            return
        overview, (x, y, w, h) = found
        painter = QPainter(self)
        transform = self._pictures.paint(painter, QRectF(self.rect()), overview, Side.MIDLINE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(HIGHLIGHT)
        fill.setAlphaF(0.18)
        painter.setBrush(fill)
        painter.setPen(QPen(HIGHLIGHT, 2))
        painter.drawRect(transform.mapRect(QRectF(x, y, w, h)))
        painter.end()
