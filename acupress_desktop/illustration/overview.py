"""Whole-body overviews (front and back) with a named box for each close-up view.

Proportions: a figure 8 heads tall (the classic academic canon, [estimate]). Each box is a
``<rect id="region-VIEW" data-view="VIEW">`` so the app can map a click to a close-up.
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .kit import curve, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing, fmt

HEAD = 220.0  # mm; the figure is 8 heads (1760 mm) tall [estimate]


def _figure() -> Body:
    """Standing figure, arms slightly away from the body, palms forward. Origin at the feet, y up."""
    h = HEAD
    b = Body()
    b.add(Ellipse((0.0, 7.5 * h), 0.36 * h, 0.5 * h), k=0)  # head
    b.add(Capsule((0.0, 6.9 * h), (0.0, 6.55 * h), 0.2 * h, 0.24 * h), k=0.2 * h)  # neck
    b.add(Capsule((0.0, 6.1 * h), (0.0, 4.6 * h), 0.78 * h, 0.6 * h), k=0.3 * h)  # chest and waist
    b.add(Capsule((-0.7 * h, 6.35 * h), (0.7 * h, 6.35 * h), 0.22 * h, 0.22 * h), k=0.4 * h)  # shoulders
    b.add(Ellipse((0.0, 4.05 * h), 0.78 * h, 0.62 * h), k=0.4 * h)  # pelvis
    for sx in (-1.0, 1.0):
        b.add(Capsule((sx * 0.9 * h, 6.3 * h), (sx * 1.05 * h, 4.9 * h), 0.2 * h, 0.16 * h), k=0.1 * h)  # arm
        b.add(Capsule((sx * 1.05 * h, 4.9 * h), (sx * 1.2 * h, 3.75 * h), 0.16 * h, 0.12 * h), k=0.06 * h)
        b.add(Ellipse((sx * 1.24 * h, 3.4 * h), 0.16 * h, 0.36 * h, sx * 6.0), k=0.08 * h)  # hand
        b.add(Capsule((sx * 0.4 * h, 3.7 * h), (sx * 0.33 * h, 2.0 * h), 0.38 * h, 0.22 * h), k=0.2 * h)  # thigh
        b.add(Capsule((sx * 0.33 * h, 2.0 * h), (sx * 0.3 * h, 0.3 * h), 0.22 * h, 0.12 * h), k=0.08 * h)
        b.add(Ellipse((sx * 0.33 * h, 0.1 * h), 0.16 * h, 0.14 * h), k=0.08 * h)  # foot
    return b


REGIONS_FRONT = {
    # view: (centre x in heads, centre y in heads, width, height); x is the viewer's left/right
    "head_top": (0.0, 8.0, 0.7, 0.2),
    "face": (0.0, 7.4, 0.8, 0.7),
    "forearm_inner": (-1.17, 4.05, 0.5, 1.75),
    "leg_front": (-0.33, 1.62, 0.6, 1.3),
    "ankle_inner": (0.38, 0.62, 0.45, 1.15),
    "foot_top": (-0.33, 0.1, 0.5, 0.3),
    "hip_side": (0.8, 3.95, 0.4, 0.6),
}
REGIONS_BACK = {
    "head_top": (0.0, 8.0, 0.7, 0.2),
    "neck_shoulder": (0.0, 6.6, 1.8, 0.8),
    "lower_back": (0.0, 4.1, 1.6, 1.3),
    "hand_dorsal": (1.24, 3.4, 0.42, 0.8),
    "knee_back": (0.33, 2.0, 0.55, 0.5),
    "leg_back": (0.32, 1.2, 0.5, 0.9),
    "ankle_outer": (0.45, 0.3, 0.42, 0.45),
    "hip_side": (-0.82, 3.95, 0.4, 0.6),
}


def _overview(view_id: str, title: str, facing: str, regions: dict[str, tuple[float, float, float, float]]) -> Drawing:
    d = Drawing(view_id, title, side="midline", facing=facing)
    f = Frame(ox=300.0, oy=585.0, s=570.0 / (8.1 * HEAD))
    trace(d, _figure(), f, step=2.0)
    h = HEAD
    if facing == "front":
        for sx in (-1.0, 1.0):
            d.inner(curve(f, [(sx * 0.12 * h, 7.55 * h), (sx * 0.2 * h, 7.5 * h)]))  # eyes
        d.inner(curve(f, [(-0.1 * h, 7.22 * h), (0.0, 7.2 * h), (0.1 * h, 7.22 * h)]))  # mouth
    else:
        d.path("creases", curve(f, [(0.0, 6.6 * h), (0.0, 4.1 * h)]), {**style.crease_attrs(), "opacity": "0.6"})
    d.path("details", curve(f, [(-0.05 * h, 3.6 * h), (0.0, 3.25 * h), (0.05 * h, 3.6 * h)]), style.inner_attrs())
    for name, (cx, cy, w, hh) in regions.items():
        x0, y0 = f.p((cx * h - w * h / 2, cy * h + hh * h / 2))
        ww, hh_px = f.r(w * h), f.r(hh * h)
        d.el(
            "regions",
            "rect",
            {
                "id": f"region-{name}",
                "data-view": name,
                "x": fmt(x0),
                "y": fmt(y0),
                "width": fmt(ww),
                "height": fmt(hh_px),
                "rx": "3",
                "fill": style.REGION_FILL,
                "fill-opacity": f"{style.REGION_FILL_OPACITY}",
                "stroke": style.REGION_STROKE,
                "stroke-width": "1.0",
            },
        )
        left = cx < 0 or (cx == 0 and name != "head_top")
        tx = x0 - 4 if left else x0 + ww + 4
        if cx == 0:
            tx = x0 + ww + 4
        d.el(
            "regions",
            "text",
            {
                "x": fmt(tx),
                "y": fmt(y0 + 10),
                "data-for": f"region-{name}",
                **style.label_attrs(anchor="end" if (left and cx != 0) else "start"),
            },
            name.replace("_", " "),
        )
    return d


def body_front() -> Drawing:
    return _overview("body_front", "The body from the front", "front", REGIONS_FRONT)


def body_back() -> Drawing:
    return _overview("body_back", "The body from behind", "back", REGIONS_BACK)
