"""The shipped points.db: generated from the source, read-only, and read back unchanged."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.paths import catalog_source_dir, points_db_path
from acupress_desktop.storage.catalog_build import CatalogueIntegrityError, build_catalogue_db, dump_tables
from acupress_desktop.storage.catalog_repository import (
    CatalogueRepository,
    CatalogueUnavailableError,
    open_read_only,
)


def test_committed_database_matches_its_source(tmp_path: Path) -> None:
    rebuilt = tmp_path / "points.db"
    build_catalogue_db(catalog_source_dir(), rebuilt)
    assert dump_tables(points_db_path()) == dump_tables(rebuilt), "run `make catalog` and commit points.db"


def _index_names_by_table(db_path: Path) -> dict[str, list[str]]:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        query = "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
        by_table: dict[str, list[str]] = {}
        for table, name in connection.execute(query):
            by_table.setdefault(table, []).append(name)
        return by_table
    finally:
        connection.close()


def test_indexes_are_written_in_name_order_so_a_rebuild_gives_the_same_bytes(tmp_path: Path) -> None:
    """SQLAlchemy keeps a table's indexes in a set; written in that order, the file changed from run to run."""
    rebuilt = tmp_path / "points.db"
    build_catalogue_db(catalog_source_dir(), rebuilt)
    for db_path in (points_db_path(), rebuilt):
        by_table = _index_names_by_table(db_path)
        assert max(len(names) for names in by_table.values()) >= 2, "a table with several indexes to order"
        assert all(names == sorted(names) for names in by_table.values()), by_table


def test_repository_returns_exactly_the_source_content(catalogue: Catalogue, source_catalogue: Catalogue) -> None:
    assert catalogue == source_catalogue


def test_shipped_database_refuses_writes() -> None:
    engine = open_read_only(points_db_path())
    with (
        engine.connect() as connection,
        pytest.raises(OperationalError, match=r"readonly|read-only|query_only"),
    ):
        connection.execute(text("UPDATE points SET english = 'changed'"))
    engine.dispose()


def test_missing_database_is_reported_clearly(tmp_path: Path) -> None:
    with pytest.raises(CatalogueUnavailableError, match=r"absent\.db is missing"):
        CatalogueRepository.open(tmp_path / "absent.db")


def test_a_damaged_catalogue_is_reported_by_name(tmp_path: Path) -> None:
    damaged = tmp_path / "points.db"
    damaged.write_bytes(points_db_path().read_bytes()[:8192])  # cut short, as a broken download leaves it
    with pytest.raises(CatalogueUnavailableError, match=r"points\.db is damaged"):
        CatalogueRepository.open(damaged).load()


def test_build_refuses_broken_content_and_keeps_the_old_database(tmp_path: Path) -> None:
    source = tmp_path / "catalog"
    source.mkdir()
    for name in ("sources.toml", "red_flags.toml"):
        (source / name).write_bytes((catalog_source_dir() / name).read_bytes())
    (source / "points").mkdir()
    (source / "symptoms").mkdir()
    (source / "symptoms" / "lonely.toml").write_text(
        'id = "lonely"\nname = "Lonely"\ndescription = "No points."\nsided = false\npoints = []\n'
        'red_flags = []\nsources = ["who-2008"]\n',
        encoding="utf-8",
    )
    target = tmp_path / "points.db"
    sqlite3.connect(target).close()
    before = target.read_bytes()
    with pytest.raises(CatalogueIntegrityError, match="lonely: has 0 points"):
        build_catalogue_db(source, target)
    assert target.read_bytes() == before


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_first_windows_glance_agrees_with_the_whole_catalogue(catalogue: Catalogue, language: str) -> None:
    """Home's names, groups and safety note read before the first paint are the catalogue's own, in each language."""
    glance = CatalogueRepository.open(points_db_path()).glance()
    assert glance == catalogue.glance()
    assert glance.localised(language) == catalogue.localised(language).glance()
    assert [c.name for c in glance.complaints] == [s.name for s in catalogue.symptoms]
