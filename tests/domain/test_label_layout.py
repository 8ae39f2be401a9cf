"""Label layout: every label findable, none over another label, a mark, a tick or a leader, all inside."""

from __future__ import annotations

import math
import random

from acupress_desktop.domain.label_layout import (
    LabelRequest,
    PlacedLabel,
    Rect,
    Style,
    place_labels,
    segment_hits_rect,
    segments_cross,
    square,
)

BOUNDS = Rect(0, 0, 600, 600)


def _check(placed: list[PlacedLabel], requests: list[LabelRequest], obstacles: list[Rect] = ()) -> None:  # type: ignore[assignment]
    marks = [square(r.anchor, r.clear) for r in requests] + list(obstacles)
    for k, label in enumerate(placed):
        assert label.rect.inside(BOUNDS)
        assert not any(label.rect.overlaps(m) for m in marks), f"{label.key} covers a mark"
        for other in placed[k + 1 :]:
            assert not label.rect.overlaps(other.rect), f"{label.key} overlaps {other.key}"
        for other in placed:
            if other is not label and other.leader is not None:
                assert not segment_hits_rect(*other.leader, label.rect), f"{other.key}'s leader runs over {label.key}"


def _cluster(count: int, centre: tuple[float, float], spread: float, seed: int) -> list[LabelRequest]:
    rng = random.Random(seed)
    return [
        LabelRequest(
            f"P{k}",
            (centre[0] + rng.uniform(-spread, spread), centre[1] + rng.uniform(-spread, spread)),
            rng.uniform(30, 95),
            16,
        )
        for k in range(count)
    ]


def test_a_lone_label_sits_right_beside_its_mark_without_a_leader() -> None:
    request = LabelRequest("LI4", (300, 300), 40, 16)
    (label,) = place_labels([request], BOUNDS)
    assert label.leader is None
    assert label.rect.x0 > 300 and label.rect.y0 < 300 < label.rect.y1  # to the right, level with it


def test_fifteen_crowded_points_each_get_a_label_clear_of_every_other_label_and_mark() -> None:
    for seed in range(6):
        requests = _cluster(15, (300, 300), 70, seed)
        placed = place_labels(requests, BOUNDS)
        assert {p.key for p in placed} == {r.key for r in requests}
        _check(placed, requests)


def test_labels_pushed_away_from_their_mark_get_a_leader_to_it() -> None:
    requests = _cluster(15, (300, 300), 40, 1)
    placed = place_labels(requests, BOUNDS)
    by_key = {r.key: r for r in requests}
    far = [p for p in placed if math.dist(p.rect.nearest(by_key[p.key].anchor), by_key[p.key].anchor) > 14]
    assert far and all(p.leader is not None for p in far)
    for p in far:
        assert p.leader is not None
        assert math.dist(p.leader[1], p.rect.nearest(by_key[p.key].anchor)) < 1e-6  # it ends on its label
    leaders = [p.leader for p in placed if p.leader is not None]
    assert not any(segments_cross(*a, *b) for i, a in enumerate(leaders) for b in leaders[i + 1 :])


def test_a_label_stays_inside_the_picture_near_its_edge() -> None:
    requests = [LabelRequest("corner", (595, 5), 80, 16), LabelRequest("left", (3, 300), 80, 16)]
    placed = place_labels(requests, BOUNDS)
    assert len(placed) == 2
    _check(placed, requests)


def test_landmark_ticks_and_unlabelled_marks_are_kept_clear() -> None:
    ticks = [square((300 + dx, 300), 4) for dx in (20, -20)] + [square((300, 280), 7)]
    requests = [LabelRequest("A", (300, 300), 60, 16)]
    (label,) = place_labels(requests, BOUNDS, ticks)
    assert not any(label.rect.overlaps(t) for t in ticks)


def test_a_label_prefers_white_space_to_covering_the_drawing() -> None:
    body = Rect(250, 0, 600, 600)  # everything right of x=250 is drawn
    placed = place_labels([LabelRequest("A", (260, 300), 60, 16)], BOUNDS, on_drawing=lambda p: p[0] >= body.x0)
    assert placed[0].rect.x1 <= 250


def test_in_columns_labels_line_up_at_the_side_of_their_mark() -> None:
    requests = [LabelRequest(f"L{k}", (200, 50 + 17 * k), 50, 16) for k in range(30)]
    requests += [LabelRequest(f"R{k}", (400, 50 + 17 * k), 50, 16) for k in range(30)]
    placed = place_labels(requests, BOUNDS, style=Style.COLUMNS)
    assert len(placed) == 60
    _check(placed, requests)
    assert all(p.rect.x0 < 10 for p in placed if p.key.startswith("L"))
    assert all(p.rect.x1 > 590 for p in placed if p.key.startswith("R"))


def test_a_label_with_no_room_anywhere_is_left_out_rather_than_overlapping() -> None:
    tiny = Rect(0, 0, 60, 40)
    requests = [LabelRequest(f"P{k}", (30, 20), 50, 16) for k in range(4)]
    placed = place_labels(requests, tiny)
    assert len(placed) < 4
    for k, label in enumerate(placed):
        assert label.rect.inside(tiny)
        assert not any(label.rect.overlaps(o.rect) for o in placed[k + 1 :])


def test_segment_and_rectangle_geometry() -> None:
    box = Rect(10, 10, 20, 20)
    assert segment_hits_rect((0, 15), (30, 15), box)
    assert not segment_hits_rect((0, 0), (30, 5), box)
    assert not segment_hits_rect((0, 15), (9, 15), box)
    assert segments_cross((0, 0), (10, 10), (0, 10), (10, 0))
    assert not segments_cross((0, 0), (10, 0), (0, 5), (10, 5))
