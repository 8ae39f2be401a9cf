"""Shared helpers for the views: trace a model body through a frame, draw model curves."""

from __future__ import annotations

from collections.abc import Sequence

from . import style
from .frame import Frame
from .geometry import Vec
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing, catmull_rom, fmt

SIDES = (-1.0, 1.0)  # side signs for symmetric views: the viewer's left (-x), then the right
CANVAS_BOUNDS = (-6.0, -6.0, 606.0, 606.0)  # outlines may run 6 px off the canvas where a limb is cut


def to_canvas(body: Body, frame: Frame) -> Body:
    """The same solids in canvas pixels, so the outline is traced on the canvas grid."""
    out = Body()
    for operation, prim, blend in body.ops:
        if isinstance(prim, Capsule):
            canvas_solid: Capsule | Ellipse = Capsule(
                frame.point(prim.start),
                frame.point(prim.end),
                frame.length(prim.start_radius),
                frame.length(prim.end_radius),
            )
        else:
            turn = prim.angle if frame.flip_x else -prim.angle
            canvas_solid = Ellipse(frame.point(prim.centre), frame.length(prim.rx), frame.length(prim.ry), turn)
        out.ops.append((operation, canvas_solid, frame.length(blend)))
    return out


def trace(drawing: Drawing, body: Body, frame: Frame, step: float = 2.0) -> list[Vec]:
    outline = to_canvas(body, frame).outline(CANVAS_BOUNDS, step=step, spacing=6.0)
    drawing.set_outline(outline)
    return outline


def contour(body: Body, frame: Frame, step: float = 1.5, spacing: float = 5.0) -> str:
    """A closed silhouette of a secondary solid (a bone, a muscle belly) as path data."""
    on_canvas = to_canvas(body, frame)
    x0 = y0 = 1e9
    x1 = y1 = -1e9
    for _, prim, blend in on_canvas.ops:
        box_x0, box_y0, box_x1, box_y1 = prim.bbox()
        x0, y0 = min(x0, box_x0 - blend), min(y0, box_y0 - blend)
        x1, y1 = max(x1, box_x1 + blend), max(y1, box_y1 + blend)
    outline = on_canvas.outline((x0 - 6, y0 - 6, x1 + 6, y1 + 6), step=step, spacing=spacing)
    return catmull_rom(outline, closed=True)


def on_side(side_sign: float, points: Sequence[Vec]) -> list[Vec]:
    """Points given for the +x half of a symmetric view, placed on the side ``side_sign`` (-1 or +1)."""
    return [(side_sign * x, y) for x, y in points]


def curve(frame: Frame, points: Sequence[Vec], closed: bool = False) -> str:
    return catmull_rom([frame.point(point) for point in points], closed=closed)


def ellipse(
    drawing: Drawing,
    layer: str,
    frame: Frame,
    centre: Vec,
    rx: float,
    ry: float,
    attrs: dict[str, str],
    angle: float = 0.0,
) -> None:
    x, y = frame.point(centre)
    geometry = {"cx": fmt(x), "cy": fmt(y), "rx": fmt(frame.length(rx)), "ry": fmt(frame.length(ry))}
    if angle:
        geometry["transform"] = f"rotate({fmt(-angle if not frame.flip_x else angle)} {fmt(x)} {fmt(y)})"
    drawing.element(layer, "ellipse", {**geometry, **attrs})


def bone(drawing: Drawing, frame: Frame, points: Sequence[Vec], closed: bool = True) -> None:
    drawing.bone(curve(frame, points, closed))


def label(drawing: Drawing, frame: Frame, at: Vec, text: str, anchor: str = "start") -> None:
    x, y = frame.point(at)
    drawing.element("landmark-labels", "text", {"x": fmt(x), "y": fmt(y), **style.label_attrs(anchor=anchor)}, text)
