"""Read-only access to the shipped catalogue database, returning domain objects."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from sqlalchemy import Engine, Table, create_engine, event, select
from sqlalchemy.exc import SQLAlchemyError

from acupress_desktop.domain.catalogue import Catalogue, GlossaryEntry, Point, RedFlag, Source, Symptom
from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.storage.catalog_mapping import from_record
from acupress_desktop.storage.catalog_models import (
    glossary_table,
    meta_table,
    points_table,
    red_flags_table,
    sources_table,
    symptoms_table,
)

T = TypeVar("T")


class CatalogueUnavailableError(DataUnavailableError):
    """The shipped catalogue is missing or unreadable: the installation is broken."""


def open_read_only(db_path: Path) -> Engine:
    """An engine that cannot write: SQLite's mode=ro plus query_only, so a bug fails loudly."""
    if not db_path.is_file():
        raise CatalogueUnavailableError(f"the point catalogue {db_path} is missing; reinstall Acupress")
    uri = f"file:{quote(str(db_path.resolve()))}?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


class CatalogueRepository:
    def __init__(self, engine: Engine, db_path: Path | None = None) -> None:
        self._engine = engine
        self._db_path = db_path

    @classmethod
    def open(cls, db_path: Path) -> CatalogueRepository:
        return cls(open_read_only(db_path), db_path)

    def load(self) -> Catalogue:
        """The whole catalogue; a damaged or incomplete file is reported by name, never as a traceback."""
        try:
            return self._load()
        except (SQLAlchemyError, ValueError, KeyError, TypeError) as error:
            where = self._db_path or "the catalogue database"
            reason = str(getattr(error, "orig", None) or error).splitlines()[0][:120]
            raise CatalogueUnavailableError(
                f"the point catalogue {where} is damaged ({reason}); reinstall Acupress"
            ) from error

    def _load(self) -> Catalogue:
        with self._engine.connect() as connection:
            meta = {row.key: row.value for row in connection.execute(select(meta_table))}

            def rows(table: Table, cls: type[T], order: str) -> tuple[T, ...]:
                result = connection.execute(select(table).order_by(table.c[order])).mappings()
                return tuple(from_record(cls, _without_ordinal(row), f"{table.name} row") for row in result)

            return Catalogue(
                points=rows(points_table, Point, "code"),
                symptoms=rows(symptoms_table, Symptom, "id"),
                red_flags=rows(red_flags_table, RedFlag, "ordinal"),
                sources=rows(sources_table, Source, "ordinal"),
                disclaimer=meta.get("disclaimer", ""),
                glossary=rows(glossary_table, GlossaryEntry, "ordinal"),
            )


def _without_ordinal(row: Any) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != "ordinal"}
