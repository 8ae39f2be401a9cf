"""Where each acupressure point sits on each illustration, computed from named landmarks.

The illustrations (``paths.images_dir()``, drawn by tools/atlasgen from one 3D body) name their anatomical
landmarks (elements whose id starts with ``lm-``: a ``<circle cx cy>``, or any element with ``data-x``/``data-y``)
and carry the body silhouette as one closed path ``id="outline"``. Their ``placements.toml`` says, per view,
which side of the body the drawing shows, its B-cun scale, and for each point a list of *rules* over
the landmarks. This module resolves those rules to SVG coordinates, so a point's position is derived
from its written location and cannot drift from the picture.

Rule language (one TOML inline table per marker; a point may have several markers)::

    { rule = "landmark", at = A }                 # exactly at A
    { rule = "midpoint", a = A, b = B }           # halfway between A and B
    { rule = "fraction", from = A, to = B, t = T }  # A + T * (B - A)
    { rule = "offset", from = A, toward = B, cun = C }  # C B-cun from A in the direction of B

``A``/``B`` are landmark ids (``"lm-..."``) or another point already placed on the same view
(``"pt:LI4"``; ``"pt:EX-UE7#2"`` for its second marker). Every rule may add
``shift = [{ along = [A, B], cun = C }, { along = [A, B], t = T }]``: moves of C B-cun, or of T times
the length A-B, in the direction A->B, applied in order. On a view that shows both sides (``side =
"midline"``) a marker names the body side it is on with ``side = "left" | "right"``; untagged markers
there are on the midline.

Left and right come from mirroring one drawing: ``x -> width - x``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from acupress_desktop.domain.laterality import Side

Pos = tuple[float, float]

RULES = ("landmark", "midpoint", "fraction", "offset")


class PlacementError(ValueError):
    """A placement rule or an illustration is inconsistent (unknown landmark, bad rule, cycle...)."""


@dataclass(frozen=True)
class CunScale:
    from_id: str
    to_id: str
    cun: float


@dataclass(frozen=True)
class PlacedPoint:
    """One marker of a point as drawn: its position and the body side it is on."""

    pos: Pos
    side: Side


@dataclass(frozen=True)
class SvgDrawing:
    """What an illustration file says about itself: size, landmarks, silhouette, regions, root attributes."""

    width: float
    height: float
    landmarks: Mapping[str, Pos]
    outline_path: str  # the silhouette's SVG path data
    regions: Mapping[str, tuple[float, float, float, float]]
    attributes: Mapping[str, str]

    @cached_property
    def outline(self) -> tuple[Pos, ...]:
        """The silhouette as a polygon, worked out when first asked for (Home's body maps never need it)."""
        from acupress_desktop.domain.svg_path import flatten_path

        return tuple(flatten_path(self.outline_path))


@dataclass(frozen=True)
class View:
    """One illustration with its resolved point positions; its size, landmarks, silhouette and regions come from
    its drawing, which ``read_drawing`` (storage's file reader) reads the first time one of them is asked for."""

    id: str
    title: str
    svg_path: Path
    drawn_side: Side
    facing: str
    placements: Mapping[str, tuple[PlacedPoint, ...]]
    cun_px: float | None  # pixels per B-cun, if the view defines a scale
    read_drawing: Callable[[], SvgDrawing] = field(compare=False, repr=False)

    @cached_property
    def drawing(self) -> SvgDrawing:
        return self.read_drawing()

    @property
    def width(self) -> float:
        return self.drawing.width

    @property
    def height(self) -> float:
        return self.drawing.height

    @property
    def landmarks(self) -> Mapping[str, Pos]:
        return self.drawing.landmarks

    @property
    def outline(self) -> tuple[Pos, ...]:
        return self.drawing.outline

    @property
    def regions(self) -> Mapping[str, tuple[float, float, float, float]]:
        return self.drawing.regions

    def mirror(self, pos: Pos) -> Pos:
        """The same place on the other side of the body: x -> width - x."""
        return (self.width - pos[0], pos[1])

    def position(self, code: str, side: Side) -> tuple[Pos, ...]:
        """Where to draw ``code`` for the given body side (empty if the view does not show it).

        Markers drawn for the other side are mirrored; midline markers are returned for any side.
        ``Side.MIDLINE`` asks for the markers exactly as drawn; ``Side.BOTH`` for the left and right ones.
        """
        marks = self.placements.get(code, ())
        if side is Side.BOTH:
            return tuple(dict.fromkeys(self.position(code, Side.LEFT) + self.position(code, Side.RIGHT)))
        if side is Side.MIDLINE:
            return tuple(m.pos for m in marks)
        out = [m.pos for m in marks if m.side in (side, Side.MIDLINE)]
        if not any(m.side is side for m in marks):
            out.extend(self.mirror(m.pos) for m in marks if m.side is side.mirrored())
        return tuple(out)

    def contains(self, pos: Pos) -> bool:
        """Is ``pos`` on the body (inside the outline)?"""
        return point_in_polygon(pos, self.outline)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.placements)


def point_in_polygon(p: Pos, poly: Sequence[Pos]) -> bool:
    """Even-odd ray casting."""
    x, y = p
    inside = False
    n = len(poly)
    for k in range(n):
        x1, y1 = poly[k - 1]
        x2, y2 = poly[k]
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xc > x:
                inside = not inside
    return inside


# --- rules -----------------------------------------------------------------------------------------


def _lerp(a: Pos, b: Pos, t: float) -> Pos:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _unit(a: Pos, b: Pos) -> Pos:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy)
    if n == 0:
        raise PlacementError("direction between two identical positions")
    return (dx / n, dy / n)


class _Resolver:
    def __init__(
        self,
        view_id: str,
        landmarks: Mapping[str, Pos],
        rules: Mapping[str, Sequence[Mapping[str, Any]]],
        cun_px: float | None,
    ) -> None:
        self.view_id = view_id
        self.landmarks = landmarks
        self.rules = rules
        self.cun_px = cun_px
        self.done: dict[str, tuple[Pos, ...]] = {}
        self.busy: set[str] = set()

    def err(self, msg: str) -> PlacementError:
        return PlacementError(f"[{self.view_id}] {msg}")

    def ref(self, name: Any) -> Pos:
        if not isinstance(name, str):
            raise self.err(f"reference must be a string, got {name!r}")
        if name.startswith("pt:"):
            code, _, nth = name[3:].partition("#")
            marks = self.point(code)
            k = int(nth) - 1 if nth else 0
            if not 0 <= k < len(marks):
                raise self.err(f"{name}: no such marker")
            return marks[k]
        if name not in self.landmarks:
            raise self.err(f"unknown landmark {name!r}")
        return self.landmarks[name]

    def cun(self, value: Any) -> float:
        if self.cun_px is None:
            raise self.err("a rule uses cun but the view defines no cun scale")
        return float(value) * self.cun_px

    def point(self, code: str) -> tuple[Pos, ...]:
        if code in self.done:
            return self.done[code]
        if code not in self.rules:
            raise self.err(f"unknown point {code!r}")
        if code in self.busy:
            raise self.err(f"circular reference through {code}")
        self.busy.add(code)
        marks = tuple(self.one(code, r) for r in self.rules[code])
        self.busy.discard(code)
        self.done[code] = marks
        return marks

    def one(self, code: str, r: Mapping[str, Any]) -> Pos:
        kind = r.get("rule")
        try:
            if kind == "landmark":
                p = self.ref(r["at"])
            elif kind == "midpoint":
                p = _lerp(self.ref(r["a"]), self.ref(r["b"]), 0.5)
            elif kind == "fraction":
                p = _lerp(self.ref(r["from"]), self.ref(r["to"]), float(r["t"]))
            elif kind == "offset":
                a = self.ref(r["from"])
                u = _unit(a, self.ref(r["toward"]))
                c = self.cun(r["cun"])
                p = (a[0] + u[0] * c, a[1] + u[1] * c)
            else:
                raise self.err(f"{code}: unknown rule {kind!r} (known: {', '.join(RULES)})")
        except KeyError as exc:
            raise self.err(f"{code}: rule {kind!r} needs {exc.args[0]!r}") from exc
        for s in r.get("shift", ()):
            a_id, b_id = s["along"]
            a, b = self.ref(a_id), self.ref(b_id)
            if "cun" in s:
                u = _unit(a, b)
                c = self.cun(s["cun"])
                p = (p[0] + u[0] * c, p[1] + u[1] * c)
            elif "t" in s:
                t = float(s["t"])
                p = (p[0] + (b[0] - a[0]) * t, p[1] + (b[1] - a[1]) * t)
            else:
                raise self.err(f"{code}: a shift needs cun or t")
        return p


def resolve_rules(
    view_id: str, landmarks: Mapping[str, Pos], rules: Mapping[str, Sequence[Mapping[str, Any]]], cun_px: float | None
) -> dict[str, tuple[Pos, ...]]:
    """Every point's marker positions, in SVG coordinates."""
    res = _Resolver(view_id, landmarks, rules, cun_px)
    return {code: res.point(code) for code in rules}


def build_view(view_id: str, spec: Mapping[str, Any], drawing: SvgDrawing, svg_path: Path) -> View:
    """One view with every rule of its ``placements.toml`` table resolved against the drawing's landmarks."""
    if len(drawing.outline) < 3:
        raise PlacementError(f"{svg_path.name}: no closed path with id='outline'")
    facing = str(spec.get("facing", drawing.attributes.get("data-facing", "")))
    cun_px = _cun_scale(view_id, spec, drawing.landmarks)
    return place_view(view_id, spec, drawing.landmarks, cun_px, facing, svg_path, lambda: drawing)


def place_view(
    view_id: str,
    spec: Mapping[str, Any],
    landmarks: Mapping[str, Pos],
    cun_px: float | None,
    facing: str,
    svg_path: Path,
    read_drawing: Callable[[], SvgDrawing],
) -> View:
    """One view with every rule resolved against ``landmarks`` (the drawing's own, or as the generator recorded
    them), its drawing read only when asked for."""
    drawn = Side(spec.get("side", "midline"))
    rules: dict[str, list[Mapping[str, Any]]] = dict(spec.get("points", {}))
    positions = resolve_rules(view_id, landmarks, rules, cun_px)
    placements = {code: _placed(view_id, code, marks, rules[code], drawn) for code, marks in positions.items()}
    return View(
        id=view_id,
        title=str(spec.get("title", view_id)),
        svg_path=svg_path,
        drawn_side=drawn,
        facing=facing,
        placements=placements,
        cun_px=cun_px,
        read_drawing=read_drawing,
    )


def _cun_scale(view_id: str, spec: Mapping[str, Any], landmarks: Mapping[str, Pos]) -> float | None:
    if "cun" not in spec:
        return None
    scale = spec["cun"]
    start, end = scale["from"], scale["to"]
    for landmark in (start, end):
        if landmark not in landmarks:
            raise PlacementError(f"[{view_id}] cun scale: unknown landmark {landmark!r}")
    return math.dist(landmarks[start], landmarks[end]) / float(scale["cun"])


def _placed(
    view_id: str, code: str, marks: tuple[Pos, ...], rules: Sequence[Mapping[str, Any]], drawn: Side
) -> tuple[PlacedPoint, ...]:
    placed = []
    for pos, rule in zip(marks, rules, strict=True):
        if drawn is Side.MIDLINE:
            side = Side(rule.get("side", "midline"))
        else:
            side = Side(rule.get("side", drawn.value))
            if side is not drawn:
                raise PlacementError(f"[{view_id}] {code}: a {drawn} view cannot hold a {side} marker")
        placed.append(PlacedPoint(pos, side))
    return tuple(placed)


def views_for_point(views: Mapping[str, View] | Iterable[View], code: str) -> tuple[View, ...]:
    """The views that show ``code``, in file order."""
    items = views.values() if isinstance(views, Mapping) else views
    return tuple(v for v in items if code in v.placements)


@dataclass(frozen=True)
class PointInView:
    """Where a point lands in one picture, so anyone can check a placement: SVG user units and the view's cun."""

    view: str
    title: str
    side: str  # left | right | midline
    x: float
    y: float
    visible: bool
    px_per_cun: float | None
