"""Render the illustration SVGs to PNG for looking at them, with the computed points drawn on top.

    QT_QPA_PLATFORM=offscreen python scripts/render_views.py [VIEW ...] [--size 600 1200] [--side right]

Writes docs/screenshots/views/<view>_<size>.png. Points are red circles with their code; a point drawn
for the other side (mirrored) is blue. This is a developer tool; the app draws its own markers.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from acupress_desktop.domain.laterality import Side  # noqa: E402
from acupress_desktop.domain.placement import load_views  # noqa: E402

IMAGES = ROOT / "resources" / "images"
OUT = ROOT / "docs" / "screenshots" / "views"


def render(svg: Path, size: int, markers: list[tuple[str, float, float, QColor]], vb: float, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p, QRectF(0, 0, size, size))
    k = size / vb
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(10, int(11 * k)))
    font.setBold(True)
    p.setFont(font)
    for code, x, y, colour in markers:
        p.setPen(QPen(colour, 2.0 * k))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(x * k, y * k), 6 * k, 6 * k)
        p.setPen(QPen(colour, 1))
        p.drawText(QPointF(x * k + 8 * k, y * k - 6 * k), code)
    p.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("views", nargs="*")
    ap.add_argument("--size", nargs="*", type=int, default=[600, 1200])
    ap.add_argument("--images", type=Path, default=IMAGES)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--mirrored", action="store_true", help="also draw the other side's points in blue")
    args = ap.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([])
    views = load_views(args.images)
    svgs = sorted(args.images.glob("*.svg"))
    for svg in svgs:
        name = svg.stem
        if args.views and name not in args.views:
            continue
        markers: list[tuple[str, float, float, QColor]] = []
        view = views.get(name)
        vb = 600.0
        if view is not None:
            vb = view.width
            shown = Side.RIGHT if view.drawn_side is not Side.LEFT else Side.LEFT
            for code in view.placements:
                for x, y in view.position(code, shown):
                    markers.append((code, x, y, QColor(220, 30, 30)))
                if args.mirrored:
                    other = Side.LEFT if shown is Side.RIGHT else Side.RIGHT
                    for x, y in view.position(code, other):
                        markers.append((code, x, y, QColor(40, 90, 220)))
        for size in args.size:
            out = args.out / f"{name}_{size}.png"
            render(svg, size, markers, vb, out)
            print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
