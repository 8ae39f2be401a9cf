"""Small 2-D vector helpers (plain tuples, so every module can share them without classes)."""

from __future__ import annotations

import math
from collections.abc import Sequence

Vec = tuple[float, float]


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Vec, factor: float) -> Vec:
    return (a[0] * factor, a[1] * factor)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1]


def cross(a: Vec, b: Vec) -> float:
    return a[0] * b[1] - a[1] * b[0]


def length(a: Vec) -> float:
    return math.hypot(a[0], a[1])


def dist(a: Vec, b: Vec) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def unit(a: Vec) -> Vec:
    norm = length(a)
    return (a[0] / norm, a[1] / norm) if norm else (0.0, 0.0)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def mid(a: Vec, b: Vec) -> Vec:
    return lerp(a, b, 0.5)


def perp(a: Vec) -> Vec:
    """Rotate 90 degrees counter-clockwise (in a y-up frame)."""
    return (-a[1], a[0])


def polar(angle_deg: float, radius: float = 1.0) -> Vec:
    """Unit direction measured from +y (straight 'up' in a y-up model) towards +x."""
    angle = math.radians(angle_deg)
    return (math.sin(angle) * radius, math.cos(angle) * radius)


def along(origin: Vec, angle_deg: float, distance: float) -> Vec:
    return add(origin, polar(angle_deg, distance))


def line_intersection(point: Vec, direction: Vec, other_point: Vec, other_direction: Vec) -> Vec:
    """Where the line through ``point`` along ``direction`` meets the other line (``point`` if parallel)."""
    denominator = cross(direction, other_direction)
    if abs(denominator) < 1e-12:
        return point
    steps = cross(sub(other_point, point), other_direction) / denominator
    return add(point, mul(direction, steps))


def centroid(points: Sequence[Vec]) -> Vec:
    count = len(points)
    return (sum(p[0] for p in points) / count, sum(p[1] for p in points) / count)
