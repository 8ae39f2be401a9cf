"""Render every view with all its points as the app draws them (`make screenshots`).

Writes docs/screenshots/views/<view>.png (right side, or both sides on midline views) with each point
labelled by its code (laid out as the app lays out its labels) and the landmarks named, for reviewing
placement against the written locations.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.domain.laterality import Side
    from acupress_desktop.painting.pictures import PaintOptions, PointPictures
    from acupress_desktop.paths import images_dir
    from acupress_desktop.storage.view_files import load_views

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/views")
    out.mkdir(parents=True, exist_ok=True)
    _app = QApplication(sys.argv[:1])
    pictures = PointPictures(lambda: load_views(images_dir()))
    size = 600
    for view_id, view in pictures.views.items():
        image = QImage(size * 2, size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        for column, side in enumerate((Side.RIGHT, Side.LEFT)):
            target = QRectF(column * size, 0, size, size)
            codes = {code: code for code in view.codes}
            options = PaintOptions(others=True, labels=True, names=codes, every_label=True)
            pictures.paint(painter, target, view, side, options)
            painter.setFont(QFont())
            painter.setPen(QColor("#333333"))
            painter.drawText(QPointF(column * size + 10, 20), f"{view.title} — {side.value.upper()} side")
        painter.end()
        image.save(str(out / f"{view_id}.png"))
    print(f"wrote {len(pictures.views)} views to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
