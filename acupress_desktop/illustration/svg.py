"""A tiny SVG writer: ordered layers, paths from point lists, landmarks with ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from . import style
from .geometry import Vec

LAYERS = (
    "skin",  # the filled outline (id="outline")
    "shading",
    "bones",
    "tendons",
    "muscles",
    "creases",
    "details",  # nails, hair, eyes: the things that make the part recognisable
    "contour",  # the outline stroke again, on top of shading
    "landmarks",
    "landmark-labels",
    "regions",  # overview views only
)


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    return "0.0" if s == "-0.0" else s


def pt(p: Vec) -> str:
    return f"{fmt(p[0])},{fmt(p[1])}"


def catmull_rom(points: Sequence[Vec], closed: bool, tension: float = 1.0) -> str:
    """Cubic Bezier path through the points (absolute M/C[/Z] commands only)."""
    p = list(points)
    n = len(p)
    if n < 2:
        raise ValueError("need two points")
    if n == 2:
        return f"M {pt(p[0])} L {pt(p[1])}"
    parts = [f"M {pt(p[0])}"]
    k = tension / 6.0
    last = n if closed else n - 1
    for i in range(last):
        p0 = p[i - 1] if (closed or i > 0) else p[0]
        p1 = p[i]
        p2 = p[(i + 1) % n]
        p3 = p[(i + 2) % n] if (closed or i + 2 < n) else p[n - 1]
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        parts.append(f"C {pt(c1)} {pt(c2)} {pt(p2)}")
    if closed:
        parts.append("Z")
    return " ".join(parts)


def polyline(points: Sequence[Vec], closed: bool = False) -> str:
    d = "M " + " L ".join(pt(p) for p in points)
    return d + (" Z" if closed else "")


def quad(a: Vec, c: Vec, b: Vec) -> str:
    return f"M {pt(a)} Q {pt(c)} {pt(b)}"


def attrs(d: dict[str, str]) -> str:
    return " ".join(f"{k}={quoteattr(v)}" for k, v in d.items())


@dataclass
class Drawing:
    """One view being drawn. Landmarks are kept both as SVG elements and as a dict."""

    view_id: str
    title: str
    side: str  # "right", "left" or "midline"
    facing: str  # "front", "back", "lateral", "medial", "top", "dorsal", "palmar"
    size: int = style.CANVAS
    layers: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in LAYERS})
    landmarks: dict[str, Vec] = field(default_factory=dict)
    outline_d: str = ""

    def el(self, layer: str, tag: str, a: dict[str, str], text: str | None = None) -> None:
        if text is None:
            self.layers[layer].append(f"<{tag} {attrs(a)}/>")
        else:
            self.layers[layer].append(f"<{tag} {attrs(a)}>{escape(text)}</{tag}>")

    def path(self, layer: str, d: str, a: dict[str, str], el_id: str | None = None) -> None:
        extra = {"id": el_id} if el_id else {}
        self.el(layer, "path", {**extra, "d": d, **a})

    def set_outline(self, points: Sequence[Vec]) -> None:
        self.outline_d = catmull_rom(points, closed=True)
        self.path("skin", self.outline_d, style.skin_attrs(), "outline")
        self.path(
            "contour",
            self.outline_d,
            {
                "fill": "none",
                "stroke": style.OUTLINE,
                "stroke-width": f"{style.OUTLINE_WIDTH}",
                "stroke-linejoin": "round",
            },
            "outline-stroke",
        )

    def bone(self, d: str) -> None:
        self.path("bones", d, style.bone_attrs())

    def tendon(self, d: str) -> None:
        self.path("tendons", d, style.tendon_attrs())

    def crease(self, d: str, width: float | None = None) -> None:
        a = style.crease_attrs()
        if width is not None:
            a["stroke-width"] = f"{width}"
        self.path("creases", d, a)

    def inner(self, d: str, layer: str = "details") -> None:
        self.path(layer, d, style.inner_attrs())

    def shade(self, d: str, opacity: float = 0.7) -> None:
        self.path("shading", d, style.shade_attrs(opacity))

    def landmark(
        self, lm_id: str, p: Vec, label: str | None = None, dx: float = 5, dy: float = -4, anchor: str = "start"
    ) -> Vec:
        if not lm_id.startswith("lm-"):
            raise ValueError(lm_id)
        if lm_id in self.landmarks:
            raise ValueError(f"duplicate landmark {lm_id}")
        self.landmarks[lm_id] = p
        arm = style.LANDMARK_ARM
        x, y = p
        self.layers["landmarks"].append(
            f'<circle id="{lm_id}" cx="{fmt(x)}" cy="{fmt(y)}" r="0.8" fill="{style.LANDMARK}"/>'
        )
        self.path(
            "landmarks",
            f"M {fmt(x - arm)},{fmt(y)} L {fmt(x + arm)},{fmt(y)} M {fmt(x)},{fmt(y - arm)} L {fmt(x)},{fmt(y + arm)}",
            style.landmark_attrs(),
        )
        if label:
            self.el(
                "landmark-labels",
                "text",
                {"x": fmt(x + dx), "y": fmt(y + dy), "data-for": lm_id, **style.label_attrs(anchor=anchor)},
                label,
            )
        return p

    def to_svg(self) -> str:
        s = self.size
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {s} {s}" '
            f'width="{s}" height="{s}" data-view="{self.view_id}" data-side="{self.side}" '
            f'data-facing="{self.facing}">',
            f"  <title>{escape(self.title)}</title>",
            "  <desc>Generated by python -m acupress_desktop.illustration; do not edit by hand. "
            "Style: resources/images/STYLE.md</desc>",
        ]
        for name in LAYERS:
            items = self.layers[name]
            if not items and name not in ("landmarks", "landmark-labels"):
                continue
            out.append(f'  <g id="{name}">')
            out.extend(f"    {item}" for item in items)
            out.append("  </g>")
        out.append("</svg>")
        return "\n".join(out) + "\n"
