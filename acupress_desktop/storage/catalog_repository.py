"""Read-only access to the shipped catalogue database, returning domain objects.

Rows are read with plain sqlite3 and turned into domain objects by the one mapping (catalog_mapping.from_record),
so neither the first window nor `acupress points` waits for SQLAlchemy; the tables themselves are defined with
SQLAlchemy in catalog_models, for the build. A test checks that what is read back equals the TOML source.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.domain.glance import CatalogueGlance, ComplaintGroup, ComplaintName

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from acupress_desktop.domain.catalogue import Catalogue

T = TypeVar("T")


class CatalogueUnavailableError(DataUnavailableError):
    """The shipped catalogue is missing or unreadable: the installation is broken."""


def _uri(db_path: Path) -> str:
    if not db_path.is_file():
        raise CatalogueUnavailableError(f"the point catalogue {db_path} is missing; reinstall Acupress")
    return f"file:{quote(str(db_path.resolve()))}?mode=ro"


def open_read_only(db_path: Path) -> Engine:
    """An engine that cannot write: SQLite's mode=ro plus query_only, so a bug fails loudly."""
    from sqlalchemy import create_engine, event

    uri = _uri(db_path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


class CatalogueRepository:
    def __init__(self, db_path: Path) -> None:
        self._uri = _uri(db_path)
        self._path = db_path

    @classmethod
    def open(cls, db_path: Path) -> CatalogueRepository:
        return cls(db_path)

    def glance(self) -> CatalogueGlance:
        """The safety note, the complaints' names and how many points: all the first window shows, read in one
        narrow query (the catalogue's types and its JSON columns wait until the window is on screen)."""
        with _Reader(self._uri, self._path) as read:
            return CatalogueGlance(
                read.disclaimer(), read.complaints(), read.count("points"), read.disclaimer("disclaimer_zh")
            )

    def load(self) -> Catalogue:
        from acupress_desktop.domain.catalogue import Catalogue, GlossaryEntry, Point, RedFlag, Source, Symptom

        with _Reader(self._uri, self._path) as read:
            return Catalogue(
                points=read.rows("points", Point, "code"),
                symptoms=read.rows("symptoms", Symptom, "id"),
                red_flags=read.rows("red_flags", RedFlag, "ordinal"),
                sources=read.rows("sources", Source, "ordinal"),
                disclaimer=read.disclaimer(),
                glossary=read.rows("glossary", GlossaryEntry, "ordinal"),
                disclaimer_zh=read.disclaimer("disclaimer_zh"),
            )


class _Reader:
    """One read-only connection; every failure becomes CatalogueUnavailableError (a broken installation)."""

    def __init__(self, uri: str, path: Path) -> None:
        self._path = path
        self._connection = sqlite3.connect(uri, uri=True)
        self._connection.row_factory = sqlite3.Row
        self._connection.execute("PRAGMA query_only = ON")

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, kind: object, error: object, _trace: object) -> None:
        self._connection.close()
        if isinstance(error, sqlite3.DatabaseError | ValueError):  # a RecordError is a ValueError
            reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
            raise CatalogueUnavailableError(
                f"the point catalogue {self._path} is damaged ({reason}); reinstall Acupress"
            ) from error

    def complaints(self) -> tuple[ComplaintName, ...]:
        cursor = self._connection.execute(
            'SELECT id, name, description, "group", name_zh, description_zh FROM symptoms ORDER BY id'
        )
        return tuple(
            ComplaintName(key, name, description or "", ComplaintGroup(group or "other"), name_zh or "", zh or "")
            for key, name, description, group, name_zh, zh in cursor
        )

    def rows(self, table: str, cls: type[T], order: str) -> tuple[T, ...]:
        from acupress_desktop.storage.catalog_mapping import field_types, from_record, stored_as_json

        hints = field_types(cls)
        as_json = frozenset(name for name, hint in hints.items() if stored_as_json(hint))
        flags = frozenset(name for name, hint in hints.items() if hint is bool)
        cursor = self._connection.execute(f"SELECT * FROM {table} ORDER BY {order}")
        return tuple(from_record(cls, _decoded(row, as_json, flags), f"{table} row") for row in cursor)

    def disclaimer(self, key: str = "disclaimer") -> str:
        """The disclaimer, or its translation ("disclaimer_zh")."""
        row = self._connection.execute("SELECT value FROM catalog_meta WHERE key = ?", (key,)).fetchone()
        return "" if row is None else str(row[0])

    def count(self, table: str) -> int:
        return int(self._connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _decoded(row: sqlite3.Row, as_json: frozenset[str], flags: frozenset[str]) -> dict[str, Any]:
    """Column values as the mapping expects them: JSON text parsed, SQLite's 0/1 as a flag; no ordinal."""
    import json  # not before the first paint, which reads no JSON column

    record: dict[str, Any] = {}
    for key in row.keys():  # noqa: SIM118 - sqlite3.Row is not a mapping
        if key == "ordinal":
            continue
        value = row[key]
        if key in as_json and isinstance(value, str):
            value = json.loads(value)
        elif key in flags and isinstance(value, int):
            value = bool(value)
        record[key] = value
    return record
