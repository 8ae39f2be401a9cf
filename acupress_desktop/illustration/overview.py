"""Whole-body overviews (front and back) with a named box for each close-up view.

The figure is drawn as an illustrator would: one half of the silhouette as hand-placed control points
(``body_half``: ``HEAD_AND_ARM``, a foot, ``INNER_LEG``), mirrored for the other half and written as
one closed Catmull-Rom curve (M/C/Z).
Units are head heights, origin between the soles, +y up, +x towards the side described (lateral).
Proportions follow the classic 7.5-head academic canon (artists' anatomy, e.g. Loomis; [estimate]s
for an adult): chin at 1 head, nipples at 2, navel and elbows at 3, crotch and wrists at 3.75 heads
below the crown, knees half-way down the leg; head breadth 2/3 of its height, shoulders (acromion to
acromion) about 2.2 head breadths, hips narrower than the shoulders; standing, arms a little away from
the body, palms forward.

Each box is a ``<rect id="region-VIEW" data-view="VIEW">`` so the app can map a click to a close-up;
its name is a text in the label layer (drawn only when the app shows labels, never in the small inset).
One-sided close-ups show the patient's RIGHT side, so their boxes sit on the person's right: the
viewer's left on the front view, the viewer's right on the back view.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import style
from .frame import Frame
from .geometry import Vec
from .kit import SIDES, ellipse, on_side
from .svg import Drawing, catmull_rom, fmt

HEAD = 232.0  # mm per head height; 7.5 heads = 1740 mm [estimate]
HEIGHT = 7.5  # heads
CROTCH_Y = 3.72

# The right half of the body, lateral = +x, from the crown down the side of the head, round the arm
# and hand, down the flank, round the leg and foot and up the inner leg to the crotch. The foot is
# given separately (it differs from the front and from behind).
HEAD_AND_ARM: tuple[Vec, ...] = (
    (0.0, 7.5),  # crown
    (0.17, 7.47),
    (0.28, 7.38),
    (0.325, 7.24),
    (0.335, 7.1),
    (0.33, 7.05),  # the ear's upper attachment, at the brow
    (0.355, 7.03),
    (0.37, 6.95),
    (0.358, 6.86),
    (0.318, 6.8),  # lobe, at the base of the nose
    (0.295, 6.68),  # angle of the jaw
    (0.235, 6.56),  # the jaw meets the side of the neck
    (0.215, 6.45),
    (0.22, 6.34),
    (0.27, 6.25),  # the trapezius
    (0.42, 6.19),
    (0.58, 6.14),
    (0.72, 6.1),  # acromion
    (0.835, 6.05),
    (0.915, 5.93),  # deltoid
    (0.96, 5.72),
    (0.98, 5.45),
    (1.03, 5.1),
    (1.07, 4.8),
    (1.09, 4.6),  # elbow, at the waist
    (1.14, 4.35),  # brachioradialis
    (1.16, 4.05),
    (1.17, 3.8),  # wrist, at the crotch
    (1.22, 3.63),  # thumb
    (1.28, 3.48),
    (1.295, 3.39),
    (1.27, 3.36),
    (1.245, 3.3),  # index finger side
    (1.24, 3.14),
    (1.21, 3.02),
    (1.15, 2.96),  # tip of the middle finger, mid-thigh
    (1.08, 2.98),
    (1.025, 3.05),
    (0.99, 3.2),  # little finger side of the palm
    (0.955, 3.45),
    (0.935, 3.72),  # wrist, inner side
    (0.89, 4.0),
    (0.815, 4.3),  # forearm flexors
    (0.775, 4.6),  # inner elbow
    (0.725, 4.95),
    (0.69, 5.25),
    (0.668, 5.46),
    (0.64, 5.59),  # armpit
    (0.615, 5.5),
    (0.622, 5.35),  # chest
    (0.61, 5.1),
    (0.585, 4.8),
    (0.575, 4.6),  # waist
    (0.6, 4.35),
    (0.665, 4.08),  # over the iliac crest
    (0.72, 3.8),  # greater trochanter
    (0.715, 3.5),
    (0.66, 3.0),
    (0.585, 2.5),
    (0.51, 2.15),  # outer knee
    (0.5, 1.95),
    (0.53, 1.6),  # calf
    (0.52, 1.25),
    (0.46, 0.85),
    (0.41, 0.5),
)
FOOT_FRONT: tuple[Vec, ...] = (
    (0.405, 0.3),  # lateral malleolus
    (0.44, 0.18),
    (0.5, 0.08),  # the foot seen end-on, toes a little out
    (0.51, 0.02),
    (0.45, -0.01),
    (0.3, -0.01),
    (0.15, 0.0),
    (0.11, 0.06),
    (0.14, 0.2),
    (0.17, 0.34),  # medial malleolus, higher than the lateral one
)
FOOT_BACK: tuple[Vec, ...] = (
    (0.405, 0.3),
    (0.42, 0.18),
    (0.42, 0.06),
    (0.39, 0.0),  # the heel
    (0.3, -0.01),
    (0.21, 0.0),
    (0.17, 0.06),
    (0.16, 0.2),
    (0.17, 0.34),
)
INNER_LEG: tuple[Vec, ...] = (
    (0.17, 0.5),
    (0.12, 0.95),
    (0.05, 1.45),  # inner calf
    (0.07, 1.85),
    (0.085, 2.1),  # inner knee
    (0.075, 2.3),  # vastus medialis
    (0.05, 2.6),
    (0.03, 3.0),
    (0.02, 3.45),
    (0.0, CROTCH_Y),
)


def body_half(facing: str) -> tuple[Vec, ...]:
    foot = FOOT_FRONT if facing == "front" else FOOT_BACK
    return HEAD_AND_ARM + foot + INNER_LEG


def both_halves(half: Sequence[Vec]) -> list[Vec]:
    """A closed loop from one half that starts and ends on the midline: down one side, up the other."""
    right = list(half)
    left = [(-x, y) for x, y in right[::-1]]
    return right + left[1:-1]


# Boxes as (lateral x0, lateral x1, y0, y1) in heads on the patient's RIGHT (lateral = +x); boxes
# that straddle the midline are symmetric. Each covers the part its close-up shows.
Box = tuple[float, float, float, float]
REGIONS_FRONT: dict[str, Box] = {
    "head_top": (-0.3, 0.3, 7.3, 7.56),
    "face": (-0.37, 0.37, 6.46, 7.24),
    "forearm_inner": (0.74, 1.33, 2.91, 4.68),  # the whole hand above the whole forearm
    "hip_side": (0.46, 0.74, 3.3, 4.45),  # waist to upper thigh, over the greater trochanter
    "leg_front": (0.06, 0.57, 1.2, 2.3),  # above the kneecap to mid-shin
    "ankle_inner": (0.08, 0.33, 0.04, 0.92),  # sole to the lower calf, inner side
    "foot_top": (0.08, 0.55, -0.06, 0.24),
}
REGIONS_BACK: dict[str, Box] = {
    "head_top": (-0.3, 0.3, 7.3, 7.56),
    "neck_shoulder": (-0.99, 0.99, 5.72, 6.95),
    "lower_back": (-0.6, 0.6, 3.2, 5.3),  # lower shoulder blades to the top of the thighs
    "hip_side": (0.56, 0.8, 3.3, 4.45),
    "hand_dorsal": (0.92, 1.33, 2.91, 3.84),
    "knee_back": (0.06, 0.55, 1.74, 2.3),
    "leg_back": (0.08, 0.57, 0.95, 1.95),  # knee crease to below the calf
    "ankle_outer": (0.26, 0.55, -0.04, 0.62),  # outer side of the ankle
}
# Where each region's name is written (only shown when the app shows labels): a point in heads on the
# patient's right, and "out" (text runs away from the midline), "in" (towards it) or "middle".
LABELS_FRONT: dict[str, tuple[float, float, str]] = {
    "head_top": (0.34, 7.43, "out"),
    "face": (0.42, 6.85, "out"),
    "forearm_inner": (1.37, 4.5, "out"),
    "hip_side": (0.42, 4.28, "in"),
    "leg_front": (0.61, 1.75, "out"),
    "ankle_inner": (0.37, 0.7, "out"),
    "foot_top": (0.59, 0.09, "out"),
}
LABELS_BACK: dict[str, tuple[float, float, str]] = {
    "head_top": (0.34, 7.43, "out"),
    "neck_shoulder": (1.03, 6.5, "out"),
    "lower_back": (0.0, 5.12, "middle"),
    "hip_side": (0.52, 3.95, "in"),
    "hand_dorsal": (1.37, 3.38, "out"),
    "knee_back": (0.59, 2.02, "out"),
    "leg_back": (0.61, 1.4, "out"),
    "ankle_outer": (0.59, 0.3, "out"),
}


def _frame() -> Frame:
    return Frame(origin_x=300.0, origin_y=584.0, scale=562.0 / (HEIGHT * HEAD))


def _curve(frame: Frame, points: Sequence[Vec], closed: bool = False) -> str:
    return catmull_rom([frame.point((x * HEAD, y * HEAD)) for x, y in points], closed=closed)


def _ellipse(
    drawing: Drawing, layer: str, frame: Frame, centre: Vec, rx: float, ry: float, attrs: dict[str, str]
) -> None:
    """An ellipse given in head heights."""
    ellipse(drawing, layer, frame, (centre[0] * HEAD, centre[1] * HEAD), rx * HEAD, ry * HEAD, attrs)


def _faint(width: float = 0.9, opacity: float = 0.55) -> dict[str, str]:
    return {**style.inner_attrs(), "stroke-width": f"{width}", "opacity": f"{opacity}"}


def _hair_cap(drawing: Drawing, frame: Frame, lower_edge: Sequence[Vec]) -> None:
    """Hair over the skull, from the ear's upper attachment down to ``lower_edge`` (one half, ending on
    the midline), mirrored for the other half."""
    cap = list(HEAD_AND_ARM[: HEAD_AND_ARM.index((0.33, 7.05)) + 1])
    edge = list(lower_edge[:-1])
    loop = cap + edge + [lower_edge[-1]] + on_side(-1, edge[::-1]) + on_side(-1, cap[1:][::-1])
    drawing.path("details", _curve(frame, loop, closed=True), style.hair_attrs())


def _front_details(drawing: Drawing, frame: Frame) -> None:
    # hair: a cap over the skull down to a natural hairline, sideburns in front of the ears
    _hair_cap(drawing, frame, [(0.305, 7.0), (0.295, 7.1), (0.24, 7.2), (0.12, 7.245), (0.0, 7.25)])
    _front_face(drawing, frame)
    for side_sign in SIDES:
        _front_guides(drawing, frame, side_sign)
    navel = {**style.crease_attrs(), "stroke-width": "1.0"}
    _ellipse(drawing, "creases", frame, (0.0, 4.5), 0.018, 0.03, navel)
    drawing.path("creases", _curve(frame, [(0.0, 5.45), (0.0, 4.62)]), {**style.crease_attrs(), "opacity": "0.35"})


def _front_face(drawing: Drawing, frame: Frame) -> None:
    """Jaw and chin, eyes, brows, ears, nostrils, mouth: just enough to read as a face."""
    jaw = [(-0.29, 6.66), (-0.2, 6.55), (-0.09, 6.5), (0.0, 6.49), (0.09, 6.5), (0.2, 6.55), (0.29, 6.66)]
    drawing.inner(_curve(frame, jaw))
    for side_sign in SIDES:
        eye = (side_sign * 0.115, 6.99)
        _ellipse(drawing, "details", frame, eye, 0.045, 0.02, {"fill": "#FBF7F4", "stroke": "none"})
        _ellipse(drawing, "details", frame, eye, 0.02, 0.02, {"fill": "#8A6650", "stroke": "none"})
        brow = _curve(frame, on_side(side_sign, [(0.06, 7.08), (0.12, 7.1), (0.19, 7.07)]))
        drawing.path("details", brow, {**style.inner_attrs(), "stroke": "#8E6B57", "stroke-width": "1.3"})
        drawing.inner(_curve(frame, on_side(side_sign, [(0.347, 7.0), (0.352, 6.92), (0.333, 6.85)])))  # ear rim
        nostril = _curve(frame, on_side(side_sign, [(0.035, 6.82), (0.045, 6.79)]))
        drawing.path("details", nostril, _faint(0.9, 0.8))
    mouth = _curve(frame, [(-0.07, 6.72), (0.0, 6.705), (0.07, 6.72)])
    drawing.path("details", mouth, {**style.inner_attrs(), "stroke": "#B5705E"})


def _front_guides(drawing: Drawing, frame: Frame, side_sign: float) -> None:
    """Collarbone, sternocleidomastoid, chest, groin, kneecap and elbow crease on one side."""
    collarbone = [(0.05, 6.08), (0.22, 6.06), (0.42, 6.1), (0.64, 6.08)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, collarbone)), _faint())
    sternocleidomastoid = [(0.215, 6.45), (0.13, 6.26), (0.05, 6.12)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, sternocleidomastoid)), _faint(0.8, 0.4))
    chest = [(0.06, 5.5), (0.25, 5.42), (0.46, 5.48), (0.58, 5.62)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, chest)), _faint(0.9, 0.45))
    groin = [(0.55, 4.12), (0.32, 3.92), (0.1, 3.74)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, groin)), _faint(0.9, 0.5))
    _ellipse(drawing, "shading", frame, (side_sign * 0.28, 2.02), 0.1, 0.12, style.shade_attrs(0.9))  # kneecap
    elbow_crease = [(0.79, 4.58), (0.85, 4.56), (0.9, 4.6)]
    drawing.crease(_curve(frame, on_side(side_sign, elbow_crease)), width=0.7)


def _back_details(drawing: Drawing, frame: Frame) -> None:
    # hair covers the back of the head down to the nape; the ears show below it
    _hair_cap(drawing, frame, [(0.3, 6.9), (0.24, 6.7), (0.16, 6.63), (0.06, 6.6), (0.0, 6.6)])
    strand = {"fill": "none", "stroke": style.OUTLINE, "stroke-width": "0.6", "opacity": "0.45"}
    for x in (-0.2, -0.07, 0.07, 0.2):
        drawing.path("details", _curve(frame, [(x * 0.5, 7.4), (x, 7.05), (x * 1.1, 6.68)]), strand)
    for side_sign in SIDES:
        _back_guides(drawing, frame, side_sign)
    spine = _curve(frame, [(0.0, 6.2), (0.0, 5.2), (0.0, 4.15)])
    drawing.path("creases", spine, {**style.crease_attrs(), "opacity": "0.6"})
    drawing.crease(_curve(frame, [(0.0, 3.98), (0.0, 3.78), (0.0, 3.56)]), width=1.0)  # gluteal cleft


def _back_guides(drawing: Drawing, frame: Frame, side_sign: float) -> None:
    """Ear, shoulder blade, trapezius, the dimple over the PSIS, buttock and its fold, knee crease, elbow."""
    drawing.inner(_curve(frame, on_side(side_sign, [(0.347, 7.0), (0.362, 6.93), (0.338, 6.84)])))  # ear
    # shoulder blades: the spine of the scapula, the medial border, the inferior angle
    spine_of_scapula = [(0.17, 5.9), (0.36, 5.95), (0.58, 6.02)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, spine_of_scapula)), _faint(0.9, 0.45))
    blade = [(0.16, 5.99), (0.175, 5.6), (0.22, 5.37), (0.27, 5.33), (0.4, 5.5), (0.5, 5.7)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, blade)), _faint(0.9, 0.5))
    trapezius = [(0.22, 6.33), (0.42, 6.12), (0.62, 6.08)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, trapezius)), _faint(0.8, 0.4))
    _ellipse(drawing, "shading", frame, (side_sign * 0.09, 4.14), 0.025, 0.02, style.shade_attrs(0.9))  # PSIS
    _ellipse(drawing, "shading", frame, (side_sign * 0.27, 3.62), 0.23, 0.24, style.shade_attrs(0.5))  # buttock
    gluteal_fold = [(0.04, 3.42), (0.2, 3.36), (0.4, 3.38), (0.53, 3.46)]
    drawing.crease(_curve(frame, on_side(side_sign, gluteal_fold)), width=1.0)
    drawing.crease(_curve(frame, on_side(side_sign, [(0.14, 2.0), (0.28, 1.98), (0.42, 2.01)])), width=0.8)  # knee
    olecranon = [(0.86, 4.62), (0.88, 4.55)]
    drawing.path("muscles", _curve(frame, on_side(side_sign, olecranon)), _faint(0.9, 0.6))


def _regions(
    drawing: Drawing,
    frame: Frame,
    regions: dict[str, Box],
    labels: dict[str, tuple[float, float, str]],
    right_side_sign: float,
) -> None:
    """Boxes (and their names, in the label layer) with the patient's right at sign ``right_side_sign``."""
    for name, (x0, x1, y0, y1) in regions.items():
        side_sign = 1.0 if x0 < 0 < x1 else right_side_sign  # a box across the midline stays where it is
        top_corner = frame.point((side_sign * x0 * HEAD, y1 * HEAD))
        bottom_corner = frame.point((side_sign * x1 * HEAD, y0 * HEAD))
        left, right = min(top_corner[0], bottom_corner[0]), max(top_corner[0], bottom_corner[0])
        top, bottom = top_corner[1], bottom_corner[1]
        drawing.element(
            "regions",
            "rect",
            {
                "id": f"region-{name}",
                "data-view": name,
                "x": fmt(left),
                "y": fmt(top),
                "width": fmt(right - left),
                "height": fmt(bottom - top),
                "rx": "3",
                "fill": style.REGION_FILL,
                "fill-opacity": f"{style.REGION_FILL_OPACITY}",
                "stroke": style.REGION_STROKE,
                "stroke-width": "1.0",
            },
        )
        label_x, label_y, mode = labels[name]
        text_x, text_y = frame.point((side_sign * label_x * HEAD, label_y * HEAD))
        outward = "start" if side_sign > 0 else "end"
        anchor = {"out": outward, "in": "end" if outward == "start" else "start", "middle": "middle"}[mode]
        drawing.element(
            "landmark-labels",
            "text",
            {"x": fmt(text_x), "y": fmt(text_y + 4), "data-for": f"region-{name}", **style.label_attrs(anchor=anchor)},
            name.replace("_", " "),
        )


def _overview(
    view_id: str, title: str, facing: str, regions: dict[str, Box], labels: dict[str, tuple[float, float, str]]
) -> Drawing:
    drawing = Drawing(view_id, title, side="midline", facing=facing)
    frame = _frame()
    outline = both_halves(body_half(facing))
    drawing.set_outline([frame.point((x * HEAD, y * HEAD)) for x, y in outline])
    for side_sign in SIDES:  # the thumb's edge against the palm (or the back of the hand)
        drawing.inner(_curve(frame, on_side(side_sign, [(1.262, 3.365), (1.235, 3.45), (1.2, 3.56)])))
    if facing == "front":
        _front_details(drawing, frame)
    else:
        _back_details(drawing, frame)
    # the patient's right is the viewer's left from the front, the viewer's right from behind
    _regions(drawing, frame, regions, labels, -1.0 if facing == "front" else 1.0)
    return drawing


def body_front() -> Drawing:
    return _overview("body_front", "The body from the front", "front", REGIONS_FRONT, LABELS_FRONT)


def body_back() -> Drawing:
    return _overview("body_back", "The body from behind", "back", REGIONS_BACK, LABELS_BACK)
