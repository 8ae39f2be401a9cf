"""Head views: the top of the head and the face, modelled in millimetres.

The face uses the WHO 2008 vertical scale glabella to anterior hairline = 3 B-cun. It is drawn with
the classic frontal-portrait canon (artists' anatomy, e.g. Loomis): the eyes at half the head's height,
the face in thirds (hairline to brow, brow to nose base, nose base to chin), the ears between the
brow and the nose base, one eye's width between the eyes, the mouth as wide as the pupils are apart.
Sizes are [estimate]s for an adult (head breadth ~ 155 mm, bizygomatic ~ 140 mm, bigonial ~ 112 mm,
eye fissure ~ 30 mm, interpupillary ~ 63 mm, nose ~ 34 mm wide), checked by eye.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from . import style
from .frame import Frame
from .geometry import Vec
from .kit import contour, curve, ellipse, trace
from .softbody import Body, Ellipse
from .svg import Drawing, catmull_rom, polyline

GLABELLA_TO_HAIRLINE_CUN = 3.0  # WHO 2008


def head_top() -> Drawing:
    """The head seen from above, face towards the top of the picture. Origin at the head's centre."""
    drawing = Drawing("head_top", "Top of the head", side="midline", facing="top")
    frame = Frame(origin_x=300.0, origin_y=300.0, scale=2.5)
    body = Body()
    body.add(Ellipse((0.0, 0.0), 76.0, 98.0), blend=0)  # skull, breadth ~ 152 mm, length ~ 196 mm
    body.add(Ellipse((0.0, 102.0), 11.0, 12.0), blend=12.0)  # nose tip peeking out in front
    for side_sign in (-1.0, 1.0):
        body.add(Ellipse((side_sign * 78.0, -8.0), 9.0, 28.0, side_sign * 8.0), blend=6.0)  # ears
    trace(drawing, body, frame)
    hair = Body().add(Ellipse((0.0, -2.0), 75.0, 96.0), blend=0).cut(Ellipse((0.0, 98.0), 70.0, 34.0), blend=12.0)
    drawing.path("details", contour(hair, frame, step=2.0, spacing=6.0), style.hair_attrs())
    # hair partings radiating from a whorl just behind the vertex
    for ang in range(0, 360, 30):
        a = math.radians(ang)
        drawing.path(
            "details",
            curve(
                frame,
                [
                    (math.sin(a) * 6.0, -22.0 + math.cos(a) * 6.0),
                    (math.sin(a + 0.3) * 40.0, -22.0 + math.cos(a + 0.3) * 45.0),
                    (math.sin(a + 0.5) * 66.0, -10.0 + math.cos(a + 0.5) * 80.0),
                ],
            ),
            {"fill": "none", "stroke": style.OUTLINE, "stroke-width": "0.6", "opacity": "0.45"},
        )
    for side_sign in (-1.0, 1.0):
        drawing.inner(curve(frame, [(side_sign * 80.0, 16.0), (side_sign * 84.0, -8.0), (side_sign * 80.0, -30.0)]))
    ellipse(drawing, "shading", frame, (0.0, 88.0), 30.0, 6.0, style.shade_attrs(0.7))  # brow ridge
    # guides: the midline and the line over the ear tips
    guide = {"fill": "none", "stroke": style.LANDMARK, "stroke-width": "0.8", "stroke-dasharray": "2 3"}
    drawing.path("landmarks", curve(frame, [(0.0, 95.0), (0.0, -96.0)]), guide)
    drawing.path("landmarks", curve(frame, [(-74.0, -8.0), (74.0, -8.0)]), guide)
    landmark = drawing.landmark
    landmark("lm-anterior-hairline", frame.point((0.0, 66.0)), "front hairline", dx=8, dy=-6)
    landmark("lm-glabella", frame.point((0.0, 94.0)))
    landmark("lm-occiput", frame.point((0.0, -96.0)), "back of the head", dx=8, dy=-8)
    landmark("lm-ear-apex-left", frame.point((-76.0, -8.0)), "ear tip", dx=-8, dy=-8, anchor="end")
    landmark("lm-ear-apex-right", frame.point((76.0, -8.0)), "ear tip", dx=8, dy=-8)
    # the picture is seen from above with the face up: the patient's right is on the viewer's right
    return drawing


# --- the face ------------------------------------------------------------------------------------------
# Millimetres, origin on the midline at eye level, +y up, the patient's right at -x (viewer's left).
EYE_Y = 0.0
BROW_Y = 13.0  # glabella and the inner ends of the eyebrows
NOSE_BASE_Y = -48.5
CHIN_Y = -113.0  # half the head's height below the eyes: vertex (skull) ~ +115
FACE_THIRD = BROW_Y - NOSE_BASE_Y  # 61.5 mm; hairline to brow is the same third
HAIRLINE_Y = BROW_Y + FACE_THIRD  # anterior hairline, 3 B-cun above the glabella (WHO 2008)

# One half of the silhouette, the patient's right (x < 0), from the top of the hair down to past the
# canvas edge: hair over the skull, the ear (top at brow level, lobe at the nose base), cheek, angle of
# the jaw, the neck coming out from under the jaw, the slope of the trapezius.
FACE_HALF: tuple[Vec, ...] = (
    (0.0, 126.0),
    (-31.0, 122.0),
    (-56.0, 107.0),
    (-71.5, 85.0),
    (-78.5, 60.0),
    (-79.5, 38.0),
    (-77.5, 24.0),
    (-75.0, 17.5),  # the ear's upper attachment
    (-79.0, 19.5),
    (-84.0, 14.5),
    (-86.0, 2.0),
    (-84.5, -14.0),
    (-81.0, -30.0),
    (-77.0, -42.0),
    (-72.0, -47.5),  # lobe
    (-68.0, -48.0),
    (-66.0, -56.0),
    (-62.5, -66.0),
    (-58.5, -75.0),  # angle of the mandible
    (-53.5, -82.0),
    (-48.0, -88.0),  # the jaw line meets the side of the neck
    (-45.5, -98.0),
    (-45.5, -118.0),
    (-48.5, -131.0),
    (-62.0, -141.0),
    (-92.0, -151.0),
    (-125.0, -160.0),
    (-158.0, -170.0),
    (-175.0, -180.0),
    (-175.0, -200.0),
)
# the hair's lower edge on the right, from the sideburn in front of the ear up to the hairline's middle
HAIRLINE_HALF: tuple[Vec, ...] = (
    (-75.0, 17.5),
    (-73.5, 8.0),
    (-71.0, 2.0),  # bottom of the sideburn
    (-69.0, 6.0),
    (-69.5, 20.0),  # temple: the hairline runs up behind the temple hollow
    (-66.5, 40.0),
    (-60.0, 58.0),  # corner of the forehead hairline, a little receded
    (-50.0, 66.5),
    (-34.0, 71.5),
    (-15.0, 74.5),
    (0.0, HAIRLINE_Y),
)


def _mirror_x(pts: Sequence[Vec]) -> list[Vec]:
    return [(-x, y) for x, y in pts]


def _both_halves(half: Sequence[Vec]) -> list[Vec]:
    """A closed loop from one half: down the right side, then up the mirrored left side."""
    right = list(half)
    left = _mirror_x(right[::-1])
    if right[0][0] == 0.0:
        left = left[:-1]
    return right + left


def _eye_lids(side_sign: float) -> tuple[Callable[[float], float], Callable[[float], float], float, float]:
    """Upper and lower lid heights as functions of x for the eye on side sx, and its corners' x."""
    inner, outer = side_sign * 16.0, side_sign * 46.0

    def t_of(x: float) -> float:
        return max(0.0, min(1.0, (x - inner) / (outer - inner)))

    def base(t: float) -> float:
        return EYE_Y + 1.5 * t  # the outer corner sits a little higher than the inner one

    def upper(x: float) -> float:
        t = t_of(x)
        return base(t) + 5.8 * math.sin(math.pi * t**0.756)  # highest a little inside the middle

    def lower(x: float) -> float:
        t = t_of(x)
        return base(t) - 4.2 * math.sin(math.pi * t**1.357)  # lowest a little outside the middle

    return upper, lower, inner, outer


def _brow(side_sign: float) -> list[Vec]:
    """An eyebrow as a closed shape: thick at its head (inner end), tapering to its tail."""
    spine = [(14.0, BROW_Y), (25.0, BROW_Y + 3.6), (38.0, BROW_Y + 5.4), (48.0, BROW_Y + 3.8), (55.0, BROW_Y)]
    width = [4.8, 4.2, 3.4, 2.4, 0.9]
    top, bottom = [], []
    for i, (x, y) in enumerate(spine):
        a = spine[max(i - 1, 0)]
        b = spine[min(i + 1, len(spine) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        n = math.hypot(dx, dy)
        nx, ny = -dy / n, dx / n
        half_width = width[i] / 2
        top.append((side_sign * (x + nx * half_width), y + ny * half_width))
        bottom.append((side_sign * (x - nx * half_width), y - ny * half_width))
    return top + bottom[::-1]


def face() -> Drawing:
    """The face from the front: the patient's right is on the viewer's left (-x)."""
    drawing = Drawing("face", "The face", side="midline", facing="front")
    frame = Frame(origin_x=300.0, origin_y=268.0, scale=2.0)
    outline = _both_halves(FACE_HALF)
    drawing.set_outline([frame.point(p) for p in outline])
    line = {"fill": "none", "stroke-linecap": "round", "stroke-linejoin": "round"}

    # hair: the top of the silhouette down to the hairline, sideburns in front of the ears
    top_half = list(FACE_HALF[: FACE_HALF.index((-75.0, 17.5)) + 1])
    hair_loop = top_half + list(HAIRLINE_HALF[1:-1]) + [(0.0, HAIRLINE_Y)]
    hair_loop += _mirror_x(HAIRLINE_HALF[1:-1][::-1]) + _mirror_x(top_half[1:][::-1])
    drawing.path("details", curve(frame, hair_loop, closed=True), style.hair_attrs())
    strand = {**line, "stroke": style.OUTLINE, "stroke-width": "0.6", "opacity": "0.45"}
    for side_sign in (-1.0, 1.0):  # combed back from a soft centre, following the skull
        for x0, x1, y1 in ((6.0, 22.0, 118.0), (20.0, 42.0, 112.0), (36.0, 60.0, 97.0)):
            drawing.path(
                "details",
                curve(
                    frame,
                    [(side_sign * x0, HAIRLINE_Y + 3.0), (side_sign * (x0 + x1) / 2, y1 - 6.0), (side_sign * x1, y1)],
                ),
                strand,
            )

    # soft modelling: temples, cheekbones, the masseter over the jaw angle, under the chin
    for side_sign in (-1.0, 1.0):
        ellipse(drawing, "shading", frame, (side_sign * 63.0, 13.0), 6.0, 10.0, style.shade_attrs(0.35))
        ellipse(
            drawing,
            "shading",
            frame,
            (side_sign * 47.0, -22.0),
            14.0,
            6.0,
            style.shade_attrs(0.35),
            angle=side_sign * 12.0,
        )
        ellipse(
            drawing,
            "shading",
            frame,
            (side_sign * 54.0, -60.0),
            6.0,
            13.0,
            style.shade_attrs(0.3),
            angle=side_sign * -14.0,
        )
        ellipse(
            drawing, "shading", frame, (side_sign * 8.5, -26.0), 2.4, 14.0, style.shade_attrs(0.45)
        )  # sides of the nose
    ellipse(drawing, "shading", frame, (0.0, -101.0), 36.0, 9.0, style.shade_attrs(0.8))  # shadow under the jaw

    # jaw line and chin (the silhouette runs down the neck; the jaw in front of it is an inner contour)
    drawing.inner(
        curve(
            frame,
            [
                (-53.5, -82.0),
                (-44.0, -96.0),
                (-30.0, -106.5),
                (-14.0, -112.0),
                (0.0, CHIN_Y),
                (14.0, -112.0),
                (30.0, -106.5),
                (44.0, -96.0),
                (53.5, -82.0),
            ],
        )
    )
    # neck: the sternocleidomastoid muscles run from behind the ears to the top of the breastbone
    for side_sign in (-1.0, 1.0):
        drawing.path(
            "muscles",
            curve(frame, [(side_sign * 46.0, -104.0), (side_sign * 33.0, -132.0), (side_sign * 14.0, -160.0)]),
            {**style.inner_attrs(), "opacity": "0.6"},
        )
        # the cheek's edge in front of the ear, under the sideburn
        drawing.inner(
            curve(
                frame,
                [
                    (side_sign * 71.0, 0.0),
                    (side_sign * 71.5, -16.0),
                    (side_sign * 69.5, -34.0),
                    (side_sign * 66.5, -50.0),
                ],
            )
        )
        # ear: rim (helix), antihelix and the tragus
        drawing.inner(
            curve(
                frame,
                [
                    (side_sign * 78.0, 15.0),
                    (side_sign * 82.5, 7.0),
                    (side_sign * 83.5, -8.0),
                    (side_sign * 80.5, -24.0),
                    (side_sign * 76.0, -38.0),
                ],
            )
        )
        drawing.inner(
            curve(
                frame,
                [
                    (side_sign * 76.0, 8.0),
                    (side_sign * 79.0, -3.0),
                    (side_sign * 78.0, -16.0),
                    (side_sign * 75.0, -26.0),
                ],
            )
        )
        drawing.inner(curve(frame, [(side_sign * 72.5, -10.0), (side_sign * 74.5, -14.0), (side_sign * 73.0, -19.0)]))

    # eyebrows, eyes, lids
    brow = {"fill": "#8E6B57", "stroke": "#7A5A48", "stroke-width": "0.5", "stroke-linejoin": "round"}
    for side_sign in (-1.0, 1.0):
        drawing.path("details", catmull_rom([frame.point(p) for p in _brow(side_sign)], closed=True), brow)
        upper, lower, inner, outer = _eye_lids(side_sign)
        xs = [inner + (outer - inner) * i / 24 for i in range(25)]
        white = [(x, upper(x)) for x in xs] + [(x, lower(x)) for x in xs[::-1][1:-1]]
        drawing.path(
            "details", polyline([frame.point(p) for p in white], closed=True), {"fill": "#FBF7F4", "stroke": "none"}
        )
        ic = (side_sign * 31.0, EYE_Y + 0.6)
        r_iris = 5.9
        iris_top, iris_bottom = [], []
        for i in range(29):
            x = ic[0] - r_iris + 2 * r_iris * i / 28
            h = math.sqrt(max(r_iris**2 - (x - ic[0]) ** 2, 0.0))
            iris_top.append((x, min(ic[1] + h, upper(x) - 0.2)))
            iris_bottom.append((x, max(ic[1] - h, lower(x) + 0.2)))
        iris = [p for p in iris_top if p[1] > lower(p[0])] + [p for p in iris_bottom[::-1] if p[1] < upper(p[0])]
        drawing.path(
            "details",
            polyline([frame.point(p) for p in iris], closed=True),
            {"fill": "#8A6650", "stroke": "#5E4334", "stroke-width": "0.6"},
        )
        ellipse(drawing, "details", frame, ic, 2.5, 2.5, {"fill": "#3A2A22", "stroke": "none"})
        ellipse(drawing, "details", frame, (ic[0] + 1.6, ic[1] + 1.8), 0.9, 0.9, {"fill": "#FFFFFF", "stroke": "none"})
        drawing.path(
            "details",
            polyline([frame.point((x, upper(x))) for x in xs]),
            {**line, "stroke": "#5E4334", "stroke-width": "1.7"},
        )
        drawing.path(
            "details",
            polyline([frame.point((x, lower(x))) for x in xs]),
            {**line, "stroke": style.INNER_CONTOUR, "stroke-width": "0.8"},
        )
        fold = [(x, upper(x) + 3.2 + 0.8 * math.sin(math.pi * (x - inner) / (outer - inner))) for x in xs[3:-1]]
        drawing.crease(polyline([frame.point(p) for p in fold]), width=0.7)  # upper lid fold
        drawing.crease(
            curve(frame, [(side_sign * 22.0, -7.5), (side_sign * 31.0, -9.0), (side_sign * 40.0, -7.0)]), width=0.5
        )  # lower lid

    # nose: the alae (wings) with the nostrils, the tip, the base
    for side_sign in (-1.0, 1.0):
        drawing.inner(
            curve(
                frame,
                [
                    (side_sign * 9.5, -36.0),
                    (side_sign * 15.0, -40.5),
                    (side_sign * 16.5, -45.0),
                    (side_sign * 13.0, -48.5),
                    (side_sign * 7.5, -47.8),
                ],
            )
        )
        ellipse(
            drawing,
            "details",
            frame,
            (side_sign * 6.0, -46.8),
            3.3,
            1.5,
            {"fill": "#C9A08C", "stroke": "none"},
            angle=side_sign * -12.0,
        )
        drawing.crease(
            curve(frame, [(side_sign * 17.0, -47.0), (side_sign * 22.5, -55.0), (side_sign * 26.5, -63.0)]), width=0.6
        )  # nasolabial fold
        drawing.crease(
            curve(frame, [(side_sign * 2.6, -50.0), (side_sign * 4.2, -55.0), (side_sign * 5.2, -60.0)]), width=0.5
        )  # philtrum
    drawing.inner(curve(frame, [(-7.5, -47.8), (-3.5, -49.5), (0.0, -49.8), (3.5, -49.5), (7.5, -47.8)]))
    drawing.crease(curve(frame, [(-5.5, -41.5), (0.0, -43.5), (5.5, -41.5)]), width=0.5)  # the tip's lower edge

    # lips: cupid's bow, the mouth line, a fuller lower lip; the chin's crease below
    upper_lip = [
        (-25.0, -66.0),
        (-15.0, -62.6),
        (-5.5, -60.0),
        (0.0, -61.4),
        (5.5, -60.0),
        (15.0, -62.6),
        (25.0, -66.0),
    ]
    mouth = [(25.0, -66.0), (12.0, -65.6), (3.5, -66.2), (0.0, -65.8), (-3.5, -66.2), (-12.0, -65.6), (-25.0, -66.0)]
    lower_lip = [
        (-25.0, -66.0),
        (-16.0, -70.4),
        (-6.0, -73.2),
        (0.0, -73.5),
        (6.0, -73.2),
        (16.0, -70.4),
        (25.0, -66.0),
    ]
    lip = {"fill": "#DDA692", "stroke": style.INNER_CONTOUR, "stroke-width": "0.8", "stroke-linejoin": "round"}
    drawing.path("details", catmull_rom([frame.point(p) for p in upper_lip + mouth[1:-1]], closed=True), lip)
    drawing.path("details", catmull_rom([frame.point(p) for p in lower_lip + mouth[1:-1][::-1]], closed=True), lip)
    drawing.path("details", curve(frame, mouth), {**line, "stroke": "#8C5A48", "stroke-width": "1.2"})
    drawing.crease(curve(frame, [(-9.0, -79.5), (0.0, -81.0), (9.0, -79.5)]), width=0.7)

    cun = (HAIRLINE_Y - BROW_Y) / GLABELLA_TO_HAIRLINE_CUN  # mm per B-cun on this face (~ 20.5)
    assert abs(cun - 20.5) < 0.5
    landmark = drawing.landmark
    landmark("lm-glabella", frame.point((0.0, BROW_Y)))
    landmark("lm-anterior-hairline", frame.point((0.0, HAIRLINE_Y)), "front hairline", dx=8, dy=16)
    for side_sign, side, txt in ((-1.0, "right", True), (1.0, "left", False)):
        landmark(
            f"lm-brow-medial-{side}",
            frame.point((side_sign * 14.0, BROW_Y)),
            "inner brow end" if txt else None,
            dx=-2,
            dy=-26,
            anchor="end",
        )
        landmark(f"lm-brow-lateral-{side}", frame.point((side_sign * 55.0, BROW_Y)))
        landmark(f"lm-eye-outer-corner-{side}", frame.point((side_sign * 46.0, EYE_Y + 1.5)))
        # the temple hollow, behind the eye's outer corner and in front of the hairline
        landmark(
            f"lm-temple-{side}",
            frame.point((side_sign * 70.0, 11.0)),
            "temple" if txt else None,
            dx=-24,
            dy=-12,
            anchor="end",
        )
        landmark(
            f"lm-mandible-angle-{side}",
            frame.point((side_sign * 56.0, -73.0)),
            "angle of the jaw" if txt else None,
            dx=-14,
            dy=18,
            anchor="end",
        )
        landmark(f"lm-nose-wing-{side}", frame.point((side_sign * 16.5, -44.5)))
    return drawing
