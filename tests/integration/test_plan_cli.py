"""`acupress plan`: the planner's answer as a table or as JSON, and one-line errors."""

import json

import pytest

from acupress_desktop.__main__ import main as run


def _plan(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert run(["plan", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_left_sciatica_presses_ling_gu_on_the_right_hand(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "sciatica", "--side", "left")
    steps = plan["steps"]
    assert isinstance(steps, list)
    ling_gu = next(s for s in steps if s["code"] == "TUNG-22.05")
    assert ling_gu["side"] == "right"
    assert {"code", "name", "pinyin", "side", "seconds", "instruction", "why", "sources"} <= set(ling_gu)
    assert plan["total_seconds"] == sum(s["seconds"] for s in steps) <= 600


def test_pregnancy_excludes_hegu_with_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "headache", "--pregnant", "--minutes", "30")
    excluded = {e["code"]: e["reason"] for e in plan["excluded"]}  # type: ignore[union-attr]
    assert "pregnan" in excluded["LI4"].lower()
    assert all(s["code"] != "LI4" for s in plan["steps"])  # type: ignore[union-attr]


def test_a_red_flag_gives_advice_and_no_steps(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "sciatica", "--side", "left", "--red-flag", "bladder-bowel")
    assert plan["steps"] == []
    assert plan["red_flags"][0]["urgency"] == "emergency"  # type: ignore[index]


def test_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["plan", "--symptom", "sciatica", "--side", "left"]) == 0
    out = capsys.readouterr().out
    assert "RIGHT hand" in out and "Linggu" in out and "Left out:" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--symptom", "hiccups"], "unknown symptom 'hiccups'"),
        (["--symptom", "sciatica", "--side", "up"], "invalid choice"),
        (["--symptom", "sciatica", "--minutes", "0"], "between 1 and 120"),
        (["--symptom", "sciatica", "--minutes", "121"], "between 1 and 120"),
        (["--symptom", "sciatica", "--red-flag", "nope"], "unknown red flag"),
    ],
)
def test_bad_input_is_one_clear_line_and_status_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["plan", *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.err.count("\n") == 1 and captured.out == ""
