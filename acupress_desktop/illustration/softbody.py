"""Skin as a smooth envelope around simple solids (capsules, ellipses), traced to one closed curve.

A view describes a body part as signed-distance primitives placed from its anatomical model (bones,
muscle bellies). They are blended with a polynomial smooth-minimum, so neighbouring solids merge with
rounded webs the way skin does; the zero level is traced with marching squares on a grid, smoothed,
and written as cubic Bezier curves (SVG ``M``/``C``/``Z`` only, which the placement hit test reads).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from .geometry import Vec, dist

BIG = 1e9


@dataclass(frozen=True)
class Capsule:
    """A segment start->end thickened to one radius at its start and another at its end (a tapered
    finger, a bone shaft)."""

    start: Vec
    end: Vec
    start_radius: float
    end_radius: float

    def sdf(self, x: float, y: float) -> float:
        ax, ay = self.start
        bx, by = self.end
        dx, dy = bx - ax, by - ay
        length_squared = dx * dx + dy * dy
        t = 0.0 if length_squared == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length_squared))
        px, py = ax + dx * t, ay + dy * t
        return math.hypot(x - px, y - py) - (self.start_radius + (self.end_radius - self.start_radius) * t)

    def bbox(self) -> tuple[float, float, float, float]:
        reach = max(self.start_radius, self.end_radius)
        return (
            min(self.start[0], self.end[0]) - reach,
            min(self.start[1], self.end[1]) - reach,
            max(self.start[0], self.end[0]) + reach,
            max(self.start[1], self.end[1]) + reach,
        )


@dataclass(frozen=True)
class Ellipse:
    """An ellipse of semi-axes rx, ry, turned by ``angle`` degrees (clockwise on screen)."""

    centre: Vec
    rx: float
    ry: float
    angle: float = 0.0

    def sdf(self, x: float, y: float) -> float:
        turn = math.radians(self.angle)
        cos_turn, sin_turn = math.cos(turn), math.sin(turn)
        dx, dy = x - self.centre[0], y - self.centre[1]
        u = dx * cos_turn + dy * sin_turn  # (u, v): the point in the ellipse's own axes
        v = -dx * sin_turn + dy * cos_turn
        scaled = math.hypot(u / self.rx, v / self.ry)  # 1 on the ellipse
        # first-order distance estimate, good enough for blending and a smooth zero level
        gradient = math.hypot(u / (self.rx * self.rx), v / (self.ry * self.ry))
        return (scaled - 1.0) * scaled / gradient if gradient > 0 else -min(self.rx, self.ry)

    def bbox(self) -> tuple[float, float, float, float]:
        reach = max(self.rx, self.ry)
        return (self.centre[0] - reach, self.centre[1] - reach, self.centre[0] + reach, self.centre[1] + reach)


Primitive = Capsule | Ellipse


def smin(a: float, b: float, blend: float) -> float:
    """Polynomial smooth minimum: like min(a, b), rounded over a band ``blend`` wide."""
    if blend <= 0:
        return min(a, b)
    overlap = max(blend - abs(a - b), 0.0) / blend
    return min(a, b) - overlap * overlap * blend * 0.25


@dataclass
class Body:
    """Primitives blended in order. ``add`` unions with a rounded web ``blend`` wide; ``cut`` carves a notch."""

    ops: list[tuple[str, Primitive, float]] = field(default_factory=list)

    def add(self, prim: Primitive, blend: float = 8.0) -> Body:
        self.ops.append(("add", prim, blend))
        return self

    def cut(self, prim: Primitive, blend: float = 4.0) -> Body:
        self.ops.append(("cut", prim, blend))
        return self

    def sdf(self, x: float, y: float) -> float:
        distance = BIG
        for operation, prim, blend in self.ops:
            to_prim = prim.sdf(x, y)
            distance = smin(distance, to_prim, blend) if operation == "add" else -smin(-distance, to_prim, blend)
        return distance

    def grid(
        self, bounds: tuple[float, float, float, float], step: float
    ) -> tuple[list[float], list[float], list[list[float]]]:
        """Signed distances on a grid (rows of y, columns of x); each solid only touches the cells it can reach."""
        x0, y0, x1, y1 = bounds
        columns = math.ceil((x1 - x0) / step) + 1
        rows = math.ceil((y1 - y0) / step) + 1
        xs = [x0 + i * step for i in range(columns)]
        ys = [y0 + j * step for j in range(rows)]
        values = [[BIG] * columns for _ in range(rows)]
        for operation, prim, blend in self.ops:
            box_x0, box_y0, box_x1, box_y1 = prim.bbox()
            reach = blend + 2 * step
            first_column = max(0, int((box_x0 - reach - x0) / step))
            last_column = min(columns - 1, int((box_x1 + reach - x0) / step) + 1)
            first_row = max(0, int((box_y0 - reach - y0) / step))
            last_row = min(rows - 1, int((box_y1 + reach - y0) / step) + 1)
            distance_to = prim.sdf
            for j in range(first_row, last_row + 1):
                row = values[j]
                row_y = ys[j]
                for i in range(first_column, last_column + 1):
                    to_prim = distance_to(xs[i], row_y)
                    if operation == "add":
                        row[i] = smin(row[i], to_prim, blend)
                    elif row[i] < BIG:
                        row[i] = -smin(-row[i], to_prim, blend)
        # everything on the border of the grid is outside, so every loop closes
        for j in (0, rows - 1):
            values[j] = [abs(v) + 1e-3 for v in values[j]]
        for row in values:
            row[0] = abs(row[0]) + 1e-3
            row[-1] = abs(row[-1]) + 1e-3
        return xs, ys, values

    def loops(self, bounds: tuple[float, float, float, float], step: float = 3.0) -> list[list[Vec]]:
        xs, ys, values = self.grid(bounds, step)
        return marching_squares(xs, ys, values)

    def outline(self, bounds: tuple[float, float, float, float], step: float = 3.0, spacing: float = 7.0) -> list[Vec]:
        """The largest traced loop, smoothed and resampled: the silhouette."""
        loops = self.loops(bounds, step)
        if not loops:
            raise ValueError("body has no inside")
        best = max(loops, key=lambda lp: abs(polygon_area(lp)))
        return smooth_closed(best, spacing)


# A crossing of the zero level is named by the grid edge it lies on: (column, row, 0 = horizontal edge
# to the right of that node, 1 = vertical edge below it).
EdgeKey = tuple[int, int, int]


def marching_squares(xs: list[float], ys: list[float], values: list[list[float]]) -> list[list[Vec]]:
    """Closed loops along the zero level of a sampled field, as lists of points (longer than 8)."""
    crossings = _CrossingGraph(xs, ys, values)
    for j in range(len(ys) - 1):
        for i in range(len(xs) - 1):
            crossings.link_cell(i, j)
    return [[crossings.position[key] for key in loop] for loop in crossings.loops() if len(loop) > 8]


class _CrossingGraph:
    """Where the zero level crosses grid edges, and which crossings are joined inside a cell."""

    def __init__(self, xs: list[float], ys: list[float], values: list[list[float]]) -> None:
        self.xs, self.ys, self.values = xs, ys, values
        self.position: dict[EdgeKey, Vec] = {}
        self.neighbours: dict[EdgeKey, list[EdgeKey]] = {}

    def edge(self, i: int, j: int, horizontal: bool) -> EdgeKey:
        """The crossing on one grid edge, its position interpolated linearly between the two nodes."""
        key = (i, j, 0 if horizontal else 1)
        if key not in self.position:
            xs, ys, values = self.xs, self.ys, self.values
            if horizontal:
                start, end = values[j][i], values[j][i + 1]
                t = start / (start - end)
                self.position[key] = (xs[i] + (xs[i + 1] - xs[i]) * t, ys[j])
            else:
                start, end = values[j][i], values[j + 1][i]
                t = start / (start - end)
                self.position[key] = (xs[i], ys[j] + (ys[j + 1] - ys[j]) * t)
        return key

    def link(self, one: EdgeKey, other: EdgeKey) -> None:
        self.neighbours.setdefault(one, []).append(other)
        self.neighbours.setdefault(other, []).append(one)

    def link_cell(self, i: int, j: int) -> None:
        """Join the crossings on the four edges of the cell whose top-left node is (i, j)."""
        upper_row, lower_row = self.values[j], self.values[j + 1]
        corners = [upper_row[i], upper_row[i + 1], lower_row[i + 1], lower_row[i]]
        top_left, top_right, bottom_right, bottom_left = (value < 0 for value in corners)
        if top_left == top_right == bottom_right == bottom_left:
            return
        crossings = []
        if top_left != top_right:
            crossings.append(self.edge(i, j, True))  # top
        if top_right != bottom_right:
            crossings.append(self.edge(i + 1, j, False))  # right
        if bottom_right != bottom_left:
            crossings.append(self.edge(i, j + 1, True))  # bottom
        if bottom_left != top_left:
            crossings.append(self.edge(i, j, False))  # left
        if len(crossings) == 2:
            self.link(crossings[0], crossings[1])
        elif len(crossings) == 4:  # a saddle: the value at the centre decides which corners connect
            centre = sum(corners) / 4
            top, right, bottom, left = crossings
            if (centre < 0) == top_left:
                self.link(top, right)
                self.link(bottom, left)
            else:
                self.link(top, left)
                self.link(bottom, right)

    def loops(self) -> list[list[EdgeKey]]:
        """Walk each chain of linked crossings once, from its first crossing back to it."""
        loops: list[list[EdgeKey]] = []
        seen: set[EdgeKey] = set()
        for start in self.neighbours:
            if start in seen:
                continue
            loop = [start]
            seen.add(start)
            previous, current = start, self.neighbours[start][0]
            while current != start and current not in seen:
                seen.add(current)
                loop.append(current)
                onward = [key for key in self.neighbours[current] if key != previous]
                if not onward:
                    break
                previous, current = current, onward[0]
            loops.append(loop)
        return loops


def polygon_area(points: Sequence[Vec]) -> float:
    """Signed area (shoelace formula): positive for counter-clockwise in a y-up frame."""
    twice_area = 0.0
    for i in range(len(points)):
        x0, y0 = points[i - 1]
        x1, y1 = points[i]
        twice_area += x0 * y1 - x1 * y0
    return twice_area / 2


def resample(polyline: Sequence[Vec], spacing: float, closed: bool = True) -> list[Vec]:
    """Points evenly spread along the polyline, about ``spacing`` apart."""
    sequence = list(polyline) + ([polyline[0]] if closed else [])
    total = sum(dist(sequence[i], sequence[i + 1]) for i in range(len(sequence) - 1))
    count = max(3 if closed else 2, round(total / spacing))
    step = total / count
    out: list[Vec] = [sequence[0]]
    walked = 0.0
    target = step
    for i in range(len(sequence) - 1):
        start, end = sequence[i], sequence[i + 1]
        segment = dist(start, end)
        while segment > 0 and walked + segment >= target - 1e-9 and len(out) < count + (0 if closed else 1):
            t = (target - walked) / segment
            out.append((start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t))
            target += step
        walked += segment
    if closed:
        return out[:count]
    if dist(out[-1], sequence[-1]) > 1e-6:
        out.append(sequence[-1])
    return out


def smooth_closed(loop: Sequence[Vec], spacing: float, passes: int = 2) -> list[Vec]:
    """A traced loop without its grid steps, evenly resampled, starting at its lowest-left point."""
    points = resample(loop, 2.0)
    count = len(points)
    for _ in range(passes):
        for factor in (0.5, -0.53):  # Taubin smoothing: removes grid steps without shrinking
            points = [
                (
                    points[i][0] + factor * ((points[i - 1][0] + points[(i + 1) % count][0]) / 2 - points[i][0]),
                    points[i][1] + factor * ((points[i - 1][1] + points[(i + 1) % count][1]) / 2 - points[i][1]),
                )
                for i in range(count)
            ]
    out = resample(points, spacing)
    # start the path at the lowest-left point so files are stable and readable
    start = min(range(len(out)), key=lambda i: (-round(out[i][1], 1), out[i][0]))
    out = out[start:] + out[:start]
    if polygon_area(out) < 0:  # clockwise on screen (y down)
        out = [out[0], *reversed(out[1:])]
    return out
