"""Landmarks that are features of the fitted bones, each carried out to the skin where a finger feels it.

Each feature is an extreme of one bone mesh in a direction (the tip of a spinous process is its
hindmost point, a styloid process the bone's furthest point down the forearm on its side, ...), found
for the RIGHT side; ``Landmarks`` mirrors them. Names used by other landmark modules are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from atlasgen.landmarks import Landmarks

Vec = np.ndarray
# the body's directions (x to the person's left, y up, z forward), as in landmarks.py (which imports this)
LEFT, RIGHT_, UP, DOWN, FWD, BACK = (np.array(d, float) for d in np.vstack([np.eye(3), -np.eye(3)])[[0, 3, 1, 4, 2, 5]])


MIDLINE = np.array([0.0, 1.0, 1.0])  # a midline feature put exactly on x = 0


def unit(v: Vec) -> Vec:
    return v / np.linalg.norm(v)


def extreme(verts: np.ndarray, direction: Vec, keep: np.ndarray | None = None) -> Vec:
    """The vertex furthest along ``direction`` (among ``keep``)."""
    v = verts if keep is None else verts[keep]
    return v[np.argmax(v @ np.asarray(direction, float))]


def spinous_tip(lm: Landmarks, bone: str, lowest: float | None = None) -> Vec:
    """The hindmost midline point of a vertebra (of the lowest ``lowest`` cm of a column mesh)."""
    v = lm.body.bones[bone].verts
    if lowest is not None:
        v = v[v[:, 1] < v[:, 1].min() + lowest]
    return extreme(v, BACK, np.abs(v[:, 0]) < 1.0) * MIDLINE


def spinous_lower_border(lm: Landmarks, bone: str) -> Vec:
    """The lower edge of a thoracic spinous process's tip: its lowest point within 1 cm of the tip's back."""
    v = lm.body.bones[bone].verts
    tip = spinous_tip(lm, bone)
    near = v[(np.abs(v[:, 0]) < 1.0) & (v[:, 2] < tip[2] + 1.0)]
    return near[np.argmin(near[:, 1])] * MIDLINE


def add_spine(lm: Landmarks) -> None:
    """C7 and every thoracic spinous process (tip and lower border), on the skin of the back."""
    c7 = spinous_tip(lm, "cervical", lowest=3.0)
    lm.skin("c7", c7, BACK)
    cerv = lm.body.bones["cervical"].verts
    low = cerv[(cerv[:, 1] < cerv[:, 1].min() + 3.0) & (np.abs(cerv[:, 0]) < 1.0) & (cerv[:, 2] < c7[2] + 1.0)]
    lm.skin("c7-lower", low[np.argmin(low[:, 1])] * MIDLINE, BACK)
    for k in range(1, 13):
        lm.skin(f"t{k}-spinous", spinous_tip(lm, f"thoracic{k}"), BACK)
        lm.skin(f"t{k}-lower", spinous_lower_border(lm, f"thoracic{k}"), BACK)


def add_scapula(lm: Landmarks) -> None:
    """The acromion, the spine of the scapula's root and the scapula's upper and lower angles."""
    s = lm.body.bones["scapula-r"].verts
    lm.skin("acromion-r", extreme(s, RIGHT_ + 0.35 * UP), UP + 0.35 * RIGHT_)
    lm.skin("acromion-angle-r", extreme(s, RIGHT_ + BACK + 0.3 * UP), RIGHT_ + 0.8 * BACK)
    lm.skin("scapula-inferior-angle-r", extreme(s, DOWN), BACK)
    width = np.ptp(s[:, 0])
    medial = s[s[:, 0] > s[:, 0].max() - 0.35 * width]
    lm.skin("scapula-superior-angle-r", extreme(medial, UP), BACK)
    # the spine is the ridge standing furthest out of the blade's plane; its root is the ridge's most medial point
    centre = s.mean(axis=0)
    normal = np.linalg.svd(s - centre)[2][2]
    height = (s - centre) @ (normal if normal @ BACK > 0 else -normal)
    ridge = s[height > np.percentile(height, 80)]
    lm.skin("scapula-spine-medial-r", extreme(ridge, LEFT), BACK)


def add_arm(lm: Landmarks) -> None:
    """The elbow's bony points, the two styloid processes and the metacarpals' bases and heads."""
    b, j = lm.body, lm.body.joint
    up_arm = unit(j("r-shoulder") - j("r-elbow"))
    fore, radial, dorsal = lm.forearm_axes
    lateral = unit(np.cross(up_arm, fore))
    if lateral @ (RIGHT_ + UP) < 0:  # the outer side of the bent right elbow faces out and up
        lateral = -lateral
    back = -unit(up_arm + fore)
    hum, ulna, radius = b.bones["humerus-r"].verts, b.bones["ulna-r"].verts, b.bones["radius-r"].verts
    distal = np.linalg.norm(hum - j("r-elbow"), axis=1) < 5.0
    lm.skin("lateral-epicondyle-r", extreme(hum, lateral, distal), lateral + 0.3 * back)
    lm.skin("medial-epicondyle-r", extreme(hum, -lateral, distal), -lateral + 0.3 * back)
    lm.skin("olecranon-r", extreme(ulna, back + 0.6 * up_arm), back)
    lm.skin("radial-styloid-r", extreme(radius, fore + 0.5 * radial), radial)
    lm.skin("ulnar-styloid-r", extreme(ulna, fore - 0.3 * radial + 0.3 * dorsal), dorsal - 0.6 * radial)
    axis = lm.hand_axes[0]
    for k in range(1, 6):
        mc = b.bones[f"{k}mc-r"].verts
        lm.skin(f"mc{k}-base-r", extreme(mc, -axis), dorsal)
        lm.skin(f"mc{k}-head-r", extreme(mc, axis), dorsal)
    # the hand's older names, now on the bones: the 2nd metacarpal's base and neck on its radial side, the
    # 5th's neck on its ulnar side, the junction of the 1st and 2nd metacarpals' bases between them
    mc1, mc2, mc5 = (b.bones[f"{k}mc-r"].verts for k in (1, 2, 5))

    def part(mc: np.ndarray, at: float, side: Vec) -> Vec:
        """The bone's edge toward ``side`` in a 0.6 cm slice ``at`` (0 base .. 1 head) along the hand."""
        t = mc @ axis
        level = t.min() + at * (t.max() - t.min())
        return extreme(mc, side, np.abs(t - level) < 0.3)

    lm.skin("mc2-base-radial-r", part(mc2, 0.05, radial), dorsal + 0.5 * radial)
    lm.skin("mc2-neck-radial-r", part(mc2, 0.8, radial), dorsal + 0.8 * radial)
    lm.skin("mc5-neck-ulnar-r", part(mc5, 0.8, -radial), dorsal - 1.4 * radial)
    junction = (part(mc1, 0.05, -radial + dorsal) + part(mc2, 0.04, radial)) / 2
    lm.skin("mc12-junction-r", junction, dorsal + 0.3 * radial)


def add_skull(lm: Landmarks) -> None:
    """The occiput's protuberance, the mastoid process, the zygomatic arch, the orbit's outer rim, the jaw's angle."""
    b, j = lm.body, lm.body.joint
    skull, jaw = b.bones["skull"].verts, b.bones["jaw"].verts
    eye = j("r-eye")
    lm.skin("occiput", extreme(skull, BACK, np.abs(skull[:, 0]) < 1.0) * MIDLINE, BACK)
    ear = lm["ear-lobe-r"]
    behind_ear = (skull[:, 0] < -2.5) & (skull[:, 2] < ear[2]) & (skull[:, 2] > ear[2] - 4.0)
    lm.skin("mastoid-r", extreme(skull, DOWN, behind_ear), RIGHT_ + 0.7 * BACK)
    arch = (skull[:, 1] > eye[1] - 2.8) & (skull[:, 1] < eye[1] - 1.2) & (skull[:, 2] < eye[2] - 3.0)
    lm.skin("zygomatic-arch-r", extreme(skull, RIGHT_, arch & (skull[:, 2] > ear[2] + 1.0)), RIGHT_)
    rim = (np.abs(skull[:, 1] - eye[1]) < 0.8) & (skull[:, 0] < eye[0])
    lm.skin("orbit-rim-lateral-r", extreme(skull, FWD + RIGHT_, rim), FWD + RIGHT_)
    lm.skin("mandible-angle-r", extreme(jaw, DOWN + BACK + 0.3 * RIGHT_, jaw[:, 0] < 0), RIGHT_)


def add_trunk(lm: Landmarks) -> None:
    """The xiphoid process, the lowest point of the rib cage's margin at the side."""
    ribs = lm.body.bones["thorax"].verts
    front = ribs[(np.abs(ribs[:, 0]) < 1.2) & (ribs[:, 2] > ribs[:, 2].max() - 3.0)]
    lm.skin("xiphoid", extreme(front, DOWN) * MIDLINE, FWD)
    side = ribs[ribs[:, 0] < -4.0]
    lm.skin("costal-margin-r", extreme(side, DOWN + 0.3 * FWD), RIGHT_ + FWD)
