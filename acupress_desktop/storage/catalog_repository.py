"""Read-only access to the shipped catalogue database, returning domain objects.

Read with plain sqlite3 rather than through the ORM models (which build the file, see catalog_build): the
catalogue is read once at start-up, and this keeps SQLAlchemy out of the first window and out of `acupress points`.
A test checks that what is read back equals the TOML source, field for field.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from acupress_desktop.domain.catalogue import (
    BodyRegion,
    Catalogue,
    CatalogueGlance,
    Caution,
    CautionEffect,
    CautionKind,
    Laterality,
    Point,
    PointSystem,
    Pressure,
    RedFlag,
    Source,
    SourceKind,
    Symptom,
    SymptomPoint,
    Technique,
    Urgency,
)
from acupress_desktop.domain.errors import DataUnavailableError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy import Engine


class CatalogueUnavailableError(DataUnavailableError):
    """The shipped catalogue is missing or unreadable: the installation is broken."""


def _uri(db_path: Path) -> str:
    if not db_path.is_file():
        raise CatalogueUnavailableError(f"catalogue database not found: {db_path}")
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


def _strs(text: str) -> tuple[str, ...]:
    """A JSON list column (aliases, steps, source ids) as a tuple of strings."""
    return tuple(str(value) for value in json.loads(text))


def _rows(connection: sqlite3.Connection, sql: str) -> Iterator[sqlite3.Row]:
    try:
        yield from connection.execute(sql)
    except sqlite3.DatabaseError as error:
        raise CatalogueUnavailableError(f"the catalogue database cannot be read: {error}") from error


class CatalogueRepository:
    def __init__(self, db_path: Path) -> None:
        self._uri = _uri(db_path)

    @classmethod
    def open(cls, db_path: Path) -> CatalogueRepository:
        return cls(db_path)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self._uri, uri=True)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA query_only = ON")
        return connection

    def glance(self) -> CatalogueGlance:
        """The safety note, the symptoms and how many points: all the first window shows."""
        connection = self._connect()
        try:
            (count,) = next(_rows(connection, "SELECT count(*) FROM points"))
            return CatalogueGlance(_disclaimer(connection), _symptoms(connection), int(count))
        finally:
            connection.close()

    def load(self) -> Catalogue:
        connection = self._connect()
        try:
            cautions: dict[str, list[Caution]] = {}
            for row in _rows(connection, "SELECT * FROM point_cautions ORDER BY point_code, ordinal"):
                cautions.setdefault(row["point_code"], []).append(
                    Caution(CautionKind(row["kind"]), CautionEffect(row["effect"]), row["text"], _strs(row["sources"]))
                )
            points = _rows(connection, "SELECT * FROM points ORDER BY code")
            flags = _rows(connection, "SELECT * FROM red_flags ORDER BY ordinal")
            sources = _rows(connection, "SELECT * FROM sources ORDER BY ordinal")
            return Catalogue(
                points=tuple(_point(row, cautions) for row in points),
                symptoms=_symptoms(connection),
                red_flags=tuple(_red_flag(row) for row in flags),
                sources=tuple(
                    Source(r["id"], SourceKind(r["kind"]), r["title"], r["citation"], r["location"]) for r in sources
                ),
                disclaimer=_disclaimer(connection),
            )
        finally:
            connection.close()


def _disclaimer(connection: sqlite3.Connection) -> str:
    rows = list(_rows(connection, "SELECT value FROM catalog_meta WHERE key = 'disclaimer'"))
    return str(rows[0]["value"]) if rows else ""


def _point(row: sqlite3.Row, cautions: dict[str, list[Caution]]) -> Point:
    return Point(
        code=row["code"],
        system=PointSystem(row["system"]),
        meridian=row["meridian"],
        pinyin=row["pinyin"],
        pinyin_plain=row["pinyin_plain"],
        hanzi=row["hanzi"],
        english=row["english"],
        english_checked=bool(row["english_checked"]),
        region=BodyRegion(row["region"]),
        location=row["location"],
        find_steps=_strs(row["find_steps"]),
        technique=Technique(
            pressure=Pressure(row["pressure"]),
            instruction=row["instruction"],
            default_seconds=row["default_seconds"],
            min_seconds=row["min_seconds"],
            max_seconds=row["max_seconds"],
        ),
        laterality=Laterality(row["laterality"]),
        laterality_note=row["laterality_note"],
        cautions=tuple(cautions.get(row["code"], ())),
        sources=_strs(row["sources"]),
        aliases=_strs(row["aliases"]),
        notes=row["notes"],
    )


def _symptoms(connection: sqlite3.Connection) -> tuple[Symptom, ...]:
    links: dict[str, list[SymptomPoint]] = {}
    for link in _rows(connection, "SELECT * FROM symptom_points ORDER BY symptom_id, ordinal"):
        links.setdefault(link["symptom_id"], []).append(
            SymptomPoint(link["point_code"], link["priority"], link["reason"], _strs(link["sources"]))
        )
    return tuple(
        Symptom(
            id=row["id"],
            name=row["name"],
            description=row["description"],
            points=tuple(links.get(row["id"], ())),
            red_flags=_strs(row["red_flags"]),
            sources=_strs(row["sources"]),
            notes=row["notes"],
        )
        for row in _rows(connection, "SELECT * FROM symptoms ORDER BY id")
    )


def _red_flag(row: sqlite3.Row) -> RedFlag:
    return RedFlag(
        id=row["id"],
        question=row["question"],
        urgency=Urgency(row["urgency"]),
        advice=row["advice"],
        sources=_strs(row["sources"]),
        summary=row["summary"],
    )
