"""The user database: created and migrated by Alembic, backed up first, never downgraded."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from acupress_desktop.storage.user_db import (
    NewerDatabaseError,
    UserDatabaseError,
    current_revision,
    head_revision,
    open_user_database,
)
from acupress_desktop.storage.user_models import UserBase


def test_a_fresh_folder_gets_a_database_at_head_without_a_backup(tmp_path: Path) -> None:
    db = open_user_database(tmp_path / "data")
    assert db.path.exists()
    assert current_revision(db.engine) == head_revision()
    assert db.backup is None


def test_migrations_from_empty_to_head_match_the_models(tmp_path: Path) -> None:
    db = open_user_database(tmp_path)
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), UserBase.metadata)
    assert differences == []


def test_wal_mode_and_foreign_keys_are_on(tmp_path: Path) -> None:
    db = open_user_database(tmp_path)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_an_older_database_is_copied_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.execute("CREATE TABLE keepsake (note TEXT)")
    connection.execute("INSERT INTO keepsake VALUES ('my history')")
    connection.commit()
    connection.close()

    db = open_user_database(tmp_path)
    assert db.backup is not None and db.backup.parent == tmp_path / "backups"
    copy = sqlite3.connect(db.backup)
    assert copy.execute("SELECT note FROM keepsake").fetchall() == [("my history",)]
    copy.close()
    assert current_revision(db.engine) == head_revision()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Acupress"):
        open_user_database(tmp_path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "acupress.db").write_text("this is not sqlite, just text " * 100)
    with pytest.raises(UserDatabaseError, match="is not an Acupress database"):
        open_user_database(tmp_path)


def test_the_fast_path_head_constant_is_alembics_head() -> None:
    from acupress_desktop.storage.user_db import HEAD_REVISION

    assert head_revision() == HEAD_REVISION, "update HEAD_REVISION when adding a migration"
