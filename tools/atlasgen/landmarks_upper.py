"""Landmarks of the neck, upper back, shoulder, elbow, forearm and hand those points need.

The arm bones, thoracic spine and scapula are not fitted yet, so these come from the skin and the rig's
joints with the proportions the WHO standard itself states (each ``[assumption]`` says what is assumed).
Every landmark is ON THE SKIN; right-side names end in ``-r`` (the left is mirrored by ``Landmarks``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from atlasgen.landmarks import Landmarks, Vec

# one thoracic spinous process to the next, as a share of C7-prominence to L2-lower-border along the skin:
# half a C7, twelve thoracic, two lumbar at 1.4 times a thoracic step [assumption: adult proportions]
_STEPS_C7_TO_L2 = 0.5 + 12 + 2 * 1.4


def add_upper_landmarks(lm: Landmarks) -> None:
    _spine(lm)
    _scapula(lm)
    _shoulder(lm)
    _elbow(lm)
    _wrist_and_hand(lm)


def _back_midline(lm: Landmarks, top: float, bottom: float) -> np.ndarray:
    from atlasgen.landmarks import BACK

    z = lm["c7"][2] + 8.0
    return np.array([lm.body.surface(np.array([0.0, y, z]), BACK) for y in np.linspace(top, bottom, 160)])


def _spine(lm: Landmarks) -> None:
    """Lower borders of the C7, T1, T2, T3 and T7 spinous processes along the back's midline skin."""
    from atlasgen.landmarks import arc_length, walk

    profile = _back_midline(lm, lm["c7"][1], lm["l2-lower"][1])
    step = arc_length(profile, lm["c7"], lm["l2-lower"]) / _STEPS_C7_TO_L2
    lm.pos["c7-lower"] = walk(profile, lm["c7"], 0.5 * step)
    for k in (1, 2, 3, 7):
        lm.pos[f"t{k}-lower"] = walk(profile, lm["c7"], (0.5 + k) * step)
    # C2's upper border, where BL10 lies: half a B-cun below the hollow under the occiput (GV16 to GV15)
    occ = lm["below-occiput"]
    lm.pos["c2-upper"] = occ + np.array([0.0, -0.5 * lm.cun_cm["head"], 0.0])


def _on_back(lm: Landmarks, level: str, cun_out: float, drop: float = 0.0) -> Vec:
    """The back's skin ``cun_out`` B-cun to the right of the midline landmark ``level``."""
    from atlasgen.landmarks import BACK, FWD, RIGHT_, UP

    p = lm[level] + RIGHT_ * cun_out * lm.cun_cm["back"] - UP * drop
    return lm.body.surface(p + FWD * 6.0, BACK)


def _scapula(lm: Landmarks) -> None:
    """The spine of the scapula starts at T3's level 3 B-cun out; its inferior angle lies at T7's level
    (both as the WHO standard's notes say) 4 B-cun out [assumption: the medial border slants outward]."""
    lm.pos["scapula-spine-medial-r"] = _on_back(lm, "t3-lower", 3.0)
    lm.pos["scapula-inferior-angle-r"] = _on_back(lm, "t7-lower", 4.0)


def _shoulder(lm: Landmarks) -> None:
    from atlasgen.landmarks import BACK, FWD, LEFT, RIGHT_, unit

    j = lm.body.joint
    top = lm["acromion-r"]
    arm = unit(j("r-elbow") - j("r-shoulder"))
    # the acromion's corners: its angle behind, the front end of its lateral border in front
    lm.skin("acromion-angle-r", top + BACK * 3.0 + arm * 1.2, RIGHT_ + 0.8 * BACK)
    lm.skin("acromion-front-r", top + FWD * 2.2 + arm * 1.2, RIGHT_ + 0.8 * FWD)
    # the middle of the scapular spine, halfway from its medial end to the acromion's angle
    mid = (lm["scapula-spine-medial-r"] + lm["acromion-angle-r"]) / 2
    lm.pos["scapula-spine-mid-r"] = lm.body.surface(mid + FWD * 6.0, BACK)
    # the posterior axillary fold: where the back of the arm meets the trunk, at the armpit's level
    # [assumption: level with a point 9 cm down the arm from the shoulder joint, where the skin of the
    # arm's back meets the trunk's, 6 cm in from it: there the mesh's arm parts from the trunk]
    fold = j("r-shoulder") + arm * 9.0 + LEFT * 6.0
    lm.skin("axillary-fold-back-r", fold + BACK * 15.0, FWD)  # found from behind: the back's skin
    # the arm's B-cun: 9 from the armpit's fold to the elbow [assumption: measured on the back of the arm,
    # from the back fold to the olecranon, which _elbow adds]


def elbow_axes(lm: Landmarks) -> tuple[Vec, Vec, Vec, Vec]:
    """Up the arm, down the forearm, the elbow's lateral (thumb-side epicondyle) and back directions."""
    from atlasgen.landmarks import RIGHT_, UP, unit

    j = lm.body.joint
    up_arm = unit(j("r-shoulder") - j("r-elbow"))
    fore = unit(j("r-hand") - j("r-elbow"))
    lateral = unit(np.cross(up_arm, fore))
    if lateral @ (RIGHT_ + UP) < 0:  # the outer side of the bent right elbow faces out and up
        lateral = -lateral
    back = -unit(up_arm + fore)
    return up_arm, fore, lateral, back


def _elbow(lm: Landmarks) -> None:
    j = lm.body.joint
    elbow = j("r-elbow")
    up_arm, fore, lateral, back = elbow_axes(lm)
    front = -back
    # the epicondyles stand about 3 cm either side of the joint centre [assumption: adult elbow width]
    lm.skin("lateral-epicondyle-r", elbow + lateral * 2.0, lateral + 0.3 * back)
    lm.skin("olecranon-r", elbow + back * 1.0 - up_arm * 0.3, back)
    lm.scale("arm", "axillary-fold-back-r", "olecranon-r", 9)
    # the elbow crease, in front of the joint; LU5 is on it just lateral to the biceps tendon
    lm.skin("elbow-crease-mid-r", elbow, front)
    lm.skin("elbow-crease-lateral-r", elbow + lateral * 1.3, front + 0.4 * lateral)
    # two more to frame the front-of-elbow view: 3 B-cun down the forearm and up the arm
    lm.skin("pt-li10-level-r", elbow + fore * 3 * lm.cun_cm["forearm"], front)
    lm.skin("elbow-above-r", elbow + up_arm * 3 * lm.cun_cm["forearm"], front)


def _wrist_and_hand(lm: Landmarks) -> None:
    j = lm.body.joint
    wrist = j("r-hand")
    fore, radial, dorsal = lm.forearm_axes
    axis = lm.hand_axes[0]
    mcp = {k: j(f"r-finger-{k}-1") for k in range(2, 6)}
    # the back of the wrist crease at its ulnar and radial ends, and the palm crease's radial end
    lm.skin("wrist-dorsal-ulnar-r", wrist - radial * 1.4, dorsal - 0.3 * radial)
    lm.skin("wrist-snuffbox-r", wrist + radial * 2.0 + fore * 0.2, radial + 0.6 * dorsal)
    lm.skin("wrist-crease-radial-r", wrist + fore * 0.3 + radial * 1.7, -dorsal + 0.8 * radial)
    mid = lm["wrist-crease-mid-r"]
    lm.skin("forearm-palmar-3cun-r", mid - fore * 3 * lm.cun_cm["forearm"] + dorsal * 2.0, -dorsal)
    # the knuckle line between the index and middle fingers, and between the ring and little fingers
    lm.skin("mcp23-r", (mcp[2] + mcp[3]) / 2 + axis * 0.2, dorsal)
    lm.skin("mcp45-r", (mcp[4] + mcp[5]) / 2 + axis * 0.2, dorsal)
