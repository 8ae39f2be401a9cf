"""The points of the face, eyes, jaw, ears, sinuses, the side and top of the head, the front of the
trunk, and TE6 on the forearm. One rule per point, in landmarks and B-cun (WHO 2008, in our words in
resources/catalog/points/), for the RIGHT side or the midline.
"""

from __future__ import annotations

from atlasgen.landmarks import BACK, DOWN, FWD, LEFT, RIGHT_, UP, unit
from atlasgen.points import Check, Rules  # points.py imports this module last, after defining these


def head_points(r: Rules) -> None:
    _eyes(r)
    _nose_and_cheek(r)
    _ear_and_jaw(r)
    _scalp(r)
    _trunk_front(r)
    _forearm(r)


def _eyes(r: Rules) -> None:
    lm = r.lm
    # BL1: just above and inside the inner corner of the eye, against the bone beside the nose
    r.add("BL1", lm["eye-inner-r"] + LEFT * 0.15 + UP * 0.18, FWD + 0.4 * LEFT)
    r.add("EX-HN4", lm["brow-mid-r"], FWD)
    r.add("GB14", lm["brow-mid-r"] + UP * r.cm("head-front", 1.0), FWD, Check("pt:EX-HN4", 1.0, "head-front"))
    r.add("TE23", lm["brow-lateral-r"], FWD + 0.6 * RIGHT_)
    # GB1: 0.5 B-cun out from the outer corner of the eye; the distance runs round the side of the head,
    # so it is measured on the body (and in a picture only where one sees it square-on)
    gb1 = r.at_distance("eye-outer-r", RIGHT_, 0.5, "head-front", RIGHT_ + FWD)
    r.add("GB1", gb1, RIGHT_ + FWD, Check("eye-outer-r", 0.5, "head-front"))
    r.add("ST2", lm["infraorbital-r"], FWD)


def _nose_and_cheek(r: Rules) -> None:
    lm = r.lm
    r.add("ST3", lm["ala-lower-r"], FWD)
    r.add("LI20", lm["ala-groove-r"], FWD + 0.3 * RIGHT_)
    r.add("EX-HN8", lm["ala-top-r"], FWD + 0.8 * RIGHT_)


def _ear_and_jaw(r: Rules) -> None:
    lm = r.lm
    tragus = lm["tragus-r"]
    # SI19 just in front of the middle of the tragus; TE21 above it, in front of the notch above the tragus
    r.add("SI19", tragus + FWD * 0.5, RIGHT_)
    r.add("TE21", tragus + FWD * 0.4 + UP * 0.8, RIGHT_)
    # ST7: below the middle of the cheekbone's arch, in front of the jaw joint [2 cm in front of the
    # tragus on this head, where the notch of the lower jaw lies]
    r.add("ST7", tragus + FWD * 2.0 + UP * 0.2, RIGHT_ + 0.2 * FWD)
    # TE17: behind the ear lobe, in the hollow in front of the tip of the mastoid process
    lobe, mastoid = lm["ear-lobe-r"], lm["mastoid-r"]
    r.add("TE17", (lobe + mastoid) / 2 + UP * 0.3, RIGHT_ + 0.4 * BACK)
    r.add("ANMIAN", (r.points["TE17"].pos + r.points["GB20"].pos) / 2, RIGHT_ + BACK)


def _scalp(r: Rules) -> None:
    lm = r.lm
    over_ear = lm["hairline-over-ear-r"]
    r.add("GB8", over_ear + UP * r.cm("head", 1.5), RIGHT_ + 0.3 * UP, Check("hairline-over-ear-r", 1.5, "head"))
    top = r.points["GV20"].pos
    cun = r.cm("head-front", 1.0)
    four = [top + FWD * cun, top + BACK * cun, top + RIGHT_ * cun, top + LEFT * cun]
    sishencong = r.add("EX-HN1", four[0], UP, Check("pt:GV20", 1.0, "head-front"), midline=True)
    sishencong.extra = [r.on_skin(p, UP) for p in four[1:]]
    # GV24: 0.5 B-cun up the midline from the front hairline; the forehead slopes away there, so the distance
    # is measured on the body (and in a picture only where one sees it square-on)
    r.add("GV24", lm["hairline-front"] + unit(UP + 0.35 * BACK) * r.cm("head-front", 0.5), FWD + UP,
          Check("hairline-front", 0.5, "head-front"), midline=True)  # fmt: skip
    r.add("GV16", lm["below-occiput"], BACK, midline=True)


def _trunk_front(r: Rules) -> None:
    lm = r.lm
    navel = lm["navel"]
    r.add("CV17", lm["sternum-4th-space"], FWD, midline=True)
    r.add("CV12", navel + UP * r.cm("abdomen-upper", 4), FWD, Check("navel", 4, "abdomen-upper"), midline=True)
    r.add("CV6", navel + DOWN * r.cm("abdomen-lower", 1.5), FWD, Check("navel", 1.5, "abdomen-lower"), midline=True)
    r.add("CV4", navel + DOWN * r.cm("abdomen-lower", 3), FWD, Check("navel", 3, "abdomen-lower"), midline=True)
    # the abdomen's sideways B-cun is the chest's (8 between the nipples)
    r.add("ST25", navel + RIGHT_ * r.cm("chest", 2), FWD, Check("navel", 2, "chest"))
    r.add("SP15", navel + RIGHT_ * r.cm("chest", 4), FWD + 0.4 * RIGHT_, Check("navel", 4, "chest"))


def _forearm(r: Rules) -> None:
    lm = r.lm
    fore, _radial, dorsal = lm.forearm_axes
    te6 = lm["wrist-dorsal-mid-r"] - fore * r.cm("forearm", 3)
    r.add("TE6", te6, dorsal, Check("wrist-dorsal-mid-r", 3, "forearm"))

