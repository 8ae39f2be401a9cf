"""Restoring a backup and taking one on demand: what a person asks of the database file, apart from the opening
and migrating that every start does (user_db)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from acupress_desktop.storage.backups import BackupKind, backup_dir, take_backup
from acupress_desktop.storage.data_folder import UserDatabaseError, prepare_data_folder
from acupress_desktop.storage.db_files import FileKind, copy_into, create_private_file, inspect_file, move_aside
from acupress_desktop.storage.user_db import (
    UPGRADE_MARKER,
    USER_DB_NAME,
    Clock,
    check_known,
    describe_failure,
    utc_now,
)


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None  # the database the restore replaced
    revision: str


def validate_backup_file(source: Path) -> str:
    """The schema revision of a file fit to restore; anything else is refused with the reason."""
    if not source.is_file():
        raise UserDatabaseError(f"{source} is not a file")
    try:
        state = inspect_file(source)
    except sqlite3.Error as error:
        raise describe_failure(error, source) from error
    if state.kind is FileKind.DAMAGED:
        raise UserDatabaseError(f"{source} is damaged or not a database ({state.detail}); nothing was changed")
    if state.kind is not FileKind.OURS or state.revision is None:
        raise UserDatabaseError(f"{source} is not an Acupress database; nothing was changed")
    if state.extra_tables:
        raise UserDatabaseError(f"{source} holds a half-finished upgrade; nothing was changed")
    try:
        check_known(source, state.revision)
    except UserDatabaseError as error:
        raise UserDatabaseError(f"{error} Nothing was changed.") from error
    return state.revision


def restore_database(data_dir: Path, source: Path, clock: Clock = utc_now) -> RestoreResult:
    """Check the file first, keep the current database as a backup, then copy the file in (upgraded on next open).

    The caller makes sure no window has the data folder open."""
    revision = validate_backup_file(source)
    prepare_data_folder(data_dir)
    path = data_dir / USER_DB_NAME
    kept: Path | None = None
    try:
        current = inspect_file(path)
        if current.kind is FileKind.OURS and not current.empty:
            kept = take_backup(path, backup_dir(data_dir), BackupKind.BEFORE_RESTORE, clock())
        elif current.kind in (FileKind.DAMAGED, FileKind.FOREIGN):
            kept = move_aside(path, "replaced", clock())
        create_private_file(path)
        copy_into(source, path)
    except (sqlite3.Error, OSError) as error:
        raise describe_failure(error, path) from error
    (data_dir / UPGRADE_MARKER).unlink(missing_ok=True)
    return RestoreResult(kept, revision)


def back_up_now(data_dir: Path, target: Path | None = None, clock: Clock = utc_now) -> Path:
    """A copy of the database as it is now: into backups/ or to the file asked for."""
    path = data_dir / USER_DB_NAME
    state = inspect_file(path)
    if state.kind is not FileKind.OURS:
        raise UserDatabaseError(f"there is no Acupress database in {data_dir} to back up")
    try:
        if target is None:
            return take_backup(path, backup_dir(data_dir), BackupKind.MANUAL, clock())
        from acupress_desktop.storage.db_files import copy_database

        if target.is_dir():
            target = target / f"acupress-backup-{clock().astimezone().strftime('%Y-%m-%d-%H%M%S')}.db"
        copy_database(path, target)
        return target
    except (sqlite3.Error, OSError) as error:
        raise describe_failure(error, target or path) from error
