"""All views, in the order the app lists them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import ankle, arm, face, foot_top, hand_dorsal, head_top, leg_back, leg_front, overview, trunk
from .svg import Drawing

VIEWS: dict[str, Callable[[], Drawing]] = {
    "hand_dorsal": hand_dorsal.hand_dorsal,
    "knee_back": leg_back.knee_back,
    "leg_back": leg_back.leg_back,
    "leg_front": leg_front.leg_front,
    "ankle_outer": ankle.ankle_outer,
    "ankle_inner": ankle.ankle_inner,
    "foot_top": foot_top.foot_top,
    "lower_back": trunk.lower_back,
    "hip_side": trunk.hip_side,
    "neck_shoulder": trunk.neck_shoulder,
    "head_top": head_top.head_top,
    "face": face.face,
    "forearm_inner": arm.forearm_inner,
    "body_front": overview.body_front,
    "body_back": overview.body_back,
}


def build_all(only: list[str] | None = None) -> dict[str, Drawing]:
    return {name: fn() for name, fn in VIEWS.items() if not only or name in only}


def write_all(out_dir: Path, only: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, drawing in build_all(only).items():
        path = out_dir / f"{name}.svg"
        path.write_text(drawing.to_svg(), encoding="utf-8")
        written.append(path)
    return written
