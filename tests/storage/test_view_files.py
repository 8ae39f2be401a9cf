"""The app's views, placed from views.json without reading the SVGs, are the views read from every SVG."""

import pytest

from acupress_desktop.domain.placement import SvgDrawing
from acupress_desktop.paths import images_dir
from acupress_desktop.storage import view_files
from acupress_desktop.storage.view_files import load_views, load_views_precomputed


def test_views_placed_from_the_recorded_landmarks_are_those_read_from_the_svgs() -> None:
    recorded, read = load_views_precomputed(images_dir()), load_views(images_dir())
    assert list(recorded) == list(read)
    for view_id, view in recorded.items():
        full = read[view_id]
        assert view.placements == full.placements, view_id
        assert (view.title, view.drawn_side, view.facing, view.svg_path) == (
            full.title, full.drawn_side, full.facing, full.svg_path,
        )  # fmt: skip
        # views.json keeps the generator's scale; the SVG's two scale landmarks are rounded to 0.1 px
        assert view.cun_px == pytest.approx(full.cun_px, rel=2e-3), view_id
        assert view.drawing == full.drawing, view_id


def test_no_svg_is_read_until_its_picture_is_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = view_files.read_svg

    def counted(path):  # type: ignore[no-untyped-def]
        read.append(path.name)
        return original(path)

    monkeypatch.setattr(view_files, "read_svg", counted)
    views = load_views_precomputed(images_dir())
    assert read == []
    assert views["body_front"].width > 0 and views["body_front"].regions and views["body_front"].outline
    assert read == ["body_front.svg"]  # read once, kept
    assert isinstance(views["body_front"].drawing, SvgDrawing)
