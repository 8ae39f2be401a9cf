"""The user database: created and migrated by Alembic in one transaction, backed up first, never downgraded;
damaged files moved aside, foreign files left untouched, owner-only on POSIX."""

import json
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from acupress_desktop.storage import user_db
from acupress_desktop.storage.backups import BackupKind, list_backups
from acupress_desktop.storage.user_db import (
    UPGRADE_MARKER,
    DataFolderError,
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    UnknownSchemaError,
    UserDatabaseError,
    current_revision,
    head_revision,
    open_user_database,
)
from acupress_desktop.storage.user_models import UserBase
from tests.storage.past_schemas import make_database_at, routine_names

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _before_upgrade(data_dir: Path) -> list[Path]:
    return [b.path for b in list_backups(data_dir / "backups") if b.kind is BackupKind.BEFORE_UPGRADE]


def test_a_fresh_folder_gets_a_database_at_head_without_a_backup(tmp_path: Path) -> None:
    db = open_user_database(tmp_path / "data")
    assert db.path.exists()
    assert current_revision(db.engine) == head_revision()
    assert db.backup is None


@posix_only
def test_the_folder_and_every_file_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        db = open_user_database(tmp_path / "data")
        with db.engine.begin() as connection:
            connection.execute(text("SELECT 1"))
        files = [db.path, *db.path.parent.glob("acupress.db-*"), *(tmp_path / "data" / "backups").glob("*")]
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "data") == 0o700
    assert files and all(_mode(f) == 0o600 for f in files), {f.name: oct(_mode(f)) for f in files}


@posix_only
def test_an_existing_open_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_user_database(folder)
    assert _mode(folder) == 0o700 and _mode(folder / "acupress.db") == 0o600


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
    make_database_at(tmp_path / "acupress.db", "0001")
    db = open_user_database(tmp_path)
    assert db.backup is not None and db.backup.parent == tmp_path / "backups"
    assert routine_names(db.backup) == ["Morning"]
    assert routine_names(db.path) == ["Morning"]
    assert current_revision(db.engine) == head_revision()
    assert not (tmp_path / UPGRADE_MARKER).exists()


def test_a_failed_upgrade_changes_nothing_and_the_next_start_reuses_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_database_at(tmp_path / "acupress.db", "0001")
    original = user_db._upgrade_atomically

    def fail_midway(path: Path, *_args: object) -> None:
        raise sqlite3.OperationalError("simulated failure part-way")

    monkeypatch.setattr(user_db, "_upgrade_atomically", fail_midway)
    for _attempt in range(3):
        with pytest.raises(UserDatabaseError, match="simulated failure"):
            open_user_database(tmp_path)
    assert len(_before_upgrade(tmp_path)) == 1
    monkeypatch.setattr(user_db, "_upgrade_atomically", original)
    db = open_user_database(tmp_path)
    assert current_revision(db.engine) == head_revision()
    assert routine_names(db.path) == ["Morning"]
    assert len(_before_upgrade(tmp_path)) == 1


def test_an_upgrade_cut_off_half_way_is_rolled_back_to_the_backup_taken_just_before(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    make_database_at(path, "0001")
    backup = tmp_path / "backups" / "acupress-20261101T080000000000Z-before-0002.db"
    backup.parent.mkdir()
    backup.write_bytes(path.read_bytes())
    (tmp_path / UPGRADE_MARKER).write_text(json.dumps({"backup": str(backup)}))
    connection = sqlite3.connect(path)  # what a non-atomic upgrade left: one new table, no new stamp
    connection.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY)")
    connection.execute("DELETE FROM routines")
    connection.commit()
    connection.close()
    db = open_user_database(tmp_path)
    assert db.recovered_from == backup
    assert routine_names(path) == ["Morning"]
    assert current_revision(db.engine) == head_revision()
    assert _before_upgrade(tmp_path) == [backup]


def test_a_half_applied_upgrade_by_an_older_version_is_recovered_from_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    make_database_at(path, "0001")
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "acupress-20261101T080000000000Z-before-0002.db").write_bytes(path.read_bytes())
    make_database_at(tmp_path / "later.db", "0002", with_data=False)
    connection = sqlite3.connect(path)
    connection.execute("ATTACH DATABASE ? AS later", (str(tmp_path / "later.db"),))
    sql = connection.execute("SELECT sql FROM later.sqlite_master WHERE name = 'sessions'").fetchone()[0]
    connection.execute("DETACH DATABASE later")
    connection.execute(sql)  # the first CREATE TABLE of 0002 happened, the crash came before the stamp
    connection.commit()
    connection.close()
    db = open_user_database(tmp_path)
    assert db.recovered_from is not None
    assert current_revision(db.engine) == head_revision()
    assert routine_names(path) == ["Morning"]
    assert list(tmp_path.glob("acupress-half-upgraded-*.db"))  # the half-upgraded file kept, not deleted


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


def test_an_unknown_schema_version_is_not_called_newer(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    make_database_at(path, "0002", with_data=False)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ae1027a6acf'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(UnknownSchemaError, match="no Acupress release wrote") as error:
        open_user_database(tmp_path)
    assert "newer" not in str(error.value)
    assert path.read_bytes() == before


def test_a_damaged_file_is_moved_aside_and_a_fresh_database_started(tmp_path: Path) -> None:
    garbage = "this is not sqlite, just text " * 100
    (tmp_path / "acupress.db").write_text(garbage)
    db = open_user_database(tmp_path)
    assert db.moved_aside is not None and db.moved_aside.read_text() == garbage
    assert "damaged" in db.moved_aside.name
    assert current_revision(db.engine) == head_revision()


def test_a_database_with_damaged_pages_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    make_database_at(path, "0002")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200  # scribble over the header of the second page
    path.write_bytes(bytes(data))
    db = open_user_database(tmp_path)
    assert db.moved_aside is not None and db.moved_aside.read_bytes() == bytes(data)


def test_a_foreign_sqlite_file_with_its_own_sessions_table_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "acupress.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE sessions (user TEXT, token TEXT)")
    connection.execute("INSERT INTO sessions VALUES ('ann', 'x')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_user_database(tmp_path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acupress.db"]


def test_a_data_folder_that_is_a_file_is_named_plainly(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("x")
    with pytest.raises(DataFolderError, match="is a file, not a folder"):
        open_user_database(tmp_path / "data")


def test_a_read_only_folder_is_not_called_anything_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(user_db.os, "access", lambda *_args, **_kw: False)
    with pytest.raises(DataFolderError, match="read-only"):
        open_user_database(tmp_path)


def test_a_full_disk_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, *_args: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(user_db, "_upgrade_atomically", full)
    with pytest.raises(DiskFullError, match="is full"):
        open_user_database(tmp_path)


def test_rolling_backups_keep_seven_days_and_four_weeks(tmp_path: Path) -> None:
    start = datetime(2026, 11, 2, 12, tzinfo=UTC)
    make_database_at(tmp_path / "acupress.db", "0002")
    for day in range(40):
        db = open_user_database(tmp_path, clock=lambda day=day: start + timedelta(days=day))
        db.engine.dispose()
    kinds = [b.kind for b in list_backups(tmp_path / "backups")]
    assert kinds.count(BackupKind.DAILY) == 7
    assert kinds.count(BackupKind.WEEKLY) == 4


def test_an_empty_database_is_not_backed_up_every_day(tmp_path: Path) -> None:
    open_user_database(tmp_path).engine.dispose()
    assert list_backups(tmp_path / "backups") == []


def test_the_fast_path_head_constant_is_alembics_head() -> None:
    from acupress_desktop.storage.user_db import HEAD_REVISION

    assert head_revision() == HEAD_REVISION, "update HEAD_REVISION when adding a migration"


def test_a_damaged_database_a_running_window_holds_is_left_where_it_is(tmp_path: Path) -> None:
    garbage = b"not sqlite " * 100
    (tmp_path / "acupress.db").write_bytes(garbage)
    (tmp_path / "acupress.lock").write_text(f"{os.getppid()}\nacupress\n{os.uname().nodename}\n")
    with pytest.raises(UserDatabaseError, match="damaged"):
        open_user_database(tmp_path)
    assert (tmp_path / "acupress.db").read_bytes() == garbage
