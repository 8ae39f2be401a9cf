"""Hostile and careless files: every refusal is one line with the place of the first problem, exit status 2,
and nothing stored; exported cells never run as spreadsheet formulas, and come back exactly on import."""

from __future__ import annotations

import csv
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.__main__ import main as run
from acupress_desktop.domain.exchange import neutralise_cell, restore_cell

SESSION = {
    "id": 1,
    "started_at": "2026-11-20T09:30:00+01:00",
    "ended_at": "2026-11-20T09:40:00+01:00",
    "source": "guided",
    "routine": "Morning",
    "symptoms": ["headache"],
    "side": "none",
    "planned_seconds": 60,
    "planned_steps": [{"point": "LI4", "side": "left", "seconds": 60}],
    "pain_before": 5,
    "pain_after": 3,
    "status": "completed",
    "note_before": "",
    "note": "",
    "routine_id": None,
    "steps": [
        {
            "ordinal": 0,
            "point": "LI4",
            "side": "left",
            "planned_seconds": 60,
            "actual_seconds": 60.0,
            "outcome": "completed",
            "ended_at": "2026-11-20T09:31:00+01:00",
        }
    ],
}


def _backup(**session_changes: Any) -> dict[str, Any]:
    return {"format": "acupress-backup", "version": 1, "routines": [], "sessions": [{**SESSION, **session_changes}]}


def _history(data: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert run(["--data-dir", str(data), "history", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, suffix: str = ".json") -> str:
    source = tmp_path / f"import{suffix}"
    source.write_text(content, encoding="utf-8")
    data = tmp_path / "data"
    capsys.readouterr()
    assert run(["--data-dir", str(data), "import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("acupress: ") and err.count("\n") == 1, err
    assert _history(data, capsys) == []
    return err


def test_a_well_formed_backup_is_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ok.json"
    source.write_text(json.dumps(_backup()), encoding="utf-8")
    assert run(["--data-dir", str(tmp_path / "data"), "import", str(source)]) == 0
    assert len(_history(tmp_path / "data", capsys)) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"planned_steps": [{"point": "XX99", "side": "left", "seconds": 60}]},
            "session 1, planned step 1: unknown point 'XX99'",
        ),
        ({"steps": [{**SESSION["steps"][0], "point": "ZZ1"}]}, "session 1, step 1: unknown point 'ZZ1'"),
        ({"side": "sideways"}, "session 1: side must be one of"),
        ({"status": "paused"}, "session 1: status must be one of"),
        ({"steps": [{**SESSION["steps"][0], "side": "up"}]}, "step 1: side must be one of"),
        ({"pain_before": "٥"}, "0 to 10"),
        ({"pain_before": "1_0"}, "0 to 10"),
        ({"pain_before": "５"}, "0 to 10"),
        ({"planned_seconds": 2**70}, "planned_seconds must be"),
        ({"steps": [{**SESSION["steps"][0], "ordinal": 10**40}]}, "ordinal must be"),
        ({"started_at": "0001-01-01T00:00:00+05:00"}, "outside the years"),
        ({"started_at": "9999-12-31T23:59:59-05:00"}, "outside the years"),
        ({"note": "x" * 5000}, "note can have at most"),
        ({"note": "\ud800"}, "note is not valid Unicode"),
        ({"routine": "r" * 200}, "routine can have at most"),
        ({"steps": [{**SESSION["steps"][0], "actual_seconds": 1e300}]}, "actual_seconds must be"),
    ],
)
def test_a_bad_value_is_refused_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict[str, Any], message: str
) -> None:
    assert message in _refused(tmp_path, capsys, json.dumps(_backup(**changes)))


def test_json_nested_thousands_deep_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = '{"format": "acupress-backup", "version": 1, "sessions": ' + "[" * 50_000 + "]" * 50_000 + "}"
    assert "too deeply" in _refused(tmp_path, capsys, deep)


def test_a_number_with_thousands_of_digits_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = json.dumps(_backup()).replace('"version": 1', '"version": ' + "9" * 5000)
    assert "backup" in _refused(tmp_path, capsys, huge)


def test_a_csv_with_an_unknown_point_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = "started_at,ended_at,source,routine,symptoms,side,planned_seconds,planned_steps,pain_before,pain_after,"
    header += "status,note_before,note\n"
    row = "2026-11-20T09:30:00+01:00,,guided,R,headache,none,60,NOPE:left:60,5,3,completed,,\n"
    assert "line 2: unknown point 'NOPE'" in _refused(tmp_path, capsys, header + row, ".csv")


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "'=already", "''+x", "plain"]
)
def test_formula_cells_are_neutralised_and_restored_exactly(text: str) -> None:
    cell = neutralise_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_cell(cell) == text


def test_an_exported_csv_holds_no_live_formula_and_imports_back_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, fresh, folder = tmp_path / "data", tmp_path / "fresh", tmp_path / "csv"
    notes = ['=cmd|"/c calc"!A1', "+41 79 123", "-", "@home", "\tindented", "plain 头痛 🙂"]
    for note in notes:
        args = ["--data-dir", str(data), "log", "add", "--symptom", "headache", "--before", "4", "--after", "2"]
        assert run([*args, "--note", note, "--when", f"2026-11-0{notes.index(note) + 1}T08:00"]) == 0
    assert run(["--data-dir", str(data), "export", "--csv", str(folder)]) == 0
    sessions_csv = next(folder.glob("acupress-sessions-*.csv"))
    with sessions_csv.open(encoding="utf-8", newline="") as source:
        cells = [cell for row in csv.reader(source) for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert run(["--data-dir", str(fresh), "import", str(sessions_csv)]) == 0
    assert sorted(e["note"] for e in _history(fresh, capsys)) == sorted(notes)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exports_are_owner_only(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        run(["--data-dir", str(tmp_path / "data"), "log", "add", "--symptom", "headache", "--before", "4",
             "--after", "2"])  # fmt: skip
        assert run(["--data-dir", str(tmp_path / "data"), "export", "--csv", str(tmp_path), "--json",
                    str(tmp_path / "all.json")]) == 0  # fmt: skip
    finally:
        os.umask(previous)
    written = [*tmp_path.glob("acupress-*.csv"), tmp_path / "all.json"]
    assert len(written) == 3
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_pdfs_are_owner_only(tmp_path: Path, qapp: object) -> None:
    previous = os.umask(0o022)
    try:
        data = ["--data-dir", str(tmp_path / "data")]
        assert run([*data, "print", "--symptom", "headache", "-o", str(tmp_path / "sheet.pdf")]) == 0
        assert run([*data, "report", "-o", str(tmp_path / "report.pdf")]) == 0
    finally:
        os.umask(previous)
    assert [stat.S_IMODE((tmp_path / n).stat().st_mode) for n in ("sheet.pdf", "report.pdf")] == [0o600, 0o600]
