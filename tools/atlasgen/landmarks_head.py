"""Landmarks of the face, the side of the head and the front of the trunk (their points need them).

Added to a ``Landmarks`` object before the left side is mirrored. The mesh carries no skull or rib
cage, so the face's features are found on the skin around the rig's eye joint, and the trunk's on
the midline profile of the skin; each rule says what it assumes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from atlasgen.landmarks import BACK, FWD, RIGHT_, UP

if TYPE_CHECKING:
    from atlasgen.landmarks import Landmarks


def add_head_landmarks(lm: Landmarks) -> None:
    # EX-HN5 is measured back from the midpoint of the eyebrow's outer end and the eye's outer corner
    lm.pos["brow-eye-mid-r"] = (lm["brow-lateral-r"] + lm["eye-outer-r"]) / 2
    _face(lm)
    _ear(lm)
    _trunk_front(lm)


def _face(lm: Landmarks) -> None:
    eye = lm.body.joint("r-eye")
    brow_y = lm["brow-medial-r"][1]

    def front(name: str, x: float, y: float) -> None:
        """The face's skin at (x, y) seen from in front (the eye sockets are open in the mesh)."""
        lm.pos[name] = lm.body.surface(np.array([x, y, eye[2] + 6.0]), BACK)

    # the pupil, looking straight ahead
    front("pupil-r", eye[0], eye[1])
    # the inner corner of the eye, where the lids meet beside the nose
    front("eye-inner-r", eye[0] + 1.0, eye[1] + 0.05)
    # the middle of the eyebrow, straight above the pupil
    front("brow-mid-r", eye[0], brow_y - 0.1)
    # the infraorbital foramen: below the pupil, a little below the lower rim of the eye socket
    # [assumption: 2.1 cm below the centre of the eye, as on an adult skull]
    front("infraorbital-r", eye[0], eye[1] - 2.1)
    # the nose wing: its outer edge is where the skin drops most steeply from the nose to the cheek;
    # LI20 lies in the groove just outside the middle of that edge, ST3 level with the wing's lower
    # border (half a centimetre lower) below the pupil, EX-HN8 at the top of the groove
    mid_y = lm["nose-wing-r"][1] + 0.5

    def wing_edge(y: float) -> float:
        xs = np.arange(-1.0, -3.0, -0.1)
        zs = [lm.body.surface(np.array([x, y, eye[2] + 6.0]), BACK)[2] for x in xs]
        return float(xs[int(np.argmin(np.diff(zs)))] - 0.05)

    front("ala-groove-r", wing_edge(mid_y) - 0.25, mid_y)
    front("ala-lower-r", eye[0], mid_y - 0.6)
    front("ala-top-r", wing_edge(mid_y + 1.1) - 0.1, mid_y + 1.1)


def _ear(lm: Landmarks) -> None:
    # the auricle: skin standing out more than 7.2 cm from the midline beside the head (the scalp
    # above the ear does not reach so far; the older "ear-apex" landmark is found on the scalp)
    v = lm.body.skin.verts
    ear = v[(v[:, 0] < -7.2) & (v[:, 2] > 1.5) & (v[:, 2] < 7.0) & (v[:, 1] > 66.0) & (v[:, 1] < 77.0)]
    apex, lobe, front_edge = ear[np.argmax(ear[:, 1])], lm["ear-lobe-r"], ear[np.argmax(ear[:, 2])]
    lm.pos["auricle-apex-r"] = apex
    # the tragus: the flap in front of the ear canal, a little below the middle of the ear [assumption:
    # the mesh has no ear canal]; found on the skin from outside
    y = lobe[1] + 0.45 * (apex[1] - lobe[1])
    lm.skin("tragus-r", [apex[0] + 1.5, y, front_edge[2] + 0.3], RIGHT_)
    # the middle of the cheekbone's arch, in front of the jaw joint [2.6 cm in front of the tragus]
    lm.skin("cheekbone-arch-r", lm["tragus-r"] + FWD * 2.6 + UP * 0.5, RIGHT_)
    # the temporal hairline straight above the ear, about a finger-width (1 cm) above its top [assumption:
    # an average short haircut; tools/atlasgen/hair.py draws the hair's edge through it]
    lm.skin("hairline-over-ear-r", [apex[0] + 1.2, apex[1] + 1.0, apex[2]], RIGHT_)


def _trunk_front(lm: Landmarks) -> None:
    body = lm.body
    # the front midline of the trunk, from the pubis to the neck
    ys = np.arange(2.0, 58.0, 0.25)
    prof = np.array([body.surface(np.array([0.0, y, 6.0]), FWD) for y in ys])
    # the navel: the small dip in the front profile of the belly [searched between the hips and ribs]
    belly = (ys > 15) & (ys < 28)
    k = np.flatnonzero(belly)[np.argmin(prof[belly, 2] - _trend(ys[belly], prof[belly, 2]))]
    lm.pos["navel"] = prof[k]
    # the upper border of the pubic symphysis, carried forward from the fitted pelvis to the skin
    pv = np.vstack([body.bones["pelvis-r"].verts, body.bones["pelvis-l"].verts])
    near = pv[np.abs(pv[:, 0]) < 2.0]
    lm.skin("pubic-symphysis", [0.0, near[:, 1].max(), 6.0], FWD)
    # the suprasternal notch: the deepest point of the hollow where the neck meets the chest
    neck = (ys > 48) & (ys < 58)
    slope = np.gradient(prof[neck, 2], ys[neck])
    lm.pos["sternal-notch"] = prof[np.flatnonzero(neck)[np.argmin(np.gradient(slope))]]
    # the xiphisternal junction: 9 of the 17 B-cun from the notch to the navel [assumption: no
    # rib cage in the mesh, so the WHO proportion places it]
    notch_y, navel_y = lm["sternal-notch"][1], lm["navel"][1]
    lm.skin("xiphisternal", [0.0, notch_y - (notch_y - navel_y) * 9 / 17, 6.0], FWD)
    lm.scale("abdomen-upper", "xiphisternal", "navel", 8)
    lm.scale("abdomen-lower", "navel", "pubic-symphysis", 5)
    # the fourth intercostal space on the midline: level with the nipples [assumption]
    lm.skin("sternum-4th-space", [0.0, lm["nipple-r"][1], 6.0], FWD)


def _trend(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """A straight line through the profile, so a dip is found against the belly's own slope."""
    a, b = np.polyfit(x, y, 1)
    return a * x + b

