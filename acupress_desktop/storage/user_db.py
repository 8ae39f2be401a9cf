"""The user's database: opened, backed up and migrated to head with Alembic at start-up.

SQLite in WAL mode with foreign keys on and full sync, so a crash or a kill loses no committed row.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event

from acupress_desktop.domain.errors import DataUnavailableError

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.config import Config
    from alembic.script import ScriptDirectory

USER_DB_NAME = "acupress.db"
# The newest migration. Checked against Alembic's own answer by a test; knowing it here lets a start-up
# with an up-to-date database skip importing Alembic altogether.
HEAD_REVISION = "0002"
BACKUP_DIR_NAME = "backups"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class UserDatabaseError(DataUnavailableError):
    """The user's database cannot be used; the message says what to do."""


class NewerDatabaseError(UserDatabaseError):
    """Written by a newer Acupress: refused rather than damaged."""


@dataclass(frozen=True)
class UserDatabase:
    engine: Engine
    path: Path
    backup: Path | None  # the copy taken before this start-up's migration, if one ran


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


def _peek_revision(path: Path) -> str | None:
    """The schema revision, read without changing a byte (no WAL switch) so a refused file stays as it was."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        connection.close()


def open_user_database(data_dir: Path, progress: Callable[[str], None] | None = None) -> UserDatabase:
    """Open (creating if needed) and migrate the database in data_dir, backing it up first.

    ``progress`` hears, in words, each step of a migration (there is none in the common case)."""
    say = progress or (lambda _message: None)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserDatabaseError(f"cannot create the data folder {data_dir}: {error.strerror}") from error
    path = data_dir / USER_DB_NAME
    existed = path.exists() and path.stat().st_size > 0
    try:
        revision = _peek_revision(path)
    except sqlite3.DatabaseError as error:
        raise UserDatabaseError(f"{path} is not an Acupress database ({error})") from error
    if revision == HEAD_REVISION:  # the common case: nothing to migrate, no Alembic import
        return UserDatabase(engine=create_user_engine(path), path=path, backup=None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision is not None and revision not in known:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Acupress (schema {revision}). "
            "Install the newer version, or choose another folder with --data-dir."
        )
    engine = create_user_engine(path)
    backup = None
    if revision != script.get_current_head():
        if existed:
            say("Backing up your data before updating it…")
            backup = backup_database(path, data_dir / BACKUP_DIR_NAME, label=f"before-{script.get_current_head()}")
        config = _alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            config.attributes["on_version_apply"] = _step_reporter(say, script, revision)
            say("Updating your data to this version of Acupress…")
            command.upgrade(config, "head")
    return UserDatabase(engine=engine, path=path, backup=backup)


def _step_reporter(say: Callable[[str], None], script: ScriptDirectory, revision: str | None) -> object:
    """Alembic's on_version_apply hook, saying 'step 1 of 2' as each migration finishes."""
    total = sum(1 for _ in script.iterate_revisions("head", revision or "base"))
    done = 0

    def on_version_apply(**_kwargs: object) -> None:
        nonlocal done
        done += 1
        say(f"Updating your data to this version of Acupress: step {done} of {total} done…")

    return on_version_apply


def backup_database(path: Path, backup_dir: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe even with a WAL in use)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{path.stem}-{stamp}-{label}{path.suffix}"
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target
