"""Point placement from landmarks: rules resolve, points sit on the body, mirroring is exact."""

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


def test_every_placed_point_lies_inside_its_view_outline(views: dict[str, View]) -> None:
    checked = 0
    for view in views.values():
        for code, marks in view.placements.items():
            for m in marks:
                assert view.contains(m.pos), f"{view.id}: {code} at {m.pos} is off the body"
                assert view.contains(view.mirror(m.pos)) or view.drawn_side is not Side.MIDLINE, (view.id, code)
                checked += 1
    assert checked >= len(REQUIRED)


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


def test_ling_gu_is_nearer_the_wrist_than_li4_and_both_lie_between_mc1_and_mc2(views: dict[str, View]) -> None:
    v = views["hand_dorsal"]
    lm = v.landmarks
    (li4,) = v.position("LI4", Side.RIGHT)
    (ling_gu,) = v.position("TUNG-22.05", Side.RIGHT)
    wrist = lm["lm-wrist-crease-mid"]
    assert math.dist(ling_gu, wrist) < math.dist(li4, wrist)
    mc1 = (lm["lm-mc1-base"], lm["lm-mc1-head"])
    mc2 = (lm["lm-mc2-base"], lm["lm-mc2-head"])
    for p in (li4, ling_gu):
        s1 = _side_of(p, *mc1)
        s2 = _side_of(p, *mc2)
        assert s1 * s2 < 0, "the point must lie between the lines of the two bones"
        assert s1 * _side_of(lm["lm-mc2-head"], *mc1) > 0  # on MC2's side of MC1


def test_da_bai_is_half_a_cun_proximal_to_li3(views: dict[str, View]) -> None:
    v = views["hand_dorsal"]
    (li3,) = v.position("LI3", Side.RIGHT)
    (da_bai,) = v.position("TUNG-22.04", Side.RIGHT)
    assert v.cun_px is not None
    assert math.dist(li3, da_bai) == pytest.approx(0.5 * v.cun_px)
    wrist = v.landmarks["lm-wrist-crease-mid"]
    assert math.dist(da_bai, wrist) < math.dist(li3, wrist)


def test_yao_tong_xue_has_two_markers_between_mc23_and_mc45_midway(views: dict[str, View]) -> None:
    v = views["hand_dorsal"]
    lm = v.landmarks
    marks = v.position("EX-UE7", Side.RIGHT)
    assert len(marks) == 2
    for p, (a, b), (w, k) in zip(
        marks,
        ((2, 3), (4, 5)),
        (("lm-wrist-23", "lm-knuckle-23"), ("lm-wrist-45", "lm-knuckle-45")),
        strict=True,
    ):
        sa = _side_of(p, lm[f"lm-mc{a}-base"], lm[f"lm-mc{a}-head"])
        sb = _side_of(p, lm[f"lm-mc{b}-base"], lm[f"lm-mc{b}-head"])
        assert sa * sb < 0, f"EX-UE7 not between MC{a} and MC{b}"
        assert math.dist(p, lm[w]) == pytest.approx(math.dist(p, lm[k]))


def test_sp6_is_three_thirteenths_from_medial_malleolus_to_tibial_condyle(views: dict[str, View]) -> None:
    v = views["ankle_inner"]
    m, c = v.landmarks["lm-medial-malleolus"], v.landmarks["lm-medial-tibial-condyle"]
    (sp6,) = v.position("SP6", Side.RIGHT)
    axis = (c[0] - m[0], c[1] - m[1])
    t = ((sp6[0] - m[0]) * axis[0] + (sp6[1] - m[1]) * axis[1]) / (axis[0] ** 2 + axis[1] ** 2)
    assert t == pytest.approx(3 / 13, abs=0.005)


def test_st36_is_three_cun_below_st35(views: dict[str, View]) -> None:
    v = views["leg_front"]
    (st35,) = v.position("ST35", Side.RIGHT)
    (st36,) = v.position("ST36", Side.RIGHT)
    assert v.cun_px is not None
    assert math.dist(st35, st36) == pytest.approx(3 * v.cun_px)
    assert st36[1] > st35[1]


def test_gv20_is_on_the_midline(views: dict[str, View]) -> None:
    v = views["head_top"]
    (gv20,) = v.position("GV20", Side.RIGHT)
    assert gv20[0] == pytest.approx(v.width / 2, abs=0.5)
    assert v.position("GV20", Side.LEFT) == v.position("GV20", Side.RIGHT)


def test_gb30_is_a_third_of_the_way_from_trochanter_to_sacral_hiatus(views: dict[str, View]) -> None:
    v = views["lower_back"]
    (gb30,) = v.position("GB30", Side.RIGHT)
    t = v.landmarks["lm-greater-trochanter-right"]
    s = v.landmarks["lm-sacral-hiatus"]
    assert math.dist(gb30, t) == pytest.approx(math.dist(t, s) / 3, rel=1e-3)


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


@pytest.mark.parametrize(
    ("view_id", "a", "b", "cun"),
    [
        ("leg_front", "lm-knee-joint-lateral", "lm-lateral-malleolus", 16),
        ("leg_back", "lm-popliteal-crease-lateral", "lm-lateral-malleolus", 16),
        ("ankle_inner", "lm-medial-malleolus", "lm-medial-tibial-condyle", 13),
    ],
)
def test_cropped_leg_views_keep_the_full_who_scale(
    views: dict[str, View], view_id: str, a: str, b: str, cun: int
) -> None:
    """The long leg views are cropped and scaled by two visible landmarks; the full WHO scale agrees."""
    v = views[view_id]
    assert v.cun_px is not None
    assert math.dist(v.landmarks[a], v.landmarks[b]) / cun == pytest.approx(v.cun_px, rel=2e-3)
    # the cropped picture is big: at least 40 px per B-cun (it was 27.5 on the uncropped strip)
    assert v.cun_px > 40


def test_face_points_sit_by_their_landmarks(views: dict[str, View]) -> None:
    v = views["face"]
    lm = v.landmarks
    (yintang,) = v.position("EX-HN3", Side.RIGHT)
    assert yintang == pytest.approx(lm["lm-glabella"], abs=0.5)  # between the inner ends of the brows
    assert v.cun_px is not None
    (taiyang,) = v.position("EX-HN5", Side.RIGHT)
    brow_end, eye_corner = lm["lm-brow-lateral-right"], lm["lm-eye-outer-corner-right"]
    assert taiyang[0] < min(brow_end[0], eye_corner[0])  # behind (lateral to) the brow's end and the eye
    (st6,) = v.position("ST6", Side.RIGHT)
    angle = lm["lm-mandible-angle-right"]
    assert st6[0] > angle[0] and st6[1] < angle[1]  # forward (towards the midline) and up from the angle
    assert math.dist(st6, angle) == pytest.approx(v.cun_px)
