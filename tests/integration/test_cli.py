"""The command-line face, run in-process (fast) and once as a real process (entry point, no traceback)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from acupress_desktop import __version__
from acupress_desktop.__main__ import main as run


def test_points_table_lists_every_point_with_hanzi(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["points"]) == 0
    out = capsys.readouterr().out
    assert "Hégǔ" in out and "合谷" in out and "22.05 (Tung)" in out
    assert len(out.strip().splitlines()) >= 31  # header and 30 points


def test_points_json_is_complete(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["points", "--json"]) == 0
    points = json.loads(capsys.readouterr().out)
    hegu = next(p for p in points if p["code"] == "LI4")
    assert hegu["hanzi"] == "合谷"
    assert hegu["how_to_find"] and hegu["technique"]["default_seconds"] >= 30
    assert any(c["kind"] == "pregnancy" for c in hegu["cautions"])


@pytest.mark.parametrize("query", ["LI4", "li4", "Hegu", "Hégǔ", "合谷"])
def test_point_accepts_any_name(query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["point", query, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == "LI4"


def test_point_by_tung_name_shows_opposite_side_and_pregnancy(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["point", "Ling Gu"]) == 0
    out = capsys.readouterr().out
    assert "22.05 (Tung)" in out
    assert "opposite" in out.lower()
    assert "pregnan" in out.lower()


def test_symptoms_lists_every_complaint_of_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["symptoms", "--json"]) == 0
    symptoms = json.loads(capsys.readouterr().out)
    catalogue = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "symptoms"
    assert len(symptoms) == len(list(catalogue.glob("*.toml"))) >= 16
    assert all(len(s["points"]) >= 3 for s in symptoms)


def test_unknown_point_is_one_line_and_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["point", "ZZ99"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "ZZ99" in captured.err


def test_unknown_command_is_one_line_and_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["levitate"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_entry_point_version_and_errors_in_a_real_process() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "acupress_desktop", "--version"], capture_output=True, text=True, check=False
    )
    assert version.returncode == 0 and version.stdout.strip() == f"acupress {__version__}"
    bad = subprocess.run(
        [sys.executable, "-m", "acupress_desktop", "point", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_point_json_says_where_the_point_lands_in_every_picture(capsys: pytest.CaptureFixture[str]) -> None:
    from acupress_desktop.paths import images_dir

    assert run(["point", "LI4", "--json"]) == 0
    views = json.loads(capsys.readouterr().out)["views"]
    assert {view["side"] for view in views if view["view"].startswith("hand_dorsal")} == {"left", "right"}
    for view in views:
        assert set(view) == {"view", "title", "side", "x", "y", "visible", "px_per_cun"}
        svg = images_dir() / f"{view['view']}.svg"
        assert svg.is_file(), svg
        assert view["px_per_cun"] is None or view["px_per_cun"] > 0
    assert any(view["visible"] for view in views)
