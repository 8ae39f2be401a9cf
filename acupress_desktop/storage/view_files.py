"""Reads the illustrations' files: each SVG's landmarks and silhouette, and ``placements.toml``'s rules.

The rules themselves are resolved in ``domain.placement``; this module only turns files into data. The app reads
the views with ``load_views_precomputed``: the rules resolved against the landmarks the generator recorded in
``views.json``, each SVG read only when its picture is first drawn; ``load_views`` reads every SVG, and a test
checks both give the same views.
"""

from __future__ import annotations

import json
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from acupress_desktop.domain.placement import (
    PlacementError,
    PointInView,
    Pos,
    SvgDrawing,
    View,
    build_view,
    place_view,
)

PLACEMENTS_FILE = "placements.toml"
POINTS_FILE = "views.json"  # every point in every view, as the generator projected it
SVG_NS = "{http://www.w3.org/2000/svg}"


def _float(value: str | None, what: str) -> float:
    if value is None:
        raise PlacementError(f"missing {what}")
    return float(value)


def read_svg(svg_path: Path) -> SvgDrawing:
    """Size, landmarks (``lm-*``), silhouette (``outline``) and region boxes (``region-*``) of one illustration."""
    root = ET.parse(svg_path).getroot()
    view_box = root.get("viewBox")
    if view_box:
        _, _, width, height = (float(v) for v in view_box.replace(",", " ").split())
    else:
        width, height = _float(root.get("width"), "width"), _float(root.get("height"), "height")
    landmarks: dict[str, Pos] = {}
    outline = ""
    regions: dict[str, tuple[float, float, float, float]] = {}
    for element in root.iter():
        element_id = element.get("id")
        if not element_id:
            continue
        if element_id.startswith("lm-"):
            if element_id in landmarks:
                raise PlacementError(f"{svg_path.name}: duplicate landmark {element_id}")
            landmarks[element_id] = _landmark_position(element, element_id)
        elif element_id == "outline":
            outline = element.get("d") or ""  # flattened when first needed (View.outline)
        elif element_id.startswith("region-") and element.tag in (f"{SVG_NS}rect", "rect"):
            regions[element_id.removeprefix("region-")] = _box(element, element_id)
    if not outline:
        raise PlacementError(f"{svg_path.name}: no closed path with id='outline'")
    return SvgDrawing(width, height, landmarks, outline, regions, dict(root.attrib))


def _landmark_position(element: ET.Element, element_id: str) -> Pos:
    if element.get("data-x") is not None:
        return (_float(element.get("data-x"), element_id), _float(element.get("data-y"), element_id))
    return (_float(element.get("cx"), element_id), _float(element.get("cy"), element_id))


def _box(element: ET.Element, element_id: str) -> tuple[float, float, float, float]:
    return (
        _float(element.get("x"), element_id),
        _float(element.get("y"), element_id),
        _float(element.get("width"), element_id),
        _float(element.get("height"), element_id),
    )


def load_placements(path: Path) -> dict[str, Any]:
    with path.open("rb") as source:
        data = tomllib.load(source)
    views = data.get("views")
    if not isinstance(views, dict):
        raise PlacementError(f"{path.name}: no [views] table")
    return views


def load_view(images_dir: Path, view_id: str, spec: Mapping[str, Any]) -> View:
    svg_path = images_dir / str(spec.get("svg", f"{view_id}.svg"))
    return build_view(view_id, spec, read_svg(svg_path), svg_path)


def load_views(images_dir: Path) -> dict[str, View]:
    """All views named in ``images_dir/placements.toml``, with every rule resolved against its SVG's landmarks."""
    specs = load_placements(images_dir / PLACEMENTS_FILE)
    return {view_id: load_view(images_dir, view_id, spec) for view_id, spec in specs.items()}


def load_views_precomputed(images_dir: Path) -> dict[str, View]:
    """The same views as ``load_views``, without reading an SVG until a picture needs it (a few milliseconds
    instead of a tenth of a second): rules are resolved against the landmarks ``views.json`` records. A view
    whose rules need a landmark only its SVG holds is read from the SVG, as ``load_views`` does."""
    specs = load_placements(images_dir / PLACEMENTS_FILE)
    recorded = _recorded_views(images_dir / POINTS_FILE)
    views: dict[str, View] = {}
    for view_id, spec in specs.items():
        svg_path = images_dir / str(spec.get("svg", f"{view_id}.svg"))
        known = recorded.get(view_id)
        facing = spec.get("facing", known.get("facing") if known else None)
        cun_px = None if "cun" not in spec else (known or {}).get("px_per_cun")
        if known is None or facing is None or ("cun" in spec and cun_px is None):
            views[view_id] = load_view(images_dir, view_id, spec)
            continue
        try:
            views[view_id] = place_view(
                view_id, spec, _recorded_landmarks(known), cun_px, str(facing), svg_path, _SvgOnFirstUse(svg_path)
            )
        except PlacementError:  # a rule over a landmark views.json does not record
            views[view_id] = load_view(images_dir, view_id, spec)
    return views


class _SvgOnFirstUse:
    """Reads one SVG when the view's drawing is first asked for (View keeps what it returns)."""

    def __init__(self, svg_path: Path) -> None:
        self._svg_path = svg_path

    def __call__(self) -> SvgDrawing:
        return read_svg(self._svg_path)


def _recorded_views(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _recorded_landmarks(view: Mapping[str, Any]) -> dict[str, Pos]:
    """The landmarks the SVG carries, as views.json records them: each point's own (lm-pt-<id>) and the named ones."""
    landmarks = {f"lm-{name}": (float(x), float(y)) for name, (x, y) in view.get("landmarks", {}).items()}
    for mark in view.get("points", ()):
        landmarks[f"lm-pt-{mark['id']}"] = (float(mark["x"]), float(mark["y"]))
    return landmarks


def load_point_views(images_dir: Path) -> dict[str, tuple[PointInView, ...]]:
    """Point code -> where it lands in each view, from the generator's ``views.json`` (empty if there is none)."""
    path = images_dir / POINTS_FILE
    found: dict[str, list[PointInView]] = {}
    for view_id, view in _recorded_views(path).items():
        for mark in view.get("points", ()):
            found.setdefault(str(mark["code"]), []).append(
                PointInView(
                    view=view_id,
                    title=str(view.get("title", view_id)),
                    side=str(mark["side"]),
                    x=float(mark["x"]),
                    y=float(mark["y"]),
                    visible=bool(mark["visible"]),
                    px_per_cun=None if view.get("px_per_cun") is None else float(view["px_per_cun"]),
                )
            )
    return {code: tuple(marks) for code, marks in found.items()}
