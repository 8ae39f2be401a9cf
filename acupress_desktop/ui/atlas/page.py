"""The atlas: find a point, see it on the body on either side, read how to find and press it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.catalogue import BodyRegion, Catalogue, Point
from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.messages import region_label
from acupress_desktop.domain.search import filter_points
from acupress_desktop.i18n import current_language, tr
from acupress_desktop.painting.picture_labels import label_names, pressed_together
from acupress_desktop.painting.pictures import OVERVIEWS, PointPictures
from acupress_desktop.ui.atlas.cun_guide import CunGuide
from acupress_desktop.ui.atlas.details import point_details_html
from acupress_desktop.ui.atlas.overview import OverviewInset
from acupress_desktop.ui.atlas.picture import AtlasPicture
from acupress_desktop.ui.preferences import read_bool, write_bool

REDUCED_MOTION_KEY = "atlas/reduced_motion"
LABELS_KEY = "atlas/landmark_labels"


class AtlasPage(QWidget):
    def __init__(
        self, catalogue: Catalogue, pictures: PointPictures, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._pictures = pictures
        self._settings = settings
        self.point: Point | None = None
        self.side = Side.RIGHT
        self._keep_picture = False  # a marker was clicked: keep the picture and its zoom
        left = self._list_column()
        centre = self._picture_column()
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("Point details"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for layout in (left, centre):
            holder = QWidget()
            holder.setLayout(layout)
            splitter.addWidget(holder)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 520, 380])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(splitter)
        self._connect()
        self._populated = False  # filled on first show: loading every view costs start-up time

    def _list_column(self) -> QVBoxLayout:
        catalogue = self._catalogue
        self.search = QLineEdit(placeholderText=tr("Search: hegu, Hégǔ, 合谷, LI4, ling gu…"), clearButtonEnabled=True)
        self.search.setAccessibleName(tr("Search points"))
        self.symptom_filter = QComboBox()
        self.symptom_filter.setAccessibleName(tr("Show points for a symptom"))
        self.symptom_filter.addItem(tr("All symptoms"), None)
        for symptom in catalogue.symptoms:
            self.symptom_filter.addItem(symptom.name, symptom.id)
        self.region_filter = QComboBox()
        self.region_filter.setAccessibleName(tr("Show points in a body region"))
        self.region_filter.addItem(tr("All body regions"), None)
        for region in BodyRegion:
            self.region_filter.addItem(region_label(region, current_language()), region.value)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Points"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.count = QLabel()
        self.nothing_found = QWidget()
        nothing_layout = QVBoxLayout(self.nothing_found)
        nothing_layout.setContentsMargins(0, 0, 0, 0)
        self.nothing_text = QLabel(wordWrap=True)
        self.clear_button = QPushButton(tr("Cl&ear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        nothing_layout.addWidget(self.nothing_text)
        nothing_layout.addWidget(self.clear_button)
        self.nothing_found.hide()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.symptom_filter, self.region_filter, self.nothing_found):
            left.addWidget(widget)
        left.addWidget(self.list, stretch=1)
        left.addWidget(self.count)
        return left

    def _picture_column(self) -> QVBoxLayout:
        pictures, settings = self._pictures, self._settings
        self.picture = AtlasPicture(pictures)
        self.picture.point_names = {p.code: f"{p.pinyin_plain} ({p.display_code})" for p in self._catalogue.points}
        self.picture.label_names = label_names(self._catalogue.points, current_language())
        self.picture.together = pressed_together(self._catalogue.points)
        self.picture.set_reduced_motion(read_bool(settings, REDUCED_MOTION_KEY, False))
        self.left_button = QPushButton(tr("&Left side"))
        self.right_button = QPushButton(tr("R&ight side"))
        self.side_group = QButtonGroup(self)
        for button, side in ((self.left_button, Side.LEFT), (self.right_button, Side.RIGHT)):
            button.setCheckable(True)
            button.setProperty("side", side.value)
            self.side_group.addButton(button)
        self.right_button.setChecked(True)
        self.view_choice = QComboBox()
        self.view_choice.setAccessibleName(tr("Picture"))
        self.previous_view = QPushButton("◀")
        self.previous_view.setToolTip(tr("The previous picture that shows this point ([)"))
        self.previous_view.setAccessibleName(tr("Previous picture"))
        self.next_view = QPushButton("▶")
        self.next_view.setToolTip(tr("The next picture that shows this point (])"))
        self.next_view.setAccessibleName(tr("Next picture"))
        for button, step, key in ((self.previous_view, -1, "["), (self.next_view, +1, "]")):
            button.setMaximumWidth(36)
            button.clicked.connect(lambda _checked=False, step=step: self.turn(step))
            QShortcut(QKeySequence(key), self, lambda step=step: self.turn(step))
        self.labels_box = QCheckBox(tr("Landmark la&bels"))
        self.labels_box.setChecked(read_bool(settings, LABELS_KEY, True))
        self.motion_box = QCheckBox(tr("Reduce &motion"))
        self.motion_box.setChecked(self.picture.reduced_motion)
        self.zoom_out = zoom_out = QPushButton("−")
        zoom_out.setToolTip(tr("Zoom out (-)"))
        zoom_out.setAccessibleName(tr("Zoom out"))
        self.zoom_in = zoom_in = QPushButton("+")
        zoom_in.setToolTip(tr("Zoom in (+)"))
        zoom_in.setAccessibleName(tr("Zoom in"))
        self.fit_button = fit = QPushButton(tr("Fi&t"))
        fit.setToolTip(tr("Fit the picture to the window (0)"))
        for button in (zoom_out, zoom_in, fit):
            button.setMaximumWidth(48 if button is not fit else 60)
        tools = QHBoxLayout()
        tools.addWidget(self.left_button)
        tools.addWidget(self.right_button)
        tools.addWidget(self.previous_view)
        tools.addWidget(self.view_choice, stretch=1)
        tools.addWidget(self.next_view)
        tools.addWidget(zoom_out)
        tools.addWidget(zoom_in)
        tools.addWidget(fit)
        toggles = QHBoxLayout()
        toggles.addWidget(self.labels_box)
        toggles.addWidget(self.motion_box)
        toggles.addStretch(1)
        centre = QVBoxLayout()
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addLayout(tools)
        centre.addWidget(self.picture, stretch=1)
        centre.addLayout(toggles)
        self.overview = OverviewInset(pictures)
        bottom = QHBoxLayout()
        bottom.addWidget(self.overview)
        bottom.addWidget(CunGuide(), stretch=1)
        centre.addLayout(bottom)
        return centre

    def _connect(self) -> None:
        self.search.textChanged.connect(self.refresh_list)
        self.symptom_filter.currentIndexChanged.connect(self.refresh_list)
        self.region_filter.currentIndexChanged.connect(self.refresh_list)
        self.list.currentItemChanged.connect(self._list_selection)
        self.side_group.buttonClicked.connect(lambda b: self.set_side(Side(b.property("side"))))
        self.view_choice.currentIndexChanged.connect(lambda _i: self._show_picture())
        self.labels_box.toggled.connect(self._labels_toggled)
        self.motion_box.toggled.connect(self._motion_toggled)
        self.picture.point_clicked.connect(self.marker_clicked)
        self.zoom_in.clicked.connect(lambda: self.picture.zoom_by(1.25))
        self.zoom_out.clicked.connect(lambda: self.picture.zoom_by(0.8))
        self.fit_button.clicked.connect(self.picture.fit)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+L"), self, self.labels_box.toggle)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.set_side(Side.LEFT))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.set_side(Side.RIGHT))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not self._populated:
            self._populated = True
            self.refresh_list()
        super().showEvent(event)

    # -- list ----------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        region = self.region_filter.currentData()
        points = filter_points(
            self._catalogue,
            self.search.text(),
            self.symptom_filter.currentData(),
            BodyRegion(region) if region else None,
        )
        keep = self.point.code if self.point else None
        self.list.blockSignals(True)
        self.list.clear()
        for point in points:
            item = QListWidgetItem(f"{point.pinyin_plain} · {point.display_code} · {point.hanzi}\n{point.english}")
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            item.setToolTip(point.location)
            item.setSizeHint(QSize(0, self.list.fontMetrics().lineSpacing() * 2 + 10))  # two full lines
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.count.setText(tr("{shown} of {total} points").format(shown=len(points), total=len(self._catalogue.points)))
        self.nothing_found.setVisible(not points)
        self.nothing_text.setText(tr("No point matches the search and filters."))
        codes = [p.code for p in points]
        if codes:
            self.select_code(keep if keep in codes else codes[0])

    def clear_filters(self) -> None:
        for widget in (self.search, self.symptom_filter, self.region_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.symptom_filter.setCurrentIndex(0)
        self.region_filter.setCurrentIndex(0)
        for widget in (self.search, self.symptom_filter, self.region_filter):
            widget.blockSignals(False)
        self.refresh_list()

    def marker_clicked(self, code: str) -> None:
        """Select the clicked point in the list (clearing filters that hide it); the picture keeps its zoom."""
        self._keep_picture = True
        try:
            if code not in self.shown_codes():
                self.clear_filters()
            self.select_code(code)
        finally:
            self._keep_picture = False

    def shown_codes(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def select_code(self, code: str) -> None:
        if not self._populated:
            self._populated = True
            self.refresh_list()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(i)
                return
        self._show_point(self._catalogue.point(code))  # clicked on the picture but filtered out of the list

    def _list_selection(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._show_point(self._catalogue.point(str(item.data(Qt.ItemDataRole.UserRole))))

    # -- point and picture ---------------------------------------------------------------------
    def _show_point(self, point: Point) -> None:
        changed = self.point is None or self.point.code != point.code
        self.point = point
        self.details.setHtml(point_details_html(self._catalogue, point))
        if changed:
            views = [v for v in self._pictures.views.values() if point.code in v.placements]
            views.sort(key=lambda v: v.id in OVERVIEWS)
            self.view_choice.blockSignals(True)
            self.view_choice.clear()
            for view in views:
                self.view_choice.addItem(tr(view.title), view.id)
            if self._keep_picture and self.picture.view is not None:
                self.view_choice.setCurrentIndex(max(0, self.view_choice.findData(self.picture.view.id)))
            self.view_choice.blockSignals(False)
        if (
            self._keep_picture
            and self.picture.view is not None
            and self.view_choice.currentData() == self.picture.view.id
        ):
            self.picture.highlight(point.code)
            return
        self._show_picture()

    def turn(self, step: int) -> None:
        """Walk round the body: the previous or next picture that shows the chosen point, which stays marked."""
        count = self.view_choice.count()
        if count > 1:
            self.view_choice.setCurrentIndex((self.view_choice.currentIndex() + step) % count)

    def set_side(self, side: Side) -> None:
        self.side = side
        (self.left_button if side is Side.LEFT else self.right_button).setChecked(True)
        self._show_picture()

    def _show_picture(self) -> None:
        view_id = self.view_choice.currentData()
        if self.point is None or view_id is None:
            return
        self.picture.show_labels = self.labels_box.isChecked()
        self.picture.show_view(self._pictures.views[view_id], self.side, self.point.code)
        self.overview.show_close_up(view_id, self.side)

    def _labels_toggled(self, on: bool) -> None:
        write_bool(self._settings, LABELS_KEY, on)
        self.picture.set_labels_visible(on)

    def _motion_toggled(self, reduced: bool) -> None:
        write_bool(self._settings, REDUCED_MOTION_KEY, reduced)
        self.picture.set_reduced_motion(reduced)
