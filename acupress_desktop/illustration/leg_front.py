"""Front and outer side of the right lower leg (view ``leg_front``), modelled in B-cun.

See ``leg_proportions`` for the scale and the crop; the lateral side is on the viewer's left (-x).
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .geometry import mid
from .kit import bone, contour, curve, trace
from .leg_proportions import ANKLE_HALF, KNEE_HALF
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing


def leg_front() -> Drawing:
    """Front of the right lower leg: the lateral side is on the viewer's left (-x)."""
    drawing = Drawing("leg_front", "Front and outer side of the right lower leg", side="right", facing="front")
    # above the kneecap to mid-shin; the ankle lies below the picture (see LEG_CROP_NOTE in leg_proportions)
    frame = Frame(origin_x=300.0, origin_y=140.0, scale=46.0)
    trace(drawing, _front_leg_body(), frame)
    _front_leg_bones(drawing, frame)
    _front_leg_soft_parts(drawing, frame)
    _front_leg_landmarks(drawing, frame)
    return drawing


def _front_leg_body() -> Body:
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
    return body


def _front_leg_bones(drawing: Drawing, frame: Frame) -> None:
    """Patella, the femoral condyles, tibia and fibula."""
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


def _front_leg_soft_parts(drawing: Drawing, frame: Frame) -> None:
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


def _front_leg_landmarks(drawing: Drawing, frame: Frame) -> None:
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
