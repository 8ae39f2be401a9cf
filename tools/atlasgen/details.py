"""Small textbook details drawn from the same 3D data: nails, eyebrows.

Each detail is a function (landmarks, camera, side, visible) -> SVG elements; ``visible(p, n)`` says
whether a skin point with outward normal ``n`` is seen by the camera.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from atlasgen.landmarks import UP, Landmarks, Vec, unit
from atlasgen.raster import Camera
from atlasgen.svgout import el, open_path

MIRROR = np.array([-1.0, 1.0, 1.0])
Visible = Callable[[Vec, Vec], bool]
Detail = Callable[[Landmarks, Camera, str, Visible], list[str]]
NAIL_FILL, NAIL_STROKE, BROW = "#F8E6DA", "#B07E66", "#8E6B57"


def _side(p: Vec, side: str) -> Vec:
    return p * MIRROR if side == "l" else p


def nails(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """A nail on the back of each finger's last segment, two thirds of the way to the tip."""
    out = []
    dorsal = lm.hand_axes[2]
    for k in range(1, 6):
        tip, dip = lm.body.joint(f"r-finger-{k}-4"), lm.body.joint(f"r-finger-{k}-3")
        axis = unit(tip - dip)
        normal = unit(dorsal - axis * (dorsal @ axis))
        centre = lm.body.surface(dip + 0.66 * (tip - dip), normal)
        centre, normal, axis = _side(centre, side), _side(normal, side), _side(axis, side)
        if not visible(centre, normal):
            continue
        length = 0.5 * float(np.linalg.norm(tip - dip))
        width = 0.95 if k == 1 else 0.72
        across = unit(np.cross(normal, axis))
        pts = cam.project(np.array([centre, centre + axis * length, centre + across * width / 2]))
        (cx, cy, _), (ax, ay, _), (bx, by, _) = pts
        rx, ry = math.hypot(ax - cx, ay - cy) / 2 + 0.1, math.hypot(bx - cx, by - cy) + 0.1
        angle = math.degrees(math.atan2(ay - cy, ax - cx))
        out.append(el("ellipse", cx=f"{cx + (ax - cx) * 0.15:.1f}", cy=f"{cy + (ay - cy) * 0.15:.1f}",
                      rx=f"{rx:.1f}", ry=f"{ry:.1f}", transform=f"rotate({angle:.0f} {cx:.1f} {cy:.1f})"))  # fmt: skip
    return [f'<g id="nails" fill="{NAIL_FILL}" stroke="{NAIL_STROKE}" stroke-width="0.9">', *out, "</g>"]


def eyebrows(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """Each brow: from its inner end, arching a little, to its outer end (on the skin)."""
    paths = []
    for s in ("r", "l"):
        a, b = lm[f"brow-medial-{s}"], lm[f"brow-lateral-{s}"]
        centre = np.array([0.0, a[1] - 1.0, lm.body.joint("head")[2]])
        pts = []
        for t in np.linspace(0, 1, 7):
            p = a + t * (b - a) + UP * 0.4 * math.sin(math.pi * t**0.8)
            pts.append(lm.body.surface(centre, unit(p - centre)))  # out from inside the head
        pts_arr = np.array([_side(p, side) for p in pts]) if side != "m" else np.array(pts)
        if visible(pts_arr[3], lm.body.normal_near(pts_arr[3], 1.0)):
            paths.append(cam.project(pts_arr)[:, :2])
    return [f'<g id="brows" fill="none" stroke="{BROW}" stroke-width="3.2" stroke-linecap="round" opacity="0.8">',
            el("path", d=open_path(paths, 0.3)), "</g>"]  # fmt: skip
