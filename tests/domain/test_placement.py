"""Point placement from landmarks: rules resolve, points sit on the canvas, mirroring is exact.

Measured distances (in cun, between points and landmarks) are checked on the 3D views in tests/atlasgen.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import (
    PlacementError,
    View,
    point_in_polygon,
    resolve_rules,
    views_for_point,
)
from acupress_desktop.domain.svg_path import flatten_path
from acupress_desktop.storage.view_files import load_views

IMAGES = Path(__file__).resolve().parents[2] / "resources" / "images"
REQUIRED = [
    "LI4",
    "BL23",
    "BL40",
    "BL57",
    "BL60",
    "BL62",
    "GB29",
    "GB30",
    "GB34",
    "GB40",
    "GV20",
    "ST36",
    "SP6",
    "GB21",
    "PC6",
    "LR3",
    "EX-HN3",
    "EX-HN5",
    "EX-UE7",
    "TUNG-22.05",
    "TUNG-22.04",
    "LI3",
    "SI3",
    "ST35",
    "KI3",
    "GB20",
    "HT7",
    "ST6",
    "ST44",
    "BL2",
]


@pytest.fixture(scope="module")
def views() -> dict[str, View]:
    return load_views(IMAGES)


def _side_of(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])


def test_every_required_code_is_placed_on_a_close_up(views: dict[str, View]) -> None:
    for code in REQUIRED:
        shown = [v.id for v in views_for_point(views, code) if not v.id.startswith("body_")]
        assert shown, f"{code} is on no close-up"


def test_points_lie_on_the_canvas(views: dict[str, View]) -> None:
    for view in views.values():
        for code in view.codes:
            for x, y in view.position(code, Side.RIGHT) + view.position(code, Side.LEFT):
                assert 0 < x < view.width and 0 < y < view.height, (view.id, code)


def test_mirroring_maps_x_to_width_minus_x_and_twice_is_identity(views: dict[str, View]) -> None:
    hand = views["hand_dorsal"]
    assert hand.drawn_side is Side.RIGHT
    (right,) = hand.position("LI4", Side.RIGHT)
    (left,) = hand.position("LI4", Side.LEFT)
    assert left == pytest.approx((hand.width - right[0], right[1]))
    assert hand.mirror(hand.mirror(right)) == pytest.approx(right)


def test_midline_view_sides_follow_the_facing(views: dict[str, View]) -> None:
    back = views["lower_back"]
    (rt,) = back.position("BL23", Side.RIGHT)
    (lf,) = back.position("BL23", Side.LEFT)
    assert rt[0] > back.width / 2 > lf[0]  # seen from behind, the patient's right is on the viewer's right
    assert lf == pytest.approx(back.mirror(rt))
    face = views["face"]
    (fr,) = face.position("EX-HN5", Side.RIGHT)
    assert fr[0] < face.width / 2  # seen from the front, the patient's right is on the viewer's left
    # a midline point is the same for both sides
    assert face.position("EX-HN3", Side.LEFT) == face.position("EX-HN3", Side.RIGHT)


def test_gv20_is_on_the_midline(views: dict[str, View]) -> None:
    v = views["head_top"]
    (gv20,) = v.position("GV20", Side.RIGHT)
    assert gv20[0] == pytest.approx(v.width / 2, abs=0.5)
    assert v.position("GV20", Side.LEFT) == v.position("GV20", Side.RIGHT)


def test_overview_regions_name_existing_views(views: dict[str, View]) -> None:
    for name in ("body_front", "body_back"):
        regions = views[name].regions
        assert regions
        assert set(regions) <= set(views)


# --- the rule language and the geometry on small inputs ---------------------------------------------

LM = {"lm-a": (0.0, 0.0), "lm-b": (10.0, 0.0), "lm-c": (0.0, 20.0)}


def test_rules_resolve_on_small_data() -> None:
    rules = {
        "P1": [{"rule": "midpoint", "a": "lm-a", "b": "lm-b"}],
        "P2": [{"rule": "fraction", "from": "lm-a", "to": "lm-c", "t": 0.25}],
        "P3": [
            {
                "rule": "offset",
                "from": "pt:P1",
                "toward": "lm-c",
                "cun": 2,
                "shift": [{"along": ["lm-a", "lm-b"], "t": 0.5}],
            }
        ],
        "P4": [{"rule": "landmark", "at": "lm-c", "shift": [{"along": ["lm-c", "lm-a"], "cun": 1}]}],
    }
    out = resolve_rules("t", LM, rules, cun_px=2.0)
    assert out["P1"] == ((5.0, 0.0),)
    assert out["P2"] == ((0.0, 5.0),)
    p3 = out["P3"][0]
    assert p3[0] == pytest.approx(5.0 - 4.0 * 5 / math.hypot(5, 20) + 5.0)
    assert out["P4"][0] == pytest.approx((0.0, 18.0))


@pytest.mark.parametrize(
    "rules",
    [
        {"P": [{"rule": "midpoint", "a": "lm-a", "b": "lm-nope"}]},
        {"P": [{"rule": "teleport", "at": "lm-a"}]},
        {"P": [{"rule": "fraction", "from": "lm-a", "to": "lm-b"}]},
        {"P": [{"rule": "landmark", "at": "pt:Q"}], "Q": [{"rule": "landmark", "at": "pt:P"}]},
    ],
)
def test_bad_rules_are_reported(rules: dict[str, list[dict[str, object]]]) -> None:
    with pytest.raises(PlacementError):
        resolve_rules("t", LM, rules, cun_px=1.0)


def test_offset_without_a_cun_scale_is_an_error() -> None:
    with pytest.raises(PlacementError):
        resolve_rules("t", LM, {"P": [{"rule": "offset", "from": "lm-a", "toward": "lm-b", "cun": 1}]}, None)


def test_path_flattening_and_hit_test() -> None:
    square = flatten_path("M 0,0 L 10,0 L 10,10 L 0,10 Z")
    assert point_in_polygon((5, 5), square)
    assert not point_in_polygon((15, 5), square)
    blob = flatten_path("M 0,0 C 0,-10 20,-10 20,0 Q 10,20 0,0 Z")
    assert point_in_polygon((10, 0), blob)
    assert not point_in_polygon((10, -20), blob)
    with pytest.raises(PlacementError):
        flatten_path("M 0,0 l 10,0 Z")
