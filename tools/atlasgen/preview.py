"""Render generated SVGs to PNG with Qt (offscreen), to look at them: ``python -m atlasgen.preview SRC DST``."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def render_png(svg: Path, png: Path, size: int = 600) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FBF8F5"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image.save(str(png))


def main(src: Path, dst: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    dst.mkdir(parents=True, exist_ok=True)
    for svg in sorted(src.glob("*.svg")):
        render_png(svg, dst / (svg.stem + ".png"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
