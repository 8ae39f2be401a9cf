"""The whole-body overviews: proportions of the figure and where each close-up's box sits."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.placement import View
from acupress_desktop.illustration import overview
from acupress_desktop.storage.view_files import load_views

IMAGES = Path(__file__).resolve().parents[2] / "resources" / "images"
OVERVIEWS = ("body_front", "body_back")


@pytest.fixture(scope="module")
def views() -> dict[str, View]:
    return load_views(IMAGES)


def _centre_x(box: tuple[float, float, float, float]) -> float:
    left, _top, width, _height = box
    return left + width / 2


def test_every_close_up_has_a_box_on_an_overview(views: dict[str, View]) -> None:
    boxed = set(views["body_front"].regions) | set(views["body_back"].regions)
    assert boxed == set(views) - set(OVERVIEWS)


@pytest.mark.parametrize("overview_id", OVERVIEWS)
def test_one_sided_close_ups_sit_on_the_persons_right(views: dict[str, View], overview_id: str) -> None:
    """Close-ups of one side show the right side: from the front that is the viewer's left, from
    behind the viewer's right. Boxes of midline close-ups are centred on the midline."""
    figure = views[overview_id]
    assert figure.facing == ("front" if overview_id == "body_front" else "back")
    midline = figure.width / 2
    one_sided = 0
    for name, box in figure.regions.items():
        centre_x = _centre_x(box)
        if views[name].drawn_side is Side.RIGHT:
            one_sided += 1
            on_viewer_right = centre_x > midline
            assert on_viewer_right == (figure.facing == "back"), f"{overview_id}: {name} is on the person's left"
            left, _top, width, _height = box
            # wholly on that side of the midline
            assert (left > midline) if on_viewer_right else (left + width < midline), name
        else:
            assert centre_x == pytest.approx(midline, abs=0.2), f"{overview_id}: {name} is off the midline"
    assert one_sided >= 3


@pytest.mark.parametrize("overview_id", OVERVIEWS)
def test_boxes_lie_on_the_canvas_and_over_the_body(views: dict[str, View], overview_id: str) -> None:
    figure = views[overview_id]
    for name, (left, top, width, height) in figure.regions.items():
        assert left >= 0 and top >= 0 and left + width <= figure.width and top + height <= figure.height, name
        samples = [(left + width * i / 8, top + height * j / 8) for i in range(1, 8) for j in range(1, 8)]
        inside = sum(figure.contains(p) for p in samples) / len(samples)
        assert inside > 0.25, f"{overview_id}: the {name} box is mostly off the body"


@pytest.mark.parametrize("facing", ["front", "back"])
def test_figure_is_symmetric_and_in_the_classic_canon(facing: str) -> None:
    half = overview.body_half(facing)
    loop = overview.both_halves(half)
    assert len(loop) == 2 * len(half) - 2
    assert {(round(x, 6), round(y, 6)) for x, y in loop} == {(round(-x, 6), round(y, 6)) for x, y in loop}
    ys = [y for _, y in half]
    assert max(ys) == pytest.approx(overview.HEIGHT)  # 7.5 heads
    assert abs(overview.CROTCH_Y - overview.HEIGHT / 2) < 0.05  # crotch at half the height

    def lateral(near_y: float, inner_x: float, outer_x: float) -> float:
        """The widest point of the silhouette near a height, between two x limits."""
        return max(x for x, y in half if abs(y - near_y) < 0.16 and inner_x <= x <= outer_x)

    head = lateral(7.15, 0.0, 0.34)  # above the ears
    shoulders = lateral(6.1, 0.6, 0.8)  # acromion
    deltoids = lateral(5.9, 0.8, 1.0)
    waist = min(x for x, y in half if 4.4 < y < 4.8 and 0.5 < x < 0.7)
    hips = lateral(3.8, 0.6, 0.8)  # greater trochanter
    assert 2.0 <= shoulders / head <= 2.4  # shoulders about two head breadths
    assert waist < hips < deltoids  # hips wider than the waist, narrower than the shoulders
    elbow = next(y for x, y in half if x > 1.0 and y < 4.7)
    assert elbow == pytest.approx(4.6, abs=0.1)  # the elbow at the waist
