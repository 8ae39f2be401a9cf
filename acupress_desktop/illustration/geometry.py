"""Small 2-D vector helpers (plain tuples, so every module can share them without classes)."""

from __future__ import annotations

import math
from collections.abc import Sequence

Vec = tuple[float, float]


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1]


def cross(a: Vec, b: Vec) -> float:
    return a[0] * b[1] - a[1] * b[0]


def length(a: Vec) -> float:
    return math.hypot(a[0], a[1])


def dist(a: Vec, b: Vec) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def unit(a: Vec) -> Vec:
    n = length(a)
    return (a[0] / n, a[1] / n) if n else (0.0, 0.0)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def mid(a: Vec, b: Vec) -> Vec:
    return lerp(a, b, 0.5)


def perp(a: Vec) -> Vec:
    """Rotate 90 degrees counter-clockwise (in a y-up frame)."""
    return (-a[1], a[0])


def polar(angle_deg: float, r: float = 1.0) -> Vec:
    """Unit direction measured from +y (straight 'up' in a y-up model) towards +x."""
    a = math.radians(angle_deg)
    return (math.sin(a) * r, math.cos(a) * r)


def along(origin: Vec, angle_deg: float, r: float) -> Vec:
    return add(origin, polar(angle_deg, r))


def line_intersection(p: Vec, d: Vec, q: Vec, e: Vec) -> Vec:
    """Intersection of the lines p + s*d and q + u*e."""
    den = cross(d, e)
    if abs(den) < 1e-12:
        return p
    s = cross(sub(q, p), e) / den
    return add(p, mul(d, s))


def centroid(points: Sequence[Vec]) -> Vec:
    n = len(points)
    return (sum(p[0] for p in points) / n, sum(p[1] for p in points) / n)
