"""Orthographic z-buffer rasteriser in plain numpy: the pixel grid the vector shapes are traced from.

Only what the tracer needs is kept per pixel: depth (towards the camera is larger), the face seen and
its barycentric weights, so normals and any per-vertex value can be interpolated afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Camera:
    """Looks along ``forward`` with ``up`` pointing up the picture; ``scale`` pixels per model unit.

    ``centre`` (model units) lands at pixel ``(width/2, height/2)``. Screen x runs to the right, y down.
    """

    forward: tuple[float, float, float]
    up: tuple[float, float, float]
    centre: tuple[float, float, float]
    scale: float
    width: int = 600
    height: int = 600

    def axes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        f = np.asarray(self.forward, float)
        f = f / np.linalg.norm(f)
        u = np.asarray(self.up, float)
        u = u - f * (u @ f)
        u = u / np.linalg.norm(u)
        r = np.cross(f, u)  # right-handed: looking along f with u up, r points to the picture's right
        return r, u, f

    def project(self, pts: np.ndarray) -> np.ndarray:
        """(n, 3) model -> (n, 3) screen x, y (pixels) and depth (larger is nearer the camera)."""
        r, u, f = self.axes()
        d = np.asarray(pts, float) - np.asarray(self.centre, float)
        x = d @ r * self.scale + self.width / 2
        y = -(d @ u) * self.scale + self.height / 2
        z = -(d @ f)
        return np.stack([x, y, z], axis=-1)


@dataclass
class Frame:
    depth: np.ndarray  # (h, w) float, -inf where empty
    face: np.ndarray  # (h, w) int, -1 where empty
    bary: np.ndarray  # (h, w, 3)

    @property
    def mask(self) -> np.ndarray:
        return self.face >= 0


def rasterise(screen: np.ndarray, faces: np.ndarray, width: int, height: int, margin: int = 0) -> Frame:
    """Z-buffer the front-facing triangles of a mesh already projected by ``Camera.project``.

    ``margin`` extra pixels are rendered on every side (pixel (0, 0) of the frame is screen
    (-margin, -margin)), so a limb cut by the canvas edge traces a contour that runs past the edge.
    """
    w, h = width + 2 * margin, height + 2 * margin
    p = screen.copy()
    p[:, :2] += margin
    tri = p[faces]  # (m, 3, 3)
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    area = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    # screen y points down, so a counter-clockwise (outward, front-facing) triangle has negative area
    keep = area < -1e-9
    lo = np.floor(tri[:, :, :2].min(axis=1)).astype(int)
    hi = np.ceil(tri[:, :, :2].max(axis=1)).astype(int)
    keep &= (hi[:, 0] >= 0) & (hi[:, 1] >= 0) & (lo[:, 0] < w) & (lo[:, 1] < h)
    depth = np.full((h, w), -np.inf)
    face = np.full((h, w), -1, dtype=np.int64)
    bary = np.zeros((h, w, 3))
    for k in np.nonzero(keep)[0]:
        x0, y0 = max(lo[k, 0], 0), max(lo[k, 1], 0)
        x1, y1 = min(hi[k, 0], w - 1), min(hi[k, 1], h - 1)
        if x1 < x0 or y1 < y0:
            continue
        xs = np.arange(x0, x1 + 1) + 0.5
        ys = np.arange(y0, y1 + 1)[:, None] + 0.5
        ax, ay, bx, by, cx, cy = a[k, 0], a[k, 1], b[k, 0], b[k, 1], c[k, 0], c[k, 1]
        w0 = ((bx - xs) * (cy - ys) - (by - ys) * (cx - xs)) / area[k]
        w1 = ((cx - xs) * (ay - ys) - (cy - ys) * (ax - xs)) / area[k]
        w2 = 1.0 - w0 - w1
        inside = (w0 >= -1e-6) & (w1 >= -1e-6) & (w2 >= -1e-6)
        if not inside.any():
            continue
        z = w0 * a[k, 2] + w1 * b[k, 2] + w2 * c[k, 2]
        win = depth[y0 : y1 + 1, x0 : x1 + 1]
        better = inside & (z > win)
        if not better.any():
            continue
        win[better] = z[better]
        face[y0 : y1 + 1, x0 : x1 + 1][better] = k
        bw = bary[y0 : y1 + 1, x0 : x1 + 1]
        bw[better, 0] = w0[better]
        bw[better, 1] = w1[better]
        bw[better, 2] = w2[better]
    return Frame(depth, face, bary)


def vertex_normals(verts: np.ndarray, faces: np.ndarray) -> np.ndarray:
    fn = np.cross(verts[faces[:, 1]] - verts[faces[:, 0]], verts[faces[:, 2]] - verts[faces[:, 0]])
    vn = np.zeros_like(verts)
    for i in range(3):
        np.add.at(vn, faces[:, i], fn)
    return vn / np.maximum(np.linalg.norm(vn, axis=1, keepdims=True), 1e-12)


def interpolate(frame: Frame, faces: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per-pixel barycentric interpolation of a per-vertex array (zeros where empty)."""
    out = np.zeros((*frame.face.shape, *values.shape[1:]))
    m = frame.mask
    f = faces[frame.face[m]]
    bw = frame.bary[m]
    out[m] = sum(bw[:, i, None] * values[f[:, i]] for i in range(3)) if values.ndim > 1 else (
        bw * values[f]
    ).sum(axis=1)
    return out
