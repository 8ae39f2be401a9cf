"""A lazy table of sessions: pages are read from SQL as the user scrolls, never the whole history.

Scrolling stays smooth on a long history: each page's text is formatted once, when it arrives, and the next page
is read ahead in a worker thread while the person looks at this one (benchmarks/history.py measures it).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from acupress_desktop.domain.error_words import worded
from acupress_desktop.domain.history import HistoryFilter, SessionEntry, SortKey
from acupress_desktop.domain.localisation import is_chinese
from acupress_desktop.domain.pain import EntryError
from acupress_desktop.i18n import QT_TR_NOOP, current_language, tr
from acupress_desktop.services.history import HistoryService

PAGE = 200


class Column(IntEnum):
    """The table's columns, left to right."""

    WHEN = 0
    WHAT = 1
    SIDE = 2
    MINUTES = 3
    PAIN_BEFORE = 4
    PAIN_AFTER = 5
    CHANGE = 6
    STATUS = 7
    NOTE = 8


_HEADERS: dict[Column, tuple[str, SortKey]] = {
    Column.WHEN: (QT_TR_NOOP("When"), SortKey.STARTED),
    Column.WHAT: (QT_TR_NOOP("What"), SortKey.WHAT),
    Column.SIDE: (QT_TR_NOOP("Side"), SortKey.SIDE),
    Column.MINUTES: (QT_TR_NOOP("Minutes"), SortKey.MINUTES),
    Column.PAIN_BEFORE: (QT_TR_NOOP("Pain before"), SortKey.BEFORE),
    Column.PAIN_AFTER: (QT_TR_NOOP("Pain after"), SortKey.AFTER),
    Column.CHANGE: (QT_TR_NOOP("Change"), SortKey.CHANGE),
    Column.STATUS: (QT_TR_NOOP("Status"), SortKey.STATUS),
    Column.NOTE: (QT_TR_NOOP("Note"), SortKey.NOTE),
}
COLUMNS: tuple[tuple[str, SortKey], ...] = tuple(_HEADERS[column] for column in Column)
EDITABLE = {Column.PAIN_BEFORE, Column.PAIN_AFTER, Column.NOTE}
SCORES = (Column.PAIN_BEFORE, Column.PAIN_AFTER)
CENTRED = (Column.MINUTES, Column.PAIN_BEFORE, Column.PAIN_AFTER, Column.CHANGE)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_OTHER_ROLES = frozenset({_EDIT, _ALIGNMENT, _TOOLTIP})
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
Index = QModelIndex | QPersistentModelIndex


Row = tuple[SessionEntry, tuple[str, ...]]


class _PageAsked(NamedTuple):
    wanted: HistoryFilter
    offset: int
    sort: SortKey
    descending: bool


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


def _ahead_pool() -> ThreadPoolExecutor:
    """One reader thread shared by every session table (the worker holds no Qt object)."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="acupress-history-ahead")
    return _POOL


_POOL: ThreadPoolExecutor | None = None


def _read_page(service: HistoryService, asked: _PageAsked) -> list[Row]:
    """One page with its cells formatted: runs in the reader thread too, so it touches nothing of Qt."""
    entries = service.page(asked.wanted, asked.offset, PAGE, asked.sort, asked.descending)
    return [(entry, _cells(service, entry)) for entry in entries]


def _cells(service: HistoryService, entry: SessionEntry) -> tuple[str, ...]:
    return service.row_text(entry).table_cells()


class SessionTableModel(QAbstractTableModel):
    edit_failed = Signal(str)
    edited = Signal()

    def __init__(self, service: HistoryService) -> None:
        super().__init__()
        self._service = service
        self.filter = HistoryFilter()
        self.sort_key = SortKey.STARTED
        self.descending = True
        self._rows: list[SessionEntry] = []
        self._texts: list[tuple[str, ...]] = []  # each row's cells, formatted once
        self._total = 0
        self._ahead: tuple[_PageAsked, Future[list[Row]]] | None = None  # (what was asked, its page)
        self._more_asked = False
        self._ahead_scheduled = False
        # The reader thread never touches Qt: this window-side timer looks for its page when one is awaited.
        self._awaiting = QTimer(self)
        self._awaiting.setInterval(10)
        self._awaiting.timeout.connect(self._page_arrived)

    # -- loading -------------------------------------------------------------------------------
    def reload(self, wanted: HistoryFilter | None = None) -> None:
        self.beginResetModel()
        if wanted is not None:
            self.filter = wanted
        self._total = self._service.count(self.filter)
        rows = self._read(self._request(0))
        self._rows = [entry for entry, _ in rows]
        self._texts = [text for _, text in rows]
        self.endResetModel()
        self._read_ahead()

    def _request(self, offset: int) -> _PageAsked:
        return _PageAsked(self.filter, offset, self.sort_key, self.descending)

    def _read(self, asked: _PageAsked) -> list[Row]:
        return _read_page(self._service, asked)

    def _schedule_read_ahead(self) -> None:
        """Read ahead once the new rows are painted: the reader thread must not slow this frame down."""
        self._ahead_scheduled = True
        QTimer.singleShot(0, self, self._read_ahead)  # skipped if the table is gone by then

    def _read_ahead(self) -> None:
        """Start reading the page after the last one shown, unless everything is shown already."""
        self._ahead_scheduled = False
        self._more_asked = False
        self._awaiting.stop()
        if len(self._rows) < self._total:
            request = self._request(len(self._rows))
            self._ahead = (request, _ahead_pool().submit(_read_page, self._service, request))
        else:
            self._ahead = None

    def _page_arrived(self) -> None:
        if self._ahead is None or self._ahead[1].done():
            self._awaiting.stop()
            if self._more_asked:
                self.fetchMore()

    @property
    def reading_ahead(self) -> bool:
        """True while the next page is still being read (benchmarks wait for it, as a reader's eyes do)."""
        return self._ahead_scheduled or (self._ahead is not None and not self._ahead[1].done())

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt's API
        """The page read ahead; if it is still being read, its rows come in when it is done: no wait on SQL."""
        request = self._request(len(self._rows))
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == request:
            if not ahead[1].done():
                self._ahead, self._more_asked = ahead, True
                self._awaiting.start()
                return
            more = ahead[1].result()
        else:
            more = self._read(request)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(entry for entry, _ in more)
        self._texts.extend(text for _, text in more)
        self.endInsertRows()
        self._schedule_read_ahead()

    def entry(self, row: int) -> SessionEntry:
        return self._rows[row]

    # -- table ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Called for every cell and role on each paint: the display text is first and costs one lookup."""
        if role == _DISPLAY:
            return self._texts[index.row()][index.column()] if index.isValid() else None
        if role not in _OTHER_ROLES or not index.isValid():
            return None
        column = Column(index.column())
        if role == _EDIT:
            entry = self._rows[index.row()]
            editable = {
                Column.PAIN_BEFORE: _score(entry.pain_before),
                Column.PAIN_AFTER: _score(entry.pain_after),
                Column.NOTE: entry.note,
            }
            return editable.get(column)
        if role == _ALIGNMENT and column in CENTRED:
            return _CENTRED
        if role == _TOOLTIP and column in SCORES:
            return tr("0 = no pain, 10 = worst pain imaginable; empty = not recorded. Double-click to edit.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        entry = self._rows[index.row()]
        before = str(value) if index.column() == Column.PAIN_BEFORE else _score(entry.pain_before)
        after = str(value) if index.column() == Column.PAIN_AFTER else _score(entry.pain_after)
        note = str(value) if index.column() == Column.NOTE else entry.note
        try:
            self._service.update(entry.id, before, after, note)
        except EntryError as error:
            language = current_language()
            message = worded(error, language)
            stop = "。" if is_chinese(language) else ". "
            self.edit_failed.emit(message[0].upper() + message[1:] + stop + tr("Nothing was changed."))
            return False
        refreshed = self._service.page(self.filter, index.row(), 1, self.sort_key, self.descending)
        if refreshed and refreshed[0].id == entry.id:
            self._rows[index.row()] = refreshed[0]
            self._texts[index.row()] = _cells(self._service, refreshed[0])
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.edited.emit()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
