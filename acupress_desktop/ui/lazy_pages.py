"""Tabs whose page is built the first time it is shown, so the window can appear before the data is open.

Until a page can be built (its data still opening) its tab shows a short 'opening' note that fills in by itself.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

from acupress_desktop.i18n import tr

if TYPE_CHECKING:  # the notes and bars below are made when first shown, after the first paint
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QProgressBar


class _Placeholder(QWidget):
    """The 'opening' note of a page not built yet; drawn when first shown (most never are), not before Home."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.layout() is None:
            self._fill(self._title)
        super().showEvent(event)

    def _fill(self, title: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        page = re.sub(r"\(&\w\)", "", title).replace("&", "").lower()
        note = QLabel(tr("Opening {page}…").format(page=page))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note)
        busy = QProgressBar()
        busy.setRange(0, 0)  # moving, as long as it is shown
        busy.setMaximumWidth(240)
        busy.setTextVisible(False)
        layout.addWidget(busy, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class LazyPages:
    """Pages of a QTabWidget built on first show (or first asked for), once their ``can_build()`` says yes."""

    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        self._can_build: dict[str, Callable[[], bool]] = {}
        self._builders: dict[str, weakref.WeakMethod[Callable[[], QWidget]]] = {}
        self._titles: dict[str, str] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        tabs.currentChanged.connect(lambda _index: self.build_current())

    def add(self, key: str, title: str, build: Callable[[], QWidget], can_build: Callable[[], bool]) -> None:
        """``build`` is a method of the window: held weakly, so these pages never keep their window alive;
        ``can_build`` says whether the data the page needs is open (hold no reference to the window in it)."""
        self._builders[key] = weakref.WeakMethod(build)
        self._can_build[key] = can_build
        self._titles[key] = title
        self._placeholders[key] = _Placeholder(title)
        self._tabs.addTab(self._placeholders[key], title)

    def built(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def page(self, key: str) -> QWidget:
        """The page, built now if need be: only call once its data is open."""
        if key not in self._built:
            build = self._builders[key]()
            assert build is not None, "the window that builds this page is gone"
            self._swap_in(key, build())
        return self._built[key]

    def show(self, key: str) -> None:
        """Bring the tab forward: the page if it can be built, its 'opening' note until then."""
        self._tabs.setCurrentWidget(self._built.get(key) or self._placeholders[key])
        self.build_current()

    def build_current(self) -> None:
        """Build the page on screen if it is still a placeholder and its data is open (call again when it opens)."""
        current = self._tabs.currentWidget()
        for key, placeholder in self._placeholders.items():
            if placeholder is current and key not in self._built and self._can_build[key]():
                self.page(key)

    def _swap_in(self, key: str, page: QWidget) -> None:
        placeholder = self._placeholders[key]
        index = self._tabs.indexOf(placeholder)
        was_current = self._tabs.currentIndex() == index
        self._built[key] = page
        self._tabs.setUpdatesEnabled(False)
        blocked = self._tabs.blockSignals(True)
        try:
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, page, self._titles[key])
            if was_current:
                self._tabs.setCurrentIndex(index)
        finally:
            self._tabs.blockSignals(blocked)
            self._tabs.setUpdatesEnabled(True)
        placeholder.deleteLater()


class OpeningData:
    """Until the data is open: a moving bar with what is being done in the status bar, and the actions asked for
    meanwhile, kept to run once it is (a click is never lost, the window never frozen).

    Open in two steps: ``ready`` once the catalogue and the database are open and Home is filled (read without
    the ORM), ``is_open`` once the services that write and search the data (on SQLAlchemy's ORM) are loaded too.
    """

    def __init__(self, status_bar: QStatusBar) -> None:
        self.ready = False
        self.is_open = False
        self._status = status_bar
        self._waiting: list[Callable[[], object]] = []
        self._bar: QProgressBar | None = None  # made when there is progress to show

    def progress(self, message: str) -> None:
        if self._bar is None:
            from PySide6.QtWidgets import QProgressBar

            self._bar = QProgressBar()
            self._bar.setRange(0, 0)
            self._bar.setMaximumWidth(160)
            self._bar.setTextVisible(False)
            self._bar.setAccessibleName(tr("Opening your data"))
            self._status.addPermanentWidget(self._bar)
        self._bar.show()
        self._status.showMessage(message)

    def when_open(self, action: Callable[[], object], *, announce: bool = True) -> None:
        """Run the action now, or once the data is open; a person's action waiting is ``announce``d."""
        if self.is_open:
            action()
        else:
            self._waiting.append(action)
            if announce:
                self.progress(tr("Opening your data…"))

    def opened(self) -> None:
        self.ready = self.is_open = True
        if self._bar is not None:
            self._bar.hide()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()
