"""Every view is an orthographic camera on the one body, framed on named landmarks and joints.

A sided view is described for the RIGHT side; the left view is the same camera reflected in the
midline (the body is symmetric, so the two pictures mirror each other exactly).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from atlasgen.body import Body
from atlasgen.details import Detail, achilles, eyebrows, eyes, knuckles, malleoli, nails, wrist_tendons
from atlasgen.details_head import navel
from atlasgen.landmarks import BACK, DOWN, FWD, LEFT, RIGHT_, UP, Landmarks, Vec, unit
from atlasgen.raster import Camera

MIRROR = np.array([-1.0, 1.0, 1.0])
Dir = Callable[[Landmarks], Vec]
Crease = tuple[Dir, Dir, float]


def const(v: Vec) -> Dir:
    return lambda _lm: np.asarray(v, float)


@dataclass
class ViewSpec:
    id: str
    title: str
    facing: str
    sided: bool
    forward: Dir
    up: Dir
    frame: list[str]
    points: list[str]
    cun_region: str
    landmarks: list[str] = field(default_factory=list)
    bones: list[str] = field(default_factory=list)
    creases: list[Crease] = field(default_factory=list)
    keep: Callable[[np.ndarray, Body], np.ndarray] | None = None  # face centroids (right side) -> kept
    pad: float = 0.08
    bands: tuple[float, ...] = (0.55, 0.3)
    min_fold: float = 14.0
    details: list[Detail] = field(default_factory=list)
    bone_depth: float = 6.0  # cm: bones deeper under the skin than this are not drawn
    bone_depths: dict[str, float] = field(default_factory=dict)  # an entry of ``bones`` -> its own depth
    shade_blur: float = 2.0  # pixels: wider on a face, where small bumps of the mesh read as blotches
    side_light: float = 0.42  # how far the light comes from the picture's left (a face is lit more from the front)
    hair: bool = False  # draw the hair (a flat tone over the scalp)
    ear: bool = False  # draw the ear's rim, bowl and lobe (the side views of the head)
    shade_tolerance: float = 1.2  # pixels; larger for views with much relief (the face), to stay small
    width: int = 600
    height: int = 600

    def where(self, lm: Landmarks, name: str) -> Vec:
        return lm.body.joint(name[2:]) if name.startswith("j:") else lm[name]

    def camera(self, lm: Landmarks, side: str) -> Camera:
        m = MIRROR if side == "l" else np.ones(3)
        fwd, up = self.forward(lm) * m, self.up(lm) * m
        pts = np.array([self.where(lm, n) for n in self.frame]) * m
        probe = Camera(tuple(fwd), tuple(up), tuple(pts.mean(axis=0)), 1.0, self.width, self.height)
        xy = probe.project(pts)[:, :2]
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        span = np.maximum(hi - lo, 1e-6)
        usable = np.array([self.width, self.height]) * (1 - 2 * self.pad)
        scale = float(min(usable / span))
        r, u, _ = probe.axes()
        mid = (lo + hi) / 2 - np.array([self.width, self.height]) / 2
        centre = pts.mean(axis=0) + r * mid[0] - u * mid[1]
        return Camera(tuple(fwd), tuple(up), tuple(centre), scale, self.width, self.height)


def _hand_axis(lm: Landmarks) -> Vec:
    return lm.hand_axes[0]


def _hand_dorsal(lm: Landmarks) -> Vec:
    return lm.hand_axes[2]


def _fore(lm: Landmarks) -> Vec:
    return lm.forearm_axes[0]


def _right_leg(c: np.ndarray, _body: Body) -> np.ndarray:
    return (c[:, 0] < 0.5) & (c[:, 1] < -12)


def _near_right_arm(c: np.ndarray, body: Body) -> np.ndarray:
    """Skin within 9 cm of the arm's bones (shoulder-elbow-wrist-hand): no torso in the way."""
    chain = [body.joint(j) for j in ("r-shoulder", "r-elbow", "r-hand", "r-finger-3-1")]
    dist = np.full(len(c), np.inf)
    for a, b in pairwise(chain):
        t = np.clip(((c - a) @ (b - a)) / ((b - a) @ (b - a)), 0, 1)
        dist = np.minimum(dist, np.linalg.norm(c - (a + t[:, None] * (b - a)), axis=1))
    return dist < 9.0


def _no_arms(c: np.ndarray, body: Body) -> np.ndarray:
    """Everything but the two arms: the side of the trunk and hip seen bare."""
    return ~_near_right_arm(c, body) & ~_near_right_arm(c * MIRROR, body)


def _up_arm(lm: Landmarks) -> Vec:
    return unit(lm.body.joint("r-shoulder") - lm.body.joint("r-hand"))


def _across_arm(lm: Landmarks) -> Vec:
    """Looking at the outside of the arm square-on: the body's left, made square to the arm."""
    a = _up_arm(lm)
    return unit(LEFT - a * (LEFT @ a))


def _head_only(c: np.ndarray, _body: Body) -> np.ndarray:
    return c[:, 1] > 61.0


def _wrist_crease() -> Crease:
    return (lambda lm: lm.body.joint("r-hand") + lm.forearm_axes[0] * 0.3, _fore, 4.5)


def _finger_creases() -> list[Crease]:
    out: list[Crease] = []
    for k in range(2, 6):
        for a, b in ((2, 3), (3, 4)):
            out.append((
                lambda lm, k=k, a=a: lm.body.joint(f"r-finger-{k}-{a}"),
                lambda lm, k=k, a=a, b=b: unit(lm.body.joint(f"r-finger-{k}-{b}") - lm.body.joint(f"r-finger-{k}-{a}")),
                0.9,
            ))  # fmt: skip
    return out


# the cleft between the buttocks: the midline plane, from the sacral hiatus down
CLEFT: Crease = (lambda lm: lm["sacral-hiatus"] + DOWN * 6.5, const(LEFT), 7.5)
# the back of the knee is 6 to 8 cm behind the joint: the crease takes skin up to 8.5 cm from it
POPLITEAL: Crease = (lambda lm: lm.body.joint("r-knee") + DOWN * 0.8, const(UP), 8.5)
ALL_POINTS = [
    "LI4", "TUNG-22.05", "LI3", "TUNG-22.04", "SI3", "EX-UE7", "PC6", "HT7", "BL40", "ST35", "ST36", "GB34",
    "BL57", "SP6", "KI3", "BL60", "BL62", "GB40", "LR3", "ST44", "BL23", "GB21", "GB29", "GB30", "GV20",
    "EX-HN3", "BL2", "EX-HN5", "ST6", "GB20",
]  # fmt: skip
HAND_FRAME = ["j:r-hand", *[f"j:r-finger-{k}-4" for k in range(1, 6)], "j:r-finger-1-1", "j:r-finger-5-1"]
LEG_BONES = ["tibia", "fibula", "patella", "femur", "talus", "foot"]
# "+" joins bones into one faint shape (a spine reads as one column, not twenty outlines)
THORACIC = "+".join(f"thoracic{k}" for k in range(1, 13))
SPINE = "+".join(["cervical", THORACIC, *(f"lumbar{k}" for k in range(1, 6))])
ARM_BONES = ["scapula", "clavicle", "humerus", "ulna", "radius"]
HAND_BONES = ["ulna", "radius", *(f"{k}mc" for k in range(1, 6)), "thumbprox", *(f"{k}proxph" for k in range(2, 6))]

VIEWS: list[ViewSpec] = [
    ViewSpec("body_front", "Whole body from the front", "front", False, const(BACK), const(UP),
             ["j:head-2", "j:ground", "j:r-finger-3-4", "j:l-finger-3-4"], ALL_POINTS, "leg", pad=0.03,
             bands=(0.5,), min_fold=30, shade_tolerance=1.5, hair=True),
    ViewSpec("body_back", "Whole body from behind", "back", False, const(FWD), const(UP),
             ["j:head-2", "j:ground", "j:r-finger-3-4", "j:l-finger-3-4"], ALL_POINTS, "leg", pad=0.03,
             bands=(0.5,), min_fold=30, hair=True),
    ViewSpec("body_side", "Whole body from the side", "lateral", True, const(LEFT), const(UP),
             ["j:head-2", "j:ground", "heel-r", "j:r-finger-3-4", "nose-tip"], ALL_POINTS, "leg", pad=0.03,
             bands=(0.5,), min_fold=30, hair=True),
    ViewSpec("hand_dorsal", "Back of the hand", "dorsal", True, lambda lm: -_hand_dorsal(lm), _hand_axis,
             [*HAND_FRAME, "wrist-dorsal-mid-r"], ["LI4", "TUNG-22.05", "LI3", "TUNG-22.04", "SI3", "EX-UE7"],
             "forearm", ["mc2-base-radial-r", "mc2-neck-radial-r", "mc12-junction-r", "mc5-neck-ulnar-r",
                         "knuckle-2-r", "knuckle-5-r"],
             bones=HAND_BONES, creases=[_wrist_crease(), *_finger_creases()], keep=_near_right_arm, pad=0.05,
             details=[nails, knuckles]),
    ViewSpec("forearm_inner", "Palm side of the forearm and hand", "palmar", True, _hand_dorsal, _fore,
             ["j:r-elbow", *HAND_FRAME], ["PC6", "HT7"], "forearm",
             ["wrist-crease-mid-r", "wrist-crease-ulnar-r", "cubital-crease-r"],
             creases=[_wrist_crease(), (lambda lm: lm.body.joint("r-elbow"), _fore, 6.0)], keep=_near_right_arm,
             pad=0.05, details=[wrist_tendons]),
    ViewSpec("knee_back", "Back of the knee", "back", True, const(FWD), const(UP),
             ["popliteal-crease-medial-r", "popliteal-crease-lateral-r", "j:r-knee"], ["BL40"], "leg",
             ["popliteal-crease-medial-r", "popliteal-crease-lateral-r"], [], [POPLITEAL], keep=_right_leg,
             pad=0.3),  # no bones: BL40 is found on the crease, and the hollow's bones are not felt through it
    ViewSpec("leg_back", "Back of the lower leg", "back", True, const(FWD), const(UP),
             ["popliteal-crease-r", "achilles-r", "j:r-knee"], ["BL40", "BL57"], "leg",
             ["popliteal-crease-r", "achilles-r"], LEG_BONES, [POPLITEAL], keep=_right_leg, pad=0.06,
             details=[achilles]),
    ViewSpec("leg_front", "Front of the knee and shin", "front", True, const(BACK), const(UP),
             ["patella-top-r", "ankle-front-r", "fibula-head-r"], ["ST35", "ST36", "GB34"], "leg",
             ["patella-apex-r", "tibial-tuberosity-r", "fibula-head-r", "ankle-front-r"], LEG_BONES,
             keep=_right_leg, pad=0.08),
    ViewSpec("ankle_outer", "Outer ankle and foot", "lateral", True, const(LEFT), const(UP),
             ["lateral-malleolus-r", "heel-r", "j:r-toe-1-3", "sole-r"], ["BL60", "BL62", "GB40"], "leg",
             ["lateral-malleolus-r", "achilles-lateral-r"], LEG_BONES, keep=_right_leg, pad=0.1,
             details=[achilles, malleoli]),
    ViewSpec("ankle_inner", "Inner ankle and lower leg", "medial", True, const(RIGHT_), const(UP),
             ["medial-malleolus-r", "heel-r", "j:r-toe-1-3", "sole-r", "medial-malleolus-4cun-r"],
             ["KI3", "SP6"], "leg-medial",
             ["medial-malleolus-r", "achilles-medial-r"], LEG_BONES, keep=_right_leg, pad=0.1,
             details=[achilles, malleoli]),
    ViewSpec("foot_top", "Top of the foot", "dorsal", True, const(unit(DOWN + 0.45 * BACK)), const(FWD),
             ["j:r-toe-1-3", "j:r-toe-5-4", "j:r-ankle", "lateral-malleolus-r", "medial-malleolus-r"],
             ["LR3", "ST44", "GB40"], "ankle", ["mt12-junction-r", "web-12-r", "web-23-r"], LEG_BONES,
             keep=_right_leg, pad=0.06),
    ViewSpec("lower_back", "Lower back and buttocks", "back", False, const(FWD), const(UP),
             ["iliac-crest-r", "iliac-crest-l", "greater-trochanter-r", "greater-trochanter-l", "j:spine-2"],
             ["BL23", "GB30"], "back", ["l2-lower", "l4-spinous", "sacral-hiatus", "greater-trochanter-r",
                                        "greater-trochanter-l"],
             ["pelvis", "sacrum", "lumbar1", "lumbar2", "lumbar3", "lumbar4", "lumbar5", "femur"], [CLEFT], pad=0.1),
    ViewSpec("hip_side", "Side of the hip", "lateral", True, const(LEFT), const(UP),
             ["iliac-crest-r", "greater-trochanter-r", "asis-r", "sacral-hiatus"], ["GB29", "GB30"], "back",
             ["asis-r", "greater-trochanter-r"], ["pelvis", "femur"], keep=_no_arms, pad=0.2, bone_depth=9.0,
             # the femur to the greater trochanter only (its head, 4 cm in, read as the trochanter); the hip bone
             # not whole (its obturator foramen, deep inside, would fall on the trochanter); lit from the front,
             # since lit from the side the belly, turned to the front, was one dark band
             bone_depths={"femur": 3.5}, side_light=0.0, bands=(0.5,)),
    ViewSpec("neck_shoulder", "Neck and shoulders from behind", "back", False, const(FWD), const(UP),
             ["acromion-r", "acromion-l", "c7", "ear-apex-r", "ear-apex-l"], ["GB21", "GB20"], "head",
             ["c7", "acromion-r", "acromion-l", "mastoid-r", "mastoid-l"], [SPINE, "scapula", "clavicle"], pad=0.12,
             hair=True),
    ViewSpec("head_top", "Top of the head", "top", False, const(DOWN), const(FWD),
             ["ear-apex-r", "ear-apex-l", "nose-tip", "hairline-back"], ["GV20"], "head",
             ["ear-apex-r", "ear-apex-l", "hairline-front"], keep=_head_only, pad=0.08, hair=True),
    ViewSpec("face", "Face", "front", False, const(BACK), const(UP),
             ["ear-apex-r", "ear-apex-l", "hairline-front", "j:jaw", "mandible-angle-r"],
             ["EX-HN3", "BL2", "EX-HN5", "ST6"], "head-front",
             ["glabella", "brow-medial-r", "brow-medial-l", "eye-outer-r", "eye-outer-l", "mandible-angle-r",
              "mandible-angle-l"], pad=0.06, min_fold=22, shade_tolerance=2.0, details=[eyebrows, eyes], hair=True,
             shade_blur=9.0, bands=(0.5, 0.28), side_light=0.15),
    ViewSpec("head_side", "Side of the head", "lateral", True, const(LEFT), const(UP),
             ["j:head-2", "nose-tip", "c7", "mandible-angle-r", "hairline-back"], ["EX-HN5", "ST6", "GB20", "GV20"],
             "head-front", ["ear-apex-r", "mastoid-r", "mandible-angle-r", "eye-outer-r", "hairline-front"], pad=0.06,
             details=[eyebrows], hair=True, ear=True, shade_blur=6.0, side_light=0.25),
]  # fmt: skip

# Views the issue asks for that carry no catalogue point yet: they are ready for the next points.
VIEWS += [
    ViewSpec("upper_back", "Upper back", "back", False, const(FWD), const(UP),
             ["c7", "acromion-r", "acromion-l", "j:spine-2"], ALL_POINTS, "back", ["c7", "l2-lower"],
             ["thorax", SPINE, "scapula", "clavicle"], keep=lambda c, _b: np.abs(c[:, 0]) < 26, pad=0.06),
    ViewSpec("arm_outer", "Outer arm and elbow", "lateral", True, _across_arm, _up_arm,
             ["acromion-r", "j:r-elbow", "j:r-hand"], [], "forearm", ["acromion-r", "cubital-crease-r"],
             ARM_BONES, keep=_near_right_arm, pad=0.08),
    ViewSpec("forearm_outer", "Back of the forearm and hand", "dorsal", True, lambda lm: -_hand_dorsal(lm), _fore,
             ["j:r-elbow", *HAND_FRAME], ALL_POINTS, "forearm", ["wrist-dorsal-mid-r"],
             bones=["ulna", "radius"], creases=[_wrist_crease()], keep=_near_right_arm, pad=0.05, details=[nails]),
    ViewSpec("knee_inner", "Inner knee and lower leg", "medial", True, const(RIGHT_), const(UP),
             ["medial-tibial-condyle-r", "medial-malleolus-r", "popliteal-crease-r", "patella-apex-r"], ALL_POINTS,
             "leg-medial", ["medial-tibial-condyle-r", "medial-malleolus-r"], LEG_BONES, keep=_right_leg, pad=0.05),
    ViewSpec("sole", "Sole of the foot", "plantar", True, const(UP), const(FWD),
             ["heel-r", "j:r-toe-1-3", "j:r-toe-5-4", "medial-malleolus-r"], [], "ankle", ["heel-r"], [],  # no bones:
             # KI1 is found by the hollow behind the ball of the foot, and the sole's thick pad hides the rest
             keep=lambda c, _b: (c[:, 0] < 0.5) & (c[:, 1] < -72.0), pad=0.06),
]  # fmt: skip


# Points and landmarks each region's content adds to views defined above: view -> (points, landmarks). The
# views show them after their own, region by region, in this order (neck and arm, head and trunk, legs).
UPPER_ON_VIEWS: dict[str, tuple[list[str], list[str]]] = {  # neck, upper back, shoulder, arm, forearm, hand
    "upper_back": (["GV14", "SI15", "BL11", "SI14", "SI13", "SI11", "SI10", "SI9", "TE14"],
                   ["c7-lower", "t1-lower", "scapula-spine-mid-r", "scapula-spine-mid-l", "axillary-fold-back-r",
                    "axillary-fold-back-l"]),
    "neck_shoulder": (["BL10", "GV14", "SI15", "BL11", "SI14"], ["c7-lower", "t1-lower"]),
    "arm_outer": (["LI15", "TE14", "SI9", "LI11", "LI10", "LI12", "TE10"],
                  ["olecranon-r", "lateral-epicondyle-r", "axillary-fold-back-r"]),
    "forearm_outer": (["LI10", "LI11", "TE5", "TE4", "SI6", "LI5", "TE3", "EX-UE8"],
                      ["wrist-dorsal-ulnar-r", "mcp23-r"]),
    "hand_dorsal": (["EX-UE8", "TE3", "TE4", "LI5"], ["mcp23-r"]),
    "forearm_inner": (["LU5", "PC7", "LU7"], ["wrist-crease-radial-r"]),
}  # fmt: skip


def _elbow_front(lm: Landmarks) -> Vec:
    """Looking at the bent elbow from in front and outside, so the crease and the outer side both show."""
    from atlasgen.landmarks_upper import elbow_axes

    _up, _fore, lateral, back = elbow_axes(lm)
    return unit(back - 0.9 * lateral)


# The bones to 8 cm: seen at a slant, the humerus's lower end (both epicondyles) lies deeper than the outer
# half of it. Lit nearly from the front: lit from the side, the inner side was one dark band.
VIEWS.append(
    ViewSpec("elbow_front", "Front of the elbow", "front", True, _elbow_front, _up_arm,
             ["j:r-elbow", "lateral-epicondyle-r", "elbow-crease-mid-r", "pt-li10-level-r", "elbow-above-r"],
             ["LU5", "LI11", "LI10"], "forearm", ["elbow-crease-mid-r", "lateral-epicondyle-r"],
             ["humerus", "ulna", "radius"], keep=_near_right_arm, pad=0.12, bone_depth=8.0, side_light=0.1,
             bands=(0.5,))
)  # fmt: skip
VIEWS.append(
    ViewSpec("hand_palmar", "Palm side of the hand and wrist", "palmar", True, _hand_dorsal, _hand_axis,
             [*HAND_FRAME, "forearm-palmar-3cun-r", "wrist-crease-radial-r", "wrist-crease-ulnar-r"],
             ["PC7", "PC6", "HT7", "LU7"], "forearm", ["wrist-crease-mid-r", "wrist-crease-radial-r"],
             creases=[_wrist_crease(), *_finger_creases()], keep=_near_right_arm, pad=0.05, details=[wrist_tendons])
)  # fmt: skip
# The face, the side and top of the head, the front of the trunk and TE6, on close-ups only (the whole-body
# overviews have no room for the face's labels). The belly has two close-ups because its B-cun differ: 8 from the
# xiphisternal junction to the navel, 5 from the navel to the pubic symphysis (a view measures every distance on
# one scale).
HEAD_ON_VIEWS: dict[str, tuple[list[str], list[str]]] = {
    "face": (["GV24"], []),
    "head_side": (["TE23", "ST7", "TE17", "GB8"], ["auricle-apex-r", "hairline-over-ear-r"]),
    "head_top": (["EX-HN1", "GB8"], []),
    "neck_shoulder": (["GV16"], []),
    "forearm_outer": (["TE6"], []),
}
VIEWS += [
    # the face's points sit close together: a close-up of the eyes and nose shows them apart
    ViewSpec("eyes_nose", "Eyes and nose", "front", False, const(BACK), const(UP),
             ["brow-lateral-r", "brow-lateral-l", "hairline-front", "nose-base", "ala-lower-r", "ala-lower-l"],
             ["BL1", "BL2", "EX-HN3", "EX-HN4", "GB14", "TE23", "GB1", "EX-HN5", "ST2", "ST3", "LI20", "EX-HN8"],
             "head-front", ["eye-inner-r", "eye-outer-r", "brow-medial-r", "nose-wing-r"], keep=_head_only, pad=0.08,
             min_fold=22, shade_tolerance=1.8, details=[eyebrows, eyes], hair=True, shade_blur=9.0, side_light=0.15),
    # ... and a close-up of the side of the face round the ear, for the points beside and behind it
    ViewSpec("ear", "Around the ear", "lateral", True, const(LEFT), const(UP),
             ["auricle-apex-r", "ear-lobe-r", "mastoid-r", "mandible-angle-r", "below-occiput", "cheekbone-arch-r"],
             ["ST7", "SI19", "TE21", "TE17", "ANMIAN", "GB20", "ST6"], "head",
             ["auricle-apex-r", "tragus-r", "ear-lobe-r", "mastoid-r", "mandible-angle-r"], keep=_head_only, pad=0.1,
             details=[eyebrows], hair=True, ear=True, shade_blur=6.0, side_light=0.25),
    ViewSpec("chest_abdomen", "Chest and upper abdomen", "front", False, const(BACK), const(UP),
             ["sternal-notch", "nipple-r", "nipple-l", "asis-r", "asis-l"], ["CV17", "CV12", "ST25", "SP15"],
             "abdomen-upper", ["sternal-notch", "xiphisternal", "navel", "nipple-r"], ["thorax", "pelvis"],
             keep=lambda c, _b: np.abs(c[:, 0]) < 24, pad=0.06, details=[navel]),
    ViewSpec("abdomen", "Abdomen", "front", False, const(BACK), const(UP),
             ["navel", "asis-r", "asis-l", "pubic-symphysis"], ["CV6", "CV4", "GB29"], "abdomen-lower",
             ["navel", "pubic-symphysis", "asis-r"], ["pelvis"], keep=lambda c, _b: np.abs(c[:, 0]) < 24, pad=0.1,
             details=[navel]),
]  # fmt: skip


# The legs' close-ups of the front, outside and back of the thigh (tools/atlasgen/points_legs.py).
GLUTEAL_FOLD: Crease = (lambda lm: lm["gluteal-fold-r"], const(UP), 6.0)


def _right_thigh(c: np.ndarray, _body: Body) -> np.ndarray:
    """The right leg from just below the hip; the hand, held away from the thigh, is left out."""
    return (c[:, 0] < 0.5) & (c[:, 1] < 16.0) & (c[:, 0] > -32.0)


LEG_VIEWS = [
    ViewSpec("knee_front", "Front of the knee and thigh", "front", True, const(BACK), const(UP),
             ["thigh-front-r", "patella-apex-r", "patella-base-medial-r", "patella-base-lateral-r",
              "tibial-tuberosity-r"], ["ST34", "SP10", "EX-LE2", "EX-LE5"], "thigh",
             ["patella-base-medial-r", "patella-base-lateral-r", "patella-apex-r"], LEG_BONES,
             keep=_right_thigh, pad=0.12),
    ViewSpec("thigh_outer", "Outside of the thigh and knee", "lateral", True, const(LEFT), const(UP),
             ["greater-trochanter-r", "knee-lateral-r", "fibula-head-r"], ["GB31", "GB33", "GB34"], "thigh",
             ["greater-trochanter-r", "knee-lateral-r", "fibula-head-r"], ["femur", "tibia", "fibula", "patella"],
             keep=_right_thigh, pad=0.08),
    ViewSpec("thigh_back", "Back of the thigh and buttock", "back", True, const(FWD), const(UP),
             ["gluteal-fold-r", "popliteal-crease-r", "greater-trochanter-r", "sacral-hiatus"],
             ["BL36", "BL37", "BL40"], "thigh", ["popliteal-crease-r", "greater-trochanter-r"],
             ["pelvis", "sacrum", "femur"], [POPLITEAL, GLUTEAL_FOLD], keep=_right_thigh, pad=0.08),
]  # fmt: skip
VIEWS += LEG_VIEWS
VIEW_BY_ID = {v.id: v for v in VIEWS}
LEGS_ON_VIEWS: dict[str, tuple[list[str], list[str]]] = {
    "lower_back": (["BL25", "BL32", "BL54", "BL52", "EX-B7", "EX-B8"], ["l4-lower", "l5-lower"]),
    "leg_front": (["EX-LE4", "ST37", "GB39"], ["lateral-malleolus-r"]),
    "leg_back": (["BL55", "BL56", "BL58", "BL60"], []),
    "knee_inner": (["SP9", "SP8", "EX-LE4"], []),
    "ankle_inner": (["KI6", "KI4", "KI5", "SP3"], []),
    "ankle_outer": (["BL61"], []),
    "sole": (["KI1"], ["web-23-sole-r"]),
    "foot_top": (["LR2"], []),
}
for _additions in (UPPER_ON_VIEWS, HEAD_ON_VIEWS, LEGS_ON_VIEWS):
    for _view_id, (_codes, _marks) in _additions.items():
        VIEW_BY_ID[_view_id].points = [*VIEW_BY_ID[_view_id].points, *_codes]
        VIEW_BY_ID[_view_id].landmarks = [*VIEW_BY_ID[_view_id].landmarks, *_marks]
