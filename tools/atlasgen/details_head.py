"""Details of the face and trunk views: the navel, the landmark the belly's points are measured from."""

from __future__ import annotations

from atlasgen.details import NAIL_STROKE, Visible
from atlasgen.landmarks import FWD, Landmarks
from atlasgen.raster import Camera
from atlasgen.svgout import el

NAVEL_FILL = "#D9B29B"


def navel(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """A small upright oval at the navel (about 1.2 by 0.9 cm), where the front views see it."""
    centre = lm["navel"]
    if not visible(centre, FWD):
        return []
    cx, cy, _ = cam.project(centre[None])[0]
    scale = float(cam.scale)
    rx, ry = 0.45 * scale, 0.6 * scale
    del side
    return [el("ellipse", id="navel", cx=f"{cx:.1f}", cy=f"{cy:.1f}", rx=f"{rx:.1f}", ry=f"{ry:.1f}",
               fill=NAVEL_FILL, stroke=NAIL_STROKE, stroke_width="0.9")]  # fmt: skip
