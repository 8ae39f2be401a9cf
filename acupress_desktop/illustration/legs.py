"""Knee, lower leg, ankle and foot views of the RIGHT leg.

Leg models are built in B-cun (WHO 2008 proportional bone measurement, see
/work/shared/reference/proportions.md): popliteal crease to the prominence of the lateral malleolus
= 16 B-cun; lower border of the medial tibial condyle to the prominence of the medial malleolus = 13;
prominence of the medial malleolus to the sole = 3. Breadths are [estimate]s for an adult whose B-cun is
about 24 mm (knee 10 cm, calf 11.5 cm, ankle 6-7 cm wide), checked by eye.
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .geometry import mid
from .kit import bone, contour, curve, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing

CREASE_TO_LAT_MALLEOLUS = 16.0  # WHO 2008
CONDYLE_TO_MED_MALLEOLUS = 13.0  # WHO 2008
MED_MALLEOLUS_TO_SOLE = 3.0  # WHO 2008
LAT_MALLEOLUS_LOWER = 0.5  # the lateral malleolus sits lower than the medial [estimate, ~1 cm]

# LEG_CROP_NOTE: the long leg views are cropped so the part that carries the points fills the canvas.
# Their B-cun scale is then taken between two landmarks inside the picture: half of a WHO scale
# (knee to the leg's midpoint = 8 of the 16 B-cun knee-to-ankle) or the WHO 3 B-cun from the medial
# malleolus to the sole. The far ends of the full scales are kept as unlabelled landmarks outside the
# canvas, so tests can check that both scales agree.

# half-breadths in B-cun [estimate]s
KNEE_HALF = 2.1
CALF_HALF = 2.35
ANKLE_HALF = 1.25


def _posterior_leg(body: Body, top: float) -> None:
    """Knee, calf and ankle seen from behind (right leg: lateral = +x)."""
    body.add(Capsule((0.0, top), (0.0, 1.0), KNEE_HALF + 0.55, KNEE_HALF + 0.05), blend=0)
    body.add(Capsule((0.0, 1.0), (0.0, -1.8), KNEE_HALF + 0.05, KNEE_HALF - 0.1), blend=0.8)
    body.add(Capsule((0.0, -1.8), (0.0, -14.0), KNEE_HALF - 0.1, ANKLE_HALF), blend=0.8)
    # the two heads of gastrocnemius: the medial one larger and lower
    body.add(Ellipse((-0.95, -4.4), 1.35, 3.5), blend=1.2)
    body.add(Ellipse((0.95, -3.9), 1.3, 3.1), blend=1.2)
    body.add(Capsule((0.0, -14.0), (0.0, -17.6), ANKLE_HALF, ANKLE_HALF + 0.1), blend=0.6)
    body.add(Ellipse((-1.25, -15.5), 0.4, 0.55), blend=0.5)  # medial malleolus
    body.add(Ellipse((1.25, -16.0), 0.4, 0.55), blend=0.5)  # lateral malleolus, lower
    body.add(Ellipse((0.0, -18.4), 1.25, 1.05), blend=0.7)  # heel


def _posterior_details(drawing: Drawing, frame: Frame, lower: bool) -> None:
    # popliteal crease, hamstring tendons, gastrocnemius heads
    drawing.crease(curve(frame, [(-1.65, 0.05), (-0.8, -0.08), (0.0, -0.1), (0.8, -0.08), (1.65, 0.05)]), width=1.2)
    drawing.tendon(curve(frame, [(1.45, 6.5), (1.62, 3.0), (1.72, 0.3), (1.9, -1.2)]))  # biceps femoris
    drawing.tendon(curve(frame, [(-0.8, 6.5), (-1.2, 3.0), (-1.45, 0.3), (-1.5, -1.6)]))  # semitendinosus
    drawing.path("muscles", curve(frame, [(-0.6, 6.5), (-0.95, 3.0), (-1.2, 0.6)]), style.inner_attrs())
    drawing.path("muscles", curve(frame, [(1.0, 6.5), (1.35, 3.0), (1.5, 0.6)]), style.inner_attrs())
    gm = Body().add(Ellipse((-0.95, -4.4), 1.2, 3.45), blend=0)
    gl = Body().add(Ellipse((0.95, -3.9), 1.15, 3.05), blend=0)
    drawing.shade(contour(gm, frame), 0.6)
    drawing.shade(contour(gl, frame), 0.6)
    drawing.path(
        "muscles",
        curve(frame, [(-1.6, -1.3), (-0.7, -0.9), (-0.05, -1.5), (-0.05, -5.0), (-0.02, -8.0)]),
        style.inner_attrs(),
    )
    drawing.path("muscles", curve(frame, [(1.55, -1.2), (0.7, -0.85), (0.05, -1.5)]), style.inner_attrs())
    # bones: femoral condyles, tibia, fibula
    bone(
        drawing,
        frame,
        [
            (-0.3, 7.0),
            (-0.55, 3.0),
            (-1.7, 1.4),
            (-1.75, 0.3),
            (-0.2, 0.0),
            (0.0, 0.5),
            (0.2, 0.0),
            (1.7, 0.3),
            (1.7, 1.4),
            (0.65, 3.0),
            (0.35, 7.0),
        ],
        closed=False,
    )
    bone(
        drawing,
        frame,
        [
            (-0.5, -14.5),
            (-0.55, -2.2),
            (-1.75, -1.2),
            (-1.8, -0.45),
            (1.5, -0.45),
            (1.45, -1.4),
            (0.6, -2.2),
            (0.5, -14.5),
        ],
        closed=not lower,
    )
    bone(
        drawing,
        frame,
        [(1.25, -14.8), (1.35, -2.0), (1.75, -1.1), (2.0, -1.6), (1.55, -2.3), (1.5, -14.8)],
        closed=False,
    )
    if lower:
        # Achilles tendon from the V of the gastrocnemius to the heel
        drawing.tendon(curve(frame, [(-0.55, -8.3), (-0.42, -12.0), (-0.45, -16.5), (-0.6, -17.6)]))
        drawing.tendon(curve(frame, [(0.55, -7.8), (0.42, -12.0), (0.45, -16.5), (0.6, -17.6)]))
        drawing.inner(curve(frame, [(-1.45, -15.0), (-1.6, -15.5), (-1.45, -16.0)]))
        drawing.inner(curve(frame, [(1.45, -15.5), (1.6, -16.0), (1.45, -16.5)]))
        bone(drawing, frame, [(-0.9, -17.2), (-1.0, -18.6), (0.0, -19.1), (1.0, -18.6), (0.9, -17.2), (0.0, -16.9)])


def knee_back() -> Drawing:
    drawing = Drawing("knee_back", "Back of the right knee", side="right", facing="back")
    frame = Frame(origin_x=300.0, origin_y=290.0, scale=40.0)
    body = Body()
    _posterior_leg(body, 10.0)
    trace(drawing, body, frame)
    _posterior_details(drawing, frame, lower=False)
    landmark = drawing.landmark
    landmark(
        "lm-popliteal-crease-medial", frame.point((-1.65, 0.05)), "crease behind the knee", dx=-8, dy=18, anchor="end"
    )
    landmark("lm-popliteal-crease-lateral", frame.point((1.65, 0.05)))
    landmark("lm-biceps-femoris-tendon", frame.point((1.62, 3.0)), "biceps femoris tendon", dx=10, dy=-6)
    landmark("lm-semitendinosus-tendon", frame.point((-1.2, 3.0)), "semitendinosus tendon", dx=-10, dy=-6, anchor="end")
    landmark("lm-fibula-head", frame.point((1.75, -1.45)))
    landmark("lm-gastrocnemius-medial-head", frame.point((-0.95, -4.4)), "calf muscle", dx=-10, dy=30, anchor="end")
    return drawing


def leg_back() -> Drawing:
    drawing = Drawing("leg_back", "Back of the right lower leg", side="right", facing="back")
    # knee crease to below the calf; the ankle lies below the picture (see LEG_CROP_NOTE)
    frame = Frame(origin_x=300.0, origin_y=92.0, scale=43.0)
    body = Body()
    _posterior_leg(body, 4.0)
    trace(drawing, body, frame)
    _posterior_details(drawing, frame, lower=True)
    landmark = drawing.landmark
    crease_lat = (1.65, 0.05)
    lat_malleolus = (1.4, -15.5 - LAT_MALLEOLUS_LOWER)
    landmark("lm-popliteal-crease-medial", frame.point((-1.65, 0.05)))
    landmark("lm-popliteal-crease-lateral", frame.point(crease_lat), "knee crease", dx=12, dy=4)
    landmark("lm-gastrocnemius-v", frame.point((0.0, -8.0)), "where the calf muscle ends", dx=-14, dy=26, anchor="end")
    landmark(
        "lm-leg-midpoint-lateral", frame.point(mid(crease_lat, lat_malleolus)), "halfway to the ankle", dx=12, dy=4
    )
    landmark("lm-lateral-malleolus", frame.point(lat_malleolus))  # below the picture
    return drawing


def leg_front() -> Drawing:
    """Front of the right lower leg: the lateral side is on the viewer's left (-x)."""
    drawing = Drawing("leg_front", "Front and outer side of the right lower leg", side="right", facing="front")
    # above the kneecap to mid-shin; the ankle lies below the picture (see LEG_CROP_NOTE)
    frame = Frame(origin_x=300.0, origin_y=140.0, scale=46.0)
    body = Body()
    body.add(Capsule((0.0, 4.0), (0.0, 0.6), KNEE_HALF + 0.35, KNEE_HALF + 0.05), blend=0)
    body.add(Ellipse((0.0, 0.9), 1.05, 1.3), blend=0.8)  # patella
    body.add(Capsule((0.0, 0.0), (0.0, -14.0), KNEE_HALF, ANKLE_HALF), blend=0.8)
    body.add(Ellipse((0.55, -4.6), 1.75, 3.6), blend=1.2)  # medial calf seen from the front
    body.add(Ellipse((-0.7, -4.2), 1.5, 3.4), blend=1.2)  # tibialis anterior and the peronei
    body.add(Capsule((0.0, -14.0), (0.0, -16.3), ANKLE_HALF, ANKLE_HALF + 0.05), blend=0.6)
    body.add(Ellipse((-1.3, -16.0), 0.42, 0.55), blend=0.5)  # lateral malleolus (lower)
    body.add(Ellipse((1.3, -15.5), 0.42, 0.55), blend=0.5)  # medial malleolus
    body.add(Ellipse((0.15, -17.3), 1.5, 1.0), blend=0.7)  # the foot, foreshortened, cut by the canvas
    body.add(Capsule((-0.6, -17.6), (0.8, -17.6), 1.3, 1.3), blend=0.8)
    body.add(Capsule((-0.5, -18.5), (0.9, -18.5), 1.35, 1.35), blend=0.4)
    trace(drawing, body, frame)
    # bones
    bone(drawing, frame, [(-1.0, 2.0), (-0.85, 0.2), (0.0, -0.35), (0.85, 0.2), (1.0, 2.0), (0.0, 2.3)])  # patella
    bone(
        drawing, frame, [(-2.0, 3.5), (-2.05, 0.4), (-1.5, -0.55), (1.6, -0.55), (2.1, 0.4), (2.05, 3.5)], closed=False
    )
    bone(
        drawing,
        frame,
        [
            (-0.6, -15.2),
            (-0.7, -3.0),
            (-1.8, -1.2),
            (-1.75, -0.75),
            (1.85, -0.75),
            (1.9, -1.3),
            (0.9, -3.0),
            (0.85, -14.8),
            (1.45, -15.9),
            (0.3, -15.6),
        ],
        closed=False,
    )  # tibia
    bone(
        drawing,
        frame,
        [(-2.05, -1.3), (-1.6, -1.75), (-1.55, -14.5), (-1.55, -16.4), (-1.1, -15.2), (-1.25, -2.1), (-1.55, -1.1)],
        closed=False,
    )  # fibula
    # tibial crest (the shin) as a bone guide, patellar ligament as tendons
    drawing.bone(curve(frame, [(0.15, -2.3), (0.1, -6.0), (0.25, -11.0), (0.6, -14.0)]))
    drawing.tendon(curve(frame, [(-0.35, -0.35), (-0.3, -1.3), (-0.22, -2.15)]))
    drawing.tendon(curve(frame, [(0.35, -0.35), (0.34, -1.3), (0.38, -2.15)]))
    drawing.tendon(curve(frame, [(-0.2, -12.0), (-0.1, -14.5), (0.1, -16.3), (0.4, -17.5)]))  # tibialis anterior
    drawing.path(
        "muscles", curve(frame, [(-0.15, -2.8), (-0.35, -6.0), (-0.4, -10.0), (-0.25, -12.5)]), style.inner_attrs()
    )
    drawing.shade(contour(Body().add(Ellipse((-0.95, -5.0), 0.75, 3.2), blend=0), frame), 0.55)
    drawing.crease(curve(frame, [(-1.0, -16.2), (-0.3, -16.45), (0.4, -16.45), (1.0, -16.1)]))  # ankle front crease
    drawing.tendon(curve(frame, [(-0.4, -16.3), (-0.9, -17.5), (-1.2, -19.5)]))  # toe extensors fan out
    drawing.tendon(curve(frame, [(-0.3, -16.3), (-0.4, -17.5), (-0.45, -19.5)]))
    landmark = drawing.landmark
    knee_lat, lat_malleolus = (-1.95, 0.0), (-1.35, -16.0)
    landmark("lm-patella-apex", frame.point((0.0, -0.35)), "kneecap", dx=40, dy=-40)
    landmark("lm-tibial-tuberosity", frame.point((0.2, -2.2)), "bump below the kneecap", dx=70, dy=4)
    landmark("lm-lateral-epicondyle", frame.point((-1.9, 0.7)))
    landmark("lm-medial-epicondyle", frame.point((1.9, 0.7)))
    landmark("lm-knee-joint-lateral", frame.point(knee_lat))
    landmark("lm-fibula-head", frame.point((-1.8, -1.5)), "head of the fibula", dx=-40, dy=4, anchor="end")
    landmark("lm-tibial-crest", frame.point((0.1, -7.0)), "shin bone edge", dx=12, dy=4)
    landmark(
        "lm-leg-midpoint-lateral",
        frame.point(mid(knee_lat, lat_malleolus)),
        "halfway to the ankle",
        dx=-40,
        dy=4,
        anchor="end",
    )
    # below the picture: they carry the WHO 16-cun scale and the line from ST35 to ST41
    landmark("lm-lateral-malleolus", frame.point(lat_malleolus))
    landmark("lm-medial-malleolus", frame.point((1.35, -15.5)))
    landmark("lm-ankle-front-mid", frame.point((0.0, -16.05)))
    return drawing


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
    sole_lm = MED_MALLEOLUS_TO_SOLE - LAT_MALLEOLUS_LOWER  # height of the lateral malleolus
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
    for ytoe in (0.55, 0.7, 0.85):
        drawing.tendon(
            curve(frame, [(2.85, 6.0), (2.95, 3.3), (4.5, 2.0), (7.0, 1.1 + ytoe * 0.2), (9.0, 0.6 + ytoe * 0.3)])
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
    landmark("lm-lateral-malleolus", frame.point((1.85, sole_lm)), "outer ankle bone", dx=10, dy=-18)
    landmark("lm-lateral-malleolus-tip", frame.point((1.85, 1.85)))
    landmark("lm-calcaneus-below-malleolus", frame.point((1.85, 1.2)), "heel bone", dx=-60, dy=44)
    landmark("lm-achilles-front", frame.point((1.0, sole_lm)), "Achilles tendon", dx=-14, dy=-60, anchor="end")
    landmark("lm-edl-tendon-ankle", frame.point((3.3, 2.25)), "toe-extensor tendon", dx=12, dy=-10)
    landmark("lm-fifth-metatarsal-base", frame.point((4.55, 0.6)))
    landmark("lm-sole-below-malleolus", frame.point((1.85, 0.0)))
    return drawing


def ankle_inner() -> Drawing:
    """Inner side of the right lower leg and ankle: toes point to the viewer's left."""
    drawing = Drawing("ankle_inner", "Inner side of the right lower leg and ankle", side="right", facing="medial")
    # sole to the lower calf; the knee lies above the picture (see LEG_CROP_NOTE)
    frame = Frame(origin_x=540.0, origin_y=572.0, scale=46.0, flip_x=True)
    mm = MED_MALLEOLUS_TO_SOLE
    condyle = mm + CONDYLE_TO_MED_MALLEOLUS
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
    trace(drawing, body, frame)
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
    landmark("lm-medial-malleolus", frame.point((2.0, mm)), "inner ankle bone", dx=-50, dy=-40, anchor="end")
    landmark("lm-achilles-medial-front", frame.point((1.0, mm)), "Achilles tendon", dx=22, dy=-70, anchor="end")
    landmark(
        "lm-tibia-posterior-border", frame.point((2.05, 8.0)), "back edge of the shin bone", dx=-40, dy=4, anchor="end"
    )
    landmark("lm-sole-below-medial-malleolus", frame.point((2.0, 0.0)), "sole", dx=-30, dy=18, anchor="end")
    landmark("lm-medial-tibial-condyle", frame.point((2.0, condyle)))  # above the picture: the WHO 13-cun scale
    return drawing


# --- top of the foot ----------------------------------------------------------------------------------
# Right foot from above, toes up: the big toe is on the viewer's left. Millimetres, origin at the
# middle of the front of the ankle, +y towards the toes. The foot is ~ 15 % of body height (~ 250 mm
# for 168 cm); the front of the ankle lies ~ 60 mm in front of the heel, the toes (metatarsal head to
# tip) are about a quarter of the foot's length and the big toe is the broadest. The tarsus (navicular
# and cuneiforms) puts the metatarsal bases ~ 55 mm in front of the ankle; the 2nd base is set back
# between the cuneiforms (the "keystone") and the 2nd metatarsal is the longest. Metatarsal lengths
# (1st 63, 2nd 76, 3rd 71, 4th 68, 5th 65 mm) and toe lengths are [estimate]s within common
# adult anatomy-text ranges.
METATARSALS = {
    # name: (base x, base y, angle, length, skin radius at the head, toe phalanges, toe half-breadth)
    1: ((-20.0, 57.0), -7.0, 63.0, 14.0, (30.0, 22.0), 12.5),
    2: ((-6.5, 53.0), -1.0, 76.0, 9.5, (21.0, 9.0, 7.0), 8.2),
    3: ((4.5, 53.5), 4.0, 71.0, 9.0, (18.0, 8.0, 6.0), 7.8),
    4: ((14.5, 51.0), 9.0, 68.0, 8.5, (15.5, 7.0, 5.5), 7.3),
    5: ((24.5, 46.0), 15.0, 65.0, 8.5, (12.0, 6.0, 5.0), 6.8),
}
FOOT_HEEL_BEHIND_ANKLE = 60.0  # [estimate]


def _foot_rays() -> dict[int, tuple[tuple[float, float], tuple[float, float], list[tuple[float, float]], float]]:
    from .geometry import add, polar

    out = {}
    for n, (base, ang, ln, _r, toes, _w) in METATARSALS.items():
        head = add(base, polar(ang, ln))
        pts = [head]
        toe_ang = ang * 0.35  # toes point more forward than their metatarsals [estimate]
        for ph in toes:
            pts.append(add(pts[-1], polar(toe_ang, ph)))
        out[n] = (base, head, pts, toe_ang)
    return out


def foot_top() -> Drawing:
    from .frame import local
    from .geometry import lerp, line_intersection, mid, polar

    drawing = Drawing("foot_top", "Top of the right foot", side="right", facing="top")
    frame = Frame(origin_x=300.0, origin_y=482.0, scale=2.25)
    rays = _foot_rays()
    body = Body()
    body.add(Capsule((0.0, -80.0), (0.0, 0.0), 33.0, 34.0), blend=0)  # leg and ankle
    body.add(Ellipse((2.0, 25.0), 42.0, 36.0), blend=25.0)  # tarsus (instep)
    for n, (base, head, pts, _toe_ang) in rays.items():
        r = METATARSALS[n][3]
        body.add(Capsule(base, head, r + 3.0, r), blend=16.0)
        half_width = METATARSALS[n][5]
        tip = pts[-1]
        body.add(Capsule(head, pts[1], half_width + 1.0, half_width), blend=5.0)
        body.add(Capsule(pts[1], tip, half_width, half_width * 0.92), blend=1.5)
    trace(drawing, body, frame)
    for n, (base, head, pts, toe_ang) in rays.items():
        r = METATARSALS[n][3] * 0.45
        drawing.bone(
            contour(
                Body()
                .add(Capsule(base, head, r * 0.7, r * 0.7), blend=0)
                .add(Ellipse(head, r * 1.2, r * 1.35), blend=2.0)
                .add(Ellipse(base, r * 1.3, r * 1.2), blend=2.0),
                frame,
            )
        )
        half_width = METATARSALS[n][5]
        # toe clefts, toenails, the extensor tendon to each toe
        tip = pts[-1]
        nail_w = half_width * (0.62 if n == 1 else 0.55)
        nail = [
            local(tip, toe_ang, -nail_w, -half_width * 1.35),
            local(tip, toe_ang, -nail_w, -half_width * 0.45),
            local(tip, toe_ang, 0.0, -half_width * 0.05),
            local(tip, toe_ang, nail_w, -half_width * 0.45),
            local(tip, toe_ang, nail_w, -half_width * 1.35),
        ]
        drawing.path("details", curve(frame, nail, closed=True), style.nail_attrs())
        drawing.tendon(curve(frame, [(base[0] * 0.4, -10.0), lerp(base, head, 0.3), head, lerp(pts[0], pts[1], 0.8)]))
        if n < 5:
            nxt = rays[n + 1]
            web = mid(lerp(pts[0], pts[1], 0.45), lerp(nxt[2][0], nxt[2][1], 0.45))
            drawing.inner(
                curve(
                    frame,
                    [web, mid(pts[1], nxt[2][1]), mid(lerp(pts[1], pts[-1], 0.7), lerp(nxt[2][1], nxt[2][-1], 0.7))],
                )
            )
    drawing.crease(curve(frame, [(-30.0, 2.0), (0.0, 5.0), (30.0, 2.0)]), width=1.1)  # ankle front crease
    landmark = drawing.landmark
    b1, _h1, p1, _a1 = rays[1]
    b2, _h2, p2, _a2 = rays[2]
    b3, _h3, p3, _a3 = rays[3]
    r1, r2 = METATARSALS[1][3] * 0.45, METATARSALS[2][3] * 0.45
    e1 = local(b1, METATARSALS[1][1], r1, 0.0)
    e2 = local(b2, METATARSALS[2][1], -r2, 0.0)
    junction = line_intersection(e1, polar(METATARSALS[1][1]), e2, polar(METATARSALS[2][1]))
    landmark("lm-mt12-junction", frame.point(junction), "bases of 1st and 2nd metatarsals", dx=-12, dy=20, anchor="end")
    for n in (1, 2, 3):
        landmark(f"lm-mt{n}-head", frame.point(rays[n][1]))
    landmark(
        "lm-web-12",
        frame.point(mid(lerp(p1[0], p1[1], 0.45), lerp(p2[0], p2[1], 0.45))),
        "web between big and 2nd toe",
        dx=-14,
        dy=-10,
        anchor="end",
    )
    landmark("lm-web-23", frame.point(mid(lerp(p2[0], p2[1], 0.45), lerp(p3[0], p3[1], 0.45))))
    landmark("lm-mt23-base-gap", frame.point(mid(b2, b3)))
    landmark("lm-ankle-front-mid", frame.point((0.0, 3.0)), "front of the ankle", dx=10, dy=18)
    return drawing
