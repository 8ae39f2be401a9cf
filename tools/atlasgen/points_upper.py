"""Rules for the neck, upper back, shoulder, elbow, forearm, wrist and hand points.

Each rule follows the WHO 2008 location (landmarks and B-cun); a ``Check`` records every distance it
states, so the tests measure it in each close-up showing both ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from atlasgen.landmarks import BACK, FWD, RIGHT_, Vec, unit
from atlasgen.landmarks_upper import elbow_axes
from atlasgen.points import Check

if TYPE_CHECKING:
    from atlasgen.points import Rules


def upper_points(r: Rules) -> None:
    _neck_and_back(r)
    _shoulder(r)
    _elbow(r)
    _wrist_and_hand(r)


def _beside(r: Rules, level: str, cun: float) -> Vec:
    """The back's skin ``cun`` B-cun to the right of a midline landmark, level with it."""
    return r.lm[level] + RIGHT_ * r.cm("back", cun)


def _neck_and_back(r: Rules) -> None:
    lm = r.lm
    r.add("GV14", lm["c7-lower"], BACK, midline=True)
    # BL10: level with C2's upper border, in the hollow beside the trapezius (1.3 B-cun out, its old count)
    r.add("BL10", lm["c2-upper"] + RIGHT_ * r.cm("head", 1.3) + FWD * 1.0, BACK, Check("c2-upper", 1.3, "head"))
    r.add("SI15", _beside(r, "c7-lower", 2.0) + FWD * 3.0, BACK, Check("c7-lower", 2.0, "back"))
    r.add("BL11", _beside(r, "t1-lower", 1.5) + FWD * 3.0, BACK, Check("t1-lower", 1.5, "back"))
    r.add("SI14", _beside(r, "t1-lower", 3.0) + FWD * 3.0, BACK, Check("t1-lower", 3.0, "back"))
    # SI11: a third of the way from the middle of the scapular spine down to its inferior angle
    top, angle = lm["scapula-spine-mid-r"], lm["scapula-inferior-angle-r"]
    r.add("SI11", top + (angle - top) / 3 + FWD * 3.0, BACK)


def _shoulder(r: Rules) -> None:
    lm = r.lm
    arm = unit(lm.body.joint("r-elbow") - lm.body.joint("r-shoulder"))
    # LI15 and TE14: the hollows in front of and behind the acromion, between it and the humerus's head
    r.add("LI15", lm["acromion-front-r"] + arm * 1.6, RIGHT_ + 0.7 * FWD)
    r.add("TE14", lm["acromion-angle-r"] + arm * 1.6, RIGHT_ + 0.9 * BACK)
    # SI9: 1 B-cun above the back crease of the armpit (the arm's cun, 9 from fold to elbow crease)
    fold, angle = lm["axillary-fold-back-r"], lm["acromion-angle-r"]
    up_back_of_arm = unit(angle - fold)
    target = step = r.cm("arm", 1.0)
    for _ in range(4):  # on the skin, 1 B-cun from the fold (the skin bulges, so the step is shortened)
        si9 = r.on_skin(fold + up_back_of_arm * step + BACK * 8.0, FWD)
        step *= target / float(np.linalg.norm(si9 - fold))
    r.add("SI9", fold + up_back_of_arm * step + BACK * 8.0, FWD, Check("axillary-fold-back-r", 1.0, "arm"))
    # SI10: straight above SI9, in the hollow just below the spine of the scapula, near the acromion
    r.add("SI10", angle - up_back_of_arm * 3.0 + BACK * 8.0, FWD)  # found from behind, as SI9
    # SI13: above the medial end of the scapular spine, halfway from SI10 to the T2 spinous process
    si13 = (r.points["SI10"].pos + lm["t2-lower"]) / 2
    r.add("SI13", si13 + FWD * 3.0, BACK)


def _elbow(r: Rules) -> None:
    lm = r.lm
    up_arm, fore, lateral, back = elbow_axes(lm)
    # LI11: halfway between LU5 (on the crease beside the biceps tendon) and the lateral epicondyle
    r.add("LU5", lm["elbow-crease-lateral-r"], -back + 0.3 * lateral)
    li11 = (r.points["LU5"].pos + lm["lateral-epicondyle-r"]) / 2
    r.add("LI11", li11, lateral - 0.4 * back)
    # LI10: 2 B-cun down the forearm from LI11, on the line towards LI5 (the snuffbox)
    li10 = r.offset("pt:LI11", "wrist-snuffbox-r", 2.0, "forearm")
    r.add("LI10", li10, lateral - 0.2 * back, Check("pt:LI11", 2.0, "forearm"))
    # LI12: above the lateral epicondyle, in front of the ridge running up from it
    r.add("LI12", lm["lateral-epicondyle-r"] + up_arm * 1.6 - back * 0.3, lateral + 0.2 * back)
    # TE10: in the hollow 1 B-cun above the olecranon's tip, on the back of the arm
    r.add("TE10", lm["olecranon-r"] + up_arm * r.cm("arm", 1.0), back, Check("olecranon-r", 1.0, "arm"))
    del fore


def _wrist_and_hand(r: Rules) -> None:
    lm = r.lm
    fore, radial, dorsal = lm.forearm_axes
    axis = lm.hand_axes[0]
    r.add("PC7", lm["wrist-crease-mid-r"], -dorsal)
    # TE4: on the back of the wrist crease, on the little-finger side of the finger extensors' tendons
    te4 = lm["wrist-dorsal-mid-r"] - radial * 0.7
    r.add("TE4", te4, dorsal)
    # TE5: 2 B-cun above TE4, in the middle of the back of the forearm, between radius and ulna
    te5 = lm["wrist-dorsal-mid-r"] - radial * 0.3 - fore * r.cm("forearm", 2.0)
    r.add("TE5", te5, dorsal, Check("pt:TE4", 2.0, "forearm"))
    r.add("LI5", lm["wrist-snuffbox-r"], radial + 0.6 * dorsal)
    # LU7: on the thumb side of the forearm, 1.5 B-cun above the palm-side wrist crease
    lu7 = lm["wrist-crease-radial-r"] - fore * r.cm("forearm", 1.5)
    r.add("LU7", lu7, radial - 0.3 * dorsal, Check("wrist-crease-radial-r", 1.5, "forearm"))
    # SI6: 1 B-cun above the back of the wrist crease, in the cleft on the thumb side of the ulna's head
    si6 = lm["wrist-dorsal-ulnar-r"] - fore * r.cm("forearm", 1.0) + radial * 0.3
    r.add("SI6", si6, dorsal - 0.3 * radial, Check("wrist-dorsal-ulnar-r", 1.0, "forearm"))
    # TE3: between the 4th and 5th metacarpals, just behind the ring-finger knuckle
    r.add("TE3", lm["mcp45-r"] - axis * 1.3 + radial * 0.4, dorsal)
    # EX-UE8 (Wailaogong): between the 2nd and 3rd metacarpals, 0.5 B-cun behind the knuckles
    ex_ue8 = r.at_distance("mcp23-r", -axis, 0.5, "forearm", dorsal)
    r.add("EX-UE8", ex_ue8, dorsal, Check("mcp23-r", 0.5, "forearm"))
