"""The inner (palmar) side of the right forearm, modelled in millimetres.

WHO 2008: elbow (cubital) crease to wrist crease = 12 B-cun. The forearm length ~ 250 mm and
breadths are [estimate]s for an adult. Palm facing the viewer with the hand up: the thumb is on the
viewer's right (+x).
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .kit import bone, contour, curve, ellipse, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing

ELBOW_TO_WRIST_CUN = 12.0  # WHO 2008
FOREARM_LEN = 250.0  # mm [estimate]


def forearm_inner() -> Drawing:
    d = Drawing("forearm_inner", "Inner side of the right forearm", side="right", facing="palmar")
    f = Frame(ox=300.0, oy=150.0, s=1.55)
    body = Body()
    body.add(Capsule((0.0, -FOREARM_LEN - 80.0), (0.0, -FOREARM_LEN), 44.0, 42.0), k=0)  # upper arm
    body.add(Capsule((0.0, -FOREARM_LEN), (0.0, 0.0), 42.0, 28.0), k=20.0)
    body.add(Ellipse((4.0, -175.0), 46.0, 70.0), k=30.0)  # forearm muscles near the elbow
    body.add(Capsule((0.0, 0.0), (0.0, 20.0), 28.0, 34.0), k=10.0)
    body.add(Ellipse((0.0, 55.0), 40.0, 45.0), k=20.0)  # palm
    body.add(Ellipse((22.0, 35.0), 19.0, 30.0, 25.0), k=12.0)  # thenar eminence (thumb side)
    body.add(Ellipse((-22.0, 40.0), 16.0, 32.0), k=12.0)  # hypothenar
    body.add(Capsule((30.0, 45.0), (55.0, 95.0), 14.0, 11.0), k=10.0)  # thumb
    for x, r in ((-27.0, 8.0), (-9.0, 9.0), (9.0, 9.5), (27.0, 9.0)):
        body.add(Capsule((x * 0.9, 80.0), (x * 1.05, 140.0), r + 1.0, r), k=8.0)  # fingers, cut by the edge
    trace(d, body, f)
    # bones: radius (thumb side) and ulna
    bone(d, f, [(12.0, -FOREARM_LEN + 20.0), (14.0, -120.0), (20.0, -15.0), (30.0, 0.0)], closed=False)
    bone(d, f, [(-14.0, -FOREARM_LEN + 10.0), (-16.0, -120.0), (-22.0, -10.0)], closed=False)
    ellipse(d, "bones", f, (-22.0, 6.0), 5.0, 5.0, style.bone_attrs())  # pisiform
    # tendons: flexor carpi ulnaris, palmaris longus, flexor carpi radialis
    d.tendon(curve(f, [(-26.0, -110.0), (-25.0, -50.0), (-23.0, 0.0), (-22.0, 6.0)]))
    d.tendon(curve(f, [(-1.0, -110.0), (-1.0, -50.0), (0.0, 0.0), (0.0, 25.0)]))
    d.tendon(curve(f, [(13.0, -110.0), (11.0, -50.0), (10.0, 0.0), (14.0, 18.0)]))
    d.path("muscles", curve(f, [(-30.0, -220.0), (-20.0, -150.0), (-3.0, -112.0)]), style.inner_attrs())
    d.path("muscles", curve(f, [(35.0, -220.0), (22.0, -150.0), (13.0, -112.0)]), style.inner_attrs())
    d.shade(contour(Body().add(Ellipse((22.0, 35.0), 15.0, 24.0, 25.0), k=0), f), 0.6)
    d.shade(contour(Body().add(Ellipse((-22.0, 40.0), 12.0, 26.0), k=0), f), 0.6)
    # creases: wrist, palm, elbow
    d.crease(curve(f, [(-27.0, 0.0), (0.0, -1.0), (27.0, 0.0)]), width=1.2)
    d.crease(curve(f, [(-26.0, -8.0), (0.0, -9.0), (26.0, -8.0)]), width=0.8)
    d.crease(curve(f, [(16.0, 85.0), (8.0, 60.0), (8.0, 35.0), (4.0, 15.0)]))  # thenar crease
    d.crease(curve(f, [(-38.0, 75.0), (-10.0, 82.0), (12.0, 92.0)]))  # distal transverse crease
    d.crease(curve(f, [(-36.0, 60.0), (-5.0, 62.0), (22.0, 75.0)]))  # proximal transverse crease
    d.crease(curve(f, [(-36.0, -FOREARM_LEN), (0.0, -FOREARM_LEN - 4.0), (36.0, -FOREARM_LEN)]), width=1.2)
    ellipse(d, "shading", f, (-2.0, -FOREARM_LEN + 8.0), 14.0, 8.0, style.shade_attrs(0.8))
    lmk = d.landmark
    lmk("lm-wrist-crease-mid", f.p((0.0, -1.0)), "wrist crease", dx=-40, dy=-6, anchor="end")
    lmk("lm-wrist-crease-pl-fcr", f.p((5.0, -1.0)))
    lmk("lm-palmaris-longus", f.p((-1.0, -60.0)), "palmaris longus tendon", dx=-12, dy=4, anchor="end")
    lmk("lm-flexor-carpi-radialis", f.p((11.0, -60.0)), "flexor carpi radialis tendon", dx=12, dy=4)
    lmk("lm-fcu-tendon", f.p((-23.0, -20.0)), "flexor carpi ulnaris tendon", dx=-12, dy=4, anchor="end")
    lmk("lm-wrist-crease-fcu-radial", f.p((-19.0, -0.6)))
    lmk("lm-pisiform", f.p((-22.0, 6.0)))
    lmk("lm-cubital-crease-mid", f.p((0.0, -FOREARM_LEN - 2.0)), "elbow crease", dx=8, dy=16)
    return d
