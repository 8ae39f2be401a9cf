"""The back of the right hand (view ``hand_dorsal``), drawn over the bones of ``hand_bones``.

The model frame is the one ``hand_bones`` describes: millimetres, origin at the middle of the dorsal
wrist crease, +y towards the fingertips, +x towards the little finger.
"""

from __future__ import annotations

import math

from . import style
from .frame import Frame, local
from .geometry import Vec, add, dist, lerp, line_intersection, mid, polar, sub, unit
from .hand_bones import WRIST_BREADTH, Ray, build_rays
from .hand_skin import finger_radii, hand_body
from .kit import trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing, catmull_rom, quad

FINGERS = ("index", "middle", "ring", "little")
METACARPAL_NUMBER = {"thumb": 1, "index": 2, "middle": 3, "ring": 4, "little": 5}
CARPUS_OUTLINE: tuple[Vec, ...] = (
    (-24.0, 8.0),
    (-20.0, 15.0),
    (-12.0, 20.0),
    (0.0, 22.5),
    (12.0, 21.5),
    (21.0, 17.0),
    (24.0, 8.0),
    (20.0, -4.0),
    (6.0, -7.0),
    (-8.0, -7.0),
    (-19.0, -4.0),
)
MIDCARPAL_LINE: tuple[Vec, ...] = ((-23.0, 7.0), (-12.0, 8.5), (0.0, 8.5), (12.0, 8.0), (23.0, 6.0))


def bone_path(start: Vec, end: Vec, shaft_radius: float, start_radius: float, end_radius: float, frame: Frame) -> str:
    """A long bone as a dashed silhouette: a shaft with a knob at each end."""
    canvas_start, canvas_end = frame.point(start), frame.point(end)
    axis = unit(sub(canvas_end, canvas_start))
    start_knob = add(
        canvas_start, (axis[0] * frame.length(start_radius) * 0.55, axis[1] * frame.length(start_radius) * 0.55)
    )
    end_knob = sub(canvas_end, (axis[0] * frame.length(end_radius) * 0.55, axis[1] * frame.length(end_radius) * 0.55))
    axis_angle = math.degrees(math.atan2(axis[1], axis[0]))
    body = Body()
    body.add(Capsule(canvas_start, canvas_end, frame.length(shaft_radius), frame.length(shaft_radius)), blend=0)
    body.add(
        Ellipse(start_knob, frame.length(start_radius) * 0.8, frame.length(start_radius), axis_angle),
        blend=frame.length(3.0),
    )
    body.add(
        Ellipse(end_knob, frame.length(end_radius) * 0.8, frame.length(end_radius), axis_angle), blend=frame.length(3.0)
    )
    xs = [canvas_start[0], canvas_end[0]]
    ys = [canvas_start[1], canvas_end[1]]
    margin = frame.length(max(start_radius, end_radius)) + 6
    outline = body.outline(
        (min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin), step=1.0, spacing=4.0
    )
    return catmull_rom(outline, closed=True)


def nail_path(ray: Ray, frame: Frame) -> str:
    joints = ray.joints()
    dip, tip = joints[-2], joints[-1]
    last_segment = dist(dip, tip)
    half_width = ray.breadth * (0.28 if ray.name != "thumb" else 0.24)
    angle = ray.finger_angle
    offset = -ray.breadth * 0.12 if ray.name == "thumb" else 0.0  # the thumb nail is seen turned
    base = last_segment * 0.38
    end = last_segment + 1.2
    outline = [
        local(dip, angle, offset - half_width, base + 1.0),
        local(dip, angle, offset - half_width * 1.02, end - half_width * 0.9),
        local(dip, angle, offset - half_width * 0.6, end - half_width * 0.15),
        local(dip, angle, offset, end),
        local(dip, angle, offset + half_width * 0.6, end - half_width * 0.15),
        local(dip, angle, offset + half_width * 1.02, end - half_width * 0.9),
        local(dip, angle, offset + half_width, base + 1.0),
        local(dip, angle, offset, base - 1.2),
    ]
    return catmull_rom([frame.point(point) for point in outline], closed=True)


def hand_dorsal(frame: Frame | None = None) -> Drawing:
    rays = build_rays()
    frame = frame or Frame(origin_x=327.0, origin_y=478.0, scale=2.55)
    drawing = Drawing("hand_dorsal", "Back of the right hand", side="right", facing="dorsal")
    trace(drawing, hand_body(rays), frame)  # built in model mm, traced on the canvas grid
    _shade_first_web(drawing, frame, rays)
    _draw_bones(drawing, frame, rays)
    _draw_tendons(drawing, frame, rays)
    for name in FINGERS:
        _draw_finger_surface(drawing, frame, rays[name])
    _draw_thumb_surface(drawing, frame, rays["thumb"])
    _draw_wrist_crease(drawing, frame)
    _mark_landmarks(drawing, frame, rays)
    return drawing


def _shade_first_web(drawing: Drawing, frame: Frame, rays: dict[str, Ray]) -> None:
    """The bulge of the first dorsal interosseous muscle between thumb and index metacarpals."""
    thumb, index = rays["thumb"], rays["index"]
    web = lerp(lerp(thumb.mc_base, thumb.mc_head, 0.6), lerp(index.mc_base, index.mc_head, 0.45), 0.55)
    centre = frame.point(web)
    drawing.element(
        "shading",
        "ellipse",
        {
            "cx": f"{centre[0]:.1f}",
            "cy": f"{centre[1]:.1f}",
            "rx": f"{frame.length(8):.1f}",
            "ry": f"{frame.length(13):.1f}",
            "transform": f"rotate(-30 {centre[0]:.1f} {centre[1]:.1f})",
            **style.shade_attrs(0.55),
        },
    )


def _draw_bones(drawing: Drawing, frame: Frame, rays: dict[str, Ray]) -> None:
    """Distal radius and ulna, then the carpus as a faint rounded block, then the rays."""
    drawing.bone(bone_path((-14.0, -80.0), (-13.0, -6.0), 8.0, 8.0, 13.0, frame))
    drawing.bone(bone_path((16.0, -80.0), (15.0, -8.0), 5.5, 5.5, 8.0, frame))
    drawing.bone(catmull_rom([frame.point(point) for point in CARPUS_OUTLINE], closed=True))
    drawing.bone(catmull_rom([frame.point(point) for point in MIDCARPAL_LINE], False))
    for ray in rays.values():
        head_radius = ray.mc_radius * 1.6
        drawing.bone(bone_path(ray.mc_base, ray.mc_head, ray.mc_radius * 0.9, ray.mc_radius * 1.6, head_radius, frame))
        joints = ray.joints()
        shaft = ray.breadth * 0.2
        for i in range(len(joints) - 1):
            last = i == len(joints) - 2
            drawing.bone(
                bone_path(
                    joints[i],
                    joints[i + 1],
                    shaft * (0.75 if last else 0.95),
                    shaft * 1.3,
                    shaft * (1.05 if last else 1.2),
                    frame,
                )
            )


def _draw_tendons(drawing: Drawing, frame: Frame, rays: dict[str, Ray]) -> None:
    """Extensor digitorum fans out from the wrist; the two thumb extensors frame the snuffbox."""
    for name in FINGERS:
        ray = rays[name]
        joints = ray.joints()
        start = (ray.mc_base[0] * 0.35 + 1.0, -22.0)
        control = lerp(ray.mc_base, ray.mc_head, 0.2)
        drawing.tendon(quad(frame.point(start), frame.point(control), frame.point(ray.mc_head)))
        drawing.tendon(
            quad(
                frame.point(ray.mc_head),
                frame.point(lerp(joints[0], joints[1], 0.5)),
                frame.point(lerp(joints[0], joints[1], 0.95)),
            )
        )
    thumb = rays["thumb"]
    long_extensor = [
        (-8.0, -22.0),
        (-10.0, -2.0),
        lerp(thumb.mc_base, thumb.mc_head, 0.45),
        thumb.mc_head,
        lerp(thumb.joints()[0], thumb.joints()[1], 0.9),
    ]
    short_extensor = [
        (-22.0, -22.0),
        (-25.0, 2.0),
        local(lerp(thumb.mc_base, thumb.mc_head, 0.5), thumb.mc_angle, -4.0, 0.0),
        local(thumb.mc_head, thumb.mc_angle, -3.0, 0.0),
    ]
    drawing.tendon(catmull_rom([frame.point(point) for point in long_extensor], False))
    drawing.tendon(catmull_rom([frame.point(point) for point in short_extensor], False))


def _joint_wrinkles(
    frame: Frame, ray: Ray, joint: Vec, wrinkles: tuple[tuple[float, float], ...], ends_back: float, middle_up: float
) -> list[str]:
    """Wrinkles over one finger joint, each given as (share of the half-breadth, distance along the
    finger); a wrinkle's ends sit ``ends_back`` towards the wrist, its middle ``middle_up`` towards the tip."""
    half_width = ray.breadth / 2
    angle = ray.finger_angle
    return [
        quad(
            frame.point(local(joint, angle, -half_width * share, along_ - ends_back)),
            frame.point(local(joint, angle, 0.0, along_ + middle_up)),
            frame.point(local(joint, angle, half_width * share, along_ - ends_back)),
        )
        for share, along_ in wrinkles
    ]


def _draw_finger_surface(drawing: Drawing, frame: Frame, ray: Ray) -> None:
    """A finger's knuckle, the wrinkles over its two joints, and its nail."""
    joints = ray.joints()
    angle = ray.finger_angle
    head_radius = ray.mc_radius * 1.6
    knuckle = [
        (-head_radius, head_radius * 0.15),
        (-head_radius * 0.55, head_radius * 0.85),
        (0.0, head_radius * 1.02),
        (head_radius * 0.55, head_radius * 0.85),
        (head_radius, head_radius * 0.15),
    ]
    drawing.inner(
        catmull_rom([frame.point(local(joints[0], angle, across, along_)) for across, along_ in knuckle], False),
        layer="creases",
    )
    for wrinkle in _joint_wrinkles(frame, ray, joints[1], ((0.55, -2.2), (0.7, 0.0), (0.5, 2.2)), 0.6, 0.9):
        drawing.crease(wrinkle)  # over the middle joint
    for wrinkle in _joint_wrinkles(frame, ray, joints[2], ((0.45, -0.8), (0.35, 1.0)), 0.4, 0.5):
        drawing.crease(wrinkle, width=0.7)  # over the end joint
    drawing.path("details", nail_path(ray, frame), style.nail_attrs())


def _draw_thumb_surface(drawing: Drawing, frame: Frame, thumb: Ray) -> None:
    for wrinkle in _joint_wrinkles(frame, thumb, thumb.joints()[1], ((0.5, -1.5), (0.65, 0.6)), 0.5, 0.8):
        drawing.crease(wrinkle)
    drawing.path("details", nail_path(thumb, frame), style.nail_attrs())


def _draw_wrist_crease(drawing: Drawing, frame: Frame) -> None:
    """The dorsal wrist crease: a gentle curve across the wrist, slightly convex towards the hand."""
    half = WRIST_BREADTH / 2
    crease = [(-half + 3.0, 0.5), (-half * 0.4, 1.6), (half * 0.3, 1.4), (half - 3.0, 0.0)]
    drawing.crease(catmull_rom([frame.point(point) for point in crease], False), width=1.1)


def _mark_landmarks(drawing: Drawing, frame: Frame, rays: dict[str, Ray]) -> None:
    landmark = drawing.landmark
    half = WRIST_BREADTH / 2
    landmark("lm-wrist-crease-radial", frame.point((-half, 0.0)))
    landmark("lm-wrist-crease-ulnar", frame.point((half, 0.0)))
    landmark("lm-wrist-crease-mid", frame.point((0.0, 0.0)), "wrist crease", dx=-24, dy=14)
    for name, number in METACARPAL_NUMBER.items():
        ray = rays[name]
        landmark(f"lm-mc{number}-base", frame.point(ray.mc_base))
        landmark(f"lm-mc{number}-head", frame.point(ray.mc_head), "knuckles" if number == 5 else None, dx=14, dy=-6)
    # bone surfaces of the 2nd (radial side) and 5th (ulnar side) metacarpal shafts
    for name, number, sign, tag in (("index", 2, -1.0, "radial"), ("little", 5, 1.0, "ulnar")):
        ray = rays[name]
        surface = sign * (ray.mc_radius + 1.0)
        landmark(f"lm-mc{number}-base-{tag}", frame.point(local(ray.mc_base, ray.mc_angle, surface, ray.mc_len * 0.12)))
        landmark(f"lm-mc{number}-neck-{tag}", frame.point(local(ray.mc_base, ray.mc_angle, surface, ray.mc_len * 0.84)))
    # where the facing edges of the 1st and 2nd metacarpals meet (the apex of the V)
    thumb, index = rays["thumb"], rays["index"]
    thumb_edge = local(thumb.mc_base, thumb.mc_angle, thumb.mc_radius, 0.0)
    index_edge = local(index.mc_base, index.mc_angle, -index.mc_radius, 0.0)
    junction = line_intersection(thumb_edge, polar(thumb.mc_angle), index_edge, polar(index.mc_angle))
    landmark("lm-mc12-junction", frame.point(junction), "1st/2nd metacarpal bases", dx=-12, dy=16, anchor="end")
    # gaps between metacarpals 2/3 and 4/5: the line through the middle of their bases and heads,
    # where it meets the wrist crease, and the middle of the two knuckles
    for first_name, second_name, tag in (("index", "middle", "23"), ("ring", "little", "45")):
        first, second = rays[first_name], rays[second_name]
        gap_base, gap_head = mid(first.mc_base, second.mc_base), mid(first.mc_head, second.mc_head)
        on_wrist_crease = line_intersection(gap_base, sub(gap_head, gap_base), (0.0, 0.0), (1.0, 0.0))
        landmark(f"lm-wrist-{tag}", frame.point(on_wrist_crease))
        landmark(f"lm-knuckle-{tag}", frame.point(gap_head))
    # the thumb's breadth at its interphalangeal joint: the hand's own 1 B-cun
    thumb_ip = thumb.joints()[1]
    ip_half_breadth = finger_radii(thumb)[1]
    landmark("lm-thumb-ip-radial", frame.point(local(thumb_ip, thumb.finger_angle, -ip_half_breadth, 0.0)))
    landmark(
        "lm-thumb-ip-ulnar", frame.point(local(thumb_ip, thumb.finger_angle, ip_half_breadth, 0.0)), "1 cun", dx=6, dy=4
    )
