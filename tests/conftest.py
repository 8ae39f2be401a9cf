"""Shared fixtures. Qt must run headless in CI, so the platform is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.paths import catalog_source_dir, points_db_path


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The catalogue as the app sees it: read from the shipped points.db."""
    from acupress_desktop.storage.catalog_repository import CatalogueRepository

    return CatalogueRepository.open(points_db_path()).load()  # its one sqlite3 connection is closed after reading


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
    return data_dir


class NetworkUsedError(AssertionError):
    """Acupress tried to reach the network; it must work offline and send nothing anywhere."""


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with outgoing connections and name look-ups made impossible, so the whole suite proves
    that nothing Acupress does in-process connects anywhere."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkUsedError(f"network use attempted: {args[1:] or kwargs}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse)


@pytest.fixture(autouse=True)
def _databases_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every database a test opens is closed when it ends.

    An engine's pool keeps its SQLite connection open until the engine is garbage-collected, some later test;
    Python 3.13 reports that as a ResourceWarning, which is an error here. The app and each command open their
    databases once per process, so this is the tests' own bookkeeping.
    """
    from acupress_desktop.storage import catalog_repository, user_db

    opened: list[Engine] = []

    def tracked(open_engine: Callable[[Path], Engine]) -> Callable[[Path], Engine]:
        def open_and_track(path: Path) -> Engine:
            engine = open_engine(path)
            opened.append(engine)
            return engine

        return open_and_track

    monkeypatch.setattr(user_db, "create_user_engine", tracked(user_db.create_user_engine))
    monkeypatch.setattr(catalog_repository, "open_read_only", tracked(catalog_repository.open_read_only))
    yield
    for engine in opened:
        engine.dispose()
