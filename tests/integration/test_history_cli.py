"""`acupress log add` and `acupress history`: bad input is refused and changes nothing."""

import json
from pathlib import Path

import pytest

from acupress_desktop.__main__ import main as run


def _history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path), "history", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_a_manual_session_is_logged_and_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(tmp_path), "log", "add", "--symptom", "sciatica", "--side", "left"]
    assert run([*args, "--before", "6", "--after", "3", "--when", "2026-11-20T09:30", "--note", "at work"]) == 0
    assert "6 -> 3" in capsys.readouterr().out
    (entry,) = _history(tmp_path, capsys)
    assert entry["pain_before"] == 6 and entry["pain_after"] == 3 and entry["change"] == -3
    assert entry["source"] == "manual" and entry["side"] == "left" and entry["note"] == "at work"


def test_history_is_newest_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for when in ("2026-11-01T08:00", "2026-11-03T08:00", "2026-11-02T08:00"):
        run(["--data-dir", str(tmp_path), "log", "add", "--symptom", "headache", "--before", "4", "--after", "2",
             "--when", when])  # fmt: skip
    starts = [str(e["started_at"])[:10] for e in _history(tmp_path, capsys)]
    assert starts == ["2026-11-03", "2026-11-02", "2026-11-01"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--before", "11", "--after", "3"], "from 0 to 10"),
        (["--before", "2.5", "--after", "3"], "whole number"),
        (["--before", "2", "--after", "3", "--when", "2099-01-01"], "in the future"),
        (["--before", "2", "--after", "3", "--when", "last tuesday"], "ISO-8601"),
        (["--before", "2", "--after", "3", "--minutes", "0"], "minutes"),
    ],
)
def test_bad_input_is_one_line_status_2_and_nothing_stored(
    extra: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(tmp_path), "log", "add", "--symptom", "headache", *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert _history(tmp_path, capsys) == []


def test_unknown_symptom_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(["--data-dir", str(tmp_path), "log", "add", "--symptom", "hiccups", "--before", "1", "--after", "0"]) == 2
    )
    assert "unknown symptom 'hiccups'" in capsys.readouterr().err
