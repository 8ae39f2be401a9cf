"""Place point labels with leader lines so that no label overlaps another label, a marker or a landmark."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FONT_PX = 13.0
CHAR_W = 0.62  # average advance of DejaVu Sans bold capitals and digits, in em
PAD = 2.0
MARKER_R = 7.0  # the app's marker radius, kept clear of every label


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def hits(self, o: Box) -> bool:
        return not (self.x1 <= o.x0 or o.x1 <= self.x0 or self.y1 <= o.y0 or o.y1 <= self.y0)


@dataclass(frozen=True)
class Placed:
    text: str
    x: float  # text anchor (start), baseline
    y: float
    box: Box
    leader: tuple[float, float, float, float] | None


def text_width(text: str, size: float = FONT_PX) -> float:
    return len(text) * size * CHAR_W


def _segment_hits_box(a: tuple[float, float], b: tuple[float, float], box: Box) -> bool:
    for t in np.linspace(0.08, 0.92, 12):
        x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1:
            return True
    return False


def place_labels(
    anchors: list[tuple[str, float, float]],
    obstacles: list[tuple[float, float]],
    on_body: np.ndarray,
    width: int,
    height: int,
) -> list[Placed]:
    """Labels for (text, x, y) anchors; ``on_body`` is the view's skin mask (to prefer white space)."""
    marker_boxes = [Box(x - MARKER_R, y - MARKER_R, x + MARKER_R, y + MARKER_R) for _, x, y in anchors]
    marker_boxes += [Box(x - 4, y - 4, x + 4, y + 4) for x, y in obstacles]
    placed: list[Placed] = []
    boxes: list[Box] = []
    leaders: list[tuple[tuple[float, float], tuple[float, float]]] = []
    centre = (width / 2, height / 2)
    order = sorted(anchors, key=lambda a: -sum(math.dist(a[1:], b[1:]) < 60 for b in anchors))
    for text, ax, ay in order:
        w, h = text_width(text), FONT_PX
        best: tuple[float, Placed] | None = None
        away = math.atan2(ay - centre[1], ax - centre[0])
        for radius in (16, 26, 40, 58, 80, 105):
            for k in range(16):
                ang = away + k * math.pi / 8
                cx, cy = ax + radius * math.cos(ang), ay + radius * math.sin(ang)
                box = Box(cx - w / 2 - PAD, cy - h / 2 - PAD, cx + w / 2 + PAD, cy + h / 2 + PAD)
                if box.x0 < 2 or box.y0 < 2 or box.x1 > width - 2 or box.y1 > height - 2:
                    continue
                if any(box.hits(b) for b in boxes) or any(box.hits(b) for b in marker_boxes):
                    continue
                end = _leader_end(ax, ay, box)
                start = (ax + (end[0] - ax) * MARKER_R / max(math.dist((ax, ay), end), 1e-6),
                         ay + (end[1] - ay) * MARKER_R / max(math.dist((ax, ay), end), 1e-6))  # fmt: skip
                others = [m for m in marker_boxes if not _contains(m, ax, ay)]
                if radius > 16 and any(_segment_hits_box(start, end, b) for b in boxes + others):
                    continue
                if any(_crosses(start, end, p, q) for p, q in leaders):
                    continue
                skin = _skin_fraction(on_body, box)
                score = radius + 60 * skin + (4 if k % 2 else 0)
                leader = (start[0], start[1], end[0], end[1]) if radius > 16 else None
                cand = Placed(text, box.x0 + PAD, box.y1 - PAD - 2, box, leader)
                if best is None or score < best[0]:
                    best = (score, cand)
            if best is not None and best[0] < radius + 40:
                break
        if best is None:
            continue  # no room: the app still shows the marker and its tooltip
        placed.append(best[1])
        boxes.append(best[1].box)
        if best[1].leader:
            x0, y0, x1, y1 = best[1].leader
            leaders.append(((x0, y0), (x1, y1)))
    return placed


def _contains(b: Box, x: float, y: float) -> bool:
    return b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1


def _leader_end(ax: float, ay: float, box: Box) -> tuple[float, float]:
    return (min(max(ax, box.x0), box.x1), min(max(ay, box.y0), box.y1))


def _crosses(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], d: tuple[float, float]) -> bool:
    def orient(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return (orient(a, b, c) * orient(a, b, d) < 0) and (orient(c, d, a) * orient(c, d, b) < 0)


def _skin_fraction(mask: np.ndarray, box: Box) -> float:
    h, w = mask.shape
    x0, x1 = max(int(box.x0), 0), min(int(box.x1), w)
    y0, y1 = max(int(box.y0), 0), min(int(box.y1), h)
    if x1 <= x0 or y1 <= y0:
        return 0.0
    return float(mask[y0:y1, x0:x1].mean())
