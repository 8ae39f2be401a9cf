"""The user's database as a file: owner-only permissions, a look inside that changes nothing, copies through
SQLite's online backup API, and moving a damaged file aside (never deleting it).

Health data: on POSIX the data folder is 0700 and every file Acupress writes is 0600, whatever the umask.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from acupress_desktop.paths import PRIVATE_FILE_MODE, owner_only, private_umask

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_SUFFIXES = ("-wal", "-shm", "-journal")

# The tables of every schema revision and their columns: a file whose tables differ is not ours.
_ROUTINES = {
    "routines": {
        "id", "name", "created_at", "updated_at", "symptoms", "pain_side", "pregnant", "anticoagulants",
        "varicose_veins", "avoid_regions", "minutes",
    },
    "routine_steps": {"routine_id", "ordinal", "point_code", "side", "seconds", "instruction", "why"},
}  # fmt: skip
_SESSIONS = {
    "sessions": {
        "id", "started_at", "ended_at", "source", "routine_id", "routine_name", "symptoms", "pain_side",
        "planned_steps", "planned_seconds", "pain_before", "pain_after", "note_before", "note", "status",
    },
    "session_steps": {
        "id", "session_id", "ordinal", "point_code", "side", "planned_seconds", "actual_seconds", "outcome",
        "ended_at",
    },
}  # fmt: skip
TABLES_AT: dict[str | None, dict[str, set[str]]] = {None: {}, "0001": _ROUTINES, "0002": {**_ROUTINES, **_SESSIONS}}
_OUR_TABLES = {name: columns for tables in TABLES_AT.values() for name, columns in tables.items()}
_SQLITE_OWN = {"alembic_version", "sqlite_sequence", "sqlite_stat1"}


class FileKind(StrEnum):
    MISSING = "missing"  # absent, empty, or an SQLite file without tables
    OURS = "ours"
    DAMAGED = "damaged"  # not readable as SQLite, or its pages fail the integrity check
    FOREIGN = "foreign"  # a sound SQLite file of some other program


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    revision: str | None = None
    tables: frozenset[str] = frozenset()
    detail: str = ""
    empty: bool = True  # every table of ours without rows

    @property
    def extra_tables(self) -> frozenset[str]:
        """Tables a later revision creates: what a half-applied upgrade leaves behind."""
        if self.revision not in TABLES_AT:
            return frozenset()  # a schema this version does not know: judged by its revision instead
        return self.tables - set(TABLES_AT[self.revision])


# -- permissions -----------------------------------------------------------------------------------


def restrict(path: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    owner_only(path, mode)


def restrict_database(path: Path) -> None:
    """The database and the WAL and shared-memory files SQLite keeps beside it."""
    for candidate in (path, *(path.with_name(path.name + s) for s in WAL_SUFFIXES)):
        restrict(candidate)


def create_private_file(path: Path) -> None:
    """An empty owner-only file, so SQLite (which copies the database's mode to its WAL) never widens it."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    restrict(path)


# -- looking inside --------------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def inspect_file(path: Path, check_pages: bool = True) -> FileState:
    """What the file is, read without changing a byte (no WAL switch, no tables added)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileState(FileKind.MISSING)
        with path.open("rb") as raw:
            if raw.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return FileState(FileKind.DAMAGED, detail="it is not an SQLite database")
    except IsADirectoryError:
        return FileState(FileKind.FOREIGN, detail="it is a folder")
    connection = _read_only(path)
    try:
        return _inspect(connection, check_pages)
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and _is_access_problem(error):
            raise
        return FileState(FileKind.DAMAGED, detail=str(error))
    finally:
        connection.close()


def _inspect(connection: sqlite3.Connection, check_pages: bool) -> FileState:
    tables = {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if check_pages:
        verdict = str(connection.execute("PRAGMA quick_check(1)").fetchone()[0])
        if verdict != "ok":
            return FileState(FileKind.DAMAGED, detail=verdict)
    ours = {t for t in tables if not t.startswith("_alembic_tmp")} - _SQLITE_OWN
    if not ours and "alembic_version" not in tables:
        return FileState(FileKind.MISSING)
    for table in ours:
        expected = _OUR_TABLES.get(table)
        columns = {str(r[1]) for r in connection.execute(f'PRAGMA table_info("{table}")')}
        if expected is None or columns != expected:
            return FileState(FileKind.FOREIGN, tables=frozenset(ours), detail=f"it has its own table '{table}'")
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    empty = all(connection.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() is None for t in ours)
    return FileState(FileKind.OURS, revision, frozenset(ours), empty=empty)


def _is_access_problem(error: sqlite3.OperationalError) -> bool:
    return "unable to open" in str(error) or "readonly" in str(error) or "locked" in str(error)


# -- copies and moves ------------------------------------------------------------------------------


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while the app has the file open, WAL too),
    written beside the target and renamed when complete, owner-only."""
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    with private_umask():
        source_connection = sqlite3.connect(source)
        try:
            destination = sqlite3.connect(partial)
            try:
                source_connection.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                destination.close()
        finally:
            source_connection.close()
    restrict(partial)
    partial.replace(target)


def copy_into(source: Path, live: Path) -> None:
    """Replace the live database's content with source's through the backup API, so its WAL stays coherent."""
    with private_umask():
        source_connection = _read_only(source)
        try:
            destination = sqlite3.connect(live)
            try:
                source_connection.backup(destination)
            finally:
                destination.close()
        finally:
            source_connection.close()
    restrict_database(live)


def move_aside(path: Path, reason: str, moment: datetime) -> Path:
    """Rename the file (with its WAL and journal) to a dated name beside it; nothing is deleted."""
    target = path.with_name(f"{path.stem}-{reason}-{stamp(moment)}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}-{reason}-{stamp(moment)}-{counter}{path.suffix}")
        counter += 1
    for suffix in WAL_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target


def is_disk_full(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_FULL or getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in str(error)


def is_read_only(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (
        code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)
        or getattr(error, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS)
        or "readonly" in str(error)
    )
