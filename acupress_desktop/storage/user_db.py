"""The user's database: opened, backed up and migrated to head with Alembic at start-up.

SQLite in WAL mode with foreign keys on and full sync, so a crash or a kill loses no committed row.
Each upgrade runs in one transaction, DDL included (pysqlite would otherwise commit before every CREATE), so a
kill part-way leaves the previous schema intact. A marker file names the backup taken just before an upgrade
until it commits; a start that finds it restores that backup and tries again with it, so a failed attempt
never costs another copy. A damaged file is moved aside and a fresh one started; another program's SQLite file
is refused and left exactly as it was.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.messages import message
from acupress_desktop.storage.backups import (
    BackupKind,
    backup_dir,
    daily_backup_due,
    list_backups,
    rolling_backups,
    take_backup,
)
from acupress_desktop.storage.data_folder import (  # re-exported: callers know them from here
    DataFolderError as DataFolderError,
)
from acupress_desktop.storage.data_folder import (
    DiskFullError as DiskFullError,
)
from acupress_desktop.storage.data_folder import (
    ForeignDatabaseError as ForeignDatabaseError,
)
from acupress_desktop.storage.data_folder import (
    NewerDatabaseError as NewerDatabaseError,
)
from acupress_desktop.storage.data_folder import (
    UnknownSchemaError as UnknownSchemaError,
)
from acupress_desktop.storage.data_folder import (
    UserDatabaseError as UserDatabaseError,
)
from acupress_desktop.storage.data_folder import (
    prepare_data_folder as prepare_data_folder,
)
from acupress_desktop.storage.db_files import (
    FileKind,
    FileState,
    copy_into,
    create_private_file,
    inspect_file,
    is_disk_full,
    is_read_only,
    move_aside,
    restrict_database,
)
from acupress_desktop.storage.instance_lock import window_holds

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only for a migration, or when a repository needs the engine
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

USER_DB_NAME = "acupress.db"
# The newest migration. Checked against Alembic's own answer by a test; knowing it here lets a start-up
# with an up-to-date database skip importing Alembic altogether.
HEAD_REVISION = "0002"
UPGRADE_MARKER = "upgrade-in-progress.json"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class UserDatabase:
    path: Path
    backup: Path | None  # the copy taken before this start-up's upgrade, if one ran
    moved_aside: Path | None = None  # where a damaged database was moved before starting fresh
    recovered_from: Path | None = None  # the backup a half-applied upgrade was rolled back to

    @cached_property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made when a repository first needs it: start-up reads with sqlite3 (plain_reads)."""
        return create_user_engine(self.path)

    @property
    def backups(self) -> Path:
        return backup_dir(self.path.parent)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def create_user_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        dbapi_connection.execute("PRAGMA synchronous = FULL")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")

    return engine


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def utc_now() -> datetime:
    return datetime.now(UTC)


def describe_failure(error: BaseException, path: Path) -> UserDatabaseError:
    """A true message for a database that cannot be written: full disk, read-only, or what SQLite said."""
    if is_disk_full(error):
        return DiskFullError(f"the disk holding {path.parent} is full. Free some space, then try again.")
    if is_read_only(error):
        return DataFolderError(
            f"{path} or its folder is read-only. Make both writable, or choose another folder with --data-dir."
        )
    reason = str(getattr(error, "orig", None) or error).splitlines()[0]
    return UserDatabaseError(f"cannot use {path}: {reason}")


class _Progress:
    """Tells the window each step of an upgrade, worded in the person's language."""

    def __init__(self, listener: Callable[[str], None] | None, language: str) -> None:
        self._listener = listener
        self._language = language

    def __call__(self, key: str, **fields: object) -> None:
        if self._listener is not None:
            self._listener(message(self._language, key, **fields))


def open_user_database(
    data_dir: Path, progress: Callable[[str], None] | None = None, clock: Clock = utc_now, language: str = ENGLISH
) -> UserDatabase:
    """Open (creating if needed) and migrate the database in data_dir, backing it up first.

    ``progress`` hears, in words, each step of a migration (there is none in the common case)."""
    say = _Progress(progress, language)
    prepare_data_folder(data_dir)
    path = data_dir / USER_DB_NAME
    if path.exists() and not os.access(path, os.W_OK):
        raise DataFolderError(f"{path} is read-only. Make it writable, or choose another folder with --data-dir.")
    try:
        return _open(data_dir, path, clock, say)
    except (sqlite3.Error, OSError) as error:  # SQLAlchemy's errors during an upgrade: see _upgrade_atomically
        raise describe_failure(error, path) from error


def _open(data_dir: Path, path: Path, clock: Clock, say: _Progress) -> UserDatabase:
    # Every page is read once a day, before the daily copy (a fifth of a second for years of sessions); the
    # other starts read only the schema. SQLite itself reports damage it meets on any page it reads.
    state = inspect_file(path, check_pages=daily_backup_due(backup_dir(data_dir), clock()))
    marker = data_dir / UPGRADE_MARKER
    pending = _read_marker(marker)
    moved_aside = recovered_from = None
    if pending is not None and not _consistent(state):
        # An upgrade was cut off part-way: keep what it left, go back to the copy taken just before it.
        if state.kind is not FileKind.MISSING:
            move_aside(path, "half-upgraded", clock())
        copy_into(pending, path)
        recovered_from, state = pending, inspect_file(path)
    if state.kind is FileKind.DAMAGED:
        if window_holds(data_dir):  # never pull the file from under a running window
            raise UserDatabaseError(f"{path} is damaged ({state.detail}); close Acupress and start it again")
        moved_aside = move_aside(path, "damaged", clock())
        state = FileState(FileKind.MISSING)
    if state.kind is FileKind.FOREIGN:
        raise ForeignDatabaseError(
            f"{path} belongs to another program ({state.detail}); Acupress left it untouched. "
            "Move it away, or choose another folder with --data-dir."
        )
    if pending is None and state.extra_tables:
        recovered_from, state = _recover_legacy_half_upgrade(data_dir, path, state, clock)
    if state.revision == HEAD_REVISION and not state.extra_tables:  # the common case: no Alembic import
        marker.unlink(missing_ok=True)
        restrict_database(path)
        rolling_backups(path, backup_dir(data_dir), clock())
        return UserDatabase(path, None, moved_aside, recovered_from)
    check_known(path, state.revision)
    backup = pending
    if backup is None and state.kind is FileKind.OURS and not state.empty:
        say("upgrade_backup")
        backup = take_backup(path, backup_dir(data_dir), BackupKind.BEFORE_UPGRADE, clock(), HEAD_REVISION)
    if backup is not None:
        _write_marker(marker, backup)
    create_private_file(path)
    _upgrade_atomically(path, say, state.revision)
    marker.unlink(missing_ok=True)
    restrict_database(path)
    rolling_backups(path, backup_dir(data_dir), clock())
    return UserDatabase(path, backup, moved_aside, recovered_from)


def _consistent(state: FileState) -> bool:
    return state.kind in (FileKind.OURS, FileKind.MISSING) and not state.extra_tables


def check_known(path: Path, revision: str | None) -> None:
    known = set(_revisions())
    if revision is None or revision in known:
        return
    number = re.match(r"\d+", revision)
    if number is not None and int(number[0]) > int(HEAD_REVISION):
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Acupress (schema {revision}). "
            "Install the newer version, or choose another folder with --data-dir."
        )
    raise UnknownSchemaError(
        f"{path} has a schema version no Acupress release wrote ({revision[:40]!r}); Acupress left it untouched. "
        "Restore a backup with 'acupress restore FILE', or choose another folder with --data-dir."
    )


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return [rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()]


def _recover_legacy_half_upgrade(
    data_dir: Path, path: Path, state: FileState, clock: Clock
) -> tuple[Path | None, FileState]:
    """Tables of a later revision without its stamp: an upgrade by an older Acupress was cut off part-way.

    Go back to the newest backup of the database at its stamped revision; a file whose tables are all empty
    held nothing yet and is moved aside for a fresh start."""
    for candidate in list_backups(backup_dir(data_dir)):
        copy_state = inspect_file(candidate.path)
        if copy_state.kind is FileKind.OURS and copy_state.revision == state.revision and not copy_state.extra_tables:
            move_aside(path, "half-upgraded", clock())
            copy_into(candidate.path, path)
            return candidate.path, inspect_file(path)
    if state.empty:
        move_aside(path, "half-upgraded", clock())
        return None, FileState(FileKind.MISSING)
    raise UserDatabaseError(
        f"an earlier upgrade of {path} was cut off and no backup from just before it was found; Acupress left "
        "it untouched. Restore a backup with 'acupress restore FILE'."
    )


def _read_marker(marker: Path) -> Path | None:
    """The backup an unfinished upgrade took, if the marker names one that is still there."""
    try:
        backup = Path(json.loads(marker.read_text(encoding="utf-8"))["backup"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return backup if backup.is_file() else None


def _write_marker(marker: Path, backup: Path) -> None:
    partial = marker.with_name(marker.name + ".part")
    partial.write_text(json.dumps({"backup": str(backup), "target": HEAD_REVISION}), encoding="utf-8")
    partial.replace(marker)


def _upgrade_atomically(path: Path, say: _Progress, revision: str | None) -> None:
    """Alembic's upgrade to head inside one explicit SQLite transaction, DDL included."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _manual_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # pysqlite must not commit on its own before DDL
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        dbapi_connection.execute("PRAGMA synchronous = FULL")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # table rebuilds; checked before commit

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    config = _alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            script = ScriptDirectory.from_config(config)
            config.attributes["on_version_apply"] = _step_reporter(say, script, revision)
            say("upgrade_running")
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise UserDatabaseError(f"the upgrade of {path} would break {len(broken)} links; nothing changed")
    except DBAPIError as error:
        raise describe_failure(error, path) from error
    finally:
        engine.dispose()


def _step_reporter(say: _Progress, script: ScriptDirectory, revision: str | None) -> object:
    """Alembic's on_version_apply hook, saying 'step 1 of 2' as each migration finishes."""
    total = sum(1 for _ in script.iterate_revisions("head", revision or "base"))
    done = 0

    def on_version_apply(**_kwargs: object) -> None:
        nonlocal done
        done += 1
        say("upgrade_step", done=done, total=total)

    return on_version_apply
