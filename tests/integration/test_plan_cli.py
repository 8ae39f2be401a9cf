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
        (["--symptom", "sciatica", "--side", "left", "--minutes", "0"], "between 1 and 120"),
        (["--symptom", "sciatica", "--side", "left", "--minutes", "121"], "between 1 and 120"),
        (["--symptom", "sciatica", "--red-flag", "nope"], "unknown red flag"),
        (["--symptom", "sciatica"], "sciatica needs --side left, right or both"),
        (["--symptom", "insomnia", "--symptom", "knee-pain"], "knee-pain needs --side left, right or both"),
    ],
)
def test_bad_input_is_one_clear_line_and_status_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["plan", *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.err.count("\n") == 1 and captured.out == ""


def test_complaints_without_a_side_plan_without_one(capsys: pytest.CaptureFixture[str]) -> None:
    for symptom in ("insomnia", "anxiety", "nausea", "fatigue"):
        plan = _plan(capsys, "--symptom", symptom)
        assert plan["steps"], symptom


def test_a_point_pressed_on_both_sides_at_once_is_one_step(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "headache", "--minutes", "30")
    gb20 = [s for s in plan["steps"] if s["code"] == "GB20"]  # type: ignore[union-attr]
    assert len(gb20) == 1 and gb20[0]["side"] == "both"
    assert gb20[0]["side_in_words"] == "BOTH sides of the neck at once"


def test_pregnant_with_period_type_cramping_gets_no_routine_but_a_midwife(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "menstrual-pain", "--pregnant")
    assert plan["steps"] == []
    assert "midwife or doctor" in plan["advice_instead_of_routine"][0]  # type: ignore[index]


def test_pregnant_with_headache_is_told_the_signs_of_pre_eclampsia(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "headache", "--pregnant")
    text = " ".join(plan["warnings"])  # type: ignore[arg-type]
    assert "pre-eclampsia" in text and "flashing lights" in text
    assert "Hegu" in text and "left out" in text  # which points pregnancy avoided, and why
    assert "traditionally avoided in pregnancy" in text


def test_varicose_veins_leave_out_every_point_over_the_leg_veins(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(
        capsys,
        "--symptom",
        "fatigue",
        "--symptom",
        "sciatica",
        "--side",
        "right",
        "--varicose-veins",
        "--minutes",
        "120",
    )
    planned = {s["code"] for s in plan["steps"]}  # type: ignore[union-attr]
    excluded = {e["code"] for e in plan["excluded"]}  # type: ignore[union-attr]
    assert {"SP6", "BL57", "BL40", "KI3"} <= excluded
    assert not planned & {"SP6", "BL57", "BL40", "KI3"}


def test_sources_in_json_are_citations(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(capsys, "--symptom", "nausea")
    pc6 = next(s for s in plan["steps"] if s["code"] == "PC6")  # type: ignore[union-attr]
    lee = next(c for c in pc6["sources"] if c["id"] == "lee-2015")
    assert lee["year"] == "2015" and lee["url"].startswith("https://doi.org/") and "Cochrane" in lee["publisher"]
    assert any("Evidence: systematic review" in why for why in pc6["why"])
