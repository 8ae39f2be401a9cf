"""The inner (palmar) side of the right forearm and hand, modelled in millimetres.

WHO 2008: elbow (cubital) crease to wrist crease = 12 B-cun. The forearm length ~ 250 mm and
breadths are [estimate]s for an adult. Palm facing the viewer with the fingers up: the thumb is on the
viewer's right (+x). The hand is the model of ``hand_bones`` and ``hand_skin`` (drawn from the back in
``hand_dorsal``) seen from the other side, i.e. mirrored, so both views show the same hand; the palm
gets its creases and pads.
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .geometry import Vec, lerp, polar
from .hand_bones import Ray, build_rays
from .hand_skin import finger_radii, hand_body
from .kit import bone, contour, curve, ellipse, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing

ELBOW_TO_WRIST_CUN = 12.0  # WHO 2008
FOREARM_LEN = 250.0  # mm [estimate]


def _mirrored(body: Body) -> Body:
    """The same solids seen from the other side: x -> -x (the hand model's +x is ulnar, here it is radial)."""
    out = Body()
    for operation, prim, blend in body.ops:
        if isinstance(prim, Capsule):
            start, end = (-prim.start[0], prim.start[1]), (-prim.end[0], prim.end[1])
            mirrored: Capsule | Ellipse = Capsule(start, end, prim.start_radius, prim.end_radius)
        else:
            mirrored = Ellipse((-prim.centre[0], prim.centre[1]), prim.rx, prim.ry, -prim.angle)
        out.ops.append((operation, mirrored, blend))
    return out


def _seen_from_palm(point: Vec) -> Vec:
    return (-point[0], point[1])


def _finger_creases(drawing: Drawing, frame: Frame, ray: Ray) -> None:
    """Palmar flexion creases across a digit: at its base, at each interphalangeal joint."""
    joints = [_seen_from_palm(joint) for joint in ray.joints()]
    radii = finger_radii(ray)
    angle = -ray.finger_angle
    across = polar(angle + 90.0)
    if ray.name == "thumb":
        spots = [(lerp(joints[0], joints[1], 0.15), radii[0] * 0.8), (joints[1], radii[1] * 0.85)]
    else:
        spots = [
            (lerp(joints[0], joints[1], 0.42), radii[0] * 0.85),
            (joints[1], radii[1] * 0.85),
            (joints[2], radii[2] * 0.8),
        ]
    for centre, half_width in spots:
        one_end = (centre[0] - across[0] * half_width, centre[1] - across[1] * half_width)
        other_end = (centre[0] + across[0] * half_width, centre[1] + across[1] * half_width)
        sag = polar(angle, -1.0)
        drawing.crease(curve(frame, [one_end, (centre[0] + sag[0], centre[1] + sag[1]), other_end]), width=0.7)


def forearm_inner() -> Drawing:
    drawing = Drawing("forearm_inner", "Inner side of the right forearm", side="right", facing="palmar")
    frame = Frame(origin_x=300.0, origin_y=246.0, scale=1.2)
    rays = build_rays()
    body = Body()
    body.add(Capsule((0.0, -FOREARM_LEN - 80.0), (0.0, -FOREARM_LEN), 44.0, 42.0), blend=0)  # upper arm
    body.add(Capsule((0.0, -FOREARM_LEN), (0.0, 0.0), 42.0, 28.0), blend=20.0)
    body.add(Ellipse((4.0, -175.0), 46.0, 70.0), blend=30.0)  # forearm muscles near the elbow
    for operation, prim, blend in _mirrored(hand_body(rays)).ops:
        body.ops.append((operation, prim, blend))
    trace(drawing, body, frame)
    thumb = rays["thumb"]
    thumb_base, thumb_head = _seen_from_palm(thumb.mc_base), _seen_from_palm(thumb.mc_head)
    # bones: radius (thumb side) and ulna
    bone(drawing, frame, [(12.0, -FOREARM_LEN + 20.0), (14.0, -120.0), (20.0, -15.0), (30.0, 0.0)], closed=False)
    bone(drawing, frame, [(-14.0, -FOREARM_LEN + 10.0), (-16.0, -120.0), (-22.0, -10.0)], closed=False)
    ellipse(drawing, "bones", frame, (-22.0, 6.0), 5.0, 5.0, style.bone_attrs())  # pisiform
    # tendons: flexor carpi ulnaris, palmaris longus, flexor carpi radialis
    drawing.tendon(curve(frame, [(-26.0, -110.0), (-25.0, -50.0), (-23.0, 0.0), (-22.0, 6.0)]))
    drawing.tendon(curve(frame, [(-1.0, -110.0), (-1.0, -50.0), (0.0, 0.0), (0.0, 14.0)]))
    drawing.tendon(curve(frame, [(13.0, -110.0), (11.0, -50.0), (10.0, 0.0), (14.0, 14.0)]))
    drawing.path("muscles", curve(frame, [(-30.0, -220.0), (-20.0, -150.0), (-3.0, -112.0)]), style.inner_attrs())
    drawing.path("muscles", curve(frame, [(35.0, -220.0), (22.0, -150.0), (13.0, -112.0)]), style.inner_attrs())
    # the heel of the hand: thenar (thumb) and hypothenar eminences
    thenar = lerp(thumb_base, thumb_head, 0.45)
    drawing.shade(
        contour(Body().add(Ellipse((thenar[0] - 12.0, thenar[1] + 2.0), 14.0, 23.0, -28.0), blend=0), frame), 0.7
    )
    drawing.shade(contour(Body().add(Ellipse((-24.0, 38.0), 11.0, 27.0, -8.0), blend=0), frame), 0.6)
    # creases: wrist, palm (thenar, proximal and distal transverse), fingers, elbow
    drawing.crease(curve(frame, [(-27.0, 0.0), (0.0, -1.0), (27.0, 0.0)]), width=1.2)
    drawing.crease(curve(frame, [(-26.0, -8.0), (0.0, -9.0), (26.0, -8.0)]), width=0.8)
    drawing.crease(curve(frame, [(28.0, 62.0), (14.0, 52.0), (8.0, 32.0), (5.0, 12.0)]))  # thenar crease
    drawing.crease(curve(frame, [(28.0, 63.0), (8.0, 62.0), (-16.0, 55.0), (-34.0, 46.0)]))  # proximal transverse
    drawing.crease(curve(frame, [(-42.0, 60.0), (-22.0, 68.0), (-2.0, 72.0), (14.0, 80.0)]))  # distal transverse
    for name in ("thumb", "index", "middle", "ring", "little"):
        _finger_creases(drawing, frame, rays[name])
    drawing.crease(curve(frame, [(-36.0, -FOREARM_LEN), (0.0, -FOREARM_LEN - 4.0), (36.0, -FOREARM_LEN)]), width=1.2)
    ellipse(drawing, "shading", frame, (-2.0, -FOREARM_LEN + 8.0), 14.0, 8.0, style.shade_attrs(0.8))
    landmark = drawing.landmark
    landmark("lm-wrist-crease-mid", frame.point((0.0, -1.0)), "wrist crease", dx=-44, dy=4, anchor="end")
    landmark("lm-wrist-crease-pl-fcr", frame.point((5.0, -1.0)))
    landmark("lm-palmaris-longus", frame.point((-1.0, -60.0)), "palmaris longus tendon", dx=-46, dy=4, anchor="end")
    landmark("lm-flexor-carpi-radialis", frame.point((11.0, -60.0)), "flexor carpi radialis tendon", dx=44, dy=4)
    landmark("lm-fcu-tendon", frame.point((-23.0, -24.0)), "flexor carpi ulnaris tendon", dx=-20, dy=4, anchor="end")
    landmark("lm-wrist-crease-fcu-radial", frame.point((-19.0, -0.6)))
    landmark("lm-pisiform", frame.point((-22.0, 6.0)))
    landmark("lm-cubital-crease-mid", frame.point((0.0, -FOREARM_LEN - 2.0)), "elbow crease", dx=8, dy=16)
    return drawing
