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


def fmt(value: float) -> str:
    """One decimal, and never "-0.0", so files are stable and small."""
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def point_text(point: Vec) -> str:
    return f"{fmt(point[0])},{fmt(point[1])}"


def catmull_rom(points: Sequence[Vec], closed: bool, tension: float = 1.0) -> str:
    """Cubic Bezier path through the points (absolute M/C[/Z] commands only)."""
    p = list(points)  # p0..p3 below are the four points of each Catmull-Rom span, as in the formula
    count = len(p)
    if count < 2:
        raise ValueError("need two points")
    if count == 2:
        return f"M {point_text(p[0])} L {point_text(p[1])}"
    parts = [f"M {point_text(p[0])}"]
    handle = tension / 6.0  # how far each Bezier control point reaches along the neighbours' chord
    last = count if closed else count - 1
    for i in range(last):
        p0 = p[i - 1] if (closed or i > 0) else p[0]
        p1 = p[i]
        p2 = p[(i + 1) % count]
        p3 = p[(i + 2) % count] if (closed or i + 2 < count) else p[count - 1]
        c1 = (p1[0] + (p2[0] - p0[0]) * handle, p1[1] + (p2[1] - p0[1]) * handle)
        c2 = (p2[0] - (p3[0] - p1[0]) * handle, p2[1] - (p3[1] - p1[1]) * handle)
        parts.append(f"C {point_text(c1)} {point_text(c2)} {point_text(p2)}")
    if closed:
        parts.append("Z")
    return " ".join(parts)


def polyline(points: Sequence[Vec], closed: bool = False) -> str:
    path_data = "M " + " L ".join(point_text(point) for point in points)
    return path_data + (" Z" if closed else "")


def quad(start: Vec, control: Vec, end: Vec) -> str:
    return f"M {point_text(start)} Q {point_text(control)} {point_text(end)}"


def attribute_text(attributes: dict[str, str]) -> str:
    return " ".join(f"{name}={quoteattr(value)}" for name, value in attributes.items())


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

    def element(self, layer: str, tag: str, attributes: dict[str, str], text: str | None = None) -> None:
        if text is None:
            self.layers[layer].append(f"<{tag} {attribute_text(attributes)}/>")
        else:
            self.layers[layer].append(f"<{tag} {attribute_text(attributes)}>{escape(text)}</{tag}>")

    def path(self, layer: str, path_data: str, attributes: dict[str, str], element_id: str | None = None) -> None:
        extra = {"id": element_id} if element_id else {}
        self.element(layer, "path", {**extra, "d": path_data, **attributes})

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

    def bone(self, path_data: str) -> None:
        self.path("bones", path_data, style.bone_attrs())

    def tendon(self, path_data: str) -> None:
        self.path("tendons", path_data, style.tendon_attrs())

    def crease(self, path_data: str, width: float | None = None) -> None:
        attributes = style.crease_attrs()
        if width is not None:
            attributes["stroke-width"] = f"{width}"
        self.path("creases", path_data, attributes)

    def inner(self, path_data: str, layer: str = "details") -> None:
        self.path(layer, path_data, style.inner_attrs())

    def shade(self, path_data: str, opacity: float = 0.7) -> None:
        self.path("shading", path_data, style.shade_attrs(opacity))

    def landmark(
        self, lm_id: str, at: Vec, label: str | None = None, dx: float = 5, dy: float = -4, anchor: str = "start"
    ) -> Vec:
        """A named landmark (a small cross, read by the placement rules), optionally with a label offset by dx, dy."""
        if not lm_id.startswith("lm-"):
            raise ValueError(lm_id)
        if lm_id in self.landmarks:
            raise ValueError(f"duplicate landmark {lm_id}")
        self.landmarks[lm_id] = at
        arm = style.LANDMARK_ARM
        x, y = at
        self.layers["landmarks"].append(
            f'<circle id="{lm_id}" cx="{fmt(x)}" cy="{fmt(y)}" r="0.8" fill="{style.LANDMARK}"/>'
        )
        self.path(
            "landmarks",
            f"M {fmt(x - arm)},{fmt(y)} L {fmt(x + arm)},{fmt(y)} M {fmt(x)},{fmt(y - arm)} L {fmt(x)},{fmt(y + arm)}",
            style.landmark_attrs(),
        )
        if label:
            self.element(
                "landmark-labels",
                "text",
                {"x": fmt(x + dx), "y": fmt(y + dy), "data-for": lm_id, **style.label_attrs(anchor=anchor)},
                label,
            )
        return at

    def to_svg(self) -> str:
        size = self.size
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {size} {size}" '
            f'width="{size}" height="{size}" data-view="{self.view_id}" data-side="{self.side}" '
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
