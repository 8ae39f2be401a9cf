"""The back of the right hand, built from its bones.

Model frame: millimetres, origin at the middle of the dorsal wrist crease, +y towards the fingertips,
+x towards the little finger (ulnar). Seen from the back with the fingers up, a right hand has its
thumb on the viewer's left, which is -x here, so the model needs no mirroring.

Numbers carry their source. "[estimate]" marks a number chosen to look right that has no citation;
each such number is checked by eye in the rendered view and kept within the spread of the sources.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from . import style
from .frame import Frame, local
from .geometry import Vec, add, dist, lerp, line_intersection, mid, polar, sub, unit
from .softbody import Body, Capsule, Ellipse
from .svg import Drawing, catmull_rom, quad

# --- published proportions -------------------------------------------------------------------------
# Metacarpal lengths. MC1 and MC2: Soto, Olave & Binvignat, "Biometric characteristics of the
# metacarpal bones in Chilean individuals", Int J Morphol (52 hands, radiographs): men 40.9 and 60.8 mm.
MC1_LEN = 40.9
MC2_LEN = 60.8
# The order 2nd > 3rd > 4th > 5th > 1st (Reddy et al., Indian J Plast Surg 2024;57:270, CT of 100
# hands). The ratios to MC2 are [estimate]s chosen inside that order; MC5 is then checked against the
# "metacarpal sign" (the head of MC5 ends within 2 mm of the line through the heads of MC3 and MC4,
# radiology teaching; see tests/illustration/test_hand_model.py).
MC3_LEN = MC2_LEN * 0.95
MC4_LEN = MC2_LEN * 0.86
MC5_LEN = MC2_LEN * 0.82

# Surface finger lengths, young adults: Chatzioglou, Pinar & Govsa, Anat Cell Biol 2024;57:172 (n = 51).
FINGER_SURFACE_LEN = {"thumb": 49.5, "index": 63.9, "middle": 70.7, "ring": 65.5, "little": 53.3}
# Middle + distal phalanx ~ proximal phalanx: Miller et al., J Nat Sci Med 2021 (200 radiographs).
# The finger's surface length starts at its base crease, which lies about halfway along the proximal
# phalanx [estimate], so  MCP-to-tip = L + P1/2  and  P1 + (P2 + P3) = 2 * P1  give  P1 = L / 1.5.
P1_FROM_SURFACE = 1 / 1.5
P2_SHARE = 0.58  # share of (P2 + P3) that is the middle phalanx [estimate]

# Angles between neighbouring fingers at maximum abduction (Chatzioglou 2024): thumb-index 53.4,
# index-middle 17.2, middle-ring 14.3, ring-little 32.1 degrees. A relaxed, open hand is drawn at
# half of those [estimate], the thumb at 0.7 of it so the first web space reads clearly.
ABDUCTION_MAX = {"thumb": 53.4, "index": 17.2, "ring": 14.3, "little": 32.1}
REST_SHARE = 0.5
THUMB_REST_SHARE = 0.6

# Hand breadth across the metacarpal heads 80.5 mm and hand length 182.9 mm: Kakkar & Kushwaha,
# "Hand index of the male Khatris of Delhi", 2021 (n = 160, means). The metacarpal bases and angles
# below are [estimate]s that put the head centres 58 mm apart (80.5 minus head and skin width).
WRIST_BREADTH = 58.0  # [estimate], at the dorsal wrist crease
FOREARM_BREADTH = 64.0  # [estimate], 5 cm above the crease
THUMB_IP_BREADTH = 21.0  # [estimate]; it is the hand's 1 B-cun (WHO finger-cun, proportions.md)
FINGER_BREADTH = {"thumb": THUMB_IP_BREADTH, "index": 19.0, "middle": 19.5, "ring": 18.5, "little": 16.0}
# [estimate]s after common glove-sizing tables; the tip is 0.8 of the breadth at the middle joint.


@dataclass(frozen=True)
class Ray:
    """One digit: its metacarpal and its phalanges, in the model frame."""

    name: str
    mc_base: Vec
    mc_angle: float  # degrees from +y towards +x
    mc_len: float
    finger_angle: float
    phalanges: tuple[float, ...]
    breadth: float
    mc_radius: float  # half-breadth of the metacarpal shaft (bone)

    @property
    def mc_head(self) -> Vec:
        return add(self.mc_base, polar(self.mc_angle, self.mc_len))

    def joints(self) -> list[Vec]:
        """MCP, then each interphalangeal joint, then the tip of the bone."""
        pts = [self.mc_head]
        for ph in self.phalanges:
            pts.append(add(pts[-1], polar(self.finger_angle, ph)))
        return pts


def build_rays() -> dict[str, Ray]:
    half = {blend: v * REST_SHARE for blend, v in ABDUCTION_MAX.items()}
    middle_angle = 0.0
    index_angle = middle_angle - half["index"]
    ring_angle = middle_angle + half["ring"]
    little_angle = ring_angle + half["little"]
    thumb_angle = index_angle - ABDUCTION_MAX["thumb"] * THUMB_REST_SHARE

    def finger_phalanges(name: str) -> tuple[float, float, float]:
        p1 = FINGER_SURFACE_LEN[name] * P1_FROM_SURFACE
        return (p1, p1 * P2_SHARE, p1 * (1 - P2_SHARE))

    thumb_p1 = 32.0  # [estimate]; thumb proximal + distal phalanx = surface length + 8 mm [estimate]
    thumb = Ray(
        "thumb",
        (-22.0, 13.0),
        thumb_angle - 8.0,
        MC1_LEN,
        thumb_angle,
        (thumb_p1, FINGER_SURFACE_LEN["thumb"] + 8.0 - thumb_p1),
        FINGER_BREADTH["thumb"],
        5.0,
    )
    return {
        "thumb": thumb,
        # metacarpal bases (x, y) and angles are [estimate]s; see the head-spacing note above
        "index": Ray(
            "index", (-14.0, 22.0), -9.0, MC2_LEN, index_angle, finger_phalanges("index"), FINGER_BREADTH["index"], 4.6
        ),
        "middle": Ray(
            "middle",
            (-3.0, 24.0),
            0.0,
            MC3_LEN,
            middle_angle,
            finger_phalanges("middle"),
            FINGER_BREADTH["middle"],
            4.5,
        ),
        "ring": Ray(
            "ring", (8.0, 24.0), 8.0, MC4_LEN, ring_angle, finger_phalanges("ring"), FINGER_BREADTH["ring"], 4.0
        ),
        "little": Ray(
            "little",
            (18.0, 21.0),
            17.0,
            MC5_LEN,
            little_angle,
            finger_phalanges("little"),
            FINGER_BREADTH["little"],
            3.8,
        ),
    }


def finger_radii(ray: Ray) -> list[float]:
    """Skin half-breadth at MCP, PIP, DIP (or IP) and tip."""
    b = ray.breadth / 2
    if ray.name == "thumb":
        return [b * 1.12, b, b * 0.86]
    return [b * 1.08, b, b * 0.9, b * 0.8]


def hand_body(rays: dict[str, Ray]) -> Body:
    body = Body()
    # forearm and wrist
    body.add(Capsule((0.0, -80.0), (0.0, 0.0), FOREARM_BREADTH / 2, WRIST_BREADTH / 2), blend=0)
    # carpus: the wrist widens into the heel of the hand
    body.add(Capsule((-14.0, 10.0), (15.0, 10.0), 17.0, 17.0), blend=14)
    # palm: the metacarpals with their cover of interosseous muscle and skin
    for name in ("index", "middle", "ring", "little"):
        r = rays[name]
        body.add(Capsule(r.mc_base, r.mc_head, r.mc_radius + 6.5, r.mc_radius + 5.5), blend=14)
    # ulnar border (hypothenar) runs straight from the wrist to the 5th knuckle
    little = rays["little"]
    body.add(Capsule((22.0, 2.0), little.mc_head, 9.0, 8.5), blend=10)
    # thumb metacarpal and the first web space (first dorsal interosseous muscle)
    thumb = rays["thumb"]
    body.add(Capsule(thumb.mc_base, thumb.mc_head, 9.5, 10.0), blend=12)
    index = rays["index"]
    web = lerp(lerp(thumb.mc_base, thumb.mc_head, 0.75), lerp(index.mc_base, index.mc_head, 0.5), 0.45)
    body.add(Ellipse(web, 14.0, 10.0, 0.0), blend=14)
    # thenar mass along the radial side of the thumb metacarpal
    body.add(
        Capsule(lerp(thumb.mc_base, thumb.mc_head, 0.1), lerp(thumb.mc_base, thumb.mc_head, 0.8), 12.0, 10.5), blend=8
    )
    # digits: tapered capsules joint to joint; the skin runs a little past the bone tip
    for name in ("thumb", "index", "middle", "ring", "little"):
        ray = rays[name]
        joints = ray.joints()
        rad = finger_radii(ray)
        tip = add(joints[-1], polar(ray.finger_angle, rad[-1] * 0.25))
        pts = [*joints[:-1], tip]
        for i in range(len(pts) - 1):
            body.add(Capsule(pts[i], pts[i + 1], rad[i], rad[i + 1]), blend=9 if i == 0 else 1.5)
    # the finger webs: dorsally they reach about a third of the way up the proximal phalanges
    # [estimate]; a short bridge there rounds each web into a U instead of a sharp V
    order = ("index", "middle", "ring", "little")
    for a_name, b_name in itertools.pairwise(order):
        ja, jb = rays[a_name].joints(), rays[b_name].joints()
        body.add(Capsule(lerp(ja[0], ja[1], 0.22), lerp(jb[0], jb[1], 0.22), 5.0, 5.0), blend=7)
    return body


def bone_path(a: Vec, b: Vec, r_shaft: float, r_a: float, r_b: float, frame: Frame) -> str:
    """A long bone as a dashed silhouette: a shaft with a knob at each end."""
    pa, pb = frame.p(a), frame.p(b)
    ax = unit(sub(pb, pa))
    inset_a = add(pa, (ax[0] * frame.r(r_a) * 0.55, ax[1] * frame.r(r_a) * 0.55))
    inset_b = sub(pb, (ax[0] * frame.r(r_b) * 0.55, ax[1] * frame.r(r_b) * 0.55))
    ang = math.degrees(math.atan2(ax[1], ax[0]))
    body = Body()
    body.add(Capsule(pa, pb, frame.r(r_shaft), frame.r(r_shaft)), blend=0)
    body.add(Ellipse(inset_a, frame.r(r_a) * 0.8, frame.r(r_a), ang), blend=frame.r(3.0))
    body.add(Ellipse(inset_b, frame.r(r_b) * 0.8, frame.r(r_b), ang), blend=frame.r(3.0))
    xs = [pa[0], pb[0]]
    ys = [pa[1], pb[1]]
    m = frame.r(max(r_a, r_b)) + 6
    pts = body.outline((min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m), step=1.0, spacing=4.0)
    return catmull_rom(pts, closed=True)


def nail_path(ray: Ray, frame: Frame) -> str:
    joints = ray.joints()
    dip, tip = joints[-2], joints[-1]
    seg = dist(dip, tip)
    half_width = ray.breadth * (0.28 if ray.name != "thumb" else 0.24)
    a = ray.finger_angle
    off = -ray.breadth * 0.12 if ray.name == "thumb" else 0.0  # the thumb nail is seen turned
    base = seg * 0.38
    end = seg + 1.2
    pts = [
        local(dip, a, off - half_width, base + 1.0),
        local(dip, a, off - half_width * 1.02, end - half_width * 0.9),
        local(dip, a, off - half_width * 0.6, end - half_width * 0.15),
        local(dip, a, off, end),
        local(dip, a, off + half_width * 0.6, end - half_width * 0.15),
        local(dip, a, off + half_width * 1.02, end - half_width * 0.9),
        local(dip, a, off + half_width, base + 1.0),
        local(dip, a, off, base - 1.2),
    ]
    return catmull_rom([frame.p(p) for p in pts], closed=True)


def draw(frame: Frame | None = None) -> Drawing:
    rays = build_rays()
    frame = frame or Frame(ox=327.0, oy=478.0, s=2.55)
    drawing = Drawing("hand_dorsal", "Back of the right hand", side="right", facing="dorsal")
    body = hand_body(rays)
    # the body is built in model mm; trace it on the canvas grid through the frame
    canvas_body = Body()
    for operation, prim, blend in body.ops:
        if isinstance(prim, Capsule):
            canvas_solid: Capsule | Ellipse = Capsule(
                frame.p(prim.a), frame.p(prim.b), frame.r(prim.ra), frame.r(prim.rb)
            )
        else:
            canvas_solid = Ellipse(frame.p(prim.c), frame.r(prim.rx), frame.r(prim.ry), -prim.angle)
        canvas_body.ops.append((operation, canvas_solid, frame.r(blend)))
    outline = canvas_body.outline((-6.0, -6.0, 606.0, 606.0), step=2.0, spacing=6.0)
    drawing.set_outline(outline)

    # --- shading: first dorsal interosseous bulge and the knuckles ----------------------------------
    thumb, index = rays["thumb"], rays["index"]
    web = lerp(lerp(thumb.mc_base, thumb.mc_head, 0.6), lerp(index.mc_base, index.mc_head, 0.45), 0.55)
    wp = frame.p(web)
    drawing.el(
        "shading",
        "ellipse",
        {
            "cx": f"{wp[0]:.1f}",
            "cy": f"{wp[1]:.1f}",
            "rx": f"{frame.r(8):.1f}",
            "ry": f"{frame.r(13):.1f}",
            "transform": f"rotate(-30 {wp[0]:.1f} {wp[1]:.1f})",
            **style.shade_attrs(0.55),
        },
    )

    # --- bones -----------------------------------------------------------------------------------
    # distal radius and ulna, then the carpus as a faint rounded block, then the rays
    drawing.bone(bone_path((-14.0, -80.0), (-13.0, -6.0), 8.0, 8.0, 13.0, frame))
    drawing.bone(bone_path((16.0, -80.0), (15.0, -8.0), 5.5, 5.5, 8.0, frame))
    carpus = [
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
    ]
    drawing.bone(catmull_rom([frame.p(c) for c in carpus], closed=True))
    drawing.bone(
        catmull_rom([frame.p(c) for c in ((-23.0, 7.0), (-12.0, 8.5), (0.0, 8.5), (12.0, 8.0), (23.0, 6.0))], False)
    )
    for ray in rays.values():
        head_r = ray.mc_radius * 1.6
        drawing.bone(bone_path(ray.mc_base, ray.mc_head, ray.mc_radius * 0.9, ray.mc_radius * 1.6, head_r, frame))
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

    # --- tendons: extensor digitorum fans out from the wrist; EPL and EPB frame the snuffbox ------
    for name in ("index", "middle", "ring", "little"):
        ray = rays[name]
        joints = ray.joints()
        start = (ray.mc_base[0] * 0.35 + 1.0, -22.0)
        ctrl = lerp(ray.mc_base, ray.mc_head, 0.2)
        drawing.tendon(quad(frame.p(start), frame.p(ctrl), frame.p(ray.mc_head)))
        drawing.tendon(
            quad(
                frame.p(ray.mc_head),
                frame.p(lerp(joints[0], joints[1], 0.5)),
                frame.p(lerp(joints[0], joints[1], 0.95)),
            )
        )
    drawing.tendon(
        catmull_rom(
            [
                frame.p((-8.0, -22.0)),
                frame.p((-10.0, -2.0)),
                frame.p(lerp(thumb.mc_base, thumb.mc_head, 0.45)),
                frame.p(thumb.mc_head),
                frame.p(lerp(thumb.joints()[0], thumb.joints()[1], 0.9)),
            ],
            False,
        )
    )
    drawing.tendon(
        catmull_rom(
            [
                frame.p((-22.0, -22.0)),
                frame.p((-25.0, 2.0)),
                frame.p(local(lerp(thumb.mc_base, thumb.mc_head, 0.5), thumb.mc_angle, -4.0, 0.0)),
                frame.p(local(thumb.mc_head, thumb.mc_angle, -3.0, 0.0)),
            ],
            False,
        )
    )

    # --- knuckles and creases ----------------------------------------------------------------------
    for name in ("index", "middle", "ring", "little"):
        ray = rays[name]
        joints = ray.joints()
        a = ray.finger_angle
        hr = ray.mc_radius * 1.6
        drawing.inner(
            catmull_rom(
                [
                    frame.p(local(joints[0], a, -hr, hr * 0.15)),
                    frame.p(local(joints[0], a, -hr * 0.55, hr * 0.85)),
                    frame.p(local(joints[0], a, 0.0, hr * 1.02)),
                    frame.p(local(joints[0], a, hr * 0.55, hr * 0.85)),
                    frame.p(local(joints[0], a, hr, hr * 0.15)),
                ],
                False,
            ),
            layer="creases",
        )
        half_width = ray.breadth / 2
        for share, along_ in ((0.55, -2.2), (0.7, 0.0), (0.5, 2.2)):  # wrinkles over the middle joint
            drawing.crease(
                quad(
                    frame.p(local(joints[1], a, -half_width * share, along_ - 0.6)),
                    frame.p(local(joints[1], a, 0.0, along_ + 0.9)),
                    frame.p(local(joints[1], a, half_width * share, along_ - 0.6)),
                )
            )
        for share, along_ in ((0.45, -0.8), (0.35, 1.0)):  # over the end joint
            drawing.crease(
                quad(
                    frame.p(local(joints[2], a, -half_width * share, along_ - 0.4)),
                    frame.p(local(joints[2], a, 0.0, along_ + 0.5)),
                    frame.p(local(joints[2], a, half_width * share, along_ - 0.4)),
                ),
                width=0.7,
            )
        drawing.path("details", nail_path(ray, frame), style.nail_attrs())
    tj = thumb.joints()
    half_width = thumb.breadth / 2
    for share, along_ in ((0.5, -1.5), (0.65, 0.6)):
        drawing.crease(
            quad(
                frame.p(local(tj[1], thumb.finger_angle, -half_width * share, along_ - 0.5)),
                frame.p(local(tj[1], thumb.finger_angle, 0.0, along_ + 0.8)),
                frame.p(local(tj[1], thumb.finger_angle, half_width * share, along_ - 0.5)),
            )
        )
    drawing.path("details", nail_path(thumb, frame), style.nail_attrs())
    # dorsal wrist crease: a gentle curve across the wrist, slightly convex towards the hand
    half = WRIST_BREADTH / 2
    drawing.crease(
        catmull_rom(
            [
                frame.p((-half + 3.0, 0.5)),
                frame.p((-half * 0.4, 1.6)),
                frame.p((half * 0.3, 1.4)),
                frame.p((half - 3.0, 0.0)),
            ],
            False,
        ),
        width=1.1,
    )

    # --- landmarks ---------------------------------------------------------------------------------
    landmark = drawing.landmark
    landmark("lm-wrist-crease-radial", frame.p((-half, 0.0)))
    landmark("lm-wrist-crease-ulnar", frame.p((half, 0.0)))
    landmark("lm-wrist-crease-mid", frame.p((0.0, 0.0)), "wrist crease", dx=-24, dy=14)
    names = {"thumb": 1, "index": 2, "middle": 3, "ring": 4, "little": 5}
    for name, n in names.items():
        ray = rays[name]
        landmark(f"lm-mc{n}-base", frame.p(ray.mc_base))
        landmark(f"lm-mc{n}-head", frame.p(ray.mc_head), "knuckles" if n == 5 else None, dx=14, dy=-6)
    # bone surfaces of the 2nd (radial side) and 5th (ulnar side) metacarpal shafts
    for name, n, sign, tag in (("index", 2, -1.0, "radial"), ("little", 5, 1.0, "ulnar")):
        ray = rays[name]
        off = sign * (ray.mc_radius + 1.0)
        landmark(f"lm-mc{n}-base-{tag}", frame.p(local(ray.mc_base, ray.mc_angle, off, ray.mc_len * 0.12)))
        landmark(f"lm-mc{n}-neck-{tag}", frame.p(local(ray.mc_base, ray.mc_angle, off, ray.mc_len * 0.84)))
    # where the facing edges of the 1st and 2nd metacarpals meet (the apex of the V)
    e1 = local(thumb.mc_base, thumb.mc_angle, thumb.mc_radius, 0.0)
    e2 = local(index.mc_base, index.mc_angle, -index.mc_radius, 0.0)
    junction = line_intersection(e1, polar(thumb.mc_angle), e2, polar(index.mc_angle))
    landmark("lm-mc12-junction", frame.p(junction), "1st/2nd metacarpal bases", dx=-12, dy=16, anchor="end")
    # gaps between metacarpals 2/3 and 4/5: the line through the middle of their bases and heads,
    # where it meets the wrist crease, and the middle of the two knuckles
    for a_name, b_name, tag in (("index", "middle", "23"), ("ring", "little", "45")):
        ra_, rb_ = rays[a_name], rays[b_name]
        gb, gh = mid(ra_.mc_base, rb_.mc_base), mid(ra_.mc_head, rb_.mc_head)
        wrist_pt = line_intersection(gb, sub(gh, gb), (0.0, 0.0), (1.0, 0.0))
        landmark(f"lm-wrist-{tag}", frame.p(wrist_pt))
        landmark(f"lm-knuckle-{tag}", frame.p(gh))
    # the thumb's breadth at its interphalangeal joint: the hand's own 1 B-cun
    ip = thumb.joints()[1]
    r_ip = finger_radii(thumb)[1]
    landmark("lm-thumb-ip-radial", frame.p(local(ip, thumb.finger_angle, -r_ip, 0.0)))
    landmark("lm-thumb-ip-ulnar", frame.p(local(ip, thumb.finger_angle, r_ip, 0.0)), "1 cun", dx=6, dy=4)
    return drawing
