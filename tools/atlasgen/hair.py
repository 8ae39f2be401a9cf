"""Where the hair is: one hairline on the 3D head, so every view (face, side, ear, top, back) agrees.

The mesh is bald; the hairline is a rule on its landmarks [assumption: an average short haircut].
Seen round the head, it is a height for each bearing (degrees from the face, either side, about a
vertical axis through the head joint), drawn smoothly through these places, front to back:

- the front hairline on the midline, arching gently down across the forehead to its rounded corner,
  4.5 B-cun along the skin from the midline (the WHO count between the two corners is 9 B-cun);
- from the corner straight down the temple, well behind the temple's hollow (EX-HN5 stays on bare
  skin), into a short sideburn in front of the ear that ends level with the top of the tragus (the
  bare hollows in front of the ear, SI19, TE21 and ST7, stay below and behind it);
- up the front of the ear and over it, about a finger-width (1 cm) above its top: GB8, 1.5 B-cun
  above that hairline, is in the hair;
- down behind the ear, a centimetre behind its root, to the level of the ear lobe;
- across the nape, 1 B-cun below the hollow under the skull (WHO puts GV16 1 B-cun inside the
  posterior hairline), so GB20, Anmian and BL10 lie just inside it.

The ear itself is kept bare.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from scipy.interpolate import PchipInterpolator

from atlasgen.landmarks import RIGHT_, Landmarks, Vec

EAR_ABOVE = 1.0  # cm of bare skin between the top of the ear and the hair (about a finger-width)
BEHIND_EAR = 0.8  # cm of bare skin behind the ear's root before the hair
BURN_FRONT, BURN_BACK = 2.2, 1.0  # cm in front of the tragus: the sideburn's front and back edges
CORNER_CUN = 4.5  # B-cun along the skin from the midline to the corner of the forehead's hairline


def _centre(lm: Landmarks) -> Vec:
    return np.array([0.0, lm.body.joint("r-eye")[1] - 1.0, lm.body.joint("head")[2]])


def bearing(lm: Landmarks, p: np.ndarray) -> np.ndarray:
    """Degrees round the head from straight ahead (0) to straight behind (180), either side."""
    return np.degrees(np.arctan2(np.abs(p[..., 0]), p[..., 2] - _centre(lm)[2]))


def _on_side(lm: Landmarks, y: float, z: float) -> Vec:
    """The skin of the head's right side at height ``y`` and depth ``z`` (found from inside)."""
    return lm.body.surface(np.array([-3.0, y, z]), RIGHT_)


def _along_forehead(lm: Landmarks, cun: float) -> Vec:
    """The skin ``cun`` B-cun along the forehead from the front hairline, level with it, to the side."""
    front = lm["hairline-front"]
    centre = np.array([0.0, front[1], _centre(lm)[2]])
    ring = np.array([lm.body.surface(centre, [-np.sin(a), 0.0, np.cos(a)]) for a in np.radians(np.arange(0, 91, 1.0))])
    run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(ring, axis=0), axis=1))])
    k = int(np.searchsorted(run, cun * lm.cun_cm["head-front"]))
    return ring[min(k, len(ring) - 1)]


def auricle_box(lm: Landmarks) -> tuple[float, float, float, float]:
    """(bottom, top, back, front) of the ear in cm: from the lobe to the top of the ear, root to tragus."""
    v = lm.body.skin.verts
    apex, lobe, tragus = lm["auricle-apex-r"], lm["ear-lobe-r"], lm["tragus-r"]
    ear = v[(v[:, 0] < apex[0] + 0.6) & (v[:, 1] > lobe[1] - 0.5) & (v[:, 1] < apex[1] + 0.5)]
    ear = ear[(ear[:, 2] > tragus[2] - 5.0) & (ear[:, 2] < tragus[2] + 1.0)]
    return float(lobe[1]), float(apex[1]), float(ear[:, 2].min()), float(tragus[2])


@cache
def _chart(lm: Landmarks) -> PchipInterpolator:
    front, tragus = lm["hairline-front"], lm["tragus-r"]
    lobe_y, top_y, back_z, _ = auricle_box(lm)
    burn_y = tragus[1] + 1.3  # the sideburn ends level with the top of the tragus
    over_y = lm["hairline-over-ear-r"][1]
    nape_y = lm["below-occiput"][1] - lm.cun_cm["head"]
    places = [  # (a skin point the hairline passes through, its height there)
        (front, front[1]),
        # a gentle arch across the forehead to the corner, which is rounded into the temple
        (_along_forehead(lm, CORNER_CUN - 2.5), front[1] - 0.2),
        (_along_forehead(lm, CORNER_CUN - 1.5), front[1] - 0.6),
        (_along_forehead(lm, CORNER_CUN - 0.7), front[1] - 1.2),
        (_along_forehead(lm, CORNER_CUN), front[1] - 2.2),
        (_on_side(lm, burn_y + 2.0, tragus[2] + BURN_FRONT + 0.1), burn_y + 2.0),  # the sideburn's front edge
        (_on_side(lm, burn_y, tragus[2] + BURN_FRONT), burn_y),
        (_on_side(lm, burn_y, tragus[2] + BURN_BACK), burn_y),  # its back edge, up to the front of the ear
        (_on_side(lm, top_y - 0.8, tragus[2] + 0.5), top_y - 0.8),
        (lm["hairline-over-ear-r"], over_y),  # over the ear
        (_on_side(lm, top_y + 0.5, back_z + 0.3), top_y + 0.5),
        (_on_side(lm, top_y - 0.3, back_z - BEHIND_EAR), top_y - 0.3),  # down behind the ear
        (_on_side(lm, lobe_y, back_z - BEHIND_EAR - 0.2), lobe_y),
    ]
    angles = [float(bearing(lm, p)) for p, _ in places]
    heights = [h for _, h in places]
    angles += [140.0, 180.0]  # across the nape
    heights += [(lobe_y + nape_y) / 2 - 0.2, nape_y]
    order = np.argsort(angles)
    return PchipInterpolator(np.array(angles)[order], np.array(heights)[order], extrapolate=True)


def hair_above(lm: Landmarks, p: np.ndarray) -> np.ndarray:
    """For skin points ``p`` (..., 3), how far (cm) above the hairline each is: positive on the scalp.

    The ear (the skin standing out from the side of the head between its lobe and top) is bare.
    """
    above = p[..., 1] - _chart(lm)(bearing(lm, p))
    lobe_y, top_y, back_z, front_z = auricle_box(lm)
    apex_x = abs(float(lm["auricle-apex-r"][0]))
    ear = (np.abs(p[..., 0]) > apex_x - 0.7) & (p[..., 1] > lobe_y - 0.8) & (p[..., 1] < top_y + 0.3)
    ear &= (p[..., 2] > back_z - 0.5) & (p[..., 2] < front_z + 0.5)
    above = np.where(ear, np.minimum(above, -1.0), above)
    return np.where(p[..., 1] < lm["c7"][1], -5.0, above)
