"""The one style every Acupress illustration follows (see resources/images/STYLE.md).

Change a value here and re-run ``python -m acupress_desktop.illustration``: every view is restyled.
Colours are written as SVG presentation attributes (not CSS) because QtSvg renders those reliably.
"""

from __future__ import annotations

CANVAS = 600  # every close-up is a 600 x 600 viewBox

SKIN_FILL = "#F3D9C4"
SKIN_SHADE = "#EACBB3"  # soft shading (muscle bellies, eminences), no outline
OUTLINE = "#8A5A44"
OUTLINE_WIDTH = 1.6
INNER_CONTOUR = "#B07E66"  # contours inside the silhouette (toe/finger separations, ear rims)
INNER_CONTOUR_WIDTH = 1.1
BONE = "#B89A8A"
BONE_WIDTH = 1.0
BONE_DASH = "4 3"
BONE_OPACITY = 0.7
TENDON = "#C9A38E"
TENDON_WIDTH = 1.3
TENDON_OPACITY = 0.9
CREASE = "#A5745E"
CREASE_WIDTH = 0.9
NAIL_FILL = "#F8E6DA"
NAIL_STROKE = "#B07E66"
HAIR_FILL = "#D9C2B0"
LANDMARK = "#8C8C8C"
LANDMARK_ARM = 3.0  # half-length of a landmark cross
LANDMARK_WIDTH = 0.8
LABEL_FILL = "#6E6E6E"
LABEL_FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
LABEL_SIZE = 10
TITLE_SIZE = 13
REGION_STROKE = "#5B7C99"  # overview views: the boxes that name close-ups
REGION_FILL = "#5B7C99"
REGION_FILL_OPACITY = 0.08


def skin_attrs() -> dict[str, str]:
    return {
        "fill": SKIN_FILL,
        "stroke": OUTLINE,
        "stroke-width": f"{OUTLINE_WIDTH}",
        "stroke-linejoin": "round",
    }


def shade_attrs(opacity: float = 0.7) -> dict[str, str]:
    return {"fill": SKIN_SHADE, "stroke": "none", "opacity": f"{opacity}"}


def inner_attrs() -> dict[str, str]:
    return {
        "fill": "none",
        "stroke": INNER_CONTOUR,
        "stroke-width": f"{INNER_CONTOUR_WIDTH}",
        "stroke-linecap": "round",
    }


def bone_attrs() -> dict[str, str]:
    return {
        "fill": "none",
        "stroke": BONE,
        "stroke-width": f"{BONE_WIDTH}",
        "stroke-dasharray": BONE_DASH,
        "opacity": f"{BONE_OPACITY}",
    }


def tendon_attrs() -> dict[str, str]:
    return {
        "fill": "none",
        "stroke": TENDON,
        "stroke-width": f"{TENDON_WIDTH}",
        "stroke-linecap": "round",
        "opacity": f"{TENDON_OPACITY}",
    }


def crease_attrs() -> dict[str, str]:
    return {
        "fill": "none",
        "stroke": CREASE,
        "stroke-width": f"{CREASE_WIDTH}",
        "stroke-linecap": "round",
    }


def nail_attrs() -> dict[str, str]:
    return {"fill": NAIL_FILL, "stroke": NAIL_STROKE, "stroke-width": "0.9"}


def hair_attrs() -> dict[str, str]:
    return {"fill": HAIR_FILL, "stroke": OUTLINE, "stroke-width": "0.8"}


def landmark_attrs() -> dict[str, str]:
    return {"fill": "none", "stroke": LANDMARK, "stroke-width": f"{LANDMARK_WIDTH}"}


def label_attrs(size: float = LABEL_SIZE, anchor: str = "start") -> dict[str, str]:
    return {
        "fill": LABEL_FILL,
        "font-family": LABEL_FONT,
        "font-size": f"{size}",
        "text-anchor": anchor,
    }
