"""SVG path data as a polygon: the silhouette of an illustration, for 'is this spot on the body?' and for fading
the edges a close-up cuts through. Plain string parsing, done when a picture first needs its outline."""

from __future__ import annotations

import re

from acupress_desktop.domain.placement import PlacementError, Pos

_PATH_TOKEN = re.compile(r"[MLCQZmlcqz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGUMENTS = {"M": 2, "L": 2, "C": 6, "Q": 4}


def flatten_path(path_data: str, segments: int = 12) -> list[Pos]:
    """Polygon approximating an SVG path of absolute M, L, C and Q commands: the first subpath, up to Z."""
    tokens = _PATH_TOKEN.findall(path_data)
    polygon: list[Pos] = []
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            command = _command(token)
            index += 1
            if command == "Z":
                break  # one closed outline is all we read
            continue
        if command not in _ARGUMENTS:
            raise PlacementError(f"unsupported path command {command!r}")
        count = _ARGUMENTS[command]
        values = [float(value) for value in tokens[index : index + count]]
        if len(values) != count:
            raise PlacementError("truncated path data")
        index += count
        if command == "M" and polygon:
            break  # a second subpath: not part of the outline
        polygon.extend(_segment(command, polygon[-1] if polygon else (0.0, 0.0), values, segments))
        command = "L" if command == "M" else command
    return polygon


def _command(token: str) -> str:
    if token in "Zz":
        return "Z"
    if token.islower():
        raise PlacementError(f"relative path command {token!r} is not supported")
    return token


def _segment(command: str, start: Pos, values: list[float], segments: int) -> list[Pos]:
    """The points one path command adds after ``start``: its end, or its curve cut into straight pieces."""
    if command in ("M", "L"):
        return [(values[0], values[1])]
    steps = [step / segments for step in range(1, segments + 1)]
    if command == "C":
        x1, y1, x2, y2, x, y = values
        return [
            (
                (1 - t) ** 3 * start[0] + 3 * (1 - t) ** 2 * t * x1 + 3 * (1 - t) * t * t * x2 + t**3 * x,
                (1 - t) ** 3 * start[1] + 3 * (1 - t) ** 2 * t * y1 + 3 * (1 - t) * t * t * y2 + t**3 * y,
            )
            for t in steps
        ]
    x1, y1, x, y = values
    return [
        (
            (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * x1 + t * t * x,
            (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * y1 + t * t * y,
        )
        for t in steps
    ]
