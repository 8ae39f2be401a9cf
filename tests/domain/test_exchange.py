"""Records of an export read back the same, and bad content is refused with its line or position."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.domain.catalogue import BodyRegion
from acupress_desktop.domain.exchange import (
    FORMAT_VERSION,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    Backup,
    PlannedStep,
    SavedRoutine,
    SessionData,
    StepData,
    ValidationError,
    backup_record,
    columns_table,
    iso,
    session_key,
    session_row,
    step_rows,
)
from acupress_desktop.domain.exchange_import import parse_backup, parse_sessions_csv
from acupress_desktop.domain.history import SessionSource
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import Routine, RoutineStep
from acupress_desktop.domain.session import SessionStatus, StepOutcome

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
KNOWN = {"sciatica", "headache"}
START = datetime(2026, 11, 20, 9, 30, 15, 250000, tzinfo=timezone(timedelta(hours=1)))

GUIDED = SessionData(
    id=7,
    started_at=START,
    ended_at=START + timedelta(minutes=3),
    source=SessionSource.GUIDED,
    routine_name="Left sciatica",
    symptoms=("sciatica", "headache"),
    pain_side=PainSide.LEFT,
    planned_seconds=150,
    planned_steps=(PlannedStep("TUNG-22.05", Side.RIGHT, 60), PlannedStep("GB30", Side.LEFT, 90)),
    pain_before=6,
    pain_after=None,
    status=SessionStatus.STOPPED,
    note_before="stiff; after the train",
    note='said "better",\nthen stood up',
    steps=(StepData(0, "TUNG-22.05", Side.RIGHT, 60, 42.125, StepOutcome.SKIPPED, START + timedelta(seconds=42)),),
    routine_ref=3,
)
MANUAL = replace(
    GUIDED,
    id=8,
    source=SessionSource.MANUAL,
    routine_name="",
    symptoms=("headache",),
    pain_side=PainSide.NONE,
    planned_steps=(),
    pain_before=4,
    pain_after=2,
    status=SessionStatus.COMPLETED,
    note_before="",
    note="",
    steps=(),
    routine_ref=None,
)
ROUTINE = SavedRoutine(
    Routine(
        id=3,
        name="Left sciatica",
        request=PlanRequest(
            symptoms=("sciatica",),
            pain_side=PainSide.LEFT,
            pregnant=False,
            anticoagulants=True,
            varicose_veins=False,
            avoid_regions=frozenset({BodyRegion.FOOT}),
            minutes=10,
            avoid_one_side=frozenset({(BodyRegion.HAND, Side.LEFT)}),
        ),
        steps=(
            RoutineStep("GB30", Side.LEFT, 90, "Press with the elbow.", ("Local point.", "Left: the painful side.")),
        ),
    ),
    created_at=datetime(2026, 11, 1, 8, 0, tzinfo=UTC),
    updated_at=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
)


def _csv(*rows: list[str], header: list[str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header or [c.name for c in SESSION_COLUMNS])
    writer.writerows(rows)
    return out.getvalue()


def _backup_json(**changes: Any) -> dict[str, Any]:
    return {**backup_record(Backup((ROUTINE,), (GUIDED, MANUAL)), NOW, "test"), **changes}


def test_a_sessions_csv_reads_back_the_same_sessions_without_their_steps() -> None:
    parsed = parse_sessions_csv(_csv(session_row(GUIDED), session_row(MANUAL)), KNOWN, NOW)
    assert parsed == (replace(GUIDED, id=None, steps=(), routine_ref=None), replace(MANUAL, id=None))


def test_the_steps_csv_refers_to_its_session_by_id() -> None:
    (row,) = step_rows(GUIDED)
    record = dict(zip([c.name for c in STEP_COLUMNS], row, strict=True))
    assert record["session_id"] == "7" and record["point"] == "TUNG-22.05" and record["actual_seconds"] == "42.125"
    assert datetime.fromisoformat(record["ended_at"]) == START + timedelta(seconds=42)


def test_a_backup_reads_back_routines_sessions_and_steps() -> None:
    text = json.dumps(_backup_json())
    backup = parse_backup(text, KNOWN, NOW)
    assert backup.routines == (ROUTINE,)
    assert backup.sessions == (replace(GUIDED, id=None), replace(MANUAL, id=None))


def test_times_carry_their_utc_offset_and_keep_the_instant(local_zone: None) -> None:
    text = iso(datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
    assert text == "2026-07-01T08:00:00-04:00"
    assert datetime.fromisoformat(text) == datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_running_session_is_imported_as_interrupted() -> None:
    running = replace(GUIDED, status=SessionStatus.RUNNING, ended_at=None)
    (parsed,) = parse_sessions_csv(_csv(session_row(running)), KNOWN, NOW)
    assert parsed.status is SessionStatus.INTERRUPTED and parsed.ended_at is None


def test_the_same_session_has_the_same_key_whatever_the_zone_or_symptom_order() -> None:
    assert session_key(START, "R", ("b", "a")) == session_key(START.astimezone(UTC), "R", ("a", "b"))
    assert session_key(START, "R", ("a",)) != session_key(START + timedelta(microseconds=1), "R", ("a",))


def _bad_row(**changes: str) -> list[str]:
    record = dict(zip([c.name for c in SESSION_COLUMNS], session_row(MANUAL), strict=True))
    return list({**record, **changes}.values())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"pain_after": "11"}, "pain_after must be from 0 to 10, not 11"),
        ({"pain_before": "2.5"}, "pain_before must be a whole number"),
        ({"symptoms": "hiccups"}, "unknown symptom 'hiccups'"),
        ({"symptoms": ""}, "at least one symptom"),
        ({"status": "paused"}, "status must be one of running, completed, partial, stopped, interrupted, not 'paused'"),
        ({"side": "up"}, "side must be one of left, right, both, none"),
        ({"side": "up\nand\nover"}, "side must be one of left, right, both, none, not 'up and over'"),
        ({"source": "phone"}, "source must be one of guided, manual"),
        ({"started_at": "last tuesday"}, "started_at: 'last tuesday' is not an ISO-8601"),
        ({"started_at": "2099-01-01T00:00+00:00"}, "in the future"),
        ({"ended_at": "2026-11-01T00:00+00:00"}, "ended_at is before started_at"),
        ({"planned_seconds": "-1"}, "planned_seconds must be 0 or more"),
        ({"planned_steps": "GB30:up:90"}, "side must be one of left, right, midline"),
        ({"routine": "x" * 81}, "routine can have at most 80 characters"),
    ],
)
def test_bad_csv_content_names_the_line(changes: dict[str, str], message: str) -> None:
    text = _csv(session_row(MANUAL), session_row(GUIDED), _bad_row(**changes))
    with pytest.raises(ValidationError) as caught:
        parse_sessions_csv(text, KNOWN, NOW)
    # GUIDED's note spans two lines, so the third row starts on line 5
    assert caught.value.where == "line 5" and message in str(caught.value)


def test_a_bad_pain_on_line_4_is_reported_as_line_4() -> None:
    text = _csv(session_row(MANUAL), session_row(MANUAL), _bad_row(pain_before="12"))
    with pytest.raises(ValidationError, match=r"^line 4: pain_before must be from 0 to 10, not 12$"):
        parse_sessions_csv(text, KNOWN, NOW)


def test_empty_cells_are_missing_scores_and_blank_lines_are_ignored() -> None:
    text = _csv(_bad_row(pain_before="", pain_after=" ")) + "\r\n\r\n"
    (parsed,) = parse_sessions_csv(text, KNOWN, NOW)
    assert parsed.pain_before is None and parsed.pain_after is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1: the file is empty"),
        (_csv(header=[c.name for c in STEP_COLUMNS]), "this is a steps file"),
        (_csv(header=["started_at", "status", "note"]), "missing columns: ended_at, source"),
        (_csv(["a", "b"]), "line 2: 2 fields where the header has 14"),
    ],
)
def test_a_file_of_the_wrong_shape_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_sessions_csv(text, KNOWN, NOW)


def _set(record: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    target: Any = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return record


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("sessions", 1, "pain_after"), 11, "session 2: pain_after must be from 0 to 10, not 11"),
        (("sessions", 1, "pain_after"), True, "session 2: pain_after must be a whole number"),
        (("sessions", 0, "steps", 0, "outcome"), "done", "session 1, step 1: outcome must be one of completed"),
        (("sessions", 0, "steps", 0, "actual_seconds"), -3, "session 1, step 1: actual_seconds must be a number"),
        (("sessions", 0, "planned_steps", 1, "seconds"), 0, "session 1, planned step 2: seconds must be 1 or more"),
        (("sessions", 0, "routine_id"), 99, "session 1: routine_id 99 is not a routine in this backup"),
        (("sessions", 0, "symptoms"), 5, "session 1: symptoms must be a list of names"),
        (("routines", 0, "name"), " ", "routine 1: A routine needs a name."),
        (("routines", 0, "steps"), [], "routine 1: steps: a routine needs at least one step"),
        (("routines", 0, "steps", 0, "why"), [1], "routine 1, step 1: why must be a list of texts"),
        (("routines", 0, "avoid_regions"), ["tail"], "routine 1: avoid_regions: 'tail' is not a body region"),
        (("routines", 0, "avoid_regions"), ["hand:up"], "routine 1: avoid_regions: 'hand:up': the side after"),
        (("routines", 0, "pregnant"), "no", "routine 1: pregnant must be true or false"),
        (("sessions",), {}, "backup: sessions must be a list"),
        (("sessions", 0), [], "session 1: must be an object"),
    ],
)
def test_bad_backup_content_names_its_position(path: tuple[str | int, ...], value: object, message: str) -> None:
    text = json.dumps(_set(_backup_json(), path, value))
    with pytest.raises(ValidationError) as caught:
        parse_backup(text, KNOWN, NOW)
    assert str(caught.value).startswith(message)


def test_a_backup_from_a_newer_version_is_refused() -> None:
    with pytest.raises(ValidationError, match=f"version {FORMAT_VERSION + 1} was written by a newer Acupress"):
        parse_backup(json.dumps(_backup_json(version=FORMAT_VERSION + 1)), KNOWN, NOW)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "acupress-backup",\n "version": 1,,}', "line 2: not valid JSON"),
        ('{"sessions": []}', "not an Acupress backup"),
        ("[1, 2]", "not an Acupress backup"),
        ('{"format": "acupress-backup", "version": "one"}', "backup: version must be a whole number"),
    ],
)
def test_something_else_than_a_backup_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_backup(text, KNOWN, NOW)


def test_the_readme_documents_the_columns_defined_here() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert columns_table(SESSION_COLUMNS) in readme
    assert columns_table(STEP_COLUMNS) in readme


def _leaves(record: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    items = record.items() if isinstance(record, dict) else enumerate(record) if isinstance(record, list) else ()
    if path:
        yield path
    for key, value in items:
        yield from _leaves(value, (*path, key))


def test_any_value_anywhere_in_a_backup_is_either_read_or_refused_with_a_position() -> None:
    """No value of a wrong type reaches the database or escapes as another exception."""
    refused = 0
    for path in _leaves(_backup_json()):
        for value in (None, -1, 1.5, True, "", "x", [], {}, [{}]):
            try:
                parse_backup(json.dumps(_set(_backup_json(), path, value)), KNOWN, NOW)
            except ValidationError as error:
                assert error.where and error.message and "\n" not in str(error)
                refused += 1
    assert refused > 0  # otherwise the assertion above never ran


def test_an_end_time_may_lie_in_the_future_but_a_start_may_not() -> None:
    """Regression: a manual entry made 'now' for 10 minutes ends 10 minutes from now, and must import."""
    from datetime import UTC, datetime, timedelta

    import pytest

    from acupress_desktop.domain.pain import EntryError, parse_moment, parse_when

    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    later = (now + timedelta(minutes=10)).isoformat()
    assert parse_moment(later, now) == now + timedelta(minutes=10)
    with pytest.raises(EntryError, match="future"):
        parse_when(later, now)
