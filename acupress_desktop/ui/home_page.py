"""The first page, a place to begin: what hurts (grouped by where), the last routine, saved routines, today's
sessions and how the last weeks went."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.domain.glance import CatalogueGlance
from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme
from acupress_desktop.ui.complaint_chooser import ComplaintChooser

if TYPE_CHECKING:  # the services (SQL) come after the first paint: see MainWindow
    from datetime import date

    from PySide6.QtWidgets import QListWidgetItem

    from acupress_desktop.domain.routine import Routine
    from acupress_desktop.services.home import HomeService


class HomePage(QWidget):
    symptom_chosen = Signal(str)  # start planning afresh for this symptom
    page_requested = Signal(str)  # "atlas", "planner" or "history"
    repeat_requested = Signal(object)  # a Routine to run again now
    saved_chosen = Signal(int)  # open this saved routine in the planner

    def __init__(
        self,
        service: HomeService | None,
        parent: QWidget | None = None,
        *,
        catalogue: CatalogueGlance | None = None,
    ) -> None:
        """Without a service yet (the first window), the safety note and the complaints show from ``catalogue``
        and the rest says it is on its way until ``attach``."""
        super().__init__(parent)
        self._service = service
        content = catalogue or (service.catalogue.glance() if service is not None else None)
        assert content is not None, "a HomePage needs a service or a catalogue"
        self._catalogue = content
        self._last: Routine | None = None
        self.today: Callable[[], date] = _today  # a test's clock may replace it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self._complaints(), stretch=2)
        body.addLayout(self._continue_column(), stretch=1)
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
        box = QGroupBox(tr("What hurts? Pick one to plan a routine"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 4, 6)
        self.chooser = ComplaintChooser(self._catalogue.complaints)
        self.chooser.chosen.connect(self.symptom_chosen)
        layout.addWidget(self.chooser)
        return box

    @property
    def symptom_buttons(self) -> dict[str, QPushButton]:
        """One button a complaint, in its group (the "Yours" ones are ``chooser.your_buttons``)."""
        return self.chooser.buttons

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
        self.saved.itemActivated.connect(self._saved_activated)
        self.saved.setMaximumHeight(200)
        saved_layout.addWidget(self.saved)
        column.addWidget(saved_box)
        today_box = QGroupBox(tr("Today"))
        today_layout = QVBoxLayout(today_box)
        self.today_list = QLabel(wordWrap=True)
        self.today_list.setObjectName("todaySessions")  # plain text once it lists sessions (see refresh)
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

    def refresh(self) -> None:
        """Read again what changes as the person uses the app: last routine, saved ones, today, trend."""
        if self._service is None:  # still opening: same places, a word instead of the data
            self.repeat_button.setEnabled(False)
            self.repeat_detail.setText(tr("Opening your history…"))
            self.today_list.setText("…")
            return
        from PySide6.QtCore import Qt  # not before the first paint: its namespace's enums take ~20 ms to load
        from PySide6.QtWidgets import QListWidgetItem

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
        self.today_list.setTextFormat(Qt.TextFormat.PlainText)
        self.today_list.setText(self._today_text(today))
        self.trend.setText(self._service.trend_line(today))
        self.chooser.show_yours(self._service.your_complaints(today))

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

    def _saved_activated(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        self.saved_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _repeat(self) -> None:
        if self._last is not None:
            self.repeat_requested.emit(self._last)

    def _symptom_names(self, ids: tuple[str, ...]) -> list[str]:
        names = {c.id: c.name for c in self._catalogue.complaints}
        return [names.get(i, i) for i in ids]


def _today() -> date:
    from datetime import date  # not before the first paint, which shows no date

    return date.today()
