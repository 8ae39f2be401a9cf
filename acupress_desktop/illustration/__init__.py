"""Acupress illustrations: every view is generated from a small anatomical model.

Pure Python, standard library only. ``python -m acupress_desktop.illustration [OUT_DIR]`` writes one
SVG per view into ``resources/images/`` (or OUT_DIR). Each SVG has the body silhouette as one closed
path ``id="outline"`` and named landmarks (``<circle id="lm-...">`` in ``<g id="landmarks">``); points
are placed over them by the rules in ``resources/images/placements.toml`` (see
``acupress_desktop.domain.placement``).
"""

from __future__ import annotations

from .registry import VIEWS, build_all, write_all

__all__ = ["VIEWS", "build_all", "write_all"]
