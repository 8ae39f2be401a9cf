"""Fit the myo-sim bones (Apache-2.0) into the MakeHuman skin, region by region.

Each bone mesh is first put where the myo-sim MuJoCo model puts it (body offsets copied from
``myolegs_chain.xml`` and ``myotorso_chain.xml``, all joints at zero: the anatomical position), then
each region is mapped into the skin by a similarity transform fixed by landmark pairs between the
model's joint centres and the MakeHuman rig joints:

- pelvis, sacrum and lumbar spine: the two hip centres (scaled by body height, a little wider side
  to side, since the MakeHuman hip joints sit wide);
- thigh (femur): hip centre -> knee centre;
- leg (tibia, fibula, patella, talus, foot): knee centre -> ankle centre;
- thorax (thoracic vertebrae, rib cage), neck and skull: from the top of the fitted lumbar spine to
  the rig's shoulders (height and width), each thoracic vertebra then set so its spinous process
  lies a finger's breadth of tissue under the skin of the back's midline;
- shoulder girdle (clavicle, scapula): the thorax's scale, the glenohumeral centre on the rig's
  shoulder joint;
- upper arm (humerus): shoulder -> elbow; forearm (ulna, radius): elbow -> wrist, turned about the
  forearm so the radius lies on the thumb side; hand (metacarpals, first phalanges): wrist and the
  2nd and 5th knuckles (three point pairs, a least-squares similarity).

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

# the upper body (myotorso_chain.xml, myoarm_r_chain.xml, myobody_skeleton_decor.xml): the torso
# frame hangs from lumbar1; the arm chain's root (the sternoclavicular joint) from the torso, unrotated
TORSO = _L1 + np.array([0.0025, -0.089, 0])


def _qz(w: float, z: float) -> float:
    """The angle of a MuJoCo quaternion (w, 0, 0, z): a turn about the lateral axis."""
    return 2 * float(np.arctan2(z, w))


_THORACIC = {
    12: (-0.016, 0.119, 0.980067, 0.198669), 11: (-0.032, 0.146, 0.995004, 0.0998334),
    10: (-0.04, 0.171, 0.997189, 0.0749297), 9: (-0.043, 0.198, 0.99875, 0.0499792),
    8: (-0.045, 0.223, 0.9998, -0.0199987), 7: (-0.044, 0.249, 0.99955, -0.0299955),
    6: (-0.043, 0.27, 0.99955, -0.0299955), 5: (-0.041, 0.292, 0.99875, -0.0499792),
    4: (-0.0395, 0.314, 0.997189, -0.0749297), 3: (-0.036, 0.337, 0.995004, -0.0998334),
    2: (-0.032, 0.358, 0.992198, -0.124675), 1: (-0.028, 0.375, 0.988771, -0.149438),
}  # fmt: skip
THORAX_GROUP = {
    **{f"thoracic{k}_s": (TORSO + np.array([x, y, 0]), _qz(w, z)) for k, (x, y, w, z) in _THORACIC.items()},
    "thorax": (TORSO + np.array([0.028, 0.365, 0]), 0.0),
}
HEAD_GROUP = {name: (TORSO + np.array([-0.005, -0.01, 0]), 0.0) for name in ("hat_cervical", "hat_skull", "hat_jaw")}
ARM_ROOT = TORSO + np.array([0.02, 0.37, 0])
GH_R = ARM_ROOT + np.array([-0.0239, -0.0139, 0.1445])
ELBOW_R = ARM_ROOT + np.array([-0.0178, -0.3043, 0.1322])
WRIST_R = ARM_ROOT + np.array([0.0006, -0.5578, 0.1772])  # the lunate
_HAND = {
    "1mc": (0.0271, -0.5829, 0.1667), "thumbprox": (0.0436, -0.6121, 0.154),
    "2mc": (0.0193, -0.6105, 0.1846), "2proxph": (0.0228, -0.6387, 0.1882),
    "3mc": (0.0051, -0.6121, 0.1869), "3proxph": (0.0053, -0.6384, 0.1887),
    "4mc": (-0.0074, -0.6134, 0.183), "4proxph": (-0.0093, -0.6371, 0.1829),
    "5mc": (-0.0173, -0.6076, 0.1753), "5proxph": (-0.0189, -0.629, 0.1738),
}  # fmt: skip
# the joint at the far end of the thumb's bones and the fingers' first phalanges (the next bone's origin),
# with the rig's joints at both ends: these follow the rig's own finger and thumb directions
_DIGIT_ENDS = {
    "1mc": ((0.0436, -0.6121, 0.154), "r-finger-1-1", "r-finger-1-2"),
    "thumbprox": ((0.0576, -0.638, 0.1439), "r-finger-1-2", "r-finger-1-3"),
    "2proxph": ((0.0303, -0.68, 0.1955), "r-finger-2-1", "r-finger-2-2"),
    "3proxph": ((0.007, -0.6826, 0.1949), "r-finger-3-1", "r-finger-3-2"),
    "4proxph": ((-0.0128, -0.6773, 0.1842), "r-finger-4-1", "r-finger-4-2"),
    "5proxph": ((-0.0242, -0.6646, 0.1709), "r-finger-5-1", "r-finger-5-2"),
}
GIRDLE_GROUP = {"clavicle": (ARM_ROOT, 0.0), "scapula": (ARM_ROOT + np.array([-0.0143, 0.0201, 0.1355]), 0.0)}
HUMERUS_GROUP = {"humerus": (GH_R, 0.0)}
FOREARM_GROUP = {"ulna": (ELBOW_R, 0.0), "radius": (ARM_ROOT + np.array([-0.0174, -0.3158, 0.1522]), 0.0)}
HAND_GROUP = {name: (ARM_ROOT + np.array(pos), 0.0) for name, pos in _HAND.items()}
UPPER_SIDED = ("clavicle", "scapula", "humerus", "ulna", "radius", *_HAND)
SPINOUS_DEPTH = 1.6  # cm of tissue over a thoracic spinous process
# the MakeHuman neck is long and its shoulders low for the model's spine: the C7/T1 disc is put this
# far below the rig's neck joint, and the shoulder girdle (with the humeral head) this far above the
# rig's shoulder joint, which keeps the scapula's upper angle level with T2 and the acromion under the skin
NECK_TO_T1 = 2.5
GIRDLE_RAISE = np.array([0.0, 1.5, 0.0])


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


def _frame_fit(src: tuple[np.ndarray, np.ndarray, np.ndarray], dst: tuple[np.ndarray, np.ndarray, np.ndarray]):  # type: ignore[no-untyped-def]
    """Segment a-b onto segment a'-b' (uniform scale), turned about it so direction c goes as near c' as it can."""

    def frame(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        e1 = (b - a) / np.linalg.norm(b - a)
        e2 = c - e1 * (c @ e1)
        e2 /= np.linalg.norm(e2)
        return np.stack([e1, e2, np.cross(e1, e2)], axis=1)

    rot = frame(*dst) @ frame(*src).T
    scale = np.linalg.norm(dst[1] - dst[0]) / np.linalg.norm(src[1] - src[0])
    return lambda p: (np.asarray(p) - src[0]) @ rot.T * scale + dst[0]


def _similarity(src: np.ndarray, dst: np.ndarray):  # type: ignore[no-untyped-def]
    """The least-squares similarity taking points ``src`` onto ``dst`` (Umeyama)."""
    ms, md = src.mean(axis=0), dst.mean(axis=0)
    a, b = src - ms, dst - md
    u, sig, vt = np.linalg.svd(b.T @ a)
    d = np.array([1.0, 1.0, np.sign(np.linalg.det(u @ vt))])
    rot = u @ np.diag(d) @ vt
    scale = float((sig * d).sum() / (a**2).sum())
    return lambda p: (np.asarray(p) - ms) @ rot.T * scale + md


def _place(raw: dict[str, np.ndarray], name: str, frame_pos: np.ndarray, tilt: float) -> np.ndarray:
    return to_body(raw[f"{name}__v"] @ _rz(tilt).T + frame_pos)


def _torso_fit(a_src: np.ndarray, a_dst: np.ndarray, b_src: np.ndarray, b_dst: np.ndarray, sx: float):  # type: ignore[no-untyped-def]
    """Scale and lean in the midline plane so a -> a' and b -> b'; ``sx`` across."""
    u, v = (b_src - a_src)[1:], (b_dst - a_dst)[1:]
    s = np.linalg.norm(v) / np.linalg.norm(u)
    ang = np.arctan2(v[1], v[0]) - np.arctan2(u[1], u[0])
    c, n = np.cos(ang), np.sin(ang)
    lin = np.array([[sx, 0, 0], [0, c * s, -n * s], [0, n * s, c * s]])
    return lambda p: (np.asarray(p) - a_src) @ lin.T + a_dst, lin


def _under_skin(body: Body, verts: np.ndarray, depth: float) -> np.ndarray:
    """The shift along z that puts the bone's hindmost midline point ``depth`` under the back's skin."""
    mid = verts[np.abs(verts[:, 0]) < 1.0]
    tip = (mid if len(mid) else verts)[np.argmin((mid if len(mid) else verts)[:, 2])]
    skin = body.surface(tip, np.array([0.0, 0.0, -1.0]))
    return np.array([0.0, 0.0, skin[2] + depth - tip[2]])


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

    def add(name: str, verts: np.ndarray, sided: bool) -> None:
        key = name.removeprefix("r_").removesuffix("_s").removeprefix("hat_")
        mesh = Mesh(verts, raw[f"{name}__f"].astype(np.int64), key)  # proper rotations: winding is kept
        if sided:
            out[f"{key}-r"] = mesh
            out[f"{key}-l"] = mesh.mirrored()
            out[f"{key}-l"].name = f"{key}-l"
            mesh.name = f"{key}-r"
        else:
            out[key] = mesh

    foot_fit = _foot_fit(body, leg_fit(_place(raw, "r_foot", *LEG_GROUP["r_foot"])))
    for group, fit in ((PELVIS_GROUP, pelvis_fit), (THIGH_GROUP, thigh_fit), (LEG_GROUP, leg_fit)):
        for name, (pos, tilt) in group.items():
            verts = fit(_place(raw, name, pos, tilt))
            add(name, foot_fit(verts) if name in ("r_foot", "r_talus") else verts, name in SIDED)
    _fit_upper(body, raw, pelvis_fit, add)
    return out


def _fit_upper(body: Body, raw: dict[str, np.ndarray], pelvis_fit, add) -> None:  # type: ignore[no-untyped-def]
    j = body.joint
    gh_r = to_body(GH_R)
    sh_r = j("r-shoulder") + GIRDLE_RAISE
    # the thorax continues the lumbar spine up to the root of the neck (the rig's neck joint is at
    # the C7/T1 disc); the model's shoulders sit higher on its spine than the rig's do, so the
    # girdle is placed on the rig's shoulder joint separately, below
    l1, t1 = to_body(_L1), to_body(TORSO + np.array([-0.028, 0.375, 0]))
    t1_dst = pelvis_fit(t1) * [1, 0, 1] + [0, j("neck")[1] - NECK_TO_T1, 0]
    torso_fit, lin = _torso_fit(l1, pelvis_fit(l1), t1, t1_dst, 1.12)
    shifts = []
    for name, (pos, tilt) in THORAX_GROUP.items():
        verts = torso_fit(_place(raw, name, pos, tilt))
        if name.startswith("thoracic"):
            shift = _under_skin(body, verts, SPINOUS_DEPTH)
            shifts.append(shift)
            verts = verts + shift
        else:  # the rib cage moves with the spine's mean shift, tips forward and down about the spine
            # (its front hangs lower than the model's: the sternum's top level with the clavicles' inner
            # ends, its lower end below the nipples), then is fitted to the chest's depth and width
            verts = verts + np.mean(shifts, axis=0)
            pivot = np.array([0.0, verts[:, 1].mean(), verts[:, 2].min() + 3.0])
            c, s_ = np.cos(RIB_PITCH), np.sin(RIB_PITCH)
            d = verts - pivot
            verts = pivot + np.stack([d[:, 0], c * d[:, 1] - s_ * d[:, 2], s_ * d[:, 1] + c * d[:, 2]], axis=1)
            verts = _ribs_inside(body, verts)
        add(name, verts, False)
    head_fit = _skull_fit(body, _place(raw, "hat_skull", *HEAD_GROUP["hat_skull"]))
    for name in ("hat_skull", "hat_jaw"):
        add(name, head_fit(_place(raw, name, *HEAD_GROUP[name])), False)
    # the neck bridges the fitted T1 and the fitted skull: its ends onto theirs
    cervical = _place(raw, "hat_cervical", *HEAD_GROUP["hat_cervical"])
    ends = [
        cervical[cervical[:, 1] < cervical[:, 1].min() + 1.0],
        cervical[cervical[:, 1] > cervical[:, 1].max() - 1.0],
    ]
    bottom, top = (e.mean(axis=0) * [0, 1, 1] for e in ends)
    t1_fitted = torso_fit(_place(raw, "thoracic1_s", *THORAX_GROUP["thoracic1_s"])) + shifts[-1]
    t1_top = t1_fitted[t1_fitted[:, 1] > t1_fitted[:, 1].max() - 1.0].mean(axis=0) * [0, 1, 1]
    add("hat_cervical", _segment_fit(bottom, top, t1_top, head_fit(top))(cervical), False)
    girdle_shift = np.mean(shifts[-4:], axis=0)  # the upper thoracic spine's shift carries the scapula
    for name, (pos, tilt) in GIRDLE_GROUP.items():
        add(name, (_place(raw, name, pos, tilt) - gh_r) @ lin.T + sh_r + girdle_shift * [0, 0, 0.5], True)
    hand_r = j("r-hand")
    mcp2, mcp5 = j("r-finger-2-1"), j("r-finger-5-1")
    add("humerus", _segment_fit(gh_r, to_body(ELBOW_R), sh_r, j("r-elbow"))(_place(raw, "humerus", GH_R, 0.0)), True)
    radial_src = to_body(np.array(_HAND["2mc"]) - _HAND["5mc"])
    fore = _frame_fit((to_body(ELBOW_R), to_body(WRIST_R), radial_src), (j("r-elbow"), hand_r, mcp2 - mcp5))
    for name, (pos, tilt) in FOREARM_GROUP.items():
        add(name, fore(_place(raw, name, pos, tilt)), True)
    src = np.array([to_body(WRIST_R), to_body(ARM_ROOT + _HAND["2proxph"]), to_body(ARM_ROOT + _HAND["5proxph"])])
    hand = _similarity(src, np.array([hand_r, mcp2, mcp5]))
    for name, (pos, tilt) in HAND_GROUP.items():
        verts = hand(_place(raw, name, pos, tilt))
        if name in _DIGIT_ENDS:  # then along the rig's own digit, from joint to joint
            end, a, b = _DIGIT_ENDS[name]
            start_at, end_at = hand(to_body(pos)), hand(to_body(ARM_ROOT + end))
            verts = _slim(_segment_fit(start_at, end_at, j(a), j(b))(verts), j(b) - j(a))
        else:  # the MakeHuman hand is thin: the palm's metacarpals slimmer about their own length
            verts = _slim(verts, (mcp2 + mcp5) / 2 - hand_r)
            dorsal = np.cross((mcp2 + mcp5) / 2 - hand_r, mcp2 - mcp5)
            dorsal *= np.sign(-dorsal[0]) / np.linalg.norm(dorsal)  # the back of the right hand faces out
            verts = verts - dorsal * KNUCKLE_SINK
        add(name, verts, True)


def _foot_fit(body: Body, foot: np.ndarray):  # type: ignore[no-untyped-def]
    """Behind the ankle, the foot's bones drawn in so the heel bone ends a little inside the heel's skin
    (the MakeHuman heel is shorter than the leg's scale makes the model's); in front, as fitted."""
    ankle = body.joint("r-ankle")
    v = body.skin.verts
    heel = v[(np.abs(v[:, 0] - ankle[0]) < 5) & (v[:, 1] < ankle[1] + 2), 2].min()
    k = (heel + HEEL_PAD - ankle[2]) / (foot[:, 2].min() - ankle[2])

    # in front, the forefoot's bones drawn in toward the foot's axis (the MakeHuman foot is slim): at the
    # toes' joints they keep FOREFOOT of their width and height about the line from the ankle to the 2nd toe
    toe = body.joint("r-toe-2-1")

    def fit(p: np.ndarray) -> np.ndarray:
        q = np.array(p, float)
        behind = q[:, 2] < ankle[2]
        q[behind, 2] = ankle[2] + (q[behind, 2] - ankle[2]) * k
        t = np.clip((q[:, 2] - ankle[2]) / (toe[2] - ankle[2]), 0, 1)
        axis = ankle + t[:, None] * (toe - ankle) + np.array([0.0, -1.5, 0.0]) * t[:, None]
        shrink = 1 + t * (FOREFOOT - 1)
        q[:, :2] = axis[:, :2] + (q[:, :2] - axis[:, :2]) * shrink[:, None]
        return q

    return fit


HEEL_PAD = 0.8  # cm of heel pad behind the heel bone
FOREFOOT = 0.85
METACARPAL_GIRTH = 0.8  # of their width kept by the bones of the hand
KNUCKLE_SINK = 0.3  # cm: the metacarpals' heads moved toward the palm, under the knuckles' skin


def _ribs_inside(body: Body, ribs: np.ndarray) -> np.ndarray:
    """Scale the rib cage about its back and midline: the sternum and the widest ribs a little under the skin."""
    back = ribs[:, 2].min()
    mid = ribs[np.abs(ribs[:, 0]) < 1.5]
    front = mid[np.argmax(mid[:, 2])]
    skin_front = body.surface(front, np.array([0.0, 0.0, 1.0]))[2]
    kz = (skin_front - RIB_DEPTH - back) / (front[2] - back)
    wide = ribs[np.argmax(np.abs(ribs[:, 0]))]
    skin_side = abs(body.surface(wide, np.sign(wide[0]) * np.array([1.0, 0.0, 0.0]))[0])
    kx = (skin_side - RIB_DEPTH) / abs(wide[0])
    return np.stack([ribs[:, 0] * kx, ribs[:, 1], back + (ribs[:, 2] - back) * kz], axis=1)


RIB_DEPTH = 1.5  # cm of tissue over the sternum and the side of the rib cage
RIB_PITCH = np.radians(22.0)


def _slim(verts: np.ndarray, along: np.ndarray) -> np.ndarray:
    """A long bone made slimmer about its own length (MakeHuman's hand and fingers are thin)."""
    axis = along / np.linalg.norm(along)
    d = verts - verts.mean(axis=0)
    return verts - (d - np.outer(d @ axis, axis)) * (1 - METACARPAL_GIRTH)


def _skull_fit(body: Body, skull: np.ndarray):  # type: ignore[no-untyped-def]
    """Scale each way from the cranium's width and length, then the crown and the back of the head under the scalp."""
    v = body.skin.verts
    eye = body.joint("r-eye")
    cranium = v[(v[:, 1] > eye[1] + 3) & (np.abs(v[:, 0]) < np.abs(eye[0]) * 2.6)]
    brow = body.surface(np.array([0.0, eye[1] + 1.6, eye[2] - 4]), np.array([0.0, 0.0, 1.0]))
    back_skin = cranium[:, 2].min()
    vault = skull[skull[:, 1] > np.percentile(skull[:, 1], 55)]
    sx = (np.ptp(cranium[:, 0]) - 2 * SCALP) / np.ptp(vault[:, 0])
    sz = (brow[2] - back_skin - 2 * SCALP) / np.ptp(vault[:, 2])
    s = np.array([sx, (sx + sz) / 2, sz])
    scaled = skull * s
    shift = np.array([0.0, v[:, 1].max() - SCALP - scaled[:, 1].max(), back_skin + SCALP - scaled[:, 2].min()])
    return lambda p: np.asarray(p) * s + shift


SCALP = 0.7  # cm of scalp over the skull
