"""The ear drawn so it reads as an ear on the side views: its rim (the helix), the darker bowl (the
concha) and the lobe, traced from the mesh's own ear.

Seen from the side, every pixel of the ear is a point of the skin; how far it stands out from the
midline says which part it is: the helix's rim stands out most (the ear is tilted out at the back),
the bowl of the concha lies deepest, below the side of the head round the ear.
"""

from __future__ import annotations

import numpy as np
from skimage.filters import gaussian
from skimage.morphology import convex_hull_image

from atlasgen.hair import auricle_box
from atlasgen.landmarks import Landmarks
from atlasgen.svgout import closed_path, el
from atlasgen.trace import iso_shapes

EAR_FILL, EAR_RIM, CONCHA = "#F0CDB8", "#8A5A44", "#C89479"
STANDS_OUT = 7.25  # cm from the midline: the ear, not the side of the head round it [measured on this mesh]
RIM = 7.8  # cm: the helix, the rolled rim at the top and back
DEEP = 6.95  # cm: the bowl of the concha, deeper than the side of the head


def ear_parts(lm: Landmarks, pos: np.ndarray, mask: np.ndarray, scale: float, margin: int) -> list[str]:
    """SVG paths of the ear on a side view; ``pos`` are the skin's 3D points of the frame's pixels."""
    lobe_y, top_y, back_z, front_z = auricle_box(lm)
    y, z, out = pos[..., 1], pos[..., 2], np.abs(pos[..., 0])
    box = mask & (y > lobe_y - 0.8) & (y < top_y + 0.5) & (z > back_z - 0.8) & (z < front_z + 0.3)
    if box.sum() < 50:
        return []
    sigma = max(0.05 * scale, 1.0)
    tol = max(0.02 * scale, 0.6)
    field = gaussian(np.where(box, out, 0.0), sigma)
    ear = iso_shapes(field, STANDS_OUT, margin, tol, 0.2 * scale**2)
    rim = iso_shapes(field, RIM, margin, tol, 0.05 * scale**2)
    # the bowl: deep skin within the ear's own outline (the hull of its rim), not the head behind it
    hull = convex_hull_image(field > STANDS_OUT)
    bowl = gaussian(np.where(box & hull & (z < front_z - 0.1), DEEP + 1.0 - out, 0.0), sigma)
    concha = iso_shapes(bowl, 1.0, margin, tol, 0.05 * scale**2)
    parts = []
    if concha:
        parts.append(el("path", d=closed_path(concha), fill=CONCHA, stroke="none"))
    if ear:
        parts.append(el("path", d=closed_path(ear), fill=EAR_FILL, fill_rule="evenodd"))
    if rim:
        parts.append(el("path", d=closed_path(rim), fill="none", stroke_width="0.9", opacity="0.7"))
    return parts
