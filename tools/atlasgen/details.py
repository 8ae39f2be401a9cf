"""Small textbook details drawn from the same 3D data: nails, eyebrows, eyes, tendons, bumps of bone.

Each detail is a function (landmarks, camera, side, visible) -> SVG elements; ``visible(p, n)`` says
whether a skin point with outward normal ``n`` is seen by the camera.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from atlasgen.landmarks import FWD as FWD_
from atlasgen.landmarks import RIGHT_ as RIGHT
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


IRIS, PUPIL = "#7A5A48", "#3A2A22"
TENDON = "#A5745E"


def _skin_line(cam: Camera, side: str, visible: Visible, pts: list[Vec], normal: Vec) -> list[np.ndarray]:
    """The seen runs of a line of skin points (right side given; ``normal`` the skin's outward direction)."""
    runs: list[list[np.ndarray]] = [[]]
    for p in pts:
        q, n = _side(p, side), _side(normal, side)
        if visible(q, n):
            runs[-1].append(cam.project(q[None])[0, :2])
        elif runs[-1]:
            runs.append([])
    return [np.array(r) for r in runs if len(r) >= 3]


def wrist_tendons(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """The two tendons standing out above the palm side of the wrist, over the last 6 cm of the forearm:
    palmaris longus just to the little-finger side of the middle, flexor carpi radialis 1.1 cm from it."""
    fore, radial, dorsal = lm.forearm_axes
    mid = lm["wrist-crease-mid-r"]
    lines = []
    for offset in (-0.45, 0.65):
        start = mid + radial * offset + dorsal * 2.0
        pts = [lm.body.surface(start - fore * t, -dorsal) for t in np.linspace(0.4, 6.5, 12)]
        lines += _skin_line(cam, side, visible, pts, -dorsal)
    return [f'<g id="tendons" fill="none" stroke="{TENDON}" stroke-width="1.3" stroke-linecap="round" opacity="0.55">',
            el("path", d=open_path(lines, 0.4)), "</g>"] if lines else []  # fmt: skip


def achilles(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """The borders of the Achilles tendon, from the heel bone up 9 cm behind the ankle (about 1.8 cm wide)."""
    centre = lm["achilles-r"]
    lines = []
    for across in (RIGHT, -RIGHT):
        pts = [lm.body.surface(centre + UP * t + across * 0.9 + FWD_ * 3.0, -FWD_ + 0.25 * across)
               for t in np.linspace(-1.5, 9.0, 14)]  # fmt: skip
        lines += _skin_line(cam, side, visible, pts, -FWD_ + 0.6 * across)
    return [f'<g id="achilles" fill="none" stroke="{TENDON}" stroke-width="1.2" stroke-linecap="round" opacity="0.5">',
            el("path", d=open_path(lines, 0.4)), "</g>"] if lines else []  # fmt: skip


def malleoli(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """The round bump of each ankle bone: the lower and back half of a 2 cm circle round its prominence."""
    out = []
    for name, out_dir in (("lateral-malleolus-r", RIGHT), ("medial-malleolus-r", -RIGHT)):
        centre = lm[name]
        pts = []
        for a in np.radians(np.linspace(150, 390, 16)):  # from the front, under, behind and over the back
            ring = centre + (UP * np.sin(a) + FWD_ * np.cos(a)) * 1.1
            pts.append(lm.body.surface(ring + out_dir * 2.0, -out_dir))
        out += _skin_line(cam, side, visible, pts, out_dir)
    return [f'<g id="malleoli" fill="none" stroke="{TENDON}" stroke-width="1.1" stroke-linecap="round" opacity="0.5">',
            el("path", d=open_path(out, 0.4)), "</g>"] if out else []  # fmt: skip


def eyes(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """An iris and pupil in each eye opening, looking ahead (between the rig's lids, on the skin's surface)."""
    out = []
    for s in ("r", "l"):
        j = lm.body.joint
        centre = (j(f"{s}-upperlid") + j(f"{s}-lowerlid")) / 2
        look = unit(j(f"{s}-eye-target") - j(f"{s}-eye"))
        if side != "m":
            centre, look = _side(centre, side), _side(look, side)
        if float(look @ -cam.axes()[2]) < 0.5:
            continue
        (x, y, _), (ex, _ey, _) = cam.project(np.array([centre, centre + cam.axes()[0] * 0.42]))
        r = abs(ex - x)
        out += [el("circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=f"{r:.1f}", fill=IRIS),
                el("circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=f"{r * 0.42:.1f}", fill=PUPIL)]  # fmt: skip
    return ['<g id="eyes" opacity="0.9">', *out, "</g>"] if out else []


def knuckles(lm: Landmarks, cam: Camera, side: str, visible: Visible) -> list[str]:
    """The knuckles' bumps on the back of the hand: the far half of a 1.3 cm circle round each metacarpal's head."""
    axis, radial, dorsal = lm.hand_axes
    out = []
    for k in range(2, 6):
        centre = lm[f"knuckle-{k}-r"] - axis * 0.3
        pts = []
        for a in np.radians(np.linspace(-80, 80, 9)):  # round the distal side of the head
            ring = centre + (axis * np.cos(a) + radial * np.sin(a)) * 0.65
            pts.append(lm.body.surface(ring + dorsal * 2.0, -dorsal))
        out += _skin_line(cam, side, visible, pts, dorsal)
    return [f'<g id="knuckles" fill="none" stroke="{TENDON}" stroke-width="1.0" stroke-linecap="round" opacity="0.45">',
            el("path", d=open_path(out, 0.4)), "</g>"] if out else []  # fmt: skip
