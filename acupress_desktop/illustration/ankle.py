"""The right ankle and foot from the side (views ``ankle_outer`` and ``ankle_inner``), modelled in B-cun.

See ``leg_proportions`` for the scale: x forward (towards the toes), y up, the sole at y = 0.
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .kit import bone, contour, curve, trace
from .leg_proportions import CONDYLE_TO_MED_MALLEOLUS, LAT_MALLEOLUS_LOWER, MED_MALLEOLUS_TO_SOLE
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing


def _foot_side_body(leg_top: float) -> Body:
    """The right foot and ankle from the side, x forward (toes at +x), y up, sole at y = 0."""
    body = Body()
    body.add(Capsule((1.35, leg_top), (1.55, 3.3), 1.35, 1.2), blend=0)
    body.add(Ellipse((0.9, leg_top - 1.8), 1.7, 3.2), blend=1.0)  # calf bulge at the back
    body.add(Capsule((1.55, 3.3), (2.1, 1.3), 1.2, 1.25), blend=0.8)  # ankle into hindfoot
    body.add(Ellipse((0.95, 1.0), 0.95, 0.95), blend=0.6)  # heel
    body.add(Capsule((2.2, 1.55), (8.0, 0.75), 1.3, 0.72), blend=0.9)  # instep
    body.add(Capsule((1.0, 0.55), (8.4, 0.55), 0.55, 0.55), blend=0.9)  # sole
    body.add(Capsule((7.9, 0.6), (10.6, 0.42), 0.6, 0.42), blend=0.5)  # toes
    return body


def ankle_outer() -> Drawing:
    """Outer side of the right ankle: toes point to the viewer's right."""
    drawing = Drawing("ankle_outer", "Outer side of the right ankle and foot", side="right", facing="lateral")
    frame = Frame(origin_x=90.0, origin_y=520.0, scale=42.0)
    malleolus_height = MED_MALLEOLUS_TO_SOLE - LAT_MALLEOLUS_LOWER  # the lateral malleolus, above the sole
    trace(drawing, _foot_side_body(13.0), frame)
    # bones: fibula ending in the lateral malleolus, calcaneus, talus, 5th metatarsal
    bone(
        drawing,
        frame,
        [(1.35, 12.0), (1.5, 4.0), (1.35, 2.7), (1.55, 1.95), (1.9, 1.8), (2.3, 2.5), (2.05, 4.0), (1.8, 12.0)],
        closed=False,
    )
    bone(drawing, frame, [(0.2, 1.6), (0.35, 0.25), (1.6, 0.2), (3.1, 0.55), (3.0, 1.2), (2.2, 1.55), (1.0, 1.95)])
    bone(drawing, frame, [(1.6, 2.6), (2.6, 2.9), (3.4, 2.3), (2.8, 1.6), (2.0, 1.6)])
    bone(drawing, frame, [(4.5, 0.6), (5.0, 0.35), (7.6, 0.45), (8.0, 0.75), (7.6, 0.9), (5.2, 0.95)])
    bone(drawing, frame, [(1.3, 12.0), (1.2, 3.5)], closed=False)  # posterior border of the tibia behind it
    # tendons: Achilles, fibularis behind and below the malleolus, toe extensors over the instep
    drawing.tendon(curve(frame, [(0.55, 9.5), (0.7, 5.0), (0.62, 2.4), (0.35, 1.4)]))
    drawing.tendon(curve(frame, [(1.05, 9.0), (1.05, 5.0), (0.95, 2.6), (0.75, 1.6)]))
    drawing.tendon(curve(frame, [(1.25, 6.0), (1.3, 2.6), (1.75, 1.25), (3.2, 0.85), (4.6, 0.7)]))
    for toe_spread in (0.55, 0.7, 0.85):
        drawing.tendon(
            curve(
                frame,
                [(2.85, 6.0), (2.95, 3.3), (4.5, 2.0), (7.0, 1.1 + toe_spread * 0.2), (9.0, 0.6 + toe_spread * 0.3)],
            )
        )
    drawing.inner(curve(frame, [(1.5, 3.05), (1.85, 3.2), (2.2, 2.9), (2.25, 2.3), (1.95, 1.85)]))  # malleolus bump
    drawing.shade(contour(Body().add(Ellipse((1.85, 2.55), 0.45, 0.7), blend=0), frame), 0.7)
    for x in (9.55, 10.05):
        drawing.inner(curve(frame, [(x - 0.1, 0.9), (x, 0.55), (x + 0.05, 0.1)]))
    drawing.path(
        "details",
        curve(frame, [(10.1, 0.62), (10.45, 0.7), (10.62, 0.55), (10.4, 0.45)], closed=True),
        style.nail_attrs(),
    )
    drawing.crease(curve(frame, [(2.4, 3.8), (2.8, 3.55), (3.05, 3.2)]))  # ankle front crease
    landmark = drawing.landmark
    landmark("lm-lateral-malleolus", frame.point((1.85, malleolus_height)), "outer ankle bone", dx=10, dy=-18)
    landmark("lm-lateral-malleolus-tip", frame.point((1.85, 1.85)))
    landmark("lm-calcaneus-below-malleolus", frame.point((1.85, 1.2)), "heel bone", dx=-60, dy=44)
    landmark("lm-achilles-front", frame.point((1.0, malleolus_height)), "Achilles tendon", dx=-14, dy=-60, anchor="end")
    landmark("lm-edl-tendon-ankle", frame.point((3.3, 2.25)), "toe-extensor tendon", dx=12, dy=-10)
    landmark("lm-fifth-metatarsal-base", frame.point((4.55, 0.6)))
    landmark("lm-sole-below-malleolus", frame.point((1.85, 0.0)))
    return drawing


def ankle_inner() -> Drawing:
    """Inner side of the right lower leg and ankle: toes point to the viewer's left."""
    drawing = Drawing("ankle_inner", "Inner side of the right lower leg and ankle", side="right", facing="medial")
    # sole to the lower calf; the knee lies above the picture (see LEG_CROP_NOTE in leg_proportions)
    frame = Frame(origin_x=540.0, origin_y=572.0, scale=46.0, flip_x=True)
    malleolus_height = MED_MALLEOLUS_TO_SOLE  # the medial malleolus, above the sole
    condyle = malleolus_height + CONDYLE_TO_MED_MALLEOLUS
    trace(drawing, _inner_leg_and_foot_body(condyle), frame)
    # tibia: its medial surface is under the skin; posterior border is the guide for SP6
    bone(
        drawing,
        frame,
        [
            (2.0, condyle + 1.2),
            (1.85, condyle - 0.3),
            (2.05, condyle - 1.5),
            (2.05, 6.0),
            (1.75, 3.3),
            (1.8, 2.4),
            (2.4, 2.45),
            (2.7, 3.2),
            (3.3, 6.0),
            (3.5, condyle - 1.5),
            (3.9, condyle - 0.3),
            (3.8, condyle + 1.2),
        ],
        closed=False,
    )
    bone(drawing, frame, [(0.2, 1.6), (0.35, 0.25), (1.6, 0.2), (3.1, 0.55), (3.0, 1.2), (2.2, 1.55), (1.0, 1.95)])
    bone(drawing, frame, [(5.5, 0.95), (7.2, 1.1), (7.7, 0.75), (7.2, 0.45), (5.6, 0.6)])  # 1st metatarsal
    drawing.tendon(curve(frame, [(0.55, 9.0), (0.7, 5.0), (0.62, 2.4), (0.35, 1.4)]))
    drawing.tendon(curve(frame, [(1.05, 8.5), (1.05, 5.0), (0.95, 2.6), (0.8, 1.6)]))
    drawing.tendon(curve(frame, [(1.7, 6.0), (1.55, 3.3), (1.9, 1.95), (3.0, 1.2)]))  # tibialis posterior
    drawing.inner(curve(frame, [(1.65, 3.4), (2.0, 3.6), (2.35, 3.3), (2.35, 2.7), (2.0, 2.35)]))
    drawing.shade(contour(Body().add(Ellipse((2.0, 3.0), 0.42, 0.6), blend=0), frame), 0.7)
    drawing.shade(contour(Body().add(Ellipse((0.8, condyle - 4.2), 1.3, 3.4), blend=0), frame), 0.55)
    drawing.path(
        "details", curve(frame, [(9.5, 0.96), (9.95, 1.0), (10.15, 0.84), (9.8, 0.72)], closed=True), style.nail_attrs()
    )
    drawing.crease(curve(frame, [(2.5, 3.9), (2.85, 3.6), (3.1, 3.2)]))
    landmark = drawing.landmark
    landmark(
        "lm-medial-malleolus", frame.point((2.0, malleolus_height)), "inner ankle bone", dx=-50, dy=-40, anchor="end"
    )
    landmark(
        "lm-achilles-medial-front", frame.point((1.0, malleolus_height)), "Achilles tendon", dx=22, dy=-70, anchor="end"
    )
    landmark(
        "lm-tibia-posterior-border", frame.point((2.05, 8.0)), "back edge of the shin bone", dx=-40, dy=4, anchor="end"
    )
    landmark("lm-sole-below-medial-malleolus", frame.point((2.0, 0.0)), "sole", dx=-30, dy=18, anchor="end")
    landmark("lm-medial-tibial-condyle", frame.point((2.0, condyle)))  # above the picture: the WHO 13-cun scale
    return drawing


def _inner_leg_and_foot_body(condyle: float) -> Body:
    """From the knee (above the picture) to the sole; ``condyle`` is the height of the tibial condyle."""
    body = Body()
    body.add(Capsule((2.0, 19.5), (2.0, condyle - 0.5), 2.3, 2.2), blend=0)  # knee
    body.add(Capsule((2.0, condyle - 0.5), (1.55, 3.3), 2.15, 1.2), blend=1.0)
    body.add(Ellipse((0.75, condyle - 4.0), 1.55, 3.8), blend=1.2)  # medial gastrocnemius
    body.add(Capsule((1.55, 3.3), (2.1, 1.3), 1.2, 1.25), blend=0.8)
    body.add(Ellipse((0.95, 1.0), 0.95, 0.95), blend=0.6)
    # the medial longitudinal arch: the sole rests on the heel and the ball of the big toe only
    body.add(Capsule((2.2, 1.75), (7.3, 0.85), 1.3, 0.75), blend=0.9)
    body.add(Capsule((1.0, 0.55), (3.2, 0.7), 0.55, 0.5), blend=1.4)  # heel pad
    body.add(Capsule((6.0, 0.72), (7.6, 0.62), 0.62, 0.62), blend=1.6)  # ball of the big toe
    body.add(Capsule((7.4, 0.75), (10.1, 0.6), 0.7, 0.55), blend=0.5)  # big toe
    return body
