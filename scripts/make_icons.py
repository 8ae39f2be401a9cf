"""Render the application icon into the hicolor PNGs the window and the installers use.

`python scripts/make_icons.py` rewrites resources/icons/hicolor/ from the two SVG sources (a simpler
drawing for 16-32 px, so the icon still reads in a panel or a title bar). `--ico` and `--icns` also write
the Windows and macOS icon files (they need Pillow, from the `package` extra; the PyInstaller spec calls
this for its own build).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from acupress_desktop.paths import APP_ID, icons_dir  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32


def source_for(size: int) -> Path:
    name = f"{APP_ID}-small.svg" if size <= SMALL_UP_TO else f"{APP_ID}.svg"
    return icons_dir() / name


def png_path(size: int, root: Path | None = None) -> Path:
    return (root or icons_dir()) / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):  # -> QImage (PySide6 is imported lazily so --help works anywhere)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive for later calls
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(source_for(size))).render(painter)
    painter.end()
    return image


def write_pngs(root: Path | None = None) -> list[Path]:
    written = []
    for size in SIZES:
        path = png_path(size, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def write_ico(path: Path) -> None:
    """Windows .ico with the hand-drawn small sizes embedded (Pillow would only downscale the largest)."""
    from PIL import Image

    images = [Image.open(png_path(size)) for size in (16, 24, 32, 48, 64, 128, 256)]
    path.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(path, format="ICO", sizes=[im.size for im in images], append_images=images[:-1])


def write_icns(path: Path) -> None:
    from PIL import Image

    largest = Image.open(png_path(512))
    smaller = [Image.open(png_path(size)) for size in (16, 32, 64, 128, 256)]
    path.parent.mkdir(parents=True, exist_ok=True)
    largest.save(path, format="ICNS", append_images=smaller)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    parser.add_argument("--skip-png", action="store_true", help="use the committed PNGs as they are")
    args = parser.parse_args()
    if not args.skip_png:
        for path in write_pngs():
            print(path.relative_to(ROOT))
    if args.ico:
        write_ico(args.ico)
        print(args.ico)
    if args.icns:
        write_icns(args.icns)
        print(args.icns)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
