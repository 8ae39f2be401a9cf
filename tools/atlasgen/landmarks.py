"""Named anatomical landmarks in 3D, found on the fitted bones and the skin, and the B-cun of this body.

Every landmark is a point ON THE SKIN (a bone feature is carried out to the skin along the direction
a finger would feel it from). Right-side names end in ``-r``; the left side is the mirror image
(``-l``). Where the mesh has no feature to find (hairlines, creases), the rule says what it assumes.
"""

from __future__ import annotations

import numpy as np

from atlasgen import landmarks_bones
from atlasgen.body import Body
from atlasgen.landmarks_upper import add_upper_landmarks

Vec = np.ndarray
LEFT, RIGHT_, UP, DOWN, FWD, BACK = (
    np.array([1.0, 0, 0]), np.array([-1.0, 0, 0]), np.array([0, 1.0, 0]),
    np.array([0, -1.0, 0]), np.array([0, 0, 1.0]), np.array([0, 0, -1.0]),
)  # fmt: skip


def unit(v: Vec) -> Vec:
    return v / np.linalg.norm(v)


def bone_extreme(body: Body, bone: str, direction: Vec, within: tuple[int, float, float] | None = None) -> Vec:
    """The vertex of ``bone`` furthest along ``direction``; ``within=(axis, lo, hi)`` limits the search."""
    v = body.bones[bone].verts
    if within is not None:
        axis, lo, hi = within
        v = v[(v[:, axis] >= lo) & (v[:, axis] <= hi)]
    return v[np.argmax(v @ direction)]


def midline_profile(body: Body, centre: Vec, start_deg: float, end_deg: float, n: int = 240) -> np.ndarray:
    """Skin points of the sagittal midline (x = 0) seen from ``centre``, from one angle to another.

    Angles are measured in the y-z plane from +z (the face) towards +y (the crown) and beyond.
    """
    pts = []
    for a in np.radians(np.linspace(start_deg, end_deg, n)):
        d = np.array([0.0, np.sin(a), np.cos(a)])
        pts.append(body.surface(centre, d))
    return np.array(pts)


def walk(profile: np.ndarray, start: Vec, length: float) -> Vec:
    """The point ``length`` cm along a polyline from its vertex nearest ``start``."""
    k = int(np.argmin(np.linalg.norm(profile - start, axis=1)))
    seg = np.linalg.norm(np.diff(profile[k:], axis=0), axis=1)
    run = np.concatenate([[0.0], np.cumsum(seg)])
    i = int(np.searchsorted(run, length))
    if i >= len(run):
        return profile[-1]
    t = (length - run[i - 1]) / seg[i - 1]
    return profile[k + i - 1] + t * (profile[k + i] - profile[k + i - 1])


def arc_length(profile: np.ndarray, a: Vec, b: Vec) -> float:
    i, j = sorted(int(np.argmin(np.linalg.norm(profile - p, axis=1))) for p in (a, b))
    return float(np.linalg.norm(np.diff(profile[i : j + 1], axis=0), axis=1).sum())


class Landmarks:
    """All landmarks of one body, by name; ``cun_cm[region]`` is one B-cun there, in cm."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.pos: dict[str, Vec] = {}
        self.cun_cm: dict[str, float] = {}
        self.cun_def: dict[str, tuple[str, str, float]] = {}
        self.head_profile = np.zeros((0, 3))
        self._head()
        self._trunk()
        self._arm()
        self._leg()
        # the regions' own landmarks; their modules use this one's names, so they are imported when needed
        from atlasgen.landmarks_head import add_head_landmarks
        from atlasgen.landmarks_legs import add_leg_landmarks

        add_upper_landmarks(self)  # neck, upper back, shoulder, elbow, wrist and hand
        add_leg_landmarks(self)
        add_head_landmarks(self)
        for name in [n for n in self.pos if n.endswith("-r")]:
            self.pos[name[:-2] + "-l"] = self.pos[name] * np.array([-1.0, 1.0, 1.0])

    def __getitem__(self, name: str) -> Vec:
        return self.pos[name]

    def skin(self, name: str, p: Vec, direction: Vec) -> Vec:
        self.pos[name] = self.body.surface(np.asarray(p, float), unit(np.asarray(direction, float)))
        return self.pos[name]

    def scale(self, region: str, a: str, b: str, cun: float, length: float | None = None) -> None:
        """One B-cun in ``region``: the WHO count between two landmarks (straight, or a given length)."""
        d = length if length is not None else float(np.linalg.norm(self.pos[a] - self.pos[b]))
        self.cun_cm[region] = d / cun
        self.cun_def[region] = (a, b, cun)

    # -- head and neck ----------------------------------------------------------------------------
    def _head(self) -> None:
        b, j = self.body, self.body.joint
        eye = j("r-eye")
        centre = np.array([0.0, eye[1] - 1.0, j("head")[2]])
        profile = midline_profile(b, centre, -40, 230)
        self.head_profile = profile
        nose_tip = profile[np.argmax(profile[:, 2] * (profile[:, 1] > eye[1] - 6))]
        self.pos["nose-tip"] = nose_tip
        brow_y = eye[1] + 1.6
        self.skin("glabella", [0, brow_y, eye[2]], FWD)
        self.skin("nose-base", [0, nose_tip[1] - 1.2, eye[2]], FWD)
        self.skin("brow-medial-r", [eye[0] + 1.5, brow_y, eye[2]], FWD)
        self.skin("brow-lateral-r", [eye[0] - 1.7, brow_y - 0.3, eye[2] - 1.0], FWD + 0.6 * RIGHT_)
        self.skin("eye-outer-r", [eye[0] - 1.2, eye[1] - 0.1, eye[2]], FWD + 0.4 * RIGHT_)
        self.skin("nose-wing-r", [-1.6, nose_tip[1] - 0.8, eye[2]], FWD + 0.3 * RIGHT_)
        v = b.skin.verts
        ear = v[(v[:, 1] > eye[1] - 6) & (v[:, 1] < eye[1] + 5) & (v[:, 0] < -6.3)]
        self.pos["ear-apex-r"] = ear[np.argmax(ear[:, 1])]
        lobe = ear[np.argmin(ear[:, 1])]
        self.pos["ear-lobe-r"] = lobe
        landmarks_bones.add_skull(self)  # mastoid, mandible's angle, occiput, zygomatic arch, orbit rim
        # the vertex: where the line over the ear apices crosses the midline; glabella to vertex is
        # 3 + 5 = 8 B-cun (glabella-hairline 3, hairline-GV20 5), which sets this head's B-cun
        apex = self["ear-apex-r"]
        top = profile[profile[:, 1] > apex[1]]
        self.pos["vertex-gv20"] = top[np.argmin(np.abs(top[:, 2] - apex[2]))]
        cun = arc_length(profile, self["glabella"], self["vertex-gv20"]) / 8
        self.pos["hairline-front"] = walk(profile, self["glabella"], 3 * cun)
        self.scale("head-front", "glabella", "hairline-front", 3, 3 * cun)
        # C7, the prominence at the root of the neck, and the thoracic spinous processes: on the fitted spine
        landmarks_bones.add_spine(self)
        # posterior hairline: 3 B-cun above C7, on the back of the neck
        neck_profile = midline_profile(b, np.array([0.0, self["c7"][1] + 4, j("neck")[2] + 2]), 110, 260)
        self.pos["hairline-back"] = walk(neck_profile[::-1], self["c7"], 3 * cun)
        self.scale("head", "hairline-back", "c7", 3, 3 * cun)
        hb = self["hairline-back"]
        # the hollow below the occiput (GV16's level), about level with the mastoid process [assumption:
        # the C7-based hairline falls low on this neck; the level is the ear lobe's, which is where the
        # skin-found mastoid sat before the fitted skull's (0.7 cm higher) replaced it, so the neck's points
        # measured from this hollow keep their checked distances]
        self.skin("below-occiput", [0.0, self["ear-lobe-r"][1] + 0.1, hb[2] + 3.0], BACK)
        del hb

    # -- trunk ------------------------------------------------------------------------------------
    def _trunk(self) -> None:
        b, j = self.body, self.body.joint
        landmarks_bones.add_scapula(self)  # the acromion and the scapula's angles and spine
        landmarks_bones.add_trunk(self)  # the xiphoid, the rib cage's margin
        l2 = bone_extreme(b, "lumbar2", BACK)
        tip = b.bones["lumbar2"].verts
        tip = tip[np.linalg.norm(tip[:, [0, 2]] - l2[[0, 2]], axis=1) < 1.2]
        lower = tip[np.argmin(tip[:, 1])]
        self.skin("l2-lower", lower, BACK)
        self.skin("l4-spinous", bone_extreme(b, "lumbar4", BACK), BACK)
        crest = bone_extreme(b, "pelvis-r", UP)
        self.skin("iliac-crest-r", crest, RIGHT_ + 0.3 * UP)
        self.skin("sacral-hiatus", bone_extreme(b, "sacrum", BACK + 2.5 * DOWN), BACK)
        hip_y = j("r-upper-leg")[1]
        asis = bone_extreme(b, "pelvis-r", FWD + 0.3 * RIGHT_, (1, hip_y + 3, hip_y + 15))
        self.skin("asis-r", asis, FWD + 0.5 * RIGHT_)
        gt = bone_extreme(b, "femur-r", RIGHT_, (1, hip_y - 6, hip_y + 4))
        self.skin("greater-trochanter-r", gt, RIGHT_)
        v = b.skin.verts
        chest = v[(v[:, 1] > j("spine-1")[1] - 6) & (v[:, 1] < j("r-shoulder")[1]) & (v[:, 0] < -3)]
        self.pos["nipple-r"] = chest[np.argmax(chest[:, 2])]
        self.pos["nipple-l"] = self["nipple-r"] * [-1, 1, 1]
        self.scale("chest", "nipple-r", "nipple-l", 8)
        # the back's B-cun (6 between the scapulae's medial borders) taken equal to the chest's
        self.cun_cm["back"] = self.cun_cm["chest"]
        self.cun_def["back"] = ("nipple-r", "nipple-l", 8)

    # -- arm and hand -----------------------------------------------------------------------------
    def _arm(self) -> None:
        _b, j = self.body, self.body.joint
        wrist, elbow = j("r-hand"), j("r-elbow")
        mcp = {k: j(f"r-finger-{k}-1") for k in range(2, 6)}
        axis = unit(np.mean(list(mcp.values()), axis=0) - wrist)
        radial = unit(mcp[2] - mcp[5])
        radial = unit(radial - axis * (radial @ axis))
        dorsal = unit(np.cross(axis, radial))
        if dorsal @ RIGHT_ < 0:  # the back of the right hand faces out, away from the thigh
            dorsal = -dorsal
        self.hand_axes = (axis, radial, dorsal)
        fore = unit(wrist - elbow)
        self.forearm_axes = (fore, radial, dorsal)
        self.skin("wrist-crease-mid-r", wrist + fore * 0.3, -dorsal)
        self.skin("wrist-crease-ulnar-r", wrist + fore * 0.3 - radial * 1.9, -dorsal - 0.4 * radial)
        self.skin("wrist-dorsal-mid-r", wrist, dorsal)
        self.skin("cubital-crease-r", elbow, -dorsal)
        self.scale("forearm", "cubital-crease-r", "wrist-crease-mid-r", 12)
        self.skin("thumb-ip-r", j("r-finger-1-3"), dorsal)

        def along(k: int, f: float, side: float = 0.0) -> Vec:
            return wrist + f * (mcp[k] - wrist) + radial * side

        for k in (2, 3, 4, 5):
            self.skin(f"knuckle-{k}-r", mcp[k] + axis * 0.2, dorsal)
        self.skin("mc2-base-radial-r", along(2, 0.32, 0.7), dorsal + 0.5 * radial)
        self.skin("mc2-neck-radial-r", along(2, 0.86, 0.8), dorsal + 0.8 * radial)
        self.skin("mc12-junction-r", along(2, 0.30, 1.3), dorsal + 0.3 * radial)
        self.skin("mc5-neck-ulnar-r", along(5, 0.86, -0.9), dorsal - 1.4 * radial)
        for a, c in ((2, 3), (4, 5)):
            self.skin(f"wrist-{a}{c}-r", wrist + 0.5 * (mcp[a] + mcp[c] - 2 * wrist) * 0.12, dorsal)
            self.skin(f"knuckle-{a}{c}-r", (mcp[a] + mcp[c]) / 2 - axis * 0.8, dorsal)
        landmarks_bones.add_arm(self)  # epicondyles, olecranon, styloid processes, metacarpals

    # -- leg and foot -----------------------------------------------------------------------------
    def _leg(self) -> None:
        b, j = self.body, self.body.joint
        knee, ankle = j("r-knee"), j("r-ankle")
        self.skin("popliteal-crease-r", knee + DOWN * 0.8, BACK)
        self.skin("popliteal-crease-medial-r", knee + DOWN * 0.8 + LEFT * 1.5, BACK + 0.35 * LEFT)
        self.skin("popliteal-crease-lateral-r", knee + DOWN * 0.8 + RIGHT_ * 1.8, BACK + 0.35 * RIGHT_)
        lm = bone_extreme(b, "fibula-r", RIGHT_, (1, ankle[1] - 4, ankle[1] + 3))
        self.skin("lateral-malleolus-r", lm, RIGHT_)
        self.pos["lateral-malleolus-tip-bone-r"] = bone_extreme(b, "fibula-r", DOWN)
        mm = bone_extreme(b, "tibia-r", LEFT, (1, ankle[1] - 3, ankle[1] + 4))
        self.skin("medial-malleolus-r", mm, LEFT)
        self.scale("leg", "popliteal-crease-r", "lateral-malleolus-r", 16)
        self.pos["sole-r"] = np.array([mm[0], b.skin.verts[:, 1].min(), mm[2]])
        self.scale("ankle", "medial-malleolus-r", "sole-r", 3)
        condyle = bone_extreme(b, "tibia-r", LEFT, (1, knee[1] - 5, knee[1]))
        self.skin("medial-tibial-condyle-r", condyle + DOWN * 1.2, LEFT)
        self.scale("leg-medial", "medial-tibial-condyle-r", "medial-malleolus-r", 13)
        self.pos["medial-malleolus-4cun-r"] = self["medial-malleolus-r"] + UP * 4 * self.cun_cm["leg-medial"]
        self.skin("fibula-head-r", bone_extreme(b, "fibula-r", RIGHT_ + 0.4 * UP), RIGHT_)
        pat = b.bones["patella-r"].verts
        self.skin("patella-apex-r", pat[np.argmin(pat[:, 1])], FWD)
        self.skin("patella-top-r", pat[np.argmax(pat[:, 1])], FWD)
        self.skin("tibial-tuberosity-r", bone_extreme(b, "tibia-r", FWD, (1, knee[1] - 10, knee[1] - 4)), FWD)
        self.skin("ankle-front-r", (lm + mm) / 2 + FWD * 1.0, FWD)
        self.skin("achilles-r", (lm + mm) / 2, BACK)
        self.skin("achilles-lateral-r", (lm + mm) / 2 + RIGHT_ * 0.9, BACK + 0.3 * RIGHT_)
        self.skin("achilles-medial-r", (lm + mm) / 2 + LEFT * 0.9, BACK + 0.3 * LEFT)
        toes = {k: j(f"r-toe-{k}-1") for k in (1, 2, 3)}
        v = b.skin.verts
        foot_v = v[(np.abs(v[:, 0] - ankle[0]) < 5) & (v[:, 1] < ankle[1] + 2)]
        heel = foot_v[np.argmin(foot_v[:, 2])]
        self.pos["heel-r"] = heel
        foot = unit((toes[2] - ankle) * [1, 0, 1])
        self.foot_axis = foot
        mtp12 = (toes[1] + toes[2]) / 2
        self.skin("mt12-junction-r", mtp12 - foot * 5.5 + UP * 1.5, UP)
        self.skin("web-12-r", mtp12 + foot * 1.8 + UP * 0.5, UP)
        # the web's dorsal margin, found from inside the foot straight up (the mesh's toes part just
        # beyond 0.6 cm distal to the joints)
        self.skin("web-23-r", (toes[2] + toes[3]) / 2 + foot * 0.6 - UP * 0.8, UP)
