"""The first page, a place to begin: what hurts (with where the points are), the last routine, saved
routines, today's sessions and how the last weeks went."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.catalogue import Catalogue, CatalogueGlance, Symptom
from acupress_desktop.domain.laterality import Side
from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme

if TYPE_CHECKING:  # the pictures (QtSvg) and the services (SQL) come after the first paint: see MainWindow
    from acupress_desktop.domain.routine import Routine
    from acupress_desktop.painting.pictures import PointPictures
    from acupress_desktop.services.home import HomeService

TILE_ICON = QSize(72, 84)
TILE_COLUMNS = 4


def symptom_picture(pictures: PointPictures, symptom: Symptom, size: QSize = TILE_ICON) -> QIcon | None:
    """A body map: the figure, front or back, framed on the places its main points are, those places marked."""
    from acupress_desktop.painting.pictures import HIGHLIGHT, OVERVIEWS, PaintOptions

    views = [pictures.views[v] for v in OVERVIEWS if v in pictures.views]
    found = (pictures.view_for(p.code) for p in symptom.points if p.priority <= 2)
    close_ups = {view.id for view in found if view is not None}
    if not views:
        return None
    view = max(views, key=lambda v: len(close_ups & set(v.regions)))
    boxes = [view.regions[region] for region in sorted(close_ups & set(view.regions))]
    spots = [(x, y) for x, y, w, h in boxes] + [(x + w, y + h) for x, y, w, h in boxes]
    target = QRectF(0, 0, size.width(), size.height())
    zoom, pan = _framing(view.width, view.height, spots, target)
    pixmap = QPixmap(size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    transform = pictures.paint(painter, target, view, Side.MIDLINE, PaintOptions(zoom=zoom, pan=pan))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(HIGHLIGHT, 1.5))
    painter.setBrush(QColor(211, 47, 47, 60))
    for x, y, w, h in boxes:
        painter.drawRoundedRect(transform.mapRect(QRectF(x, y, w, h)), 4, 4)
    painter.end()
    return QIcon(pixmap)


def _framing(
    width: float, height: float, spots: list[tuple[float, float]], target: QRectF
) -> tuple[float, QPointF | None]:
    """Zoom and pan that frame the marked spots (at least 40 % of the figure's height), so tiles differ."""
    if not spots:
        return 1.0, None
    xs, ys = [x for x, _y in spots], [y for _x, y in spots]
    crop_h = max(max(ys) - min(ys) + 0.12 * height, 0.4 * height)
    crop_w = max(max(xs) - min(xs) + 0.12 * width, crop_h * target.width() / target.height())
    crop_h = max(crop_h, crop_w * target.height() / target.width())
    centre_x, centre_y = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    centre_y = min(max(centre_y, crop_h / 2), height - crop_h / 2)
    fit = min(target.width() / width, target.height() / height)
    scale = min(target.width() / crop_w, target.height() / crop_h)
    pan = QPointF(
        target.width() / 2 - centre_x * scale - (target.width() - width * scale) / 2,
        target.height() / 2 - centre_y * scale - (target.height() - height * scale) / 2,
    )
    return scale / fit, pan


def _blank_tile() -> QIcon:
    """Holds a tile's place until its body map is drawn, so nothing moves when the pictures arrive."""
    pixmap = QPixmap(TILE_ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class HomePage(QWidget):
    symptom_chosen = Signal(str)  # start planning afresh for this symptom
    page_requested = Signal(str)  # "atlas", "planner" or "history"
    repeat_requested = Signal(object)  # a Routine to run again now
    saved_chosen = Signal(int)  # open this saved routine in the planner

    def __init__(
        self,
        service: HomeService | None,
        picture_for: Callable[[Symptom], QIcon | None] | None = None,
        parent: QWidget | None = None,
        *,
        catalogue: Catalogue | CatalogueGlance | None = None,
    ) -> None:
        """Without a service yet (the first window), the safety note and the complaints show from ``catalogue``
        and the rest says it is on its way until ``attach``; pictures come with ``show_pictures``."""
        super().__init__(parent)
        self._service = service
        content = catalogue or (service.catalogue if service is not None else None)
        assert content is not None, "a HomePage needs a service or a catalogue"
        self._catalogue: Catalogue | CatalogueGlance = content
        self._picture_for = picture_for
        self._last: Routine | None = None
        self.today = date.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self._complaints(), stretch=3)
        body.addLayout(self._continue_column(), stretch=2)
        layout.addLayout(body, stretch=1)
        layout.addLayout(self._page_buttons())
        self.refresh()

    def _header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        title = QLabel(tr("Acupressure at your desk"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        self.trend = QLabel()
        self.trend.setObjectName("trend")
        theme.style(self.trend, lambda c: f"color: {theme.css(c.accent)};")
        theme.scale_font(self.trend, 1.1, theme.DEMIBOLD)
        header.addWidget(self.trend)
        self.disclaimer = QLabel(self._catalogue.disclaimer)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        theme.style(self.disclaimer, theme.caution_panel("QLabel#disclaimer", "padding: 8px;"))
        self.disclaimer.setAccessibleName(tr("Safety note"))
        header.addWidget(self.disclaimer)
        return header

    def _complaints(self) -> QGroupBox:
        box = QGroupBox(tr("What hurts? Pick one to plan a routine (red: where you will press)"))
        grid = QGridLayout(box)
        grid.setSpacing(6)
        self.symptom_buttons: dict[str, QToolButton] = {}
        for index, symptom in enumerate(self._catalogue.symptoms):
            button = QToolButton()
            button.setText(symptom.name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            icon = self._picture_for(symptom) if self._picture_for else _blank_tile()
            if icon is not None:
                button.setIcon(icon)
                button.setIconSize(TILE_ICON)
            button.setToolTip(
                symptom.description + "\n" + tr("Plan a routine for {symptom}.").format(symptom=symptom.name.lower())
            )
            button.setAccessibleName(tr("Plan a routine for {symptom}").format(symptom=symptom.name))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, key=symptom.id: self.symptom_chosen.emit(key))
            grid.addWidget(button, index // TILE_COLUMNS, index % TILE_COLUMNS)
            self.symptom_buttons[symptom.id] = button
        return box

    def _continue_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.repeat_button = QPushButton(tr("Repeat my last routine"))
        self.repeat_button.setObjectName("repeatButton")
        self.repeat_button.setMinimumHeight(44)
        self.repeat_button.setStyleSheet("QPushButton#repeatButton { font-weight: 600; }")
        self.repeat_button.clicked.connect(self._repeat)
        column.addWidget(self.repeat_button)
        self.repeat_detail = QLabel(wordWrap=True)
        self.repeat_detail.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.repeat_detail)
        saved_box = QGroupBox(tr("Saved routines (Enter or double-click to open)"))
        saved_layout = QVBoxLayout(saved_box)
        self.saved = QListWidget()
        self.saved.setAccessibleName(tr("Saved routines"))
        self.saved.itemActivated.connect(lambda item: self.saved_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        self.saved.setMaximumHeight(200)
        saved_layout.addWidget(self.saved)
        column.addWidget(saved_box)
        today_box = QGroupBox(tr("Today"))
        today_layout = QVBoxLayout(today_box)
        self.today_list = QLabel(wordWrap=True)
        self.today_list.setObjectName("todaySessions")
        self.today_list.setTextFormat(Qt.TextFormat.PlainText)
        today_layout.addWidget(self.today_list)
        today_layout.addStretch(1)
        column.addWidget(today_box, stretch=1)
        return column

    def _page_buttons(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        for key, text, tip in (
            ("planner", tr("Plan a &routine"), tr("Choose symptoms, side and time")),
            ("atlas", tr("E&xplore the atlas"), tr("Every point, where it is and how to press it")),
            ("history", tr("See your histor&y"), tr("Pain before and after, over time")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _checked=False, key=key: self.page_requested.emit(key))
            actions.addWidget(button)
        return actions

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    def attach(self, service: HomeService) -> None:
        """The user's data is open: show the last routine, saved routines, today and the trend."""
        self._service = service
        self.refresh()

    def show_pictures(self, picture_for: Callable[[Symptom], QIcon | None]) -> None:
        self._picture_for = picture_for
        symptoms = {symptom.id: symptom for symptom in self._catalogue.symptoms}
        for symptom_id, button in self.symptom_buttons.items():
            icon = picture_for(symptoms[symptom_id])
            if icon is not None:
                button.setIcon(icon)
                button.setIconSize(TILE_ICON)

    def refresh(self) -> None:
        """Read again what changes as the person uses the app: last routine, saved ones, today, trend."""
        if self._service is None:  # still opening: same places, a word instead of the data
            self.repeat_button.setEnabled(False)
            self.repeat_detail.setText(tr("Opening your history…"))
            self.today_list.setText("…")
            return
        today = self.today()
        self._last = self._service.last_routine()
        self.repeat_button.setEnabled(self._last is not None)
        if self._last is None:
            self.repeat_detail.setText(tr("Your last routine will be here after your first session."))
        else:
            minutes = round(self._last.total_seconds / 60)
            name = self._last.name or tr(", ").join(self._symptom_names(self._last.request.symptoms))
            self.repeat_detail.setText(
                tr("{name}: {steps} steps, about {minutes} min").format(
                    name=name, steps=len(self._last.steps), minutes=minutes
                )
            )
        self.saved.clear()
        for routine in self._service.saved_routines():
            item = QListWidgetItem(tr("{name}  ({steps} steps)").format(name=routine.name, steps=len(routine.steps)))
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
            self.saved.addItem(item)
        if not self.saved.count():
            self.saved.addItem(QListWidgetItem(tr("None yet: save one from the planner.")))
            self.saved.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.today_list.setText(self._today_text(today))
        self.trend.setText(self._service.trend_line(today))

    def _today_text(self, today: date) -> str:
        assert self._service is not None
        entries = self._service.today(today)
        if not entries:
            return tr("No sessions yet today.")
        lines = []
        for entry in entries:
            before = "–" if entry.pain_before is None else str(entry.pain_before)
            after = "–" if entry.pain_after is None else str(entry.pain_after)
            lines.append(
                tr("{time}  {what}: pain {before} → {after}").format(
                    time=f"{entry.started_at.astimezone():%H:%M}",
                    what=self._service.describe(entry),
                    before=before,
                    after=after,
                )
            )
        return "\n".join(lines)

    def _repeat(self) -> None:
        if self._last is not None:
            self.repeat_requested.emit(self._last)

    def _symptom_names(self, ids: tuple[str, ...]) -> list[str]:
        names = {s.id: s.name for s in self._catalogue.symptoms}
        return [names.get(i, i) for i in ids]
