"""Top of the right foot (view ``foot_top``), modelled in millimetres from its metatarsals."""

from __future__ import annotations

from dataclasses import dataclass

from . import style
from .frame import Frame, local
from .geometry import Vec, add, lerp, line_intersection, mid, polar
from .kit import contour, curve, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing

# Right foot from above, toes up: the big toe is on the viewer's left. Millimetres, origin at the
# middle of the front of the ankle, +y towards the toes. The foot is ~ 15 % of body height (~ 250 mm
# for 168 cm); the front of the ankle lies ~ 60 mm in front of the heel, the toes (metatarsal head to
# tip) are about a quarter of the foot's length and the big toe is the broadest. The tarsus (navicular
# and cuneiforms) puts the metatarsal bases ~ 55 mm in front of the ankle; the 2nd base is set back
# between the cuneiforms (the "keystone") and the 2nd metatarsal is the longest. Metatarsal lengths
# (1st 63, 2nd 76, 3rd 71, 4th 68, 5th 65 mm) and toe lengths are [estimate]s within common
# adult anatomy-text ranges.


@dataclass(frozen=True)
class Metatarsal:
    """One metatarsal and its toe, in the model frame."""

    number: int  # 1 = the big toe's
    base: Vec
    angle: float  # degrees from +y towards +x
    length: float
    head_radius: float  # skin radius at the head
    toe_phalanges: tuple[float, ...]
    toe_half_width: float

    @property
    def head(self) -> Vec:
        return add(self.base, polar(self.angle, self.length))

    @property
    def toe_angle(self) -> float:
        return self.angle * 0.35  # toes point more forward than their metatarsals [estimate]

    def toe_joints(self) -> list[Vec]:
        """The head, then the end of each phalanx of the toe (the last is the tip)."""
        joints = [self.head]
        for phalanx in self.toe_phalanges:
            joints.append(add(joints[-1], polar(self.toe_angle, phalanx)))
        return joints

    @property
    def bone_radius(self) -> float:
        return self.head_radius * 0.45


METATARSALS = (
    Metatarsal(1, (-20.0, 57.0), -7.0, 63.0, 14.0, (30.0, 22.0), 12.5),
    Metatarsal(2, (-6.5, 53.0), -1.0, 76.0, 9.5, (21.0, 9.0, 7.0), 8.2),
    Metatarsal(3, (4.5, 53.5), 4.0, 71.0, 9.0, (18.0, 8.0, 6.0), 7.8),
    Metatarsal(4, (14.5, 51.0), 9.0, 68.0, 8.5, (15.5, 7.0, 5.5), 7.3),
    Metatarsal(5, (24.5, 46.0), 15.0, 65.0, 8.5, (12.0, 6.0, 5.0), 6.8),
)
FOOT_HEEL_BEHIND_ANKLE = 60.0  # [estimate]


def foot_top() -> Drawing:
    drawing = Drawing("foot_top", "Top of the right foot", side="right", facing="top")
    frame = Frame(origin_x=300.0, origin_y=482.0, scale=2.25)
    trace(drawing, _foot_top_body(), frame)
    for metatarsal, next_one in zip(METATARSALS, [*METATARSALS[1:], None], strict=True):
        _draw_metatarsal_and_toe(drawing, frame, metatarsal, next_one)
    drawing.crease(curve(frame, [(-30.0, 2.0), (0.0, 5.0), (30.0, 2.0)]), width=1.1)  # ankle front crease
    _foot_top_landmarks(drawing, frame)
    return drawing


def _foot_top_body() -> Body:
    body = Body()
    body.add(Capsule((0.0, -80.0), (0.0, 0.0), 33.0, 34.0), blend=0)  # leg and ankle
    body.add(Ellipse((2.0, 25.0), 42.0, 36.0), blend=25.0)  # tarsus (instep)
    for metatarsal in METATARSALS:
        radius = metatarsal.head_radius
        base, head, joints = metatarsal.base, metatarsal.head, metatarsal.toe_joints()
        body.add(Capsule(base, head, radius + 3.0, radius), blend=16.0)
        half_width = metatarsal.toe_half_width
        body.add(Capsule(head, joints[1], half_width + 1.0, half_width), blend=5.0)
        body.add(Capsule(joints[1], joints[-1], half_width, half_width * 0.92), blend=1.5)
    return body


def _web(first: list[Vec], second: list[Vec]) -> Vec:
    """The web between two toes, given each toe's joints (head first)."""
    return mid(lerp(first[0], first[1], 0.45), lerp(second[0], second[1], 0.45))


def _draw_metatarsal_and_toe(
    drawing: Drawing, frame: Frame, metatarsal: Metatarsal, next_one: Metatarsal | None
) -> None:
    """The bone, the toenail, the extensor tendon to the toe, and the cleft to the next toe."""
    base, head, joints = metatarsal.base, metatarsal.head, metatarsal.toe_joints()
    radius = metatarsal.bone_radius
    drawing.bone(
        contour(
            Body()
            .add(Capsule(base, head, radius * 0.7, radius * 0.7), blend=0)
            .add(Ellipse(head, radius * 1.2, radius * 1.35), blend=2.0)
            .add(Ellipse(base, radius * 1.3, radius * 1.2), blend=2.0),
            frame,
        )
    )
    half_width = metatarsal.toe_half_width
    tip, toe_angle = joints[-1], metatarsal.toe_angle
    nail_half_width = half_width * (0.62 if metatarsal.number == 1 else 0.55)
    nail = [
        local(tip, toe_angle, -nail_half_width, -half_width * 1.35),
        local(tip, toe_angle, -nail_half_width, -half_width * 0.45),
        local(tip, toe_angle, 0.0, -half_width * 0.05),
        local(tip, toe_angle, nail_half_width, -half_width * 0.45),
        local(tip, toe_angle, nail_half_width, -half_width * 1.35),
    ]
    drawing.path("details", curve(frame, nail, closed=True), style.nail_attrs())
    drawing.tendon(curve(frame, [(base[0] * 0.4, -10.0), lerp(base, head, 0.3), head, lerp(joints[0], joints[1], 0.8)]))
    if next_one is not None:
        next_joints = next_one.toe_joints()
        cleft_end = mid(lerp(joints[1], joints[-1], 0.7), lerp(next_joints[1], next_joints[-1], 0.7))
        drawing.inner(curve(frame, [_web(joints, next_joints), mid(joints[1], next_joints[1]), cleft_end]))


def _foot_top_landmarks(drawing: Drawing, frame: Frame) -> None:
    landmark = drawing.landmark
    first, second, third = METATARSALS[0], METATARSALS[1], METATARSALS[2]
    first_edge = local(first.base, first.angle, first.bone_radius, 0.0)
    second_edge = local(second.base, second.angle, -second.bone_radius, 0.0)
    junction = line_intersection(first_edge, polar(first.angle), second_edge, polar(second.angle))
    landmark("lm-mt12-junction", frame.point(junction), "bases of 1st and 2nd metatarsals", dx=-12, dy=20, anchor="end")
    for metatarsal in (first, second, third):
        landmark(f"lm-mt{metatarsal.number}-head", frame.point(metatarsal.head))
    landmark(
        "lm-web-12",
        frame.point(_web(first.toe_joints(), second.toe_joints())),
        "web between big and 2nd toe",
        dx=-14,
        dy=-10,
        anchor="end",
    )
    landmark("lm-web-23", frame.point(_web(second.toe_joints(), third.toe_joints())))
    landmark("lm-mt23-base-gap", frame.point(mid(second.base, third.base)))
    landmark("lm-ankle-front-mid", frame.point((0.0, 3.0)), "front of the ankle", dx=10, dy=18)
