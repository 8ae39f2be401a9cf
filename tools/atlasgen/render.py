"""One view of the body as an SVG: skin, shading bands, folds, creases, faint bones, landmarks, points.

Besides the picture, each SVG carries what the app needs to place points: ``lm-*`` landmarks (circles),
``id="outline"``, ``data-px-per-cun`` on the root, and a ``<metadata id="atlas-data">`` JSON block with
every point of the view (``x``, ``y``, ``side``, ``visible``). Point markers and their labels are drawn
in ``<g id="points">`` and ``<g id="point-labels">``, which the app can hide to draw its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
from skimage.filters import gaussian

from atlasgen.body import Body
from atlasgen.ear import EAR_RIM, ear_parts
from atlasgen.hair import hair_above
from atlasgen.labels import FONT_PX, place_labels
from atlasgen.landmarks import Landmarks
from atlasgen.points import Point
from atlasgen.raster import Camera, Frame, interpolate, rasterise
from atlasgen.svgout import closed_path, el, group, open_path
from atlasgen.trace import iso_shapes, occluding_edges, plane_section, shading, silhouette, smooth_open
from atlasgen.views import MIRROR, ViewSpec

MARGIN = 14
SKIN, BAND1, BAND2 = "#F3D9C4", "#E9C8AE", "#DDB598"
OUTLINE, FOLD, CREASE, BONE = "#8A5A44", "#A8775F", "#A5745E", "#A88C7C"
POINT, LABEL = "#C62828", "#3F302A"
HAIR, HAIR_SHADE, HAIR_EDGE = "#9A7A64", "#876853", "#7D5F4B"
DEPTH_TOL = 0.8  # cm: a point within this of the nearest skin in its pixel is visible
BONE_TOLERANCE = 3.0  # pixels: bones are faint, their outlines need not be exact (and keep the files small)


@dataclass
class Rendered:
    svg: str
    points: list[dict[str, object]]
    px_per_cun: float
    landmarks: dict[str, list[float]]


def _light(frame: Frame, faces: np.ndarray, normals: np.ndarray, cam: Camera, side_light: float) -> np.ndarray:
    r, u, f = cam.axes()
    light = -0.72 * f + 0.55 * u - side_light * r
    light /= np.linalg.norm(light)
    n = interpolate(frame, faces, normals)
    n /= np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-9)
    return np.clip(n @ light, 0, 1)


def field_of_view(spec: ViewSpec, lm: Landmarks) -> np.ndarray:
    """The four 3D corners of a close-up's canvas, at the depth of its centre (RIGHT side or midline)."""
    cam = spec.camera(lm, "m" if not spec.sided else "r")
    r, u, _ = cam.axes()
    hw, hh = cam.width / 2 / cam.scale, cam.height / 2 / cam.scale
    c = np.asarray(cam.centre)
    return np.array([c - r * hw + u * hh, c + r * hw + u * hh, c + r * hw - u * hh, c - r * hw - u * hh])


def _regions(cam: Camera, fields: dict[str, np.ndarray]) -> list[str]:
    """A box on an overview over the part each close-up shows (the app marks it in a small inset)."""
    out = []
    for view_id, corners in fields.items():
        xy = cam.project(corners)[:, :2]
        lo = np.clip(xy.min(axis=0), 0, [cam.width, cam.height])
        hi = np.clip(xy.max(axis=0), 0, [cam.width, cam.height])
        if (hi - lo).min() < 4:
            continue
        out.append(el("rect", id=f"region-{view_id}", data_view=view_id, x=f"{lo[0]:.1f}", y=f"{lo[1]:.1f}",
                      width=f"{hi[0] - lo[0]:.1f}", height=f"{hi[1] - lo[1]:.1f}"))  # fmt: skip
    return out


def render_view(
    spec: ViewSpec, body: Body, lm: Landmarks, points: dict[str, Point], side: str,
    fields: dict[str, np.ndarray] | None = None,
) -> Rendered:  # fmt: skip
    cam = spec.camera(lm, side)
    w, h = cam.width, cam.height
    skin_screen = cam.project(body.skin.verts)
    faces = body.skin.faces
    mirror = MIRROR if side == "l" else np.ones(3)
    if spec.keep is not None:  # faces with a corner kept, then trimmed pixel by pixel: a clean cut
        corners = spec.keep(body.skin.verts[faces].reshape(-1, 3) * mirror, body).reshape(-1, 3)
        faces = faces[corners.any(axis=1)]
    frame = rasterise(skin_screen, faces, w, h, MARGIN)
    if spec.keep is not None:
        seen = frame.mask
        where = interpolate(frame, faces, body.skin.verts)[seen]
        cut = np.zeros_like(seen)
        cut[seen] = ~spec.keep(where * mirror, body)
        frame.face[cut] = -1
        frame.depth[cut] = -np.inf
    mask = frame.mask
    inner = mask[MARGIN : MARGIN + h, MARGIN : MARGIN + w]
    parts: list[str] = []
    outline = silhouette(frame, MARGIN)
    # fill on the group, not the path: the stroke layer re-uses the path and must not repaint the skin
    parts.append(group("skin", [el("path", id="outline", d=closed_path(outline))], fill=SKIN, fill_rule="evenodd"))
    intensity = _light(frame, faces, body.skin.normals, cam, spec.side_light)
    bands = shading(intensity, mask, spec.bands, MARGIN, spec.shade_tolerance, spec.shade_blur)
    shade = [el("path", d=closed_path(bands[0]), fill=BAND1, opacity="0.9")]
    if len(bands) > 1 and bands[1]:
        shade.append(el("path", d=closed_path(bands[1]), fill=BAND2, opacity="0.75"))
    parts.append(group("shading", shade))
    where = interpolate(frame, faces, body.skin.verts) if spec.hair or spec.ear else None  # skin point per pixel
    if where is not None and spec.hair:
        parts.append(group("hair", _hair(lm, where, frame, intensity, spec.bands[0]), fill=HAIR, stroke=HAIR_EDGE,
                           stroke_width="0.8"))  # fmt: skip
    parts.append(group("bones", _bones(spec, body, cam, frame, side), fill=BONE, fill_opacity="0.16", stroke=BONE,
                       stroke_width="0.8", stroke_opacity="0.55"))  # fmt: skip
    folds = occluding_edges(skin_screen, faces, frame, MARGIN, DEPTH_TOL, spec.min_fold)
    fold_paths = [el("path", d=open_path([smooth_open(p) for p in folds]))] if folds else []
    parts.append(group("contour", fold_paths, fill="none",
                       stroke=FOLD, stroke_width="1.1", stroke_linecap="round"))  # fmt: skip
    parts.append(group("creases", _creases(spec, body, lm, faces, frame, skin_screen, side), fill="none",
                       stroke=CREASE, stroke_width="0.9", stroke_linecap="round"))  # fmt: skip
    if where is not None and spec.ear:
        parts.append(group("ear", ear_parts(lm, where, frame.mask, cam.scale, MARGIN), stroke=EAR_RIM,
                           stroke_width="1.3", stroke_linejoin="round"))  # fmt: skip
    parts += _details(spec, lm, cam, frame, side)
    parts.append(group("outline-stroke", [el("use", xlink_href="#outline")], fill="none", stroke=OUTLINE,
                       stroke_width="1.6", stroke_linejoin="round"))  # fmt: skip
    lm_svg, lm_xy = _landmarks(spec, lm, cam, side)
    px_per_cun = lm.cun_cm[spec.cun_region] * cam.scale
    # the view's B-cun as two landmarks one B-cun apart (a hidden scale bar in the bottom corner), so
    # a reader of the placement file gets exactly this scale without the foreshortening of a pair of
    # anatomical landmarks seen at a slant
    for k, x in enumerate((4.0, 4.0 + px_per_cun)):
        lm_svg.append(el("circle", id=f"lm-scale-{k}", cx=f"{x:.2f}", cy=f"{h - 4}", r="0.8"))
    # landmarks are data for the placement reader, not ink: a speck of grey on the skin reads as dirt
    parts.append(group("landmarks", lm_svg, fill="#8C8C8C", visibility="hidden"))
    data, anchors = _points(spec, points, cam, frame, side, body)
    parts.append(group("points", [
        el("circle", id=f"lm-pt-{d['id']}", cx=f"{d['x']:.1f}", cy=f"{d['y']:.1f}", r="5", data_code=d["code"])
        for d in data if d["visible"]
    ], fill=POINT, stroke="white", stroke_width="1.5"))  # fmt: skip
    labels = place_labels(anchors, list(lm_xy.values()), inner, w, h)
    texts, leaders = [], []
    for lab in labels:
        texts.append(el("text", lab.text, x=f"{lab.x:.1f}", y=f"{lab.y:.1f}"))
        if lab.leader:
            x0, y0, x1, y1 = lab.leader
            leaders.append(el("line", x1=f"{x0:.1f}", y1=f"{y0:.1f}", x2=f"{x1:.1f}", y2=f"{y1:.1f}"))
    parts.append(group("point-leaders", leaders, stroke=LABEL, stroke_width="0.8"))
    parts.append(group("point-labels", texts, fill=LABEL, font_size=f"{FONT_PX:g}", font_weight="bold",
        font_family="DejaVu Sans, Arial, Helvetica, sans-serif"))  # fmt: skip
    if fields:
        parts.append(group("regions", _regions(cam, fields), fill="#5B7C99", fill_opacity="0.08", stroke="#5B7C99",
                           stroke_width="1.0", visibility="hidden"))  # fmt: skip
    meta = {"view": spec.id, "side": _side_name(spec, side), "px_per_cun": round(px_per_cun, 3),
            "cun_scale": spec.cun_region, "points": data}  # fmt: skip
    head = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        f'data-view="{spec.id}" data-side="{_side_name(spec, side)}" data-facing="{spec.facing}" '
        f'data-px-per-cun="{px_per_cun:.3f}">'
    )
    body_svg = "\n".join(
        [
            head,
            el("title", spec.title),
            el(
                "desc",
                "Generated by tools/atlasgen from one 3D body (MakeHuman CC0, myo-sim Apache-2.0); "
                "do not edit by hand.",
            ),
            f'<metadata id="atlas-data">{json.dumps(meta, separators=(",", ":"))}</metadata>',
            *parts,
            "</svg>\n",
        ]
    )
    return Rendered(body_svg, data, px_per_cun, {k[3:]: list(v) for k, v in lm_xy.items()})


def _details(spec: ViewSpec, lm: Landmarks, cam: Camera, frame: Frame, side: str) -> list[str]:
    toward = -np.asarray(cam.axes()[2])

    def visible(p: np.ndarray, n: np.ndarray) -> bool:
        x, y, z = cam.project(p[None])[0]
        px, py = int(x + MARGIN), int(y + MARGIN)
        h, w = frame.depth.shape
        if not (0 <= px < w and 0 <= py < h) or float(n @ toward) < 0.15:
            return False
        return bool(z >= frame.depth[max(py - 1, 0) : py + 2, max(px - 1, 0) : px + 2].min() - DEPTH_TOL)

    out: list[str] = []
    for detail in spec.details:
        out += detail(lm, cam, side, visible)
    return out


def _hair(lm: Landmarks, where: np.ndarray, frame: Frame, intensity: np.ndarray, level: float) -> list[str]:
    """The scalp's hair as a flat shape (where the skin seen is above the hairline, smoothed), and its
    shaded side a tone darker, where the skin's first shading band falls."""
    above = hair_above(lm, where)  # pixel by pixel (not vertex by vertex): a clean edge
    field = gaussian(np.where(frame.mask, above, -5.0), 1.5)
    field = np.minimum(field, gaussian(frame.mask.astype(float), 1.0) * 20 - 10)  # stays inside the outline
    shapes = iso_shapes(field, 0.0, MARGIN, 1.0, 40.0)
    if not shapes:
        return []
    dark = gaussian(np.where(frame.mask, 1.0 - intensity, 0.0), 4.0) - (1.0 - level)
    shaded = iso_shapes(np.minimum(field - 0.6, dark * 20), 0.0, MARGIN, 1.5, 60.0)
    out = [el("path", d=closed_path(shapes))]
    if shaded:
        out.append(el("path", d=closed_path(shaded), fill=HAIR_SHADE, stroke="none"))
    return out


def _side_name(spec: ViewSpec, side: str) -> str:
    return {"r": "right", "l": "left", "m": "midline"}[side]


def _bones(spec: ViewSpec, body: Body, cam: Camera, frame: Frame, side: str) -> list[str]:
    """Each entry of ``spec.bones`` is one faint shape: a bone, or bones joined with "+" (the spine).

    Bones are drawn two-sided (some vendored meshes mix their windings), only where skin is drawn and
    only their parts within ``spec.bone_depth`` of it (or the entry's own ``spec.bone_depths``): from behind,
    the back of the rib cage, not its front.
    """
    out = []
    sides = ("r", "l") if side == "m" else (side,)
    for entry in spec.bones:
        depth = spec.bone_depths.get(entry, spec.bone_depth)
        for s in sides if any(f"{n}-r" in body.bones for n in entry.split("+")) else ("",):
            keys = [k for n in entry.split("+") for k in ((f"{n}-{s}",) if s else (n,)) if k in body.bones]
            seen = np.zeros_like(frame.mask)
            for key in keys:
                mesh = body.bones[key]
                faces = np.concatenate([mesh.faces, mesh.faces[:, ::-1]])
                bf = rasterise(cam.project(mesh.verts), faces, cam.width, cam.height, MARGIN)
                both = bf.mask & frame.mask
                seen[both] |= frame.depth[both] - bf.depth[both] < depth
            seen &= frame.mask
            if seen.sum() < 20:
                continue
            shapes = iso_shapes(gaussian(seen.astype(float), 1.2), 0.5, MARGIN, BONE_TOLERANCE, 30.0)
            if shapes:
                name = entry.split("+")[0] + (f"-{s}" if s else "")
                out.append(el("path", d=closed_path(shapes, 0), data_bone=name))
    return out


def _creases(spec: ViewSpec, body: Body, lm: Landmarks, faces: np.ndarray, frame: Frame, screen: np.ndarray,
             side: str) -> list[str]:  # fmt: skip
    out = []
    mirror = np.array([-1.0, 1.0, 1.0]) if side == "l" else np.ones(3)
    for origin_fn, normal_fn, radius in spec.creases:
        origin = origin_fn(lm) * mirror
        normal = normal_fn(lm) * mirror
        polys = plane_section(body.skin.verts, faces, screen, frame, MARGIN, origin, normal, radius, 0.3)
        polys = [q for q in (_without_spurs(p) for p in polys) if len(q) >= 3]
        if polys:
            out.append(el("path", d=open_path([smooth_open(p, 1) for p in polys])))
    return out


def _without_spurs(p: np.ndarray) -> np.ndarray:
    """A traced line without the points where it doubles back (at a silhouette): a curve through them overshoots."""
    keep = [p[0]]
    for q in p[1:]:
        if len(keep) >= 2 and float(np.dot(keep[-1][:2] - keep[-2][:2], q[:2] - keep[-1][:2])) < 0:
            keep[-1] = q
        else:
            keep.append(q)
    return np.array(keep)


def _landmarks(
    spec: ViewSpec, lm: Landmarks, cam: Camera, side: str
) -> tuple[list[str], dict[str, tuple[float, float]]]:
    out, xy = [], {}
    names = list(spec.landmarks)
    if side == "m":
        names += [n[:-2] + "-l" for n in spec.landmarks if n.endswith("-r") and n[:-2] + "-l" not in names]
    for name in names:
        key = name[:-2] + "-l" if side == "l" and name.endswith("-r") else name
        if key not in lm.pos:
            continue
        x, y, _ = cam.project(lm[key][None])[0]
        if not (0 <= x <= cam.width and 0 <= y <= cam.height):
            continue
        out.append(el("circle", id=f"lm-{key}", cx=f"{x:.1f}", cy=f"{y:.1f}", r="0.8"))
        xy[f"lm-{key}"] = (round(float(x), 1), round(float(y), 1))
    return out, xy


def _points(spec: ViewSpec, points: dict[str, Point], cam: Camera, frame: Frame, side: str, body: Body
            ) -> tuple[list[dict[str, object]], list[tuple[str, float, float]]]:  # fmt: skip
    data: list[dict[str, object]] = []
    anchors = []
    sides = ("r", "l") if side == "m" else (side,)
    for code in spec.points:
        p = points[code]
        for s in ("m",) if p.midline else sides:
            for k, pos in enumerate(p.positions(s)):
                x, y, z = cam.project(pos[None])[0]
                px, py = int(x + MARGIN), int(y + MARGIN)
                inside = 0 <= x <= cam.width and 0 <= y <= cam.height
                # a point on a surface turned edge-on (the top of the shoulder seen from behind) is
                # still shown if it is in front of the skin within two pixels of it
                near = frame.depth[max(py - 2, 0) : py + 3, max(px - 2, 0) : px + 3] if inside else np.array([np.inf])
                # ... but only if the skin there is turned towards the camera (not the far side of a limb)
                normal = body.normal_near(pos, 1.2)
                facing = float(normal @ -np.asarray(cam.axes()[2])) > 0.03
                # and only where this view draws skin (a view may leave out the rest of the body)
                near = near[np.isfinite(near)]
                visible = bool(inside and facing and near.size and near.min() - DEPTH_TOL <= z <= near.max() + 2.0)
                suffix = "" if k == 0 else f"-{k + 1}"
                body_side = {"r": "right", "l": "left", "m": "midline"}[s]
                pid = f"{code}{suffix}" if side != "m" or s == "m" else f"{code}{suffix}-{s}"
                data.append({"id": pid, "code": code, "side": body_side, "x": round(float(x), 1),
                             "y": round(float(y), 1), "visible": visible})  # fmt: skip
                if visible:
                    anchors.append((code, float(x), float(y)))
    return data, anchors
