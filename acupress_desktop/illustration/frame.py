"""Model-to-canvas mapping: models are built in millimetres with y pointing up (anatomical 'up' or
'distal'), the canvas is SVG pixels with y pointing down."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .geometry import Vec


@dataclass(frozen=True)
class Frame:
    ox: float  # canvas x of the model origin
    oy: float  # canvas y of the model origin
    s: float  # pixels per millimetre
    flip_x: bool = False  # draw a mirrored model (x -> -x) without touching its numbers

    def p(self, v: Vec) -> Vec:
        x = -v[0] if self.flip_x else v[0]
        return (self.ox + self.s * x, self.oy - self.s * v[1])

    def r(self, mm: float) -> float:
        return self.s * mm


def local(origin: Vec, angle_deg: float, across: float, along_: float) -> Vec:
    """A point in a segment's own frame: ``along_`` the axis (angle from +y towards +x) and
    ``across`` it (positive = to the right of the axis when it points up)."""
    a = math.radians(angle_deg)
    d = (math.sin(a), math.cos(a))
    r = (math.cos(a), -math.sin(a))
    return (origin[0] + d[0] * along_ + r[0] * across, origin[1] + d[1] * along_ + r[1] * across)
