"""The session table reads the next page ahead, in a worker, and never makes the window wait for SQL."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from acupress_desktop.services.composition import Services, build_services
from acupress_desktop.storage.user_models import SessionRow
from acupress_desktop.ui.history.model import PAGE, SessionTableModel


def _with_sessions(tmp_path: Path, count: int) -> Services:
    services = build_services(str(tmp_path / "data"))
    start = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=count)
    row = {
        "ended_at": None, "source": "manual", "routine_id": None, "routine_name": "", "symptoms": ["headache"],
        "pain_side": "none", "planned_steps": [], "planned_seconds": 600, "pain_before": 6, "pain_after": 3,
        "note_before": "", "status": "completed",
    }  # fmt: skip
    rows = [{**row, "started_at": start + timedelta(days=i), "note": f"day {i}"} for i in range(count)]
    with services.user_db.engine.begin() as connection:
        connection.execute(insert(SessionRow), rows)
    return services


def test_pages_come_in_as_the_table_scrolls_each_read_ahead(qtbot: QtBot, tmp_path: Path) -> None:
    services = _with_sessions(tmp_path, 2 * PAGE + 50)
    model = SessionTableModel(services.history)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore()
    qtbot.waitUntil(lambda: not model.reading_ahead)
    model.fetchMore()  # the page read ahead: in at once
    assert model.rowCount() == 2 * PAGE
    model.fetchMore()  # asked before its read-ahead finished: comes in by itself, the caller never waits
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE + 50)
    assert not model.canFetchMore()
    newest_first = [model.data(model.index(row, 8)) for row in range(model.rowCount())]
    assert newest_first == [f"day {i}" for i in reversed(range(2 * PAGE + 50))]


def test_after_sorting_the_next_pages_follow_the_new_order(qtbot: QtBot, tmp_path: Path) -> None:
    services = _with_sessions(tmp_path, PAGE + 10)
    model = SessionTableModel(services.history)
    model.reload()
    model.sort(8, Qt.SortOrder.AscendingOrder)  # by note: what was read ahead for the old order is dropped
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 10)
    notes = [model.data(model.index(row, 8)) for row in range(model.rowCount())]
    assert notes == sorted(notes)
