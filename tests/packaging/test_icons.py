"""The icon: every hicolor size present, rendered from the current SVG sources, readable when small."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from acupress_desktop.paths import APP_ID, icons_dir

from .conftest import ROOT, load_script

make_icons = load_script(ROOT / "scripts" / "make_icons.py")


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_committed_png_is_the_current_svg(qapp: object, size: int) -> None:
    committed = QImage(str(make_icons.png_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = make_icons.render(size).convertToFormat(committed.format())
    differing = sum(
        1
        for x in range(size)
        for y in range(size)
        if max(
            abs(a - b)
            for a, b in zip(committed.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True)
        )
        > 8
    )
    assert differing == 0, f"{size} px icon is stale: run `make icons`"


def test_small_sizes_are_the_simplified_drawing(qapp: object) -> None:
    """At 16 px the point (orange) sits on the tile (teal) inside a white ring: three colours a glance tells apart."""
    image = QImage(str(make_icons.png_path(16)))
    centre, ring, tile = image.pixelColor(8, 8), image.pixelColor(8, 3), image.pixelColor(2, 8)
    assert centre.red() > 200 and centre.blue() < 130
    assert min(ring.red(), ring.green(), ring.blue()) > 170
    assert tile.green() > tile.red() + 50 and tile.alpha() == 255
    assert (icons_dir() / f"{APP_ID}-small.svg").is_file()
