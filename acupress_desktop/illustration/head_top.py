"""The top of the head (view ``head_top``), modelled in millimetres. Origin at the head's centre.

Sizes are [estimate]s for an adult (skull breadth ~ 152 mm, length ~ 196 mm), checked by eye.
"""

from __future__ import annotations

import math

from . import style
from .frame import Frame
from .kit import SIDES, contour, curve, ellipse, trace
from .softbody import Body, Ellipse
from .svg import Drawing


def head_top() -> Drawing:
    """The head seen from above, face towards the top of the picture. Origin at the head's centre."""
    drawing = Drawing("head_top", "Top of the head", side="midline", facing="top")
    frame = Frame(origin_x=300.0, origin_y=300.0, scale=2.5)
    body = Body()
    body.add(Ellipse((0.0, 0.0), 76.0, 98.0), blend=0)  # skull, breadth ~ 152 mm, length ~ 196 mm
    body.add(Ellipse((0.0, 102.0), 11.0, 12.0), blend=12.0)  # nose tip peeking out in front
    for side_sign in SIDES:
        body.add(Ellipse((side_sign * 78.0, -8.0), 9.0, 28.0, side_sign * 8.0), blend=6.0)  # ears
    trace(drawing, body, frame)
    hair = Body().add(Ellipse((0.0, -2.0), 75.0, 96.0), blend=0).cut(Ellipse((0.0, 98.0), 70.0, 34.0), blend=12.0)
    drawing.path("details", contour(hair, frame, step=2.0, spacing=6.0), style.hair_attrs())
    # hair partings radiating from a whorl just behind the vertex
    for degrees in range(0, 360, 30):
        turn = math.radians(degrees)
        drawing.path(
            "details",
            curve(
                frame,
                [
                    (math.sin(turn) * 6.0, -22.0 + math.cos(turn) * 6.0),
                    (math.sin(turn + 0.3) * 40.0, -22.0 + math.cos(turn + 0.3) * 45.0),
                    (math.sin(turn + 0.5) * 66.0, -10.0 + math.cos(turn + 0.5) * 80.0),
                ],
            ),
            {"fill": "none", "stroke": style.OUTLINE, "stroke-width": "0.6", "opacity": "0.45"},
        )
    for side_sign in SIDES:
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
