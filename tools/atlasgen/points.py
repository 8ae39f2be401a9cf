"""Every point's location, written once in landmarks and B-cun, giving one 3D position on the skin.

A rule returns the position for the RIGHT side (or the midline); the left is its mirror image.
``checks`` records each distance the written location states, so tests can measure it in every view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from atlasgen.landmarks import BACK, DOWN, FWD, LEFT, RIGHT_, UP, Landmarks, Vec, unit

MIRROR = np.array([-1.0, 1.0, 1.0])


@dataclass(frozen=True)
class Check:
    """``point`` lies ``cun`` B-cun (``region`` scale) from landmark or point ``ref``."""

    ref: str
    cun: float
    region: str


@dataclass
class Point:
    code: str
    midline: bool
    pos: Vec  # right side (or midline)
    checks: list[Check] = field(default_factory=list)
    markers: int = 1
    extra: list[Vec] = field(default_factory=list)  # further markers of the same point (EX-UE7)

    def positions(self, side: str) -> list[Vec]:
        """``side``: "r", "l" or "m"."""
        all_pos = [self.pos, *self.extra]
        return [p * MIRROR for p in all_pos] if side == "l" else all_pos


class Rules:
    def __init__(self, lm: Landmarks) -> None:
        self.lm = lm
        self.points: dict[str, Point] = {}

    def cm(self, region: str, cun: float) -> float:
        return self.lm.cun_cm[region] * cun

    def ref(self, name: str) -> Vec:
        return self.points[name[3:]].pos if name.startswith("pt:") else self.lm[name]

    def on_skin(self, p: Vec, outward: Vec) -> Vec:
        return self.lm.body.surface(p, unit(outward))

    def offset(self, a: str, toward: str | Vec, cun: float, region: str) -> Vec:
        b = self.ref(toward) if isinstance(toward, str) else self.ref(a) + toward
        return self.ref(a) + unit(b - self.ref(a)) * self.cm(region, cun)

    def at_distance(self, ref: str, direction: Vec, cun: float, region: str, outward: Vec) -> Vec:
        """Where to aim so that the point, once carried onto the skin along ``outward``, lies ``cun`` from ``ref``
        heading ``direction`` (carrying a point onto a curved surface moves it nearer or further)."""
        start, want = self.ref(ref), self.cm(region, cun)
        step = want
        for _ in range(8):
            reached = float(np.linalg.norm(self.on_skin(start + unit(direction) * step, outward) - start))
            step *= want / max(reached, 1e-6)
        return start + unit(direction) * step

    def add(self, code: str, pos: Vec, outward: Vec, *checks: Check, midline: bool = False) -> Point:
        point = Point(code, midline, self.on_skin(pos, outward), list(checks))
        self.points[code] = point
        return point


def build_points(lm: Landmarks) -> dict[str, Point]:
    r = Rules(lm)
    for rule in RULES:
        rule(r)
    return r.points


def _hand(r: Rules) -> None:
    lm = r.lm
    _axis, radial, dorsal = lm.hand_axes
    back_radial = dorsal + 0.6 * radial
    # LI4 beside the middle of the 2nd metacarpal, radial side
    r.add("LI4", (lm["mc2-base-radial-r"] + lm["mc2-neck-radial-r"]) / 2, back_radial)
    # Ling Gu: 0.5 cun from LI4 towards the junction of the 1st and 2nd metacarpal bases
    # Ling Gu: in the hollow just in front of (towards the fingers from) the junction of the 1st and 2nd
    # metacarpals, as its find-steps say; "just" is read as a quarter B-cun
    ling_gu = r.at_distance("mc12-junction-r", lm.hand_axes[0], 0.25, "forearm", back_radial)
    r.add("TUNG-22.05", ling_gu, back_radial, Check("mc12-junction-r", 0.25, "forearm"))
    r.add("LI3", lm["mc2-neck-radial-r"], dorsal + 0.9 * radial)
    ling_gu_2 = r.offset("pt:LI3", "mc2-base-radial-r", 0.5, "forearm")
    r.add("TUNG-22.04", ling_gu_2, back_radial, Check("pt:LI3", 0.5, "forearm"))
    r.add("SI3", lm["mc5-neck-ulnar-r"], dorsal - 1.6 * radial)
    ex = r.add("EX-UE7", (lm["wrist-23-r"] + lm["knuckle-23-r"]) / 2, dorsal)
    ex.extra = [r.on_skin((lm["wrist-45-r"] + lm["knuckle-45-r"]) / 2, dorsal)]


def _forearm(r: Rules) -> None:
    lm = r.lm
    fore, radial, dorsal = lm.forearm_axes
    up_arm = -fore
    pc6 = lm["wrist-crease-mid-r"] + up_arm * r.cm("forearm", 2)
    r.add("PC6", pc6, -dorsal, Check("wrist-crease-mid-r", 2, "forearm"))
    r.add("HT7", lm["wrist-crease-ulnar-r"], -dorsal - 0.5 * radial)


def _leg(r: Rules) -> None:
    lm = r.lm
    knee = lm.body.joint("r-knee")
    r.add("BL40", lm["popliteal-crease-r"], BACK)
    # ST35 beside the patellar ligament, just below the kneecap, on the outer side
    st35 = lm["patella-apex-r"] + DOWN * 0.9 + RIGHT_ * r.cm("leg", 0.75)
    r.add("ST35", st35, FWD + 0.3 * RIGHT_)
    st36 = r.points["ST35"].pos + unit(lm["ankle-front-r"] - r.points["ST35"].pos) * r.cm("leg", 3)
    r.add("ST36", st36 + RIGHT_ * 0.8, FWD + 0.4 * RIGHT_, Check("pt:ST35", 3, "leg"))
    r.add("GB34", lm["fibula-head-r"] + FWD * 1.2 + DOWN * 1.3, RIGHT_ + 0.3 * FWD)
    # BL57: where the calf bellies meet the tendon, 8 B-cun below the knee crease [common rule]
    heel_line = unit(lm["achilles-r"] - lm["popliteal-crease-r"])
    r.add("BL57", lm["popliteal-crease-r"] + heel_line * r.cm("leg", 8), BACK, Check("popliteal-crease-r", 8, "leg"))
    r.add("SP6", lm["medial-malleolus-r"] + UP * r.cm("leg-medial", 3) + BACK * 1.3, LEFT,
          Check("medial-malleolus-r", 3, "leg-medial"))  # fmt: skip
    r.add("KI3", (lm["medial-malleolus-r"] + lm["achilles-medial-r"]) / 2, LEFT + 0.5 * BACK)
    r.add("BL60", (lm["lateral-malleolus-r"] + lm["achilles-lateral-r"]) / 2, RIGHT_ + 0.5 * BACK)
    tip = lm["lateral-malleolus-tip-bone-r"]
    r.add("BL62", tip + DOWN * 1.0, RIGHT_)
    r.add("GB40", lm["lateral-malleolus-r"] + FWD * 1.8 + DOWN * 1.6 + LEFT * 0.6, RIGHT_ + FWD)
    foot = lm.foot_axis
    r.add("LR3", lm["mt12-junction-r"] + foot * 1.3, UP)
    r.add("ST44", lm["web-23-r"] - foot * 0.2 + DOWN * 0.8, UP)
    del knee


def _trunk(r: Rules) -> None:
    lm = r.lm
    r.add("BL23", lm["l2-lower"] + RIGHT_ * r.cm("back", 1.5), BACK, Check("l2-lower", 1.5, "back"))
    # on the crest of the trapezius, its back slope: where a hand reaching over the shoulder presses
    r.add("GB21", (lm["c7"] + lm["acromion-r"]) / 2 + DOWN * 1.0 + BACK * 1.5, UP + 0.6 * BACK)
    r.add("GB29", (lm["asis-r"] + lm["greater-trochanter-r"]) / 2, RIGHT_ + 0.6 * FWD)
    gb30 = lm["greater-trochanter-r"] + (lm["sacral-hiatus"] - lm["greater-trochanter-r"]) / 3
    r.add("GB30", gb30, BACK)


def _head(r: Rules) -> None:
    lm = r.lm
    r.add("GV20", lm["vertex-gv20"], UP, Check("hairline-front", 5, "head-front"), midline=True)
    r.add("EX-HN3", lm["glabella"], FWD, midline=True)
    r.add("BL2", lm["brow-medial-r"], FWD)
    r.add("EX-HN5", lm["brow-eye-mid-r"] + BACK * r.cm("head-front", 1.0), RIGHT_ + 0.2 * FWD,
          Check("brow-eye-mid-r", 1.0, "head-front"))  # fmt: skip
    r.add("ST6", r.offset("mandible-angle-r", "nose-wing-r", 1.0, "head-front"), RIGHT_ + 0.3 * FWD)
    occ, mast = lm["below-occiput"], lm["mastoid-r"]
    r.add("GB20", (occ + mast) / 2 + FWD * 0.5, BACK + 0.5 * RIGHT_)


# Each region's rules build on the classes above, so their modules are imported here, after them.
from atlasgen.points_head import head_points  # noqa: E402 - face, head, ear, front of the trunk, TE6
from atlasgen.points_legs import legs  # noqa: E402 - lower back, buttock, thigh, knee, lower leg, foot
from atlasgen.points_upper import upper_points  # noqa: E402 - neck, upper back, shoulder, arm, hand

RULES: list[Callable[[Rules], None]] = [_hand, _forearm, _leg, _trunk, _head, upper_points, legs, head_points]
