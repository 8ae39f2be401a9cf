"""Model-to-canvas mapping: models are built in millimetres with y pointing up (anatomical 'up' or
'distal'), the canvas is SVG pixels with y pointing down."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .geometry import Vec


@dataclass(frozen=True)
class Frame:
    origin_x: float  # canvas x of the model origin
    origin_y: float  # canvas y of the model origin
    scale: float  # pixels per model unit (millimetre or B-cun)
    flip_x: bool = False  # draw a mirrored model (x -> -x) without touching its numbers

    def point(self, model_point: Vec) -> Vec:
        """Where a model point lands on the canvas."""
        x = -model_point[0] if self.flip_x else model_point[0]
        return (self.origin_x + self.scale * x, self.origin_y - self.scale * model_point[1])

    def length(self, model_length: float) -> float:
        """A model length (a radius, a blend width) in canvas pixels."""
        return self.scale * model_length


def local(origin: Vec, angle_deg: float, across: float, along_: float) -> Vec:
    """A point in a segment's own frame: ``along_`` the axis (angle from +y towards +x) and
    ``across`` it (positive = to the right of the axis when it points up)."""
    angle = math.radians(angle_deg)
    axis = (math.sin(angle), math.cos(angle))
    right = (math.cos(angle), -math.sin(angle))
    return (origin[0] + axis[0] * along_ + right[0] * across, origin[1] + axis[1] * along_ + right[1] * across)
