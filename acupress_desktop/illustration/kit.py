"""Shared helpers for the views: trace a model body through a frame, draw model curves."""

from __future__ import annotations

from collections.abc import Sequence

from . import style
from .frame import Frame
from .geometry import Vec
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing, catmull_rom, fmt

CANVAS_BOUNDS = (-6.0, -6.0, 606.0, 606.0)  # outlines may run 6 px off the canvas where a limb is cut


def to_canvas(body: Body, f: Frame) -> Body:
    out = Body()
    for op, prim, k in body.ops:
        if isinstance(prim, Capsule):
            cp: Capsule | Ellipse = Capsule(f.p(prim.a), f.p(prim.b), f.r(prim.ra), f.r(prim.rb))
        else:
            ang = prim.angle if f.flip_x else -prim.angle
            cp = Ellipse(f.p(prim.c), f.r(prim.rx), f.r(prim.ry), ang)
        out.ops.append((op, cp, f.r(k)))
    return out


def trace(d: Drawing, body: Body, f: Frame, step: float = 2.0) -> list[Vec]:
    pts = to_canvas(body, f).outline(CANVAS_BOUNDS, step=step, spacing=6.0)
    d.set_outline(pts)
    return pts


def contour(body: Body, f: Frame, step: float = 1.5, spacing: float = 5.0) -> str:
    """A closed silhouette of a secondary solid (a bone, a muscle belly) as path data."""
    cb = to_canvas(body, f)
    x0 = y0 = 1e9
    x1 = y1 = -1e9
    for _, prim, k in cb.ops:
        bx0, by0, bx1, by1 = prim.bbox()
        x0, y0, x1, y1 = min(x0, bx0 - k), min(y0, by0 - k), max(x1, bx1 + k), max(y1, by1 + k)
    pts = cb.outline((x0 - 6, y0 - 6, x1 + 6, y1 + 6), step=step, spacing=spacing)
    return catmull_rom(pts, closed=True)


def curve(f: Frame, pts: Sequence[Vec], closed: bool = False) -> str:
    return catmull_rom([f.p(p) for p in pts], closed=closed)


def ellipse(
    d: Drawing, layer: str, f: Frame, c: Vec, rx: float, ry: float, attrs: dict[str, str], angle: float = 0.0
) -> None:
    cc = f.p(c)
    a = {"cx": fmt(cc[0]), "cy": fmt(cc[1]), "rx": fmt(f.r(rx)), "ry": fmt(f.r(ry))}
    if angle:
        a["transform"] = f"rotate({fmt(-angle if not f.flip_x else angle)} {fmt(cc[0])} {fmt(cc[1])})"
    d.el(layer, "ellipse", {**a, **attrs})


def bone(d: Drawing, f: Frame, pts: Sequence[Vec], closed: bool = True) -> None:
    d.bone(curve(f, pts, closed))


def label(d: Drawing, f: Frame, p: Vec, text: str, anchor: str = "start") -> None:
    q = f.p(p)
    d.el("landmark-labels", "text", {"x": fmt(q[0]), "y": fmt(q[1]), **style.label_attrs(anchor=anchor)}, text)
