"""The one body every picture is drawn from: the vendored MakeHuman skin (CC0) and its rig joints.

Model units are centimetres; x is the person's LEFT, y up, z forward (the person faces +z).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from atlasgen.raster import vertex_normals

DATA = Path(__file__).parent / "data"
DM_TO_CM = 10.0  # MakeHuman works in decimetres


@dataclass
class Mesh:
    verts: np.ndarray
    faces: np.ndarray
    name: str = ""

    @cached_property
    def normals(self) -> np.ndarray:
        return vertex_normals(self.verts, self.faces)

    def mirrored(self) -> Mesh:
        """The mesh reflected in the midline plane x = 0 (winding flipped so it still faces out)."""
        v = self.verts * np.array([-1.0, 1.0, 1.0])
        return Mesh(v, self.faces[:, ::-1].copy(), self.name)


@dataclass
class Body:
    skin: Mesh
    joints: dict[str, np.ndarray]
    bones: dict[str, Mesh] = field(default_factory=dict)

    def joint(self, name: str) -> np.ndarray:
        return self.joints[name]

    def nearest_vertex(self, p: np.ndarray) -> int:
        return int(np.argmin(np.linalg.norm(self.skin.verts - p, axis=1)))

    def normal_near(self, p: np.ndarray, radius: float) -> np.ndarray:
        """The skin's mean normal within ``radius`` of ``p`` (between the toes a single vertex misleads)."""
        near = np.linalg.norm(self.skin.verts - p, axis=1) < radius
        n = self.skin.normals[near].sum(axis=0) if near.any() else self.skin.normals[self.nearest_vertex(p)]
        return n / np.linalg.norm(n)

    def extreme(self, near: np.ndarray, radius: float, direction: tuple[float, float, float]) -> np.ndarray:
        """The skin vertex within ``radius`` of ``near`` furthest along ``direction``: a prominence."""
        v = self.skin.verts
        idx = np.nonzero(np.linalg.norm(v - near, axis=1) < radius)[0]
        d = np.asarray(direction, float)
        return v[idx[np.argmax(v[idx] @ d)]]

    def surface(self, p: np.ndarray, direction: tuple[float, float, float] | np.ndarray) -> np.ndarray:
        """The skin crossing nearest ``p`` on the line through it along ``direction``, preferring ahead (``p`` if none).

        Used both from inside (a bone feature brought out to the skin) and from just outside.
        """
        d = np.asarray(direction, float)
        d = d / np.linalg.norm(d)
        v, f = self.skin.verts, self.skin.faces
        a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
        e1, e2 = b - a, c - a
        h = np.cross(d, e2)
        det = (e1 * h).sum(axis=1)
        ok = np.abs(det) > 1e-12
        inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
        s = p - a
        uu = (s * h).sum(axis=1) * inv
        q = np.cross(s, e1)
        vv = (q @ d) * inv
        t = (e2 * q).sum(axis=1) * inv
        hit = ok & (uu >= 0) & (vv >= 0) & (uu + vv <= 1) & (t > -6.0) & (t < 12.0)
        if not hit.any():
            return np.asarray(p, float)
        ts = t[hit]
        ahead = ts[ts >= 0]
        return np.asarray(p, float) + d * (ahead.min() if ahead.size else ts.max())


def load_body() -> Body:
    data = np.load(DATA / "skin.npz")
    lo, hi = data["lo"], data["hi"]
    verts = (lo + data["vertices_q"].astype(float) / 65535 * (hi - lo)) * DM_TO_CM
    joints = {str(n): j * DM_TO_CM for n, j in zip(data["joint_names"], data["joints"], strict=True)}
    body = Body(Mesh(verts, data["faces"].astype(np.int64), "skin"), joints)
    from atlasgen.bones import fit_bones  # the bones are placed from the skin's own joints

    body.bones = fit_bones(body)
    return body
