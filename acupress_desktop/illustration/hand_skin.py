"""The skin of the right hand: a smooth envelope over the bones of ``hand_bones`` (model millimetres)."""

from __future__ import annotations

import itertools

from .geometry import add, lerp, polar
from .hand_bones import FOREARM_BREADTH, WRIST_BREADTH, Ray
from .softbody import Body, Capsule, Ellipse


def finger_radii(ray: Ray) -> list[float]:
    """Skin half-breadth at MCP, PIP, DIP (or IP) and tip."""
    half = ray.breadth / 2
    if ray.name == "thumb":
        return [half * 1.12, half, half * 0.86]
    return [half * 1.08, half, half * 0.9, half * 0.8]


def hand_body(rays: dict[str, Ray]) -> Body:
    body = Body()
    # forearm and wrist
    body.add(Capsule((0.0, -80.0), (0.0, 0.0), FOREARM_BREADTH / 2, WRIST_BREADTH / 2), blend=0)
    # carpus: the wrist widens into the heel of the hand
    body.add(Capsule((-14.0, 10.0), (15.0, 10.0), 17.0, 17.0), blend=14)
    # palm: the metacarpals with their cover of interosseous muscle and skin
    for name in ("index", "middle", "ring", "little"):
        ray = rays[name]
        body.add(Capsule(ray.mc_base, ray.mc_head, ray.mc_radius + 6.5, ray.mc_radius + 5.5), blend=14)
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
        radii = finger_radii(ray)
        tip = add(joints[-1], polar(ray.finger_angle, radii[-1] * 0.25))
        stations = [*joints[:-1], tip]
        for i in range(len(stations) - 1):
            body.add(Capsule(stations[i], stations[i + 1], radii[i], radii[i + 1]), blend=9 if i == 0 else 1.5)
    # the finger webs: dorsally they reach about a third of the way up the proximal phalanges
    # [estimate]; a short bridge there rounds each web into a U instead of a sharp V
    order = ("index", "middle", "ring", "little")
    for first_name, second_name in itertools.pairwise(order):
        first, second = rays[first_name].joints(), rays[second_name].joints()
        body.add(Capsule(lerp(first[0], first[1], 0.22), lerp(second[0], second[1], 0.22), 5.0, 5.0), blend=7)
    return body
