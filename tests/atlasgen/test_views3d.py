"""The 3D-atlas views (resources/images/): made from their inputs, points where their rules say, sides mirrored.

These read the committed data only (no numpy), except the one full regeneration, which needs the
build-time extra (``pip install -e '.[atlas]'``) and is skipped without it.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IMAGES3D = ROOT / "resources" / "images"
sys.path.insert(0, str(ROOT / "tools"))

from atlasgen.inputs import HASH_FILE, input_hash  # noqa: E402

VIEWS = json.loads((IMAGES3D / "views.json").read_text(encoding="utf-8"))
CHECKS = json.loads((IMAGES3D / "checks.json").read_text(encoding="utf-8"))
CATALOGUE_CODES = sorted(p.stem for p in (ROOT / "resources" / "catalog" / "points").glob("*.toml"))
HAS_EXTRA = all(importlib.util.find_spec(m) is not None for m in ("numpy", "skimage"))


def test_committed_views_were_made_from_the_current_inputs() -> None:
    committed = (IMAGES3D / HASH_FILE).read_text(encoding="utf-8").strip()
    assert committed == input_hash(), "tools/atlasgen or its data changed: run `make images` and commit"


@pytest.mark.slow
@pytest.mark.skipif(not HAS_EXTRA, reason="needs the build-time extra: pip install -e '.[atlas]'")
def test_regenerating_gives_the_committed_files(tmp_path: Path) -> None:
    from atlasgen.build import build

    written = build(tmp_path)
    assert written
    for path in written:
        assert path.read_bytes() == (IMAGES3D / path.name).read_bytes(), f"{path.name} differs: run `make images`"


def _position(record: dict, name: str, is_point: bool, side: str) -> tuple[float, float] | None:
    if is_point:
        for p in record["points"]:
            first = not p["id"].removeprefix(p["code"]).startswith("-2")
            if p["code"] == name and p["side"] in (side, "midline") and p["visible"] and first:
                return (p["x"], p["y"])
        return None
    key = name if side != "left" else name.removesuffix("-r") + "-l" if name.endswith("-r") else name
    xy = record["landmarks"].get(key)
    return tuple(xy) if xy else None


def _distance_cases() -> list[tuple[str, str, str, str]]:
    """Every close-up that shows a point and what its distance is measured from (the whole-body
    overviews see hands and feet at a slant, and use the leg's B-cun, so they are not measured)."""
    cases = []
    for view_id, record in VIEWS.items():
        if view_id.startswith("body_"):
            continue
        sides = ("right", "left") if record["side"] == "midline" else (record["side"],)
        for code, checks in CHECKS.items():
            for k, check in enumerate(checks):
                for side in sides:
                    if f"{code}/{k}/{side}" not in record["square_on"]:
                        continue  # seen at a slant here, the distance shrinks: it is measured where seen square-on
                    if _position(record, code, True, side) and _position(record, check["ref"], check["is_point"], side):
                        cases.append((view_id, code, str(k), side))
    return cases


@pytest.mark.parametrize(("view_id", "code", "k", "side"), _distance_cases())
def test_stated_distances_hold_in_every_view_that_shows_both_ends(view_id: str, code: str, k: str, side: str) -> None:
    record = VIEWS[view_id]
    check = CHECKS[code][int(k)]
    a = _position(record, code, True, side)
    b = _position(record, check["ref"], check["is_point"], side)
    assert a and b
    measured = math.dist(a, b) / record["px_per_cun"]
    assert measured == pytest.approx(check["cun"], rel=0.15), f"{code} is {measured:.2f} cun from {check['ref']}"


def test_the_distance_checks_run_in_views() -> None:
    """Nearly every stated distance is measured in a picture too (the test above is not empty); the few no close-up
    sees square-on (round the curve of the head, along the hand's slope) are measured on the 3D body below."""
    measured = {code for _, code, _, _ in _distance_cases()}
    stated = {code for code, checks in CHECKS.items() if checks}
    assert len(measured) >= 0.85 * len(stated), sorted(stated - measured)


@pytest.mark.parametrize("code", sorted(code for code, checks in CHECKS.items() if checks))
def test_stated_distances_hold_on_the_3d_body(code: str) -> None:
    for check in CHECKS[code]:
        assert check["measured_cun"] == pytest.approx(check["cun"], rel=0.15), (code, check)


CUN_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)? (?:B-)?cun\b")


@pytest.mark.parametrize("code", CATALOGUE_CODES)
def test_every_distance_the_location_states_is_checked(code: str) -> None:
    """A location that says '1.5 B-cun from ...' has a rule check that measures it."""
    text = tomllib.loads((ROOT / "resources" / "catalog" / "points" / f"{code}.toml").read_text(encoding="utf-8"))
    if CUN_IN_TEXT.search(text["location"]):
        assert CHECKS[code], f"{code}'s location states a distance that no check measures"


def test_left_views_mirror_right_views() -> None:
    for view_id, right in VIEWS.items():
        if right["side"] != "right":
            continue
        left = VIEWS[f"{view_id}.left"]
        width = 600.0
        assert len(left["points"]) == len(right["points"])
        for p, q in zip(right["points"], left["points"], strict=True):
            assert (p["code"], p["visible"]) == (q["code"], q["visible"])
            assert q["side"] == ("midline" if p["side"] == "midline" else "left")
            assert q["x"] == pytest.approx(width - p["x"], abs=0.25)
            assert q["y"] == pytest.approx(p["y"], abs=0.25)
        for name, (x, y) in right["landmarks"].items():
            mirrored = left["landmarks"][name.removesuffix("-r") + "-l" if name.endswith("-r") else name]
            assert mirrored == pytest.approx([width - x, y], abs=0.25)


def test_the_point_codes_are_the_catalogues() -> None:
    assert sorted(CHECKS) == CATALOGUE_CODES


@pytest.mark.parametrize("code", CATALOGUE_CODES)
def test_every_point_is_visible_on_each_side_it_is_pressed_on(code: str) -> None:
    seen = {p["side"] for r in VIEWS.values() for p in r["points"] if p["code"] == code and p["visible"]}
    assert seen >= {"midline"} or seen >= {"left", "right"}, f"{code} is seen only on {seen}"


def test_each_picture_is_small_and_says_its_scale() -> None:
    for record in VIEWS.values():
        svg = (IMAGES3D / record["file"]).read_text(encoding="utf-8")
        assert 5_000 < len(svg.encode()) < 28_000, record["file"]
        assert f'data-px-per-cun="{record["px_per_cun"]:.3f}"' in svg


def test_the_app_reads_the_new_views_with_its_own_placement_loader() -> None:
    """placements.toml lets the app's loader place every visible point exactly where views.json says."""
    from acupress_desktop.domain.laterality import Side
    from acupress_desktop.storage.view_files import load_views

    views = load_views(IMAGES3D)
    for view_id, view in views.items():
        record = VIEWS[view_id]
        assert view.cun_px == pytest.approx(record["px_per_cun"], rel=1e-3)
        for p in record["points"]:
            if not p["visible"]:
                continue
            side = Side(p["side"]) if record["side"] == "midline" else view.drawn_side
            assert (p["x"], p["y"]) in view.position(p["code"], side), (view_id, p["id"])


@pytest.mark.parametrize("code", CATALOGUE_CODES)
def test_every_point_has_a_close_up_that_shows_it(code: str) -> None:
    """The atlas opens a point on a close-up; a whole-body overview alone is too small to find it."""
    overviews = ("body_front", "body_back", "body_side")
    shown = [
        view_id
        for view_id, record in VIEWS.items()
        if view_id.split(".")[0] not in overviews and any(p["code"] == code and p["visible"] for p in record["points"])
    ]
    assert shown, f"{code} is on no close-up"
