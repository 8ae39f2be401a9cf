"""The bones of the right hand: published proportions and one ``Ray`` per digit.

Model frame: millimetres, origin at the middle of the dorsal wrist crease, +y towards the fingertips,
+x towards the little finger (ulnar). Seen from the back with the fingers up, a right hand has its
thumb on the viewer's left, which is -x here, so the model needs no mirroring. The skin around these
bones is ``hand_skin``; the views that draw them are ``hand_dorsal`` (the back) and ``arm`` (the palm).

Numbers carry their source. "[estimate]" marks a number chosen to look right that has no citation;
each such number is checked by eye in the rendered view and kept within the spread of the sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import Vec, add, polar

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
        joints = [self.mc_head]
        for phalanx in self.phalanges:
            joints.append(add(joints[-1], polar(self.finger_angle, phalanx)))
        return joints


def build_rays() -> dict[str, Ray]:
    half = {name: angle * REST_SHARE for name, angle in ABDUCTION_MAX.items()}
    middle_angle = 0.0
    index_angle = middle_angle - half["index"]
    ring_angle = middle_angle + half["ring"]
    little_angle = ring_angle + half["little"]
    thumb_angle = index_angle - ABDUCTION_MAX["thumb"] * THUMB_REST_SHARE

    def finger_phalanges(name: str) -> tuple[float, float, float]:
        proximal = FINGER_SURFACE_LEN[name] * P1_FROM_SURFACE
        return (proximal, proximal * P2_SHARE, proximal * (1 - P2_SHARE))

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
