"""From pixels and mesh edges to a few smooth vector shapes: outline, shading bands, contours, bones."""

from __future__ import annotations

import numpy as np
from skimage.filters import gaussian
from skimage.measure import approximate_polygon, find_contours

from atlasgen.raster import Frame

Poly = np.ndarray  # (n, 2) screen x, y


def iso_shapes(field: np.ndarray, level: float, margin: int, tolerance: float, min_area: float) -> list[Poly]:
    """Closed iso-lines of ``field`` at ``level`` around the regions ABOVE it, largest first."""
    padded = np.pad(field, 1, constant_values=field.min() - 1)
    out = []
    for c in find_contours(padded, level):
        xy = c[:, ::-1] - 1 - margin
        xy = approximate_polygon(xy, tolerance)
        if len(xy) >= 4 and abs(_area(xy)) >= min_area:
            out.append(xy)
    return sorted(out, key=lambda p: -abs(_area(p)))


def _area(p: Poly) -> float:
    x, y = p[:, 0], p[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def silhouette(frame: Frame, margin: int, sigma: float = 1.4) -> list[Poly]:
    return iso_shapes(gaussian(frame.mask.astype(float), sigma), 0.5, margin, 0.5, 30.0)


def shading(
    intensity: np.ndarray,
    mask: np.ndarray,
    levels: tuple[float, ...],
    margin: int,
    tolerance: float = 1.2,
    blur: float = 2.0,
) -> list[list[Poly]]:
    """For each level, the regions darker than it (traced on the smoothed light, inside the body).

    The light is averaged over the body only (a wide ``blur`` calms a face without fading its edges).
    """
    weight = gaussian(mask.astype(float), blur)
    dark = gaussian(np.where(mask, 1.0 - intensity, 0.0), blur) / np.maximum(weight, 1e-3) * mask
    inside = gaussian(mask.astype(float), 1.0)
    dark = np.minimum(dark, inside * 2 - 0.5)  # fade to zero at the silhouette so bands stay inside it
    return [iso_shapes(dark, 1.0 - lv, margin, tolerance, 40 * tolerance**2) for lv in levels]


def occluding_edges(
    screen: np.ndarray, faces: np.ndarray, frame: Frame, margin: int, depth_tol: float, min_len: float
) -> list[Poly]:
    """Visible fold lines: mesh edges between a face turned to the camera and one turned away."""
    tri = screen[faces]
    area = (tri[:, 1, 0] - tri[:, 0, 0]) * (tri[:, 2, 1] - tri[:, 0, 1]) - (tri[:, 1, 1] - tri[:, 0, 1]) * (
        tri[:, 2, 0] - tri[:, 0, 0]
    )
    front = area < 0
    edges: dict[tuple[int, int], list[int]] = {}
    for k, f in enumerate(faces):
        for i in range(3):
            a, b = int(f[i]), int(f[(i + 1) % 3])
            edges.setdefault((min(a, b), max(a, b)), []).append(k)
    segs = []
    h, w = frame.depth.shape
    inner = gaussian(frame.mask.astype(float), 2.5) > 0.97  # away from the outer silhouette
    for (a, b), fs in edges.items():
        if len(fs) != 2 or front[fs[0]] == front[fs[1]]:
            continue
        mid = (screen[a] + screen[b]) / 2
        x, y = int(mid[0] + margin), int(mid[1] + margin)
        if not (1 <= x < w - 1 and 1 <= y < h - 1) or not inner[y, x]:
            continue
        window = frame.depth[y - 1 : y + 2, x - 1 : x + 2]
        if mid[2] >= window.max() - depth_tol:
            segs.append((a, b))
    return [screen[chain, :2] for chain in _chains(segs) if _length(screen[chain, :2]) >= min_len]


def _chains(segs: list[tuple[int, int]]) -> list[list[int]]:
    nbr: dict[int, list[int]] = {}
    for a, b in segs:
        nbr.setdefault(a, []).append(b)
        nbr.setdefault(b, []).append(a)
    seen: set[tuple[int, int]] = set()
    out = []
    for start in sorted(nbr, key=lambda v: len(nbr[v]) != 1):
        for nxt in nbr[start]:
            if (start, nxt) in seen:
                continue
            chain = [start]
            prev, cur = start, nxt
            seen.update({(prev, cur), (cur, prev)})
            while True:
                chain.append(cur)
                options = [n for n in nbr[cur] if (cur, n) not in seen]
                if len(nbr[cur]) != 2 or not options:
                    break
                prev, cur = cur, options[0]
                seen.update({(prev, cur), (cur, prev)})
            out.append(chain)
    return out


def _length(p: Poly) -> float:
    return float(np.linalg.norm(np.diff(p, axis=0), axis=1).sum())


def plane_section(
    verts: np.ndarray, faces: np.ndarray, screen: np.ndarray, frame: Frame, margin: int,
    origin: np.ndarray, normal: np.ndarray, radius: float, depth_tol: float,
) -> list[Poly]:  # fmt: skip
    """The visible part of where the skin crosses a plane near ``origin``: a crease drawn round a limb."""
    s = (verts - origin) @ (normal / np.linalg.norm(normal))
    near = np.linalg.norm(verts - origin, axis=1) < radius
    pieces: list[np.ndarray] = []
    h, w = frame.depth.shape
    for f in faces[near[faces].all(axis=1)]:
        sv = s[f]
        pts = []
        for i in range(3):
            a, b = f[i], f[(i + 1) % 3]
            if (sv[i] > 0) != (sv[(i + 1) % 3] > 0):
                t = sv[i] / (sv[i] - sv[(i + 1) % 3])
                pts.append(screen[a] + t * (screen[b] - screen[a]))
        if len(pts) == 2:
            mid = (pts[0] + pts[1]) / 2
            x, y = int(mid[0] + margin), int(mid[1] + margin)
            if 0 <= x < w and 0 <= y < h and mid[2] >= frame.depth[y, x] - depth_tol:
                pieces.append(np.array(pts))
    return _join(pieces)


def _join(pieces: list[np.ndarray], snap: float = 0.05) -> list[Poly]:
    """Join 2-point segments sharing end points into polylines."""
    keyed: dict[tuple[int, int], list[int]] = {}
    ends = []
    for k, seg in enumerate(pieces):
        ka = (round(seg[0, 0] / snap), round(seg[0, 1] / snap))
        kb = (round(seg[1, 0] / snap), round(seg[1, 1] / snap))
        ends.append((ka, kb))
        keyed.setdefault(ka, []).append(k)
        keyed.setdefault(kb, []).append(k)
    ids = {key: i for i, key in enumerate(keyed)}
    segs = [(ids[a], ids[b]) for a, b in ends]
    pos = {ids[ka]: pieces[k][0, :2] for k, (ka, _) in enumerate(ends)}
    pos.update({ids[kb]: pieces[k][1, :2] for k, (_, kb) in enumerate(ends)})
    return [np.array([pos[i] for i in chain]) for chain in _chains(segs)]


def smooth_open(p: Poly, iterations: int = 2) -> Poly:
    """Chaikin corner cutting with fixed end points."""
    for _ in range(iterations):
        if len(p) < 3:
            return p
        q = np.empty((2 * (len(p) - 1), 2))
        q[0::2] = 0.75 * p[:-1] + 0.25 * p[1:]
        q[1::2] = 0.25 * p[:-1] + 0.75 * p[1:]
        p = np.vstack([p[:1], q, p[-1:]])
    return p
