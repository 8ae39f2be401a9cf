"""The generated SVGs are what the generator writes, and follow the shared structure."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from acupress_desktop.illustration import VIEWS, build_all
from acupress_desktop.storage.view_files import load_placements

IMAGES = Path(__file__).resolve().parents[2] / "resources" / "images"
NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def drawings() -> dict[str, object]:
    return dict(build_all())


def test_committed_svgs_are_up_to_date(drawings: dict[str, object]) -> None:
    for name, drawing in drawings.items():
        committed = (IMAGES / f"{name}.svg").read_text(encoding="utf-8")
        assert committed == drawing.to_svg(), f"{name}.svg is stale: run python -m acupress_desktop.illustration"  # type: ignore[attr-defined]


def test_every_view_in_placements_has_a_generator_and_back() -> None:
    assert set(load_placements(IMAGES / "placements.toml")) == set(VIEWS)


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_svg_structure(name: str) -> None:
    root = ET.parse(IMAGES / f"{name}.svg").getroot()
    assert root.get("viewBox") == "0 0 600 600"
    outlines = [e for e in root.iter() if e.get("id") == "outline"]
    assert len(outlines) == 1
    path_data = outlines[0].get("d") or ""
    assert path_data.startswith("M ") and path_data.rstrip().endswith("Z")
    assert {c for c in path_data if c.isalpha()} <= {"M", "L", "C", "Q", "Z"}
    groups = {e.get("id") for e in root.iter(f"{NS}g")}
    assert {"landmarks", "landmark-labels"} <= groups
    lms = [e for e in root.iter() if (e.get("id") or "").startswith("lm-")]
    assert lms or name.startswith("body_")
    # no point markers are drawn into the picture: only landmarks
    assert not [e for e in root.iter() if (e.get("id") or "").startswith("pt-")]


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_labels_fit_on_the_canvas(name: str) -> None:
    """The app draws labels at 13 px (anchors flip when mirrored, so one check covers both sides)."""
    root = ET.parse(IMAGES / f"{name}.svg").getroot()
    group = next(e for e in root.iter(f"{NS}g") if e.get("id") == "landmark-labels")
    assert not [e for e in group.iter(f"{NS}g") if e is not group], "no nested groups inside landmark-labels"
    for text in group.iter(f"{NS}text"):
        x, y = float(text.get("x", 0)), float(text.get("y", 0))
        width = 0.58 * 13 * len(text.text or "")  # DejaVu Sans averages ~ 0.55 em per character
        left = x - {"start": 0.0, "middle": width / 2, "end": width}[text.get("text-anchor", "start")]
        assert left >= 0 and left + width <= 600, f"{name}: label {text.text!r} runs off the canvas"
        assert 12 <= y <= 600, f"{name}: label {text.text!r} runs off the canvas"
