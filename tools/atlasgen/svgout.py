"""SVG text for traced shapes: smooth closed paths and polylines as cubic Beziers, one decimal."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import numpy as np
from skimage.measure import approximate_polygon

Poly = np.ndarray


def _f(v: float, digits: int = 1) -> str:
    s = f"{v:.{digits}f}"
    return s[1:] if s.startswith("-") and float(s) == 0 else s


def _cubic(p: np.ndarray, closed: bool, digits: int = 1) -> str:
    """Catmull-Rom through the points, written as cubic Bezier segments."""
    n = len(p)
    if n < 2:
        return ""
    pts = np.vstack([p[-1:], p, p[:2]]) if closed else np.vstack([p[:1], p, p[-1:]])
    out = [f"M {_f(p[0, 0], digits)},{_f(p[0, 1], digits)}"]
    segs = n if closed else n - 1
    for i in range(segs):
        p0, p1, p2, p3 = pts[i], pts[i + 1], pts[i + 2], pts[i + 3]
        c1 = p1 + (p2 - p0) / 6
        c2 = p2 - (p3 - p1) / 6
        xy = " ".join(f"{_f(q[0], digits)},{_f(q[1], digits)}" for q in (c1, c2, p2))
        out.append(f"C {xy}" if i == 0 else xy)  # later curves repeat the command implicitly
    if closed:
        out.append("Z")
    return " ".join(out)


def closed_path(polys: list[Poly], digits: int = 1) -> str:
    """``digits=0`` for faint shapes (bones), where a pixel is plenty and the file stays small."""
    return " ".join(_cubic(p, True, digits) for p in polys if len(p) >= 3)


def open_path(polys: list[Poly], tolerance: float = 0.6) -> str:
    """Polylines, thinned to ``tolerance`` pixels first (a traced crease has a vertex every pixel)."""
    return " ".join(_cubic(approximate_polygon(p, tolerance), False) for p in polys if len(p) >= 2)


def el(tag: str, text: str | None = None, **attrs: object) -> str:
    if tag == "path" and not attrs.get("d"):
        return ""  # an empty path is invalid SVG
    a = " ".join(f"{_attr(k)}={quoteattr(str(v))}" for k, v in attrs.items() if v is not None)
    if text is None:
        return f"<{tag} {a}/>"
    return f"<{tag} {a}>{escape(text)}</{tag}>"


def group(gid: str, children: list[str], **attrs: object) -> str:
    a = " ".join(f"{_attr(k)}={quoteattr(str(v))}" for k, v in attrs.items())
    return f'<g id="{gid}" {a}>\n' + "\n".join(children) + "\n</g>"


def _attr(key: str) -> str:
    """Python keyword -> SVG attribute: ``fill_rule`` -> ``fill-rule``, ``xlink_href`` -> ``xlink:href``."""
    key = key.rstrip("_")
    return "xlink:href" if key == "xlink_href" else key.replace("_", "-")
