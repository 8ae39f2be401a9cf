"""The history as a person uses it: filter, sort, edit a score, delete and undo; the chart shows the data."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from acupress_desktop.domain.history import SessionSource
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.session import SessionStatus
from acupress_desktop.services.composition import Services
from acupress_desktop.storage.user_models import SessionRow, to_stored_time
from acupress_desktop.ui.history.model import PAGE, Column
from acupress_desktop.ui.history.page import HistoryPage

DAYS = [(1, "sciatica", 6, 4), (2, "headache", 5, 5), (3, "sciatica", 7, 3), (3, "headache", 4, 3)]


@pytest.fixture
def page(qtbot: QtBot, context: Services) -> HistoryPage:
    known = {s.id for s in context.catalogue.symptoms}
    for day, symptom, before, after in DAYS:
        when = datetime(2026, 11, day, 9, 30).astimezone()
        context.sessions.log_manual(known, (symptom,), PainSide.LEFT, before, after, when, 10, f"day {day}")
    widget = HistoryPage(context.history)
    widget.today = lambda: date(2026, 11, 3)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(page: HistoryPage, column: Column) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_table_lists_sessions_newest_first_with_change(page: HistoryPage) -> None:
    assert page.model.rowCount() == 4
    assert _column(page, Column.NOTE)[0] == "day 3"
    assert sorted(_column(page, Column.CHANGE)) == sorted(["-2", "0", "-4", "-1"])
    assert "4 sessions" in page.count.text()
    assert "Streak: 3 days" in page.words.text()


def test_filter_by_symptom(page: HistoryPage) -> None:
    page.symptom.setCurrentIndex(page.symptom.findData("headache"))
    assert page.model.rowCount() == 2
    assert set(_column(page, Column.WHAT)) == {"Headache"}


def test_sorting_by_change(page: HistoryPage) -> None:
    page.table.sortByColumn(Column.CHANGE, Qt.SortOrder.AscendingOrder)
    assert _column(page, Column.CHANGE)[0] == "-4"


def test_editing_a_score_validates_and_updates_the_figures(page: HistoryPage) -> None:
    index = page.model.index(0, Column.PAIN_AFTER)  # of the newest session
    assert not page.model.setData(index, "12")
    assert "0 to 10" in page.message.text()
    assert page.model.setData(index, "0")
    assert page.model.data(index) == "0"
    assert page.model.setData(index, "")  # cleared: stored as missing, shown as a dash
    assert page.model.data(index) == "—"


def test_delete_and_undo(qtbot: QtBot, page: HistoryPage) -> None:
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3 and page.undo_button.isEnabled()
    assert "Deleted" in page.message.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4 and _column(page, Column.NOTE)[0] == "day 3"


def test_the_chart_plots_the_daily_averages(page: HistoryPage) -> None:
    points = page.chart.series_points()
    assert [y for _x, y in points["Before"]] == [6.0, 5.0, 5.5]
    assert [y for _x, y in points["After"]] == [4.0, 5.0, 3.0]
    assert [round(y, 3) for _x, y in points["After, 7-day average"]] == [4.0, 4.5, 3.75]
    # the band runs from each day's 'before' down by 2 points or 30 %, whichever is smaller
    assert [y for _x, y in points["band-bottom"]] == pytest.approx([4.2, 3.5, 3.85])  # 6 - 1.8, 5 - 1.5, 5.5 - 1.65


def test_calendar_counts_days_practised(page: HistoryPage) -> None:
    assert page.calendar.counts == {date(2026, 11, 1): 1, date(2026, 11, 2): 1, date(2026, 11, 3): 2}


def test_lazy_loading_reads_pages_as_the_user_scrolls(qtbot: QtBot, context: Services) -> None:
    started = to_stored_time(datetime(2026, 10, 1, 8, 0).astimezone())
    manual_entry = {
        "started_at": started,
        "ended_at": started + timedelta(minutes=10),
        "source": SessionSource.MANUAL.value,
        "routine_id": None,
        "routine_name": "",
        "symptoms": ["headache"],
        "pain_side": PainSide.NONE.value,
        "planned_steps": [],
        "planned_seconds": 600,
        "pain_before": 5,
        "pain_after": 3,
        "note_before": "",
        "status": SessionStatus.COMPLETED.value,
    }
    with context.user_db.engine.begin() as connection:  # one executemany, not 450 transactions
        connection.execute(insert(SessionRow), [{**manual_entry, "note": str(number)} for number in range(450)])
    page = HistoryPage(context.history)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.total == 450 and page.model.rowCount() == PAGE
    while page.model.canFetchMore():
        page.model.fetchMore()
    # every session once, newest (last stored) first: no page overlaps or skips another
    assert _column(page, Column.NOTE) == [str(number) for number in reversed(range(450))]


def test_a_guided_session_shows_its_steps_and_its_note_before_can_be_edited(qtbot: QtBot, context: Services) -> None:
    from acupress_desktop.domain.session import StepOutcome
    from tests.domain.factories import FakeClock, make_routine

    clock = FakeClock()
    recorder = context.sessions.recorder_for(make_routine("Desk"))
    recorder._monotonic = clock
    session_id = recorder.begin(5, "stiff")
    clock.now += 60
    recorder.tick()
    clock.now += 10
    recorder.skip()
    recorder.end(3)
    page = HistoryPage(context.history)
    qtbot.addWidget(page)
    page.show()
    page.select_row(0)
    page.steps_button.click()
    assert page.tabs.currentWidget() is page.details
    rows = [
        [page.details.steps.item(row, column).text() for column in range(5)]
        for row in range(page.details.steps.rowCount())
    ]
    assert rows == [
        ["Linggu · 22.05 (Tung)", "RIGHT hand", "1:00", "1:00", "done"],
        ["Huantiao · GB30", "LEFT hip", "1:30", "0:10", "skipped"],
    ]
    assert "partly done" in page.details.title.text()
    page.details.note_before.setText("very stiff")
    page.details.save_note.click()
    assert context.history.session(session_id).note_before == "very stiff"
    assert [s.outcome for s in context.history.session(session_id).steps] == [
        StepOutcome.COMPLETED,
        StepOutcome.SKIPPED,
    ]


def test_filters_that_leave_nothing_say_so_and_can_be_cleared(page: HistoryPage) -> None:
    from acupress_desktop.domain.session import SessionStatus

    page.status.setCurrentIndex(page.status.findData(SessionStatus.STOPPED.value))
    assert page.model.rowCount() == 0 and page.nothing_found.isVisible()
    page.clear_button.click()
    assert page.model.rowCount() == 4 and not page.nothing_found.isVisible()
