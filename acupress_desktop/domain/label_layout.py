"""Where each label goes on a picture, so that a reader can always tell which mark it names.

One routine for every picture (the atlas, the session, the routine sheet, the generated views): a label sits
beside its mark or, when that spot is taken, further out on a leader line; in a crowded overview it goes to
a column at the side. A label never overlaps another label, a marker, a landmark tick or a leader line, and
never leaves the picture; a label that finds no such place is left out (the mark keeps its tooltip).
Pure geometry: the caller measures its text in its own font and hands in the sizes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

Pos = tuple[float, float]
GAP = 2.0  # the least white space between a label and anything else
LEADER_FROM = 5.0  # a label further than this from its mark gets a leader line
RINGS = (3.0, 8.0, 15.0, 26.0, 42.0, 62.0, 88.0, 120.0, 160.0, 210.0)  # distances tried, from the mark's edge
ANGLES = 24  # directions tried at each distance
TRIES = 4  # layouts tried, each letting the labels the last one left out choose first
COLUMN_STEP = 3.0  # how finely a side column is searched for a free slot
NEAR = 45.0  # how far above or below its mark a column label may go before its leader may pass other marks
BODY_COST = 30.0  # what covering the drawing costs against moving one unit further out


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def overlaps(self, other: Rect, gap: float = 0.0) -> bool:
        return not (
            self.x1 + gap <= other.x0
            or other.x1 + gap <= self.x0
            or self.y1 + gap <= other.y0
            or other.y1 + gap <= self.y0
        )

    def inside(self, other: Rect) -> bool:
        return other.x0 <= self.x0 and other.y0 <= self.y0 and self.x1 <= other.x1 and self.y1 <= other.y1

    def nearest(self, p: Pos) -> Pos:
        """The point of this rectangle closest to ``p``."""
        return (min(max(p[0], self.x0), self.x1), min(max(p[1], self.y0), self.y1))

    def samples(self) -> tuple[Pos, ...]:
        xm, ym = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        return ((self.x0, self.y0), (self.x1, self.y0), (self.x0, self.y1), (self.x1, self.y1), (xm, ym))


def square(centre: Pos, radius: float) -> Rect:
    """The box a round mark of this radius covers."""
    x, y = centre
    return Rect(x - radius, y - radius, x + radius, y + radius)


@dataclass(frozen=True)
class LabelRequest:
    """A label to place: the mark it names (``anchor``, kept clear for ``clear`` around it) and its size."""

    key: str
    anchor: Pos
    width: float
    height: float
    clear: float = 7.0
    rank: int = 0  # lower ranks choose their places first (point names before landmark words)


@dataclass(frozen=True)
class PlacedLabel:
    key: str
    rect: Rect
    leader: tuple[Pos, Pos] | None  # from the mark's edge to the label's nearest edge; None when beside it


class Style(Enum):
    BESIDE = "beside"  # next to the mark, further out on a leader if needed (close-ups)
    COLUMNS = "columns"  # in a column at the left or right edge, each on a leader (crowded overviews)


def place_labels(
    requests: Sequence[LabelRequest],
    bounds: Rect,
    obstacles: Sequence[Rect] = (),
    on_drawing: Callable[[Pos], bool] | None = None,
    style: Style = Style.BESIDE,
) -> list[PlacedLabel]:
    """Labels for ``requests`` inside ``bounds``; every request's mark and each of ``obstacles`` is kept clear.

    ``on_drawing`` says whether a spot is on the drawn body: labels prefer the white space around it.
    """
    marks = [square(r.anchor, r.clear) for r in requests]
    drawing = on_drawing or (lambda _p: False)
    if style is Style.COLUMNS:
        layout = _Layout(bounds, [*marks, *obstacles], drawing)
        _columns(layout, sorted(requests, key=lambda r: (r.rank, r.anchor[1], r.anchor[0], r.key)))
        return layout.placed
    best: _Layout | None = None
    first: list[LabelRequest] = []
    for _attempt in range(TRIES):
        layout = _Layout(bounds, [*marks, *obstacles], drawing)
        order = first + [r for r in _crowded_first(requests) if r not in first]
        failed = [r for r in order if not layout.add(r, layout.beside_candidates(r))]
        failed = _columns(layout, failed)  # what found no room beside its mark goes to the side
        if best is None or len(layout.placed) > len(best.placed):
            best = layout
        if not failed:
            break
        first = failed + [r for r in first if r not in failed]
    assert best is not None
    return best.placed


def _columns(layout: _Layout, requests: list[LabelRequest]) -> list[LabelRequest]:
    """Labels in a column at the side; the ones that found no room there."""
    # near its mark's height first; a crowded cluster (the wrist seen whole) cannot reach the side
    # without passing a neighbour's mark, which is better than a leader slanting across the body
    for reach, strict in ((NEAR, True), (NEAR, False), (math.inf, True), (math.inf, False)):
        requests = [r for r in requests if not layout.add(r, layout.column_candidates(r, reach), strict)]
    return requests


def _crowded_first(requests: Sequence[LabelRequest]) -> list[LabelRequest]:
    """Marks with many neighbours choose first, while there is still room around them."""

    def neighbours(r: LabelRequest) -> int:
        return sum(math.dist(r.anchor, o.anchor) < 60 for o in requests)

    return sorted(requests, key=lambda r: (r.rank, -neighbours(r), r.anchor[1], r.anchor[0], r.key))


class _Layout:
    def __init__(self, bounds: Rect, obstacles: list[Rect], on_drawing: Callable[[Pos], bool]) -> None:
        self.bounds = bounds
        self.obstacles = obstacles
        self.on_drawing = on_drawing
        self.placed: list[PlacedLabel] = []

    def add(self, request: LabelRequest, candidates: list[tuple[float, Rect]], strict: bool = True) -> bool:
        """Take the cheapest free candidate (cost, rectangle); False if none is free.

        Not ``strict``: the leader may pass over other marks and cross other leaders (never over a label).
        """
        for _cost, rect in sorted(candidates, key=lambda c: c[0]):
            leader = self._leader(request, rect)
            if self._free(request, rect, leader, strict):
                self.placed.append(PlacedLabel(request.key, rect, leader))
                return True
        return False

    def beside_candidates(self, r: LabelRequest) -> list[tuple[float, Rect]]:
        out = []
        for ring, distance in enumerate(RINGS):
            for k in range(ANGLES):
                angle = 2 * math.pi * k / ANGLES
                dx, dy = math.cos(angle), math.sin(angle)
                # from the label's centre to its edge, along the direction to the mark
                reach = min(
                    r.width / 2 / abs(dx) if abs(dx) > 1e-9 else math.inf,
                    r.height / 2 / abs(dy) if abs(dy) > 1e-9 else math.inf,
                )
                centre_x = r.anchor[0] + dx * (r.clear + distance + reach)
                centre_y = r.anchor[1] + dy * (r.clear + distance + reach)
                rect = Rect(centre_x - r.width / 2, centre_y - r.height / 2, centre_x + r.width / 2,
                            centre_y + r.height / 2)  # fmt: skip
                # right of the mark reads first, then left, then the diagonals, above and below last
                side_cost = 0.0 if k == 0 else 1.5 if k == ANGLES // 2 else 3.0 + abs(dy) * 2
                out.append((distance + ring * 2 + side_cost + BODY_COST * self._covering(rect), rect))
        return out

    def column_candidates(self, r: LabelRequest, reach: float = math.inf) -> list[tuple[float, Rect]]:
        """Slots in the column on the mark's side of the picture, nearest the mark's height first."""
        left = r.anchor[0] < (self.bounds.x0 + self.bounds.x1) / 2
        x0 = self.bounds.x0 + GAP if left else self.bounds.x1 - GAP - r.width
        out = []
        steps = int((self.bounds.height) / COLUMN_STEP) + 1
        for k in range(steps):
            y0 = self.bounds.y0 + GAP + k * COLUMN_STEP
            if y0 + r.height > self.bounds.y1 - GAP:
                break
            rect = Rect(x0, y0, x0 + r.width, y0 + r.height)
            off = abs(y0 + r.height / 2 - r.anchor[1])
            if off <= reach:
                out.append((off + 1000.0, rect))
        return out

    def _covering(self, rect: Rect) -> float:
        samples = rect.samples()
        return sum(self.on_drawing(p) for p in samples) / len(samples)

    @staticmethod
    def _leader(r: LabelRequest, rect: Rect) -> tuple[Pos, Pos] | None:
        end = rect.nearest(r.anchor)
        length = math.dist(r.anchor, end)
        if length <= r.clear + LEADER_FROM:
            return None
        t = r.clear / length
        start = (r.anchor[0] + (end[0] - r.anchor[0]) * t, r.anchor[1] + (end[1] - r.anchor[1]) * t)
        return (start, end)

    def _free(self, r: LabelRequest, rect: Rect, leader: tuple[Pos, Pos] | None, strict: bool = True) -> bool:
        if not rect.inside(self.bounds):
            return False
        if any(rect.overlaps(o, GAP) for o in self.obstacles):
            return False
        for other in self.placed:
            if rect.overlaps(other.rect, GAP):
                return False
            if other.leader is not None and segment_hits_rect(*other.leader, rect):
                return False
        if leader is None:
            return True
        # a leader starts inside its own mark (and any mark the anchor sits in), so those do not count
        if strict and any(segment_hits_rect(*leader, o) and not _holds(o, r.anchor) for o in self.obstacles):
            return False
        for other in self.placed:
            if segment_hits_rect(*leader, other.rect):
                return False
            if strict and other.leader is not None and segments_cross(*leader, *other.leader):
                return False
        return True


def _holds(rect: Rect, p: Pos) -> bool:
    return rect.x0 <= p[0] <= rect.x1 and rect.y0 <= p[1] <= rect.y1


def segment_hits_rect(a: Pos, b: Pos, rect: Rect) -> bool:
    """Does the segment a-b pass through the rectangle's inside (Liang-Barsky clipping)?"""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - rect.x0), (dx, rect.x1 - a[0]), (-dy, a[1] - rect.y0), (dy, rect.y1 - a[1])):
        if abs(p) < 1e-12:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return True


def segments_cross(a: Pos, b: Pos, c: Pos, d: Pos) -> bool:
    """Do the segments a-b and c-d cross (touching ends do not count)?"""

    def orient(p: Pos, q: Pos, r: Pos) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return orient(a, b, c) * orient(a, b, d) < 0 and orient(c, d, a) * orient(c, d, b) < 0
