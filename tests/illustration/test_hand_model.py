"""The hand model's proportions follow the published numbers it cites."""

from __future__ import annotations

import math

from acupress_desktop.illustration import hand_bones
from acupress_desktop.illustration.geometry import dist


def test_metacarpal_length_order_is_2_3_4_5_1() -> None:
    rays = hand_bones.build_rays()
    lengths = [rays[n].mc_len for n in ("index", "middle", "ring", "little", "thumb")]
    assert lengths == sorted(lengths, reverse=True)


def test_middle_plus_distal_phalanx_equals_proximal() -> None:
    for name in ("index", "middle", "ring", "little"):
        proximal, middle, distal = hand_bones.build_rays()[name].phalanges
        assert math.isclose(middle + distal, proximal, rel_tol=1e-9)


def test_metacarpal_sign_fifth_head_within_2mm_of_line_through_third_and_fourth() -> None:
    rays = hand_bones.build_rays()

    def head_end(name: str) -> tuple[float, float]:
        ray = rays[name]
        angle = math.radians(ray.mc_angle)
        knob = ray.mc_radius * 1.6
        return (ray.mc_head[0] + math.sin(angle) * knob, ray.mc_head[1] + math.cos(angle) * knob)

    (x3, y3), (x4, y4), (x5, y5) = head_end("middle"), head_end("ring"), head_end("little")
    y_line = y4 + (y4 - y3) / (x4 - x3) * (x5 - x4)
    assert 0 <= y_line - y5 <= 2.0


def test_finger_lengths_keep_published_order_middle_ring_index_little() -> None:
    rays = hand_bones.build_rays()
    tip = {n: dist(rays[n].mc_head, rays[n].joints()[-1]) for n in ("index", "middle", "ring", "little")}
    assert tip["middle"] > tip["ring"] > tip["index"] > tip["little"]


def test_finger_spread_is_half_of_maximum_abduction() -> None:
    rays = hand_bones.build_rays()
    assert math.isclose(rays["middle"].finger_angle - rays["index"].finger_angle, 17.2 / 2)
    assert math.isclose(rays["little"].finger_angle - rays["ring"].finger_angle, 32.1 / 2)
