"""The rules of the lower back, buttock, thigh, knee, lower leg and foot points.

Each rule follows the WHO 2008 location (the catalogue's own words), in landmarks and B-cun;
``Check`` records each distance the location states so the tests can measure it in every view.
"""

from __future__ import annotations

from atlasgen.landmarks import BACK, DOWN, FWD, LEFT, RIGHT_, UP, unit
from atlasgen.points import Check, Rules


def legs(r: Rules) -> None:
    _back_and_buttock(r)
    _thigh_and_knee(r)
    _lower_leg(r)
    _ankle_and_foot(r)


def _back_and_buttock(r: Rules) -> None:
    lm = r.lm
    r.add("BL25", lm["l4-lower"] + RIGHT_ * r.cm("back", 1.5), BACK, Check("l4-lower", 1.5, "back"))
    r.add("BL32", lm["sacral-foramen-2-r"], BACK)
    r.add("BL52", lm["l2-lower"] + RIGHT_ * r.cm("back", 3), BACK, Check("l2-lower", 3, "back"))
    r.add("EX-B7", lm["l4-lower"] + RIGHT_ * r.cm("back", 3.5), BACK + 0.3 * RIGHT_, Check("l4-lower", 3.5, "back"))
    r.add("EX-B8", lm["l5-lower"], BACK, midline=True)
    # level with the 4th sacral foramen, a little above the hiatus, 3 B-cun out from it
    bl54 = lm["sacral-hiatus"] + RIGHT_ * r.cm("back", 3) + UP * 1.2
    r.add("BL54", bl54, BACK, Check("sacral-hiatus", 3, "back"))
    r.add("BL36", lm["gluteal-fold-r"], BACK)
    down_thigh = unit(lm["popliteal-crease-r"] - lm["gluteal-fold-r"])
    r.add("BL37", lm["gluteal-fold-r"] + down_thigh * r.cm("thigh", 6), BACK, Check("pt:BL36", 6, "thigh"))


def _thigh_and_knee(r: Rules) -> None:
    lm = r.lm
    up = lm.thigh_axis
    # GB31: on the outer thigh, 7 B-cun above the level of the popliteal crease (the textbook's measure
    # of where the middle fingertip rests with the arm hanging)
    r.add("GB31", r.offset("knee-lateral-r", "greater-trochanter-r", 7, "thigh"), RIGHT_,
          Check("knee-lateral-r", 7, "thigh"))  # fmt: skip
    r.add("GB33", lm["femur-lateral-epicondyle-r"] + UP * 1.5 + BACK * 1.2, RIGHT_)
    r.add("ST34", lm["patella-base-lateral-r"] + up * r.cm("thigh", 2), FWD + 0.5 * RIGHT_,
          Check("patella-base-lateral-r", 2, "thigh"))  # fmt: skip
    r.add("SP10", lm["patella-base-medial-r"] + up * r.cm("thigh", 2), FWD + 0.7 * LEFT,
          Check("patella-base-medial-r", 2, "thigh"))  # fmt: skip
    r.add("EX-LE2", lm["patella-top-r"] + up * 0.9, FWD)
    # the two 'eyes' of the knee, either side of the kneecap tendon just below the kneecap: the
    # outer one is ST35, the inner one EX-LE4; EX-LE5 names the pair
    inner = lm["patella-apex-r"] + DOWN * 0.9 + LEFT * r.cm("leg", 0.75)
    r.add("EX-LE4", inner, FWD + 0.3 * LEFT)
    xiyan = r.add("EX-LE5", r.points["ST35"].pos, FWD + 0.3 * RIGHT_)
    xiyan.extra = [r.points["EX-LE4"].pos]


def _lower_leg(r: Rules) -> None:
    lm = r.lm
    st35 = r.points["ST35"].pos
    shin = unit(lm["ankle-front-r"] - st35)
    r.add("ST37", st35 + shin * r.cm("leg", 6) + RIGHT_ * 0.8, FWD + 0.4 * RIGHT_, Check("pt:ST35", 6, "leg"))
    up_leg = unit(lm.body.joint("r-knee") - lm.body.joint("r-ankle"))
    gb39 = lm["lateral-malleolus-r"] + up_leg * r.cm("leg", 3) + FWD * 1.0
    r.add("GB39", gb39, RIGHT_ + 0.3 * FWD, Check("lateral-malleolus-r", 3, "leg"))
    heel_line = unit(lm["achilles-r"] - lm["popliteal-crease-r"])
    for code, cun in (("BL55", 2), ("BL56", 5)):
        r.add(code, lm["popliteal-crease-r"] + heel_line * r.cm("leg", cun), BACK,
              Check("popliteal-crease-r", cun, "leg"))  # fmt: skip
    # BL58: 7 B-cun above BL60, one B-cun out and down from BL57, at the edge of the outer calf muscle
    bl60 = r.points["BL60"].pos
    bl58 = bl60 + up_leg * r.cm("leg", 7) + LEFT * 1.2
    r.add("BL58", bl58, BACK + 0.8 * RIGHT_, Check("pt:BL60", 7, "leg"))
    medial_line = unit(lm["medial-malleolus-r"] - lm["medial-tibial-condyle-r"])
    r.add("SP9", lm["medial-tibial-condyle-r"] + BACK * 1.2, LEFT + 0.3 * BACK)
    sp8 = r.points["SP9"].pos + medial_line * r.cm("leg-medial", 3)
    r.add("SP8", sp8, LEFT + 0.3 * BACK, Check("pt:SP9", 3, "leg-medial"))


def _ankle_and_foot(r: Rules) -> None:
    lm = r.lm
    r.add("KI6", lm["medial-malleolus-r"] + DOWN * r.cm("ankle", 1), LEFT, Check("medial-malleolus-r", 1, "ankle"))
    r.add("KI5", r.points["KI3"].pos + DOWN * r.cm("ankle", 1) + FWD * 0.3, LEFT, Check("pt:KI3", 1, "ankle"))
    r.add("KI4", r.points["KI3"].pos + DOWN * r.cm("ankle", 0.6) + BACK * 0.3, LEFT + 0.6 * BACK)
    bl60 = r.points["BL60"].pos
    r.add("BL61", bl60 + DOWN * (bl60[1] - lm["heel-sole-r"][1] - 2.6), RIGHT_ + 0.3 * BACK)
    r.add("LR2", lm["web-12-r"] - lm.foot_axis * 0.5 + DOWN * 0.6, UP)
    r.add("SP3", lm["mtp1-medial-r"] - lm.foot_axis * 1.2, LEFT + 0.3 * DOWN)
    # KI1: two thirds of the way from the heel to the web between the 2nd and 3rd toes, on the sole
    heel, web = lm["heel-sole-r"], lm["web-23-sole-r"]
    r.add("KI1", heel + (web - heel) * 2 / 3 + UP * 1.0, DOWN)
