"""A lazy table of sessions: pages are read from SQL as the user scrolls, never the whole history."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from acupress_desktop.domain.history import HistoryFilter, SessionEntry, SortKey
from acupress_desktop.domain.pain import EntryError
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
    Column.WHEN: ("When", SortKey.STARTED),
    Column.WHAT: ("What", SortKey.WHAT),
    Column.SIDE: ("Side", SortKey.SIDE),
    Column.MINUTES: ("Minutes", SortKey.MINUTES),
    Column.PAIN_BEFORE: ("Pain before", SortKey.BEFORE),
    Column.PAIN_AFTER: ("Pain after", SortKey.AFTER),
    Column.CHANGE: ("Change", SortKey.CHANGE),
    Column.STATUS: ("Status", SortKey.STATUS),
    Column.NOTE: ("Note", SortKey.NOTE),
}
COLUMNS: tuple[tuple[str, SortKey], ...] = tuple(_HEADERS[column] for column in Column)
EDITABLE = {Column.PAIN_BEFORE, Column.PAIN_AFTER, Column.NOTE}
SCORES = (Column.PAIN_BEFORE, Column.PAIN_AFTER)
CENTRED = (Column.MINUTES, Column.PAIN_BEFORE, Column.PAIN_AFTER, Column.CHANGE)
Index = QModelIndex | QPersistentModelIndex


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


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
        self._total = 0

    # -- loading -------------------------------------------------------------------------------
    def reload(self, wanted: HistoryFilter | None = None) -> None:
        self.beginResetModel()
        if wanted is not None:
            self.filter = wanted
        self._total = self._service.count(self.filter)
        self._rows = list(self._service.page(self.filter, 0, PAGE, self.sort_key, self.descending))
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt's API
        more = self._service.page(self.filter, len(self._rows), PAGE, self.sort_key, self.descending)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def entry(self, row: int) -> SessionEntry:
        return self._rows[row]

    # -- table ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.EditRole:
            editable = {
                Column.PAIN_BEFORE: _score(entry.pain_before),
                Column.PAIN_AFTER: _score(entry.pain_after),
                Column.NOTE: entry.note,
            }
            return editable.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in SCORES:
            return "0 = no pain, 10 = worst pain imaginable; empty = not recorded. Double-click to edit."
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        text = self._service.row_text(entry)
        return {
            Column.WHEN: text.when,
            Column.WHAT: text.what,
            Column.SIDE: text.side,
            Column.MINUTES: text.minutes,
            Column.PAIN_BEFORE: text.pain_before,
            Column.PAIN_AFTER: text.pain_after,
            Column.CHANGE: text.change,
            Column.STATUS: text.status,
            Column.NOTE: text.note,
        }[column]

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
            self.edit_failed.emit(str(error)[0].upper() + str(error)[1:] + ". Nothing was changed.")
            return False
        refreshed = self._service.page(self.filter, index.row(), 1, self.sort_key, self.descending)
        if refreshed and refreshed[0].id == entry.id:
            self._rows[index.row()] = refreshed[0]
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.edited.emit()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
