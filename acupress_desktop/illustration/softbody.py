"""Skin as a smooth envelope around simple solids (capsules, ellipses), traced to one closed curve.

A view describes a body part as signed-distance primitives placed from its anatomical model (bones,
muscle bellies). They are blended with a polynomial smooth-minimum, so neighbouring solids merge with
rounded webs the way skin does; the zero level is traced with marching squares on a grid, smoothed,
and written as cubic Bezier curves (SVG ``M``/``C``/``Z`` only, which the placement hit test reads).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from .geometry import Vec, dist

BIG = 1e9


@dataclass(frozen=True)
class Capsule:
    """A segment a->b thickened to radius ra at a and rb at b (a tapered finger, a bone shaft)."""

    a: Vec
    b: Vec
    ra: float
    rb: float

    def sdf(self, x: float, y: float) -> float:
        ax, ay = self.a
        bx, by = self.b
        dx, dy = bx - ax, by - ay
        ll = dx * dx + dy * dy
        t = 0.0 if ll == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / ll))
        px, py = ax + dx * t, ay + dy * t
        return math.hypot(x - px, y - py) - (self.ra + (self.rb - self.ra) * t)

    def bbox(self) -> tuple[float, float, float, float]:
        r = max(self.ra, self.rb)
        return (
            min(self.a[0], self.b[0]) - r,
            min(self.a[1], self.b[1]) - r,
            max(self.a[0], self.b[0]) + r,
            max(self.a[1], self.b[1]) + r,
        )


@dataclass(frozen=True)
class Ellipse:
    """An ellipse of semi-axes rx, ry, turned by ``angle`` degrees (clockwise on screen)."""

    c: Vec
    rx: float
    ry: float
    angle: float = 0.0

    def sdf(self, x: float, y: float) -> float:
        a = math.radians(self.angle)
        ca, sa = math.cos(a), math.sin(a)
        dx, dy = x - self.c[0], y - self.c[1]
        u = dx * ca + dy * sa
        v = -dx * sa + dy * ca
        k = math.hypot(u / self.rx, v / self.ry)
        # first-order distance estimate, good enough for blending and a smooth zero level
        g = math.hypot(u / (self.rx * self.rx), v / (self.ry * self.ry))
        return (k - 1.0) * k / g if g > 0 else -min(self.rx, self.ry)

    def bbox(self) -> tuple[float, float, float, float]:
        r = max(self.rx, self.ry)
        return (self.c[0] - r, self.c[1] - r, self.c[0] + r, self.c[1] + r)


Primitive = Capsule | Ellipse


def smin(a: float, b: float, k: float) -> float:
    if k <= 0:
        return min(a, b)
    h = max(k - abs(a - b), 0.0) / k
    return min(a, b) - h * h * k * 0.25


@dataclass
class Body:
    """Primitives blended in order. ``add`` unions with blend radius k; ``cut`` carves a notch."""

    ops: list[tuple[str, Primitive, float]] = field(default_factory=list)

    def add(self, prim: Primitive, k: float = 8.0) -> Body:
        self.ops.append(("add", prim, k))
        return self

    def cut(self, prim: Primitive, k: float = 4.0) -> Body:
        self.ops.append(("cut", prim, k))
        return self

    def sdf(self, x: float, y: float) -> float:
        d = BIG
        for op, prim, k in self.ops:
            p = prim.sdf(x, y)
            d = smin(d, p, k) if op == "add" else -smin(-d, p, k)
        return d

    def grid(
        self, bounds: tuple[float, float, float, float], step: float
    ) -> tuple[list[float], list[float], list[list[float]]]:
        x0, y0, x1, y1 = bounds
        nx = math.ceil((x1 - x0) / step) + 1
        ny = math.ceil((y1 - y0) / step) + 1
        xs = [x0 + i * step for i in range(nx)]
        ys = [y0 + j * step for j in range(ny)]
        vals = [[BIG] * nx for _ in range(ny)]
        for op, prim, k in self.ops:
            bx0, by0, bx1, by1 = prim.bbox()
            m = k + 2 * step
            i0 = max(0, int((bx0 - m - x0) / step))
            i1 = min(nx - 1, int((bx1 + m - x0) / step) + 1)
            j0 = max(0, int((by0 - m - y0) / step))
            j1 = min(ny - 1, int((by1 + m - y0) / step) + 1)
            sd = prim.sdf
            for j in range(j0, j1 + 1):
                row = vals[j]
                yy = ys[j]
                for i in range(i0, i1 + 1):
                    p = sd(xs[i], yy)
                    if op == "add":
                        row[i] = smin(row[i], p, k)
                    elif row[i] < BIG:
                        row[i] = -smin(-row[i], p, k)
        # everything on the border of the grid is outside, so every loop closes
        for j in (0, ny - 1):
            vals[j] = [abs(v) + 1e-3 for v in vals[j]]
        for row in vals:
            row[0] = abs(row[0]) + 1e-3
            row[-1] = abs(row[-1]) + 1e-3
        return xs, ys, vals

    def loops(self, bounds: tuple[float, float, float, float], step: float = 3.0) -> list[list[Vec]]:
        xs, ys, vals = self.grid(bounds, step)
        return marching_squares(xs, ys, vals)

    def outline(self, bounds: tuple[float, float, float, float], step: float = 3.0, spacing: float = 7.0) -> list[Vec]:
        """The largest traced loop, smoothed and resampled: the silhouette."""
        loops = self.loops(bounds, step)
        if not loops:
            raise ValueError("body has no inside")
        best = max(loops, key=lambda lp: abs(polygon_area(lp)))
        return smooth_closed(best, spacing)


def marching_squares(xs: list[float], ys: list[float], vals: list[list[float]]) -> list[list[Vec]]:
    nx, ny = len(xs), len(ys)
    pos: dict[tuple[int, int, int], Vec] = {}

    def edge(i: int, j: int, horizontal: bool) -> tuple[int, int, int]:
        key = (i, j, 0 if horizontal else 1)
        if key not in pos:
            if horizontal:
                a, b = vals[j][i], vals[j][i + 1]
                t = a / (a - b)
                pos[key] = (xs[i] + (xs[i + 1] - xs[i]) * t, ys[j])
            else:
                a, b = vals[j][i], vals[j + 1][i]
                t = a / (a - b)
                pos[key] = (xs[i], ys[j] + (ys[j + 1] - ys[j]) * t)
        return key

    nbr: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}

    def link(p: tuple[int, int, int], q: tuple[int, int, int]) -> None:
        nbr.setdefault(p, []).append(q)
        nbr.setdefault(q, []).append(p)

    for j in range(ny - 1):
        r0, r1 = vals[j], vals[j + 1]
        for i in range(nx - 1):
            a, b, c, d = r0[i] < 0, r0[i + 1] < 0, r1[i + 1] < 0, r1[i] < 0
            if a == b == c == d:
                continue
            crossings = []
            if a != b:
                crossings.append(edge(i, j, True))  # top
            if b != c:
                crossings.append(edge(i + 1, j, False))  # right
            if c != d:
                crossings.append(edge(i, j + 1, True))  # bottom
            if d != a:
                crossings.append(edge(i, j, False))  # left
            if len(crossings) == 2:
                link(crossings[0], crossings[1])
            elif len(crossings) == 4:
                centre = (r0[i] + r0[i + 1] + r1[i + 1] + r1[i]) / 4
                top, right, bottom, left = crossings
                if (centre < 0) == a:
                    link(top, right)
                    link(bottom, left)
                else:
                    link(top, left)
                    link(bottom, right)
    loops: list[list[Vec]] = []
    seen: set[tuple[int, int, int]] = set()
    for start in nbr:
        if start in seen:
            continue
        loop = [start]
        seen.add(start)
        prev, cur = start, nbr[start][0]
        while cur != start and cur not in seen:
            seen.add(cur)
            loop.append(cur)
            nxt = [n for n in nbr[cur] if n != prev]
            if not nxt:
                break
            prev, cur = cur, nxt[0]
        if len(loop) > 8:
            loops.append([pos[k] for k in loop])
    return loops


def polygon_area(pts: Sequence[Vec]) -> float:
    s = 0.0
    for i in range(len(pts)):
        x0, y0 = pts[i - 1]
        x1, y1 = pts[i]
        s += x0 * y1 - x1 * y0
    return s / 2


def resample(pts: Sequence[Vec], spacing: float, closed: bool = True) -> list[Vec]:
    seq = list(pts) + ([pts[0]] if closed else [])
    total = sum(dist(seq[i], seq[i + 1]) for i in range(len(seq) - 1))
    n = max(3 if closed else 2, round(total / spacing))
    step = total / n
    out: list[Vec] = [seq[0]]
    acc = 0.0
    target = step
    for i in range(len(seq) - 1):
        a, b = seq[i], seq[i + 1]
        seg = dist(a, b)
        while seg > 0 and acc + seg >= target - 1e-9 and len(out) < n + (0 if closed else 1):
            t = (target - acc) / seg
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
            target += step
        acc += seg
    if closed:
        return out[:n]
    if dist(out[-1], seq[-1]) > 1e-6:
        out.append(seq[-1])
    return out


def smooth_closed(pts: Sequence[Vec], spacing: float, passes: int = 2) -> list[Vec]:
    p = resample(pts, 2.0)
    n = len(p)
    for _ in range(passes):
        for lam in (0.5, -0.53):  # Taubin smoothing: removes grid steps without shrinking
            p = [
                (
                    p[i][0] + lam * ((p[i - 1][0] + p[(i + 1) % n][0]) / 2 - p[i][0]),
                    p[i][1] + lam * ((p[i - 1][1] + p[(i + 1) % n][1]) / 2 - p[i][1]),
                )
                for i in range(n)
            ]
    out = resample(p, spacing)
    # start the path at the lowest-left point so files are stable and readable
    k = min(range(len(out)), key=lambda i: (-round(out[i][1], 1), out[i][0]))
    out = out[k:] + out[:k]
    if polygon_area(out) < 0:  # clockwise on screen (y down)
        out = [out[0], *reversed(out[1:])]
    return out
