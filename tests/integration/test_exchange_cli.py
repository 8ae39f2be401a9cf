"""`acupress export` and `acupress import`: round trips into a fresh folder, and bad files change nothing."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.__main__ import main as run
from acupress_desktop.domain.exchange import FORMAT_VERSION, SavedRoutine, SessionData
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import Routine, RoutineStep
from acupress_desktop.domain.session import SessionStatus
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.backup_repository import BackupRepository
from acupress_desktop.storage.routine_repository import RoutineRepository
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import open_user_database
from tests.domain.factories import FakeClock

BASE = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
ROUTINE = Routine(
    name="",
    request=PlanRequest(
        symptoms=("sciatica",),
        pain_side=PainSide.LEFT,
        pregnant=False,
        anticoagulants=False,
        varicose_veins=True,
        avoid_regions=frozenset(),
        minutes=10,
    ),
    steps=(
        RoutineStep("TUNG-22.05", Side.RIGHT, 60, "Press.", ("Opposite hand.",)),
        RoutineStep("GB30", Side.LEFT, 90, "Press with the elbow.", ("Local point.", "Left side.")),
    ),
)


def _run_session(sessions: SessionRepository, routine: Routine, start: datetime, finish: bool) -> None:
    clock = FakeClock(start)
    recorder = SessionRecorder(sessions, routine, monotonic=clock, wall=clock.wall)
    recorder.begin(pain_before=7 if finish else None, note_before="before, with a comma")
    clock.now += 60
    recorder.tick()
    if finish:
        clock.now += 20
        recorder.stop()
        recorder.end(pain_after=None, note='had to go; "later"\nsecond line')


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """Two saved routines, a stopped and a still-running guided session, and manual entries."""
    data_dir = tmp_path / "filled"
    engine = open_user_database(data_dir).engine
    routines, sessions = RoutineRepository(engine), SessionRepository(engine)
    left = routines.save(ROUTINE, "Left sciatica")
    routines.save(replace(ROUTINE, request=replace(ROUTINE.request, symptoms=("headache",))), "Héadache 头痛")
    _run_session(sessions, left, BASE, finish=True)
    _run_session(sessions, left, BASE + timedelta(days=1), finish=False)
    for day, (before, after) in enumerate([(6, 4), (5, 5), (3, 0)]):
        sessions.add_manual(("headache", "sciatica"), PainSide.BOTH, before, after, BASE - timedelta(days=day), 12, "")
    return data_dir


def _contents(data_dir: Path) -> tuple[list[SavedRoutine], list[tuple[SessionData, str | None]]]:
    repository = BackupRepository(open_user_database(data_dir).engine)
    names = {r.routine.id: r.routine.name for r in repository.routines()}
    routines = [replace(r, routine=replace(r.routine, id=None)) for r in repository.routines()]
    sessions = [(replace(s, id=None, routine_ref=None), names.get(s.routine_ref)) for s in repository.sessions()]
    return routines, sessions


def _as_imported(contents: tuple[list[SavedRoutine], list[tuple[SessionData, str | None]]]) -> Any:
    routines, sessions = contents
    running = SessionStatus.RUNNING
    return routines, [
        (replace(s, status=SessionStatus.INTERRUPTED) if s.status is running else s, name) for s, name in sessions
    ]


def _cli(*args: str) -> int:
    return run([str(a) for a in args])


def test_a_json_backup_brings_back_routines_sessions_and_steps(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup, fresh = tmp_path / "backup.json", tmp_path / "fresh"
    assert _cli("--data-dir", filled, "export", "--json", backup) == 0
    assert str(backup) in capsys.readouterr().out
    record = json.loads(backup.read_text(encoding="utf-8"))
    assert (record["format"], record["version"]) == ("acupress-backup", FORMAT_VERSION) and record["exported_at"]
    assert _cli("--data-dir", fresh, "import", backup) == 0
    out = capsys.readouterr().out
    assert out == "imported 5 sessions (0 already present) and 2 routines (0 skipped: name already taken)\n"
    assert _contents(fresh) == _as_imported(_contents(filled))
    assert any(s.steps for s, name in _contents(fresh)[1] if name == "Left sciatica")


def test_a_sessions_csv_brings_back_the_sessions_and_the_steps_file_lists_their_steps(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, fresh = tmp_path / "csv", tmp_path / "fresh"
    assert _cli("--data-dir", filled, "export", "--csv", folder) == 0
    sessions_csv, steps_csv = sorted(folder.glob("acupress-sessions-*.csv")), sorted(folder.glob("acupress-steps-*"))
    assert len(sessions_csv) == len(steps_csv) == 1
    with steps_csv[0].open(encoding="utf-8", newline="") as f:
        steps = list(csv.DictReader(f))
    with sessions_csv[0].open(encoding="utf-8", newline="") as f:
        ids = {row["id"]: row for row in csv.DictReader(f)}
    assert len(steps) == 3 and all(ids[s["session_id"]]["source"] == "guided" for s in steps)
    assert _cli("--data-dir", fresh, "import", sessions_csv[0]) == 0
    assert "imported 5 sessions" in capsys.readouterr().out
    expected = [(replace(s, steps=()), None) for s, _name in _as_imported(_contents(filled))[1]]
    assert _contents(fresh) == ([], expected)


def test_importing_the_same_backup_twice_changes_nothing_the_second_time(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup, fresh = tmp_path / "backup.json", tmp_path / "fresh"
    _cli("--data-dir", filled, "export", "--json", backup, "--csv", tmp_path / "csv")
    _cli("--data-dir", fresh, "import", backup)
    before = _contents(fresh)
    capsys.readouterr()
    assert _cli("--data-dir", fresh, "import", backup) == 0
    assert capsys.readouterr().out.startswith("imported 0 sessions (5 already present) and 0 routines (2 skipped")
    (sessions_csv,) = (tmp_path / "csv").glob("acupress-sessions-*.csv")
    assert _cli("--data-dir", fresh, "import", sessions_csv) == 0
    assert _contents(fresh) == before


def _refused(data_dir: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = _contents(data_dir)
    capsys.readouterr()
    assert _cli("--data-dir", data_dir, "import", file) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert _contents(data_dir) == before
    return captured.err


def test_a_bad_pain_on_line_4_of_a_csv_is_refused_and_nothing_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "sessions.csv"
    lines = [
        "started_at,ended_at,source,routine,symptoms,side,planned_seconds,planned_steps,pain_before,pain_after,"
        "status,note_before,note",
        "2026-11-01T08:00:00+01:00,,manual,,headache,none,600,,4,2,completed,,",
        "2026-11-02T08:00:00+01:00,,manual,,headache,none,600,,4,2,completed,,",
        "2026-11-03T08:00:00+01:00,,manual,,headache,none,600,,4,12,completed,,",
        "2026-11-04T08:00:00+01:00,,manual,,headache,none,600,,4,2,completed,,",
    ]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _refused(tmp_path / "data", file, capsys)
    assert err == f"acupress: cannot import {file}: line 4: pain_after must be from 0 to 10, not 12\n"


def test_a_bad_field_deep_in_a_backup_is_refused_with_its_position(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup, fresh = tmp_path / "backup.json", tmp_path / "fresh"
    _cli("--data-dir", filled, "export", "--json", backup)
    record = json.loads(backup.read_text(encoding="utf-8"))
    position = next(i for i, s in enumerate(record["sessions"]) if len(s["steps"]) == 2)
    record["sessions"][position]["steps"][1]["side"] = "front"
    backup.write_text(json.dumps(record), encoding="utf-8")
    err = _refused(fresh, backup, capsys)
    assert f"session {position + 1}, step 2: side must be one of left, right, midline, both, not 'front'" in err
    assert _contents(fresh) == ([], [])  # not even the valid routines and sessions before it


def test_a_backup_from_a_newer_version_is_refused(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.json"
    _cli("--data-dir", filled, "export", "--json", backup)
    record = json.loads(backup.read_text(encoding="utf-8"))
    backup.write_text(json.dumps({**record, "version": FORMAT_VERSION + 1}), encoding="utf-8")
    assert "newer Acupress" in _refused(tmp_path / "fresh", backup, capsys)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export"], "export needs --csv DIR or --json FILE"),
        (["export", "--json", "{file}/sub/backup.json"], "cannot export: cannot write"),
        (["export", "--csv", "{file}"], "cannot export: cannot create the folder"),
        (["import", "{tmp}/missing.json"], "cannot read"),
        (["import", "{file}"], "not UTF-8 text"),
        (["import"], "the following arguments are required: FILE"),
    ],
)
def test_cli_errors_are_one_line_with_status_2(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_bytes(b"\xff\xfe\x00binary")
    filled_in = [a.format(file=a_file, tmp=tmp_path) for a in args]
    assert run(["--data-dir", str(tmp_path / "data"), *filled_in]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("acupress: ")
