"""Head views: the top of the head and the face, modelled in millimetres.

The face uses the WHO 2008 vertical scale glabella to anterior hairline = 3 B-cun. Face sizes are
[estimate]s for an adult (face breadth ~ 140 mm, eye fissure ~ 30 mm, interpupillary ~ 63 mm).
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .kit import bone, contour, curve, ellipse, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing

GLABELLA_TO_HAIRLINE_CUN = 3.0  # WHO 2008


def head_top() -> Drawing:
    """The head seen from above, face towards the top of the picture. Origin at the head's centre."""
    d = Drawing("head_top", "Top of the head", side="midline", facing="top")
    f = Frame(ox=300.0, oy=300.0, s=2.5)
    body = Body()
    body.add(Ellipse((0.0, 0.0), 76.0, 98.0), k=0)  # skull, breadth ~ 152 mm, length ~ 196 mm
    body.add(Ellipse((0.0, 102.0), 11.0, 12.0), k=12.0)  # nose tip peeking out in front
    for sx in (-1.0, 1.0):
        body.add(Ellipse((sx * 78.0, -8.0), 9.0, 28.0, sx * 8.0), k=6.0)  # ears
    trace(d, body, f)
    hair = Body().add(Ellipse((0.0, -2.0), 75.0, 96.0), k=0).cut(Ellipse((0.0, 98.0), 70.0, 34.0), k=12.0)
    d.path("details", contour(hair, f, step=2.0, spacing=6.0), style.hair_attrs())
    # hair partings radiating from a whorl just behind the vertex
    for ang in range(0, 360, 30):
        import math

        a = math.radians(ang)
        d.path(
            "details",
            curve(
                f,
                [
                    (math.sin(a) * 6.0, -22.0 + math.cos(a) * 6.0),
                    (math.sin(a + 0.3) * 40.0, -22.0 + math.cos(a + 0.3) * 45.0),
                    (math.sin(a + 0.5) * 66.0, -10.0 + math.cos(a + 0.5) * 80.0),
                ],
            ),
            {"fill": "none", "stroke": style.OUTLINE, "stroke-width": "0.6", "opacity": "0.45"},
        )
    for sx in (-1.0, 1.0):
        d.inner(curve(f, [(sx * 80.0, 16.0), (sx * 84.0, -8.0), (sx * 80.0, -30.0)]))
    ellipse(d, "shading", f, (0.0, 88.0), 30.0, 6.0, style.shade_attrs(0.7))  # brow ridge
    # guides: the midline and the line over the ear tips
    guide = {"fill": "none", "stroke": style.LANDMARK, "stroke-width": "0.8", "stroke-dasharray": "2 3"}
    d.path("landmarks", curve(f, [(0.0, 95.0), (0.0, -96.0)]), guide)
    d.path("landmarks", curve(f, [(-74.0, -8.0), (74.0, -8.0)]), guide)
    lmk = d.landmark
    lmk("lm-anterior-hairline", f.p((0.0, 66.0)), "front hairline", dx=8, dy=-6)
    lmk("lm-glabella", f.p((0.0, 94.0)))
    lmk("lm-occiput", f.p((0.0, -96.0)), "back of the head", dx=8, dy=-8)
    lmk("lm-ear-apex-left", f.p((-76.0, -8.0)), "ear tip", dx=-8, dy=-8, anchor="end")
    lmk("lm-ear-apex-right", f.p((76.0, -8.0)), "ear tip", dx=8, dy=-8)
    # the picture is seen from above with the face up: the patient's right is on the viewer's right
    return d


def face() -> Drawing:
    """The face from the front: the patient's right is on the viewer's left (-x). Origin between the eyes."""
    d = Drawing("face", "The face", side="midline", facing="front")
    f = Frame(ox=300.0, oy=250.0, s=2.6)
    body = Body()
    body.add(Ellipse((0.0, 30.0), 74.0, 92.0), k=0)  # cranium and forehead
    body.add(Ellipse((0.0, -30.0), 64.0, 70.0), k=30.0)  # cheeks and jaw
    body.add(Capsule((-50.0, -45.0), (0.0, -100.0), 18.0, 22.0), k=25.0)  # right jaw line
    body.add(Capsule((50.0, -45.0), (0.0, -100.0), 18.0, 22.0), k=25.0)
    for sx in (-1.0, 1.0):
        body.add(Ellipse((sx * 74.0, -8.0), 10.0, 26.0, sx * 10.0), k=8.0)  # ears
    body.add(Capsule((0.0, -90.0), (0.0, -200.0), 48.0, 58.0), k=30.0)  # neck
    trace(d, body, f)
    hair = Body().add(Ellipse((0.0, 34.0), 76.0, 95.0), k=0).cut(Ellipse((0.0, -12.0), 66.0, 84.0), k=20.0)
    d.path("details", contour(hair, f, step=2.0, spacing=6.0), style.hair_attrs())
    brow = {"fill": "none", "stroke": "#8A6A58", "stroke-width": "3.2", "stroke-linecap": "round"}
    eye = {"fill": "#FFFFFF", "stroke": style.OUTLINE, "stroke-width": "1.0"}
    for sx in (-1.0, 1.0):
        d.path("details", curve(f, [(sx * 12.0, 8.0), (sx * 28.0, 13.0), (sx * 46.0, 12.0), (sx * 56.0, 6.0)]), brow)
        d.path(
            "details",
            curve(f, [(sx * 16.0, -6.0), (sx * 30.0, 1.0), (sx * 46.0, -4.0), (sx * 30.0, -10.0)], closed=True),
            eye,
        )
        ellipse(d, "details", f, (sx * 31.0, -4.5), 5.5, 5.5, {"fill": "#8A6A58", "stroke": "none"})
        d.crease(curve(f, [(sx * 18.0, 1.0), (sx * 30.0, 6.0), (sx * 44.0, 1.5)]), width=0.7)  # upper lid fold
        d.inner(curve(f, [(sx * 72.0, 8.0), (sx * 79.0, -2.0), (sx * 76.0, -22.0), (sx * 70.0, -30.0)]))
        d.crease(curve(f, [(sx * 14.0, -28.0), (sx * 22.0, -42.0), (sx * 26.0, -52.0)]), width=0.8)  # smile line
        bone(d, f, [(sx * 58.0, -40.0), (sx * 55.0, -60.0), (sx * 30.0, -88.0), (0.0, -96.0)], closed=False)
        bone(d, f, [(sx * 40.0, -12.0), (sx * 62.0, -14.0), (sx * 70.0, -6.0)], closed=False)  # zygomatic arch
    d.inner(
        curve(
            f, [(-4.0, -2.0), (-5.0, -20.0), (-10.0, -30.0), (-5.0, -35.0), (0.0, -33.0), (5.0, -35.0), (10.0, -30.0)]
        )
    )
    lips = {"fill": "#E5B7A3", "stroke": style.OUTLINE, "stroke-width": "0.9"}
    d.path(
        "details",
        curve(
            f,
            [(-22.0, -52.0), (-8.0, -47.0), (0.0, -48.5), (8.0, -47.0), (22.0, -52.0), (8.0, -60.0), (-8.0, -60.0)],
            closed=True,
        ),
        lips,
    )
    d.crease(curve(f, [(-21.0, -52.0), (0.0, -53.0), (21.0, -52.0)]), width=0.8)
    cun = 21.0  # mm per B-cun on this face [estimate]; placement uses the landmark scale below
    lmk = d.landmark
    lmk("lm-glabella", f.p((0.0, 10.0)))
    lmk("lm-anterior-hairline", f.p((0.0, 10.0 + GLABELLA_TO_HAIRLINE_CUN * cun)), "front hairline", dx=8, dy=-6)
    for sx, side, txt in ((-1.0, "right", True), (1.0, "left", False)):
        anchor = "end" if sx < 0 else "start"
        dx = -8.0 if sx < 0 else 8.0
        lmk(
            f"lm-brow-medial-{side}",
            f.p((sx * 12.0, 8.0)),
            "inner end of eyebrow" if txt else None,
            dx=-60,
            dy=-18,
            anchor="end",
        )
        lmk(f"lm-brow-lateral-{side}", f.p((sx * 56.0, 6.0)))
        lmk(f"lm-eye-outer-corner-{side}", f.p((sx * 46.0, -4.0)))
        lmk(f"lm-temple-{side}", f.p((sx * 66.0, 0.0)), "temple" if txt else None, dx=dx, dy=-10, anchor=anchor)
        lmk(
            f"lm-mandible-angle-{side}",
            f.p((sx * 56.0, -62.0)),
            "angle of the jaw" if txt else None,
            dx=dx,
            dy=14,
            anchor=anchor,
        )
        lmk(f"lm-nose-wing-{side}", f.p((sx * 10.0, -30.0)))
    return d
