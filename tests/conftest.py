"""Shared fixtures. Qt must run headless in CI, so the platform is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from pathlib import Path

import pytest

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.paths import catalog_source_dir, points_db_path


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The catalogue as the app sees it: read from the shipped points.db."""
    from acupress_desktop.storage.catalog_repository import CatalogueRepository

    return CatalogueRepository.open(points_db_path()).load()


@pytest.fixture(scope="session")
def source_catalogue() -> Catalogue:
    """The catalogue as written in the reviewed TOML source."""
    from acupress_desktop.storage.catalog_source import load_catalogue_source

    return load_catalogue_source(catalog_source_dir())


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user data folder."""
    data_dir = tmp_path / "user-data"
    monkeypatch.setenv("ACUPRESS_DATA_DIR", str(data_dir))
    for name in ("ACUPRESS_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):  # English unless a test asks
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return data_dir
