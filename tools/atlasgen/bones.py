"""Fit the myo-sim bones (Apache-2.0) into the MakeHuman skin, region by region.

Each bone mesh is first put where the myo-sim MuJoCo model puts it (body offsets copied from
``myolegs_chain.xml`` and ``myotorso_chain.xml``, all joints at zero: the anatomical position), then
each region is mapped into the skin by a similarity transform fixed by landmark pairs between the
model's joint centres and the MakeHuman rig joints:

- pelvis, sacrum and lumbar spine: the two hip centres (scaled by body height, a little wider side
  to side, since the MakeHuman hip joints sit wide);
- thigh (femur): hip centre -> knee centre;
- leg (tibia, fibula, patella, talus, foot): knee centre -> ankle centre.

The right side is fitted; the left is its mirror image. Model frame (OpenSim): x forward, y up,
z to the right, metres. Body frame here: centimetres, x to the LEFT, y up, z forward.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from atlasgen.body import Body, Mesh

M_TO_CM = 100.0


def _rz(angle: float) -> np.ndarray:
    c, s = np.cos(angle), np.sin(angle)
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


# mesh -> (position of its frame in the pelvis frame, rotation about the lateral axis), metres/radians
_L5 = np.array([-0.098, 0.071, 0])
_L4 = _L5 + np.array([0.009, 0.0321, 0])
_L3 = _L4 + np.array([0.0006, 0.0332, 0])
_L2 = _L3 + np.array([-0.0067, 0.0351, 0])
_L1 = _L2 + np.array([-0.0114, 0.0288, 0])
HIP_R = np.array([-0.056276, -0.07849, 0.07726])
KNEE_R = HIP_R + np.array([-4.6e-07, -0.404425, -0.00126526])
ANKLE_R = KNEE_R + np.array([-0.01, -0.4, 0])
PELVIS_GROUP = {
    "r_pelvis": (np.zeros(3), 0.0),
    "sacrum": (np.zeros(3), 0.0),
    "lumbar5": (_L5 + np.array([-0.01, -0.01, 0]), -0.3),
    "lumbar4": (_L4 + np.array([-0.009, -0.004, 0]), -0.2),
    "lumbar3": (_L3 + np.array([-0.004, -0.002, 0]), -0.1),
    "lumbar2": (_L2, 0.1),
    "lumbar1": (_L1, 0.25),
}
THIGH_GROUP = {"r_femur": (HIP_R, 0.0)}
LEG_GROUP = {
    "r_tibia": (KNEE_R, 0.0),
    "r_fibula": (KNEE_R, 0.0),
    "r_patella": (HIP_R + np.array([-0.00809, -0.40796, 0]), 0.0),
    "r_talus": (ANKLE_R, 0.0),
    "r_foot": (ANKLE_R + np.array([-0.04877, -0.04195, 0.00792]), 0.0),
}
# the rig's hip joints sit behind the femoral heads: the spinous processes would break the skin
HIP_FORWARD = np.array([0.0, 0.0, 3.5])
SIDED = ("r_pelvis", "r_femur", "r_tibia", "r_fibula", "r_patella", "r_talus", "r_foot")


def to_body(p: np.ndarray) -> np.ndarray:
    """OpenSim (x fwd, y up, z right; m) -> body (x left, y up, z fwd; cm)."""
    p = np.asarray(p, float)
    return np.stack([-p[..., 2], p[..., 1], p[..., 0]], axis=-1) * M_TO_CM


def _align(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The smallest rotation taking direction a to direction b (Rodrigues)."""
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    v, c = np.cross(a, b), float(a @ b)
    k = np.array([[0, -v[2], v[1]], [v[2], 0, -v[0]], [-v[1], v[0], 0]])
    return np.eye(3) + k + k @ k / (1 + c)


def _segment_fit(src_a: np.ndarray, src_b: np.ndarray, dst_a: np.ndarray, dst_b: np.ndarray):  # type: ignore[no-untyped-def]
    """Similarity mapping the segment src_a-src_b onto dst_a-dst_b (rotation about it left minimal)."""
    rot = _align(src_b - src_a, dst_b - dst_a)
    scale = np.linalg.norm(dst_b - dst_a) / np.linalg.norm(src_b - src_a)
    return lambda p: (np.asarray(p) - src_a) @ rot.T * scale + dst_a


def _place(raw: dict[str, np.ndarray], name: str, frame_pos: np.ndarray, tilt: float) -> np.ndarray:
    return to_body(raw[f"{name}__v"] @ _rz(tilt).T + frame_pos)


def fit_bones(body: Body) -> dict[str, Mesh]:
    from atlasgen.body import DATA, Mesh

    raw = dict(np.load(DATA / "bones.npz"))
    j = body.joint
    hip_r, hip_l = to_body(HIP_R), to_body(HIP_R * [1, 1, -1])
    # pelvis region: height-scaled, a little wider to meet the rig's wide hip joints, hips centred
    scale = np.array([1.12, 0.95, 0.95])
    centre_src = (hip_r + hip_l) / 2
    centre_dst = (j("r-upper-leg") + j("l-upper-leg")) / 2 + HIP_FORWARD

    def pelvis_fit(p: np.ndarray) -> np.ndarray:
        return (p - centre_src) * scale + centre_dst

    thigh_fit = _segment_fit(to_body(HIP_R), to_body(KNEE_R), j("r-upper-leg") + HIP_FORWARD, j("r-knee"))
    leg_fit = _segment_fit(to_body(KNEE_R), to_body(ANKLE_R), j("r-knee"), j("r-ankle"))
    out: dict[str, Mesh] = {}
    for group, fit in ((PELVIS_GROUP, pelvis_fit), (THIGH_GROUP, thigh_fit), (LEG_GROUP, leg_fit)):
        for name, (pos, tilt) in group.items():
            verts = fit(_place(raw, name, pos, tilt))
            faces = raw[f"{name}__f"].astype(np.int64)
            key = name.removeprefix("r_")
            mesh = Mesh(verts, faces, key)  # to_body is a proper rotation: winding is kept
            if name in SIDED:
                out[f"{key}-r"] = mesh
                out[f"{key}-l"] = mesh.mirrored()
                out[f"{key}-l"].name = f"{key}-l"
                mesh.name = f"{key}-r"
            else:
                out[key] = mesh
    return out
