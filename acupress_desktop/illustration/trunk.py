"""Lower back, hip and neck-shoulder views, modelled in millimetres.

Vertical positions follow the WHO 2008 B-cun where one exists (medial borders of the shoulder blades
6 B-cun apart; posterior hairline to C7 = 3 B-cun). Sizes are [estimate]s for an adult (hip breadth
about 34 cm, shoulder breadth about 39 cm, vertebra about 32 mm tall), checked by eye.
"""

from __future__ import annotations

from . import style
from .frame import Frame
from .kit import SIDES, bone, contour, curve, ellipse, on_side, trace
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing

SCAPULA_BORDERS_CUN = 6.0  # WHO 2008
HAIRLINE_TO_C7_CUN = 3.0  # WHO 2008
VERTEBRA = 32.0  # lumbar vertebra height incl. disc, mm [estimate]


def lower_back() -> Drawing:
    """Lower back and buttocks from behind (patient's right = viewer's right). Origin at L4."""
    drawing = Drawing("lower_back", "Lower back and buttocks from behind", side="midline", facing="back")
    frame = Frame(origin_x=300.0, origin_y=300.0, scale=1.12)
    trace(drawing, _lower_back_body(), frame)
    _draw_spine_and_sacrum(drawing, frame)
    for side_sign in SIDES:
        _draw_pelvis_and_buttock(drawing, frame, side_sign)
    drawing.inner(curve(frame, [(0.0, -95.0), (0.0, -160.0), (0.0, -215.0)]), layer="creases")  # gluteal cleft
    _lower_back_landmarks(drawing, frame)
    return drawing


def _lower_back_body() -> Body:
    body = Body()
    body.add(Capsule((0.0, 320.0), (0.0, 90.0), 158.0, 128.0), blend=0)
    body.add(Ellipse((0.0, -40.0), 168.0, 115.0), blend=60.0)  # pelvis and hips
    for side_sign in SIDES:
        body.add(Ellipse((side_sign * 82.0, -140.0), 96.0, 92.0), blend=50.0)  # buttocks
        body.add(Capsule((side_sign * 92.0, -170.0), (side_sign * 88.0, -420.0), 88.0, 72.0), blend=60.0)  # thighs
    return body


def _draw_spine_and_sacrum(drawing: Drawing, frame: Frame) -> None:
    """Spinous processes T9-L5 over the furrow of the spine, the sacrum and the coccyx."""
    for level in range(-1, 9):  # L5 (level -1) up to T9; L4 is the origin
        ellipse(drawing, "bones", frame, (0.0, level * VERTEBRA), 7.0, 10.0, style.bone_attrs())
    furrow = curve(frame, [(0.0, 260.0), (0.0, 120.0), (0.0, -20.0)])
    drawing.path("creases", furrow, {**style.crease_attrs(), "opacity": "0.6"})
    sacrum = [(-48.0, -30.0), (-44.0, -70.0), (-20.0, -110.0), (0.0, -118.0), (20.0, -110.0), (44.0, -70.0)]
    bone(drawing, frame, [*sacrum, (48.0, -30.0), (0.0, -22.0)])
    bone(drawing, frame, [(-6.0, -120.0), (0.0, -140.0), (6.0, -120.0)], closed=False)  # coccyx


def _draw_pelvis_and_buttock(drawing: Drawing, frame: Frame, side_sign: float) -> None:
    # iliac crest from the PSIS up and out, the ilium's outline, greater trochanter, femoral neck
    iliac_crest = [(40.0, -45.0), (55.0, -5.0), (95.0, 22.0), (140.0, 10.0), (158.0, -30.0)]
    bone(drawing, frame, on_side(side_sign, iliac_crest), closed=False)
    ellipse(drawing, "bones", frame, (side_sign * 158.0, -142.0), 17.0, 20.0, style.bone_attrs())
    femur = [(100.0, -105.0), (140.0, -128.0), (150.0, -175.0), (140.0, -260.0)]
    bone(drawing, frame, on_side(side_sign, femur), closed=False)
    # lower tips of the shoulder blades (for the 6 B-cun scale)
    scapula_tip = [(72.0, 330.0), (70.0, 285.0), (82.0, 262.0), (120.0, 300.0), (150.0, 335.0)]
    bone(drawing, frame, on_side(side_sign, scapula_tip), closed=False)
    # the buttock's round mass, dimples over the PSIS, gluteal fold, erector spinae
    drawing.shade(contour(Body().add(Ellipse((side_sign * 80.0, -150.0), 62.0, 58.0), blend=0), frame), 0.45)
    ellipse(drawing, "shading", frame, (side_sign * 40.0, -42.0), 7.0, 5.0, style.shade_attrs(0.9))
    gluteal_fold = [(18.0, -222.0), (70.0, -236.0), (130.0, -222.0)]
    drawing.crease(curve(frame, on_side(side_sign, gluteal_fold)), width=1.1)
    erector_spinae = [(40.0, 280.0), (44.0, 120.0), (36.0, 0.0), (26.0, -40.0)]
    drawing.path("muscles", curve(frame, on_side(side_sign, erector_spinae)), style.inner_attrs())


def _lower_back_landmarks(drawing: Drawing, frame: Frame) -> None:
    landmark = drawing.landmark
    landmark("lm-scapula-medial-left", frame.point((-72.0, 300.0)))
    landmark("lm-scapula-medial-right", frame.point((72.0, 300.0)))  # above the picture: the 6-cun scale
    landmark("lm-l2-spinous", frame.point((0.0, 2 * VERTEBRA)), "L2", dx=8, dy=4)
    landmark("lm-l4-spinous", frame.point((0.0, 0.0)), "L4 (level with the hip-bone tops)", dx=8, dy=16)
    landmark("lm-iliac-crest-top-left", frame.point((-100.0, 22.0)))
    landmark("lm-iliac-crest-top-right", frame.point((100.0, 22.0)), "top of the hip bone", dx=8, dy=-8)
    landmark("lm-psis-left", frame.point((-40.0, -45.0)))
    landmark("lm-psis-right", frame.point((40.0, -45.0)))
    landmark("lm-sacral-hiatus", frame.point((0.0, -104.0)), "lower end of the sacrum", dx=-10, dy=4, anchor="end")
    landmark("lm-greater-trochanter-left", frame.point((-158.0, -142.0)))
    trochanter = frame.point((158.0, -142.0))
    landmark("lm-greater-trochanter-right", trochanter, "greater trochanter", dx=-4, dy=34, anchor="end")


# Right hip and thigh from the side, millimetres, origin at the prominence of the greater trochanter,
# +x forward (the front of the body on the viewer's right), +y up. The silhouette is drawn as a
# profile [estimate]s for an adult: hip depth buttock-to-groin ~ 230 mm, waist depth ~ 175 mm, thigh
# depth ~ 185 mm below the buttock; the ASIS ~ 100 mm above and 70 mm in front of the trochanter, the
# top of the iliac crest ~ 170 mm above it, the sacral hiatus ~ 45 mm above it at the back.
HIP_PROFILE: tuple[tuple[float, float], ...] = (
    # the back, from the waist down: small of the back, buttock, gluteal fold, back of the thigh
    (-84.0, 345.0),
    (-84.0, 300.0),
    (-84.0, 250.0),
    (-81.0, 212.0),
    (-85.0, 178.0),
    (-95.0, 142.0),
    (-111.0, 102.0),
    (-125.0, 62.0),
    (-134.0, 22.0),
    (-136.0, -14.0),
    (-131.0, -50.0),
    (-121.0, -83.0),
    (-109.0, -108.0),
    (-101.0, -121.0),
    (-97.0, -138.0),
    (-93.0, -175.0),
    (-88.0, -225.0),
    (-85.0, -270.0),
    (-83.0, -330.0),
    (74.0, -330.0),
    (76.0, -270.0),
    # the front, from the thigh up: quadriceps, the fold of the groin, lower belly, waist
    (80.0, -220.0),
    (87.0, -150.0),
    (91.0, -80.0),
    (91.0, -25.0),
    (88.0, 15.0),
    (85.0, 42.0),
    (89.0, 72.0),
    (94.0, 108.0),
    (94.0, 150.0),
    (89.0, 195.0),
    (83.0, 240.0),
    (80.0, 300.0),
    (80.0, 345.0),
)


def hip_side() -> Drawing:
    """Right hip from the side: front of the body on the viewer's right. Origin at the trochanter."""
    drawing = Drawing("hip_side", "Side of the right hip", side="right", facing="lateral")
    frame = Frame(origin_x=300.0, origin_y=325.0, scale=1.15)
    drawing.set_outline([frame.point(p) for p in HIP_PROFILE])
    # soft modelling: the buttock's round mass
    drawing.shade(contour(Body().add(Ellipse((-86.0, -28.0), 42.0, 62.0), blend=0), frame), 0.55)
    # pelvis: iliac crest from the ASIS round to the PSIS, the ilium's front edge, sacrum and coccyx
    bone(
        drawing,
        frame,
        [(72.0, 102.0), (62.0, 134.0), (36.0, 161.0), (0.0, 172.0), (-40.0, 168.0), (-74.0, 150.0), (-97.0, 122.0)],
        closed=False,
    )
    bone(drawing, frame, [(72.0, 102.0), (66.0, 84.0), (62.0, 66.0), (50.0, 50.0)], closed=False)
    bone(drawing, frame, [(-97.0, 122.0), (-106.0, 96.0), (-116.0, 66.0), (-123.0, 40.0), (-124.0, 22.0)], closed=False)
    # greater trochanter and the femoral shaft below it
    bone(drawing, frame, [(-14.0, 18.0), (8.0, 24.0), (22.0, 6.0), (16.0, -22.0), (-10.0, -26.0), (-22.0, -4.0)])
    bone(drawing, frame, [(-10.0, -26.0), (-2.0, -120.0), (8.0, -270.0)], closed=False)
    bone(drawing, frame, [(16.0, -22.0), (24.0, -120.0), (32.0, -270.0)], closed=False)
    # the gluteal fold at the back
    drawing.crease(curve(frame, [(-128.0, -92.0), (-114.0, -112.0), (-96.0, -124.0), (-78.0, -128.0)]), width=1.1)
    landmark = drawing.landmark
    landmark("lm-asis", frame.point((72.0, 102.0)), "front hip bone (ASIS)", dx=36, dy=-10)
    landmark("lm-greater-trochanter", frame.point((0.0, 0.0)), "greater trochanter", dx=14, dy=34)
    landmark("lm-iliac-crest-top", frame.point((0.0, 172.0)), "top of the hip bone", dx=8, dy=-10)
    landmark("lm-sacral-hiatus", frame.point((-124.0, 45.0)), "lower sacrum", dx=-18, dy=4, anchor="end")
    return drawing


def neck_shoulder() -> Drawing:
    """Neck and shoulders from behind. Origin at the C7 spinous process."""
    drawing = Drawing("neck_shoulder", "Neck and shoulders from behind", side="midline", facing="back")
    frame = Frame(origin_x=300.0, origin_y=300.0, scale=1.3)
    cun = 25.0  # mm per B-cun on the neck [estimate]; the scale below is what placement uses
    hairline_y = HAIRLINE_TO_C7_CUN * cun
    trace(drawing, _neck_and_shoulders_body(), frame)
    _draw_back_hair(drawing, frame, hairline_y)
    # bones: C7, scapular spines and acromia, the occipital ridge
    ellipse(drawing, "bones", frame, (0.0, 0.0), 7.0, 9.0, style.bone_attrs())
    for side_sign in SIDES:
        _draw_shoulder_blade_and_neck_muscles(drawing, frame, side_sign)
    drawing.path("creases", curve(frame, [(0.0, -20.0), (0.0, -300.0)]), {**style.crease_attrs(), "opacity": "0.6"})
    bone(drawing, frame, [(-62.0, 104.0), (-30.0, 110.0), (0.0, 118.0), (30.0, 110.0), (62.0, 104.0)], closed=False)
    _neck_shoulder_landmarks(drawing, frame, hairline_y)
    return drawing


def _neck_and_shoulders_body() -> Body:
    body = Body()
    body.add(Ellipse((0.0, 175.0), 78.0, 105.0), blend=0)  # head
    body.add(Capsule((0.0, 110.0), (0.0, 0.0), 48.0, 58.0), blend=30.0)  # neck
    for side_sign in SIDES:
        body.add(Capsule((0.0, 10.0), (side_sign * 165.0, -25.0), 42.0, 34.0), blend=40.0)  # trapezius slope
        body.add(Ellipse((side_sign * 182.0, -60.0), 42.0, 58.0), blend=30.0)  # deltoid
        body.add(Ellipse((side_sign * 80.0, 170.0), 10.0, 20.0), blend=6.0)  # ear
    body.add(Capsule((0.0, -60.0), (0.0, -400.0), 175.0, 165.0), blend=60.0)  # upper back
    return body


def _draw_back_hair(drawing: Drawing, frame: Frame, hairline_y: float) -> None:
    """A cap of hair above the posterior hairline, with a few strands."""
    hair = (
        Body()
        .add(Ellipse((0.0, 178.0), 79.0, 104.0), blend=0)
        .cut(Capsule((-200.0, hairline_y - 40.0), (200.0, hairline_y - 40.0), 40.0, 40.0), blend=20.0)
    )
    drawing.path("details", contour(hair, frame, step=2.0, spacing=6.0), style.hair_attrs())
    strand = {"fill": "none", "stroke": style.OUTLINE, "stroke-width": "0.6", "opacity": "0.5"}
    for x in (-40.0, -15.0, 12.0, 38.0):
        drawing.path("details", curve(frame, [(x * 0.6, 250.0), (x, 180.0), (x * 1.15, hairline_y + 12.0)]), strand)


def _draw_shoulder_blade_and_neck_muscles(drawing: Drawing, frame: Frame, side_sign: float) -> None:
    """The scapular spine to the acromion, the blade's outline, the trapezius edge, sternocleidomastoid."""
    spine_of_scapula = [(75.0, -95.0), (120.0, -70.0), (172.0, -28.0), (186.0, -20.0)]
    bone(drawing, frame, on_side(side_sign, spine_of_scapula), closed=False)
    blade = [(75.0, -95.0), (78.0, -200.0), (100.0, -290.0), (160.0, -150.0), (170.0, -60.0)]
    bone(drawing, frame, on_side(side_sign, blade), closed=False)
    trapezius_edge = [(30.0, 115.0), (45.0, 50.0), (100.0, 5.0), (170.0, -25.0)]
    drawing.path("muscles", curve(frame, on_side(side_sign, trapezius_edge)), style.inner_attrs())
    sternocleidomastoid = [(62.0, 112.0), (55.0, 60.0), (40.0, 20.0)]  # seen from behind
    drawing.path("muscles", curve(frame, on_side(side_sign, sternocleidomastoid)), style.inner_attrs())


def _neck_shoulder_landmarks(drawing: Drawing, frame: Frame, hairline_y: float) -> None:
    landmark = drawing.landmark
    landmark("lm-c7", frame.point((0.0, 0.0)), "C7 (bump at the base of the neck)", dx=0, dy=46, anchor="middle")
    landmark("lm-posterior-hairline", frame.point((0.0, hairline_y)), "hairline", dx=8, dy=14)
    landmark("lm-occipital-protuberance", frame.point((0.0, 118.0)), "bump at the back of the skull", dx=8, dy=-10)
    landmark("lm-below-occiput", frame.point((0.0, 102.0)))
    landmark("lm-mastoid-left", frame.point((-64.0, 104.0)))
    landmark("lm-mastoid-right", frame.point((64.0, 104.0)), "bone behind the ear", dx=38, dy=4)
    landmark("lm-acromion-left", frame.point((-180.0, -22.0)))
    landmark("lm-acromion-right", frame.point((180.0, -22.0)), "shoulder tip", dx=-6, dy=-16, anchor="end")
