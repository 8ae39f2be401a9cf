"""Landmarks of the lower back, sacrum, thigh, knee and foot that the legs' points need.

Called once from ``Landmarks.__init__`` before the right-side names are mirrored, so every ``-r``
name here also gets its ``-l`` twin. Where the mesh or the fitted bones have no feature to find
(the gluteal fold, the sacral foramina), the rule says what it assumes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from atlasgen.landmarks import BACK, DOWN, FWD, LEFT, RIGHT_, UP, bone_extreme, unit

if TYPE_CHECKING:
    from atlasgen.landmarks import Landmarks


def add_leg_landmarks(lm: Landmarks) -> None:
    _spine(lm)
    _thigh(lm)
    _knee(lm)
    _foot(lm)


def _spine(lm: Landmarks) -> None:
    b = lm.body
    l4 = bone_extreme(b, "lumbar4", BACK)
    tip = b.bones["lumbar4"].verts
    tip = tip[np.linalg.norm(tip[:, [0, 2]] - l4[[0, 2]], axis=1) < 1.2]
    lm.skin("l4-lower", tip[np.argmin(tip[:, 1])], BACK)
    l5 = b.bones["lumbar5"].verts
    l5 = l5[np.linalg.norm(l5[:, [0, 2]] - bone_extreme(b, "lumbar5", BACK)[[0, 2]], axis=1) < 1.2]
    lm.skin("l5-lower", l5[np.argmin(l5[:, 1])] + DOWN * 0.6, BACK)
    # the 2nd posterior sacral foramen: the foramina lie evenly down the sacrum, the 2nd about 0.4 of
    # its length below its top, about one B-cun from the midline [assumption: no foramina on the mesh]
    sacrum = b.bones["sacrum"].verts
    top, bottom = sacrum[:, 1].max(), sacrum[:, 1].min()
    y = top - 0.4 * (top - bottom)
    lm.skin("sacral-foramen-2-r", [-lm.cun_cm["back"], y, sacrum[:, 2].min() + 1.0], BACK)


def _thigh(lm: Landmarks) -> None:
    b, j = lm.body, lm.body.joint
    knee = j("r-knee")
    lm.scale("thigh", "greater-trochanter-r", "popliteal-crease-r", 19)
    lm.thigh_axis = unit(j("r-upper-leg") - knee)
    # the gluteal fold, 14 B-cun above the popliteal crease (gluteal fold to popliteal crease = 14)
    fold = lm["popliteal-crease-r"] + lm.thigh_axis * 14 * lm.cun_cm["thigh"]
    lm.skin("gluteal-fold-r", [fold[0], fold[1], knee[2]], BACK)
    lm.skin("knee-lateral-r", knee + DOWN * 0.8, RIGHT_)
    epi = bone_extreme(b, "femur-r", RIGHT_, (1, knee[1] - 1, knee[1] + 6))
    lm.skin("femur-lateral-epicondyle-r", epi, RIGHT_)


def _knee(lm: Landmarks) -> None:
    pat = lm.body.bones["patella-r"].verts
    upper = pat[pat[:, 1] > pat[:, 1].max() - 1.2]
    lm.skin("patella-base-medial-r", upper[np.argmax(upper[:, 0])], FWD + 0.4 * LEFT)
    lm.skin("patella-base-lateral-r", upper[np.argmin(upper[:, 0])], FWD + 0.4 * RIGHT_)
    high = lm["patella-top-r"] + lm.thigh_axis * 4.5 * lm.cun_cm["thigh"]
    lm.skin("thigh-front-r", high - FWD * 3.0, FWD)


def _foot(lm: Landmarks) -> None:
    b, j = lm.body, lm.body.joint
    ankle = j("r-ankle")
    v = b.skin.verts
    rear = v[(np.abs(v[:, 0] - ankle[0]) < 3) & (v[:, 2] < ankle[2] + 1.5) & (v[:, 2] > ankle[2] - 3)]
    lm.pos["heel-sole-r"] = rear[np.argmin(rear[:, 1])]
    web = (j("r-toe-2-1") + j("r-toe-3-1")) / 2 + lm.foot_axis * 0.6
    lm.skin("web-23-sole-r", web + UP * 0.3, DOWN)
    mtp1 = j("r-toe-1-1")
    lm.skin("mtp1-medial-r", mtp1 - lm.foot_axis * 0.3 + DOWN * 0.4, LEFT + 0.3 * DOWN)
