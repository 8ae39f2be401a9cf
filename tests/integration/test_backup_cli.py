"""`acupress backup` and `acupress restore`, interrupted sessions from any start, and the clean refusals of
every command: one line, exit status 2, nothing changed."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from acupress_desktop.__main__ import main as run
from acupress_desktop.paths import points_db_path
from acupress_desktop.storage.instance_lock import LOCK_NAME


def _log(data: Path, before: str = "6") -> int:
    return run(["--data-dir", str(data), "log", "add", "--symptom", "headache", "--before", before, "--after", "2"])


def _befores(data: Path, capsys: pytest.CaptureFixture[str]) -> list[int]:
    capsys.readouterr()
    assert run(["--data-dir", str(data), "history", "--json"]) == 0
    return [e["pain_before"] for e in json.loads(capsys.readouterr().out)]


def test_backup_then_restore_brings_back_the_data_and_keeps_the_replaced_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert _log(data, "6") == 0
    copy = tmp_path / "copy.db"
    assert run(["--data-dir", str(data), "backup", "-o", str(copy)]) == 0
    assert str(copy) in capsys.readouterr().out
    assert _log(data, "9") == 0
    assert run(["--data-dir", str(data), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "before-restore" in out
    assert _befores(data, capsys) == [6]
    kept = next((data / "backups").glob("*before-restore.db"))
    assert run(["--data-dir", str(data), "restore", str(kept)]) == 0
    assert sorted(_befores(data, capsys)) == [6, 9]


def test_backup_without_a_file_goes_to_the_backups_folder_and_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(tmp_path)
    assert run(["--data-dir", str(tmp_path), "backup"]) == 0
    assert run(["--data-dir", str(tmp_path), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert "manual" in out and "daily" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all", "not an SQLite database"),
        (b"", "not an Acupress database"),
    ],
)
def test_a_bad_file_is_refused_before_anything_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    data = tmp_path / "data"
    _log(data)
    before = (data / "acupress.db").read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    capsys.readouterr()
    assert run(["--data-dir", str(data), "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert (data / "acupress.db").read_bytes() == before


def test_a_foreign_sqlite_file_is_refused_for_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "other.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE sessions (token TEXT)")
    connection.commit()
    connection.close()
    assert run(["--data-dir", str(tmp_path / "data"), "restore", str(foreign)]) == 2
    assert "not an Acupress database" in capsys.readouterr().err


def test_restore_is_refused_while_a_window_holds_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _log(data)
    copy = tmp_path / "copy.db"
    run(["--data-dir", str(data), "backup", "-o", str(copy)])
    holder = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        (data / LOCK_NAME).write_text(f"{holder.pid}\nacupress\n{os.uname().nodename}\n")
        assert run(["--data-dir", str(data), "restore", str(copy)]) == 2
        assert "close it first" in capsys.readouterr().err
    finally:
        holder.communicate(b"")


def _running_session(data: Path) -> None:
    """What a window killed mid-session leaves: a session still marked running."""
    _log(data)
    connection = sqlite3.connect(data / "acupress.db")
    connection.execute("UPDATE sessions SET status = 'running'")
    connection.commit()
    connection.close()


def test_any_command_marks_a_cut_off_session_interrupted_when_no_window_is_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _running_session(tmp_path)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / LOCK_NAME).write_text(f"{gone.stdout.strip()}\nacupress\n{os.uname().nodename}\n")  # killed window
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path), "history", "--json"]) == 0
    assert [e["status"] for e in json.loads(capsys.readouterr().out)] == ["interrupted"]


def test_a_session_a_live_window_is_running_stays_running(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _running_session(tmp_path)
    (tmp_path / LOCK_NAME).write_text(f"{os.getppid()}\nacupress\n{os.uname().nodename}\n")
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path), "history", "--json"]) == 0
    assert [e["status"] for e in json.loads(capsys.readouterr().out)] == ["running"]


def test_text_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = b"caf\xe9".decode("utf-8", "surrogateescape")  # what Python makes of Latin-1 bytes in argv
    args = ["--data-dir", str(tmp_path), "log", "add", "--symptom", "headache", "--before", "3", "--after", "2"]
    assert run([*args, "--note", note]) == 2
    assert "not valid UTF-8" in capsys.readouterr().err
    assert not (tmp_path / "acupress.db").exists()


@pytest.mark.parametrize("damage", ["missing", "cut short"])
@pytest.mark.parametrize("command", [["points"], ["symptoms"], ["plan", "--symptom", "headache"], ["point", "LI4"]])
def test_a_missing_or_damaged_catalogue_is_named_with_status_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], damage: str, command: list[str]
) -> None:
    broken = tmp_path / "points.db"
    if damage == "cut short":
        broken.write_bytes(points_db_path().read_bytes()[:8192])
    monkeypatch.setattr("acupress_desktop.services.composition.points_db_path", lambda: broken)
    assert run(["--data-dir", str(tmp_path / "data"), *command]) == 2
    err = capsys.readouterr().err
    assert "points.db" in err and err.count("\n") == 1


def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "data").write_text("x")
    assert run(["--data-dir", str(tmp_path / "data"), "history"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err


@pytest.mark.slow
def test_smoke_with_a_damaged_database_says_where_it_went_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "acupress.db").write_bytes(b"\x00garbage" * 512)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "acupress_desktop", "--data-dir", str(data), "--smoke"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    moved = next(data.glob("acupress-damaged-*.db"))
    assert str(moved) in result.stdout and moved.read_bytes() == b"\x00garbage" * 512


def test_a_full_disk_is_one_true_line_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _log(tmp_path)
    connection = sqlite3.connect(tmp_path / "acupress.db")
    connection.execute(  # what SQLite says when the disk fills up, on the next insert
        "CREATE TRIGGER full BEFORE INSERT ON sessions BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
    )
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert _log(tmp_path) == 2
    err = capsys.readouterr().err
    assert "is full" in err and err.count("\n") == 1
    assert "already running" not in err and "not an Acupress database" not in err
