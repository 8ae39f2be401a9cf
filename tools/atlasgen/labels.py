"""Point labels for the generated SVGs, laid out by the app's own routine (acupress_desktop.domain.label_layout),
so the views and the app's pictures follow one rule: no label over another label, a marker or a landmark."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from acupress_desktop.domain.label_layout import LabelRequest, Rect, Style, square
from acupress_desktop.domain.label_layout import place_labels as layout

FONT_PX = 13.0
CHAR_W = 0.62  # average advance of DejaVu Sans bold capitals and digits, in em
PAD = 2.0
MARKER_R = 7.0  # the app's marker radius, kept clear of every label
LANDMARK_R = 4.0
CROWDED = 20  # more marks than this (the whole-body views): labels go to side columns, as in a printed atlas


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Placed:
    text: str
    x: float  # text anchor (start), baseline
    y: float
    box: Box
    leader: tuple[float, float, float, float] | None


def text_width(text: str, size: float = FONT_PX) -> float:
    return len(text) * size * CHAR_W


def place_labels(
    anchors: list[tuple[str, float, float]],
    obstacles: list[tuple[float, float]],
    on_body: np.ndarray,
    width: int,
    height: int,
) -> list[Placed]:
    """Labels for (text, x, y) anchors; ``obstacles`` are landmarks; ``on_body`` is the view's skin mask."""
    requests = [
        LabelRequest(f"{k}", (x, y), text_width(text) + 2 * PAD, FONT_PX + 2 * PAD, MARKER_R)
        for k, (text, x, y) in enumerate(anchors)
    ]
    rows, cols = on_body.shape

    def skin(p: tuple[float, float]) -> bool:
        x, y = int(p[0]), int(p[1])
        return 0 <= y < rows and 0 <= x < cols and bool(on_body[y, x])

    style = Style.COLUMNS if len(anchors) > CROWDED else Style.BESIDE
    ticks = [square(p, LANDMARK_R) for p in obstacles]
    out = []
    for placed in layout(requests, Rect(2, 2, width - 2, height - 2), ticks, skin, style):
        text = anchors[int(placed.key)][0]
        r = placed.rect
        leader = (*placed.leader[0], *placed.leader[1]) if placed.leader else None
        out.append(Placed(text, r.x0 + PAD, r.y1 - PAD - 2, Box(r.x0, r.y0, r.x1, r.y1), leader))
    return out
