"""The order of a routine's steps: by body region, then side, so the hands are done together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from acupress_desktop.domain.catalogue import BodyRegion
from acupress_desktop.domain.laterality import Side

if TYPE_CHECKING:
    from acupress_desktop.domain.planner import PlanStep

# Body order used to break ties between regions of equal priority: hands first, as in the seeds.
REGION_ORDER = (
    BodyRegion.HAND,
    BodyRegion.FOREARM,
    BodyRegion.ELBOW,
    BodyRegion.HEAD,
    BodyRegion.FACE,
    BodyRegion.NECK_SHOULDER,
    BodyRegion.UPPER_BACK,
    BodyRegion.CHEST_ABDOMEN,
    BodyRegion.LOWER_BACK,
    BodyRegion.HIP,
    BodyRegion.THIGH,
    BodyRegion.KNEE,
    BodyRegion.LOWER_LEG,
    BodyRegion.ANKLE,
    BodyRegion.FOOT,
)


def order_steps(steps: list[PlanStep]) -> tuple[PlanStep, ...]:
    """Group by body region, then side, so hands are done together: one side, then the other."""
    region_rank = {
        region: (min(s.priority for s in steps if s.point.region is region), REGION_ORDER.index(region))
        for region in {s.point.region for s in steps}
    }
    side_rank: dict[tuple[BodyRegion, Side], tuple[int, int]] = {}
    for step in steps:
        key = (step.point.region, step.side)
        best = min(s.priority for s in steps if (s.point.region, s.side) == key)
        side_rank[key] = (best, list(Side).index(step.side))
    return tuple(
        sorted(
            steps,
            key=lambda s: (
                region_rank[s.point.region],
                side_rank[(s.point.region, s.side)],
                s.priority,
                s.point.code,
            ),
        )
    )
