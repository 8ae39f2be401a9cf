"""The bones fitted into the 3D body: inside the skin, and meeting at the rig's joints.

A bone outside the skin would put the landmarks found on it (C7, the acromion, the styloid
processes, ...) in the wrong place, and a joint away from the rig's would draw a bone across a crease.
These need the build-time extra (``pip install -e '.[atlas]'``) and are skipped without it.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
HAS_EXTRA = all(importlib.util.find_spec(m) is not None for m in ("numpy", "skimage"))
pytestmark = pytest.mark.skipif(not HAS_EXTRA, reason="needs the build-time extra: pip install -e '.[atlas]'")

# share of a bone's vertices inside the skin; the teeth sit in the mouth (outside the closed skin), so
# the skull and the jaw are checked above the eyes only; the MakeHuman foot is slim
INSIDE = 0.85
INSIDE_FOOT = 0.75
# joint -> bones meeting there, and how near (cm) each bone's surface comes to the rig's joint centre
JOINTS = {
    "r-shoulder": (("humerus-r", "scapula-r"), 3.5),
    "r-elbow": (("humerus-r", "ulna-r", "radius-r"), 2.5),
    "r-hand": (("radius-r", "ulna-r"), 2.5),
    "r-finger-2-1": (("2mc-r", "2proxph-r"), 1.5),
    "r-finger-5-1": (("5mc-r", "5proxph-r"), 1.5),
    "r-upper-leg": (("femur-r", "pelvis-r"), 4.5),
    "r-knee": (("femur-r", "tibia-r"), 3.0),
    "r-ankle": (("tibia-r", "talus-r"), 2.5),
}


@cache
def _body() -> Any:
    from atlasgen.body import load_body

    return load_body()


def _inside(points: Any) -> Any:
    """Which points are inside the closed skin (odd number of crossings of a ray)."""
    import numpy as np

    skin = _body().skin
    a, b, c = (skin.verts[skin.faces[:, k]] for k in range(3))
    e1, e2 = b - a, c - a
    d = np.array([0.3, 0.9, 0.31]) / np.linalg.norm([0.3, 0.9, 0.31])
    h = np.cross(d, e2)
    det = (e1 * h).sum(axis=1)
    inv = 1.0 / np.where(np.abs(det) > 1e-12, det, np.inf)
    out = []
    for p in points:
        s = p - a
        u = (s * h).sum(axis=1) * inv
        q = np.cross(s, e1)
        v = (q @ d) * inv
        t = (e2 * q).sum(axis=1) * inv
        out.append(int(((u >= 0) & (v >= 0) & (u + v <= 1) & (t > 0)).sum()) % 2 == 1)
    return np.array(out)


def test_every_fitted_bone_lies_inside_the_skin() -> None:
    body = _body()
    eye_y = body.joint("r-eye")[1]
    low = []
    for name, mesh in sorted(body.bones.items()):
        if name.endswith("-l"):
            continue  # the mirror image of the right
        verts = mesh.verts[::2]
        if name in ("skull", "jaw"):
            verts = verts[verts[:, 1] > eye_y + 1.0]
            if not len(verts):
                continue
        share = float(_inside(verts).mean())
        if share < (INSIDE_FOOT if name == "foot-r" else INSIDE):
            low.append(f"{name} {share:.0%}")
    assert not low, f"bones partly outside the skin: {low}"


@pytest.mark.parametrize("joint", sorted(JOINTS))
def test_bones_meet_at_the_rigs_joints(joint: str) -> None:
    import numpy as np

    body = _body()
    bones, within = JOINTS[joint]
    centre = body.joint(joint)
    for name in bones:
        gap = float(np.linalg.norm(body.bones[name].verts - centre, axis=1).min())
        assert gap < within, f"{name} is {gap:.1f} cm from the rig's {joint}"
