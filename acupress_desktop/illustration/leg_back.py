"""Back of the right knee and lower leg (views ``knee_back`` and ``leg_back``), modelled in B-cun.

See ``leg_proportions`` for the scale and the crop; right leg from behind: lateral = +x.
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .geometry import mid
from .kit import bone, contour, curve, trace
from .leg_proportions import ANKLE_HALF, KNEE_HALF, LAT_MALLEOLUS_LOWER
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing


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
    _hamstrings_and_calf(drawing, frame)
    _posterior_bones(drawing, frame, closed_tibia=not lower)
    if lower:
        _achilles_and_heel(drawing, frame)


def _hamstrings_and_calf(drawing: Drawing, frame: Frame) -> None:
    """The popliteal crease, the hamstring tendons, the two heads of gastrocnemius."""
    drawing.crease(curve(frame, [(-1.65, 0.05), (-0.8, -0.08), (0.0, -0.1), (0.8, -0.08), (1.65, 0.05)]), width=1.2)
    drawing.tendon(curve(frame, [(1.45, 6.5), (1.62, 3.0), (1.72, 0.3), (1.9, -1.2)]))  # biceps femoris
    drawing.tendon(curve(frame, [(-0.8, 6.5), (-1.2, 3.0), (-1.45, 0.3), (-1.5, -1.6)]))  # semitendinosus
    drawing.path("muscles", curve(frame, [(-0.6, 6.5), (-0.95, 3.0), (-1.2, 0.6)]), style.inner_attrs())
    drawing.path("muscles", curve(frame, [(1.0, 6.5), (1.35, 3.0), (1.5, 0.6)]), style.inner_attrs())
    medial_head = Body().add(Ellipse((-0.95, -4.4), 1.2, 3.45), blend=0)
    lateral_head = Body().add(Ellipse((0.95, -3.9), 1.15, 3.05), blend=0)
    drawing.shade(contour(medial_head, frame), 0.6)
    drawing.shade(contour(lateral_head, frame), 0.6)
    drawing.path(
        "muscles",
        curve(frame, [(-1.6, -1.3), (-0.7, -0.9), (-0.05, -1.5), (-0.05, -5.0), (-0.02, -8.0)]),
        style.inner_attrs(),
    )
    drawing.path("muscles", curve(frame, [(1.55, -1.2), (0.7, -0.85), (0.05, -1.5)]), style.inner_attrs())


def _posterior_bones(drawing: Drawing, frame: Frame, closed_tibia: bool) -> None:
    """Femoral condyles, tibia (closed when its lower end is in the picture), fibula."""
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
        closed=closed_tibia,
    )
    bone(
        drawing,
        frame,
        [(1.25, -14.8), (1.35, -2.0), (1.75, -1.1), (2.0, -1.6), (1.55, -2.3), (1.5, -14.8)],
        closed=False,
    )


def _achilles_and_heel(drawing: Drawing, frame: Frame) -> None:
    """The Achilles tendon from the V of the gastrocnemius to the heel, the malleoli, the heel bone."""
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
    # knee crease to below the calf; the ankle lies below the picture (see LEG_CROP_NOTE in leg_proportions)
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
