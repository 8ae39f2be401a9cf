"""Read-only access to the shipped catalogue database, returning domain objects."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from acupress_desktop.domain.catalogue import (
    BodyRegion,
    Catalogue,
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
from acupress_desktop.storage.catalog_models import (
    MetaRow,
    PointRow,
    RedFlagRow,
    SourceRow,
    SymptomRow,
)


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


def _strs(values: list[object]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


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
        with Session(self._engine) as session:
            meta = {row.key: row.value for row in session.scalars(select(MetaRow))}
            sources = session.scalars(select(SourceRow).order_by(SourceRow.ordinal)).all()
            points = session.scalars(
                select(PointRow).options(selectinload(PointRow.cautions)).order_by(PointRow.code)
            ).all()
            symptoms = session.scalars(
                select(SymptomRow).options(selectinload(SymptomRow.links)).order_by(SymptomRow.id)
            ).all()
            flags = session.scalars(select(RedFlagRow).order_by(RedFlagRow.ordinal)).all()
            return Catalogue(
                points=tuple(_point(row) for row in points),
                symptoms=tuple(_symptom(row) for row in symptoms),
                red_flags=tuple(_red_flag(row) for row in flags),
                sources=tuple(
                    Source(
                        id=r.id,
                        kind=SourceKind(r.kind),
                        title=r.title,
                        citation=r.citation,
                        location=r.location,
                    )
                    for r in sources
                ),
                disclaimer=meta.get("disclaimer", ""),
            )


def _point(row: PointRow) -> Point:
    return Point(
        code=row.code,
        system=PointSystem(row.system),
        meridian=row.meridian,
        pinyin=row.pinyin,
        pinyin_plain=row.pinyin_plain,
        hanzi=row.hanzi,
        english=row.english,
        english_checked=row.english_checked,
        region=BodyRegion(row.region),
        location=row.location,
        find_steps=_strs(row.find_steps),
        technique=Technique(
            pressure=Pressure(row.pressure),
            instruction=row.instruction,
            default_seconds=row.default_seconds,
            min_seconds=row.min_seconds,
            max_seconds=row.max_seconds,
        ),
        laterality=Laterality(row.laterality),
        laterality_note=row.laterality_note,
        cautions=tuple(
            Caution(
                kind=CautionKind(c.kind),
                effect=CautionEffect(c.effect),
                text=c.text,
                sources=_strs(c.sources),
            )
            for c in row.cautions
        ),
        sources=_strs(row.sources),
        aliases=_strs(row.aliases),
        notes=row.notes,
    )


def _symptom(row: SymptomRow) -> Symptom:
    return Symptom(
        id=row.id,
        name=row.name,
        description=row.description,
        points=tuple(
            SymptomPoint(code=link.point_code, priority=link.priority, reason=link.reason, sources=_strs(link.sources))
            for link in row.links
        ),
        red_flags=_strs(row.red_flags),
        sources=_strs(row.sources),
        notes=row.notes,
    )


def _red_flag(row: RedFlagRow) -> RedFlag:
    return RedFlag(
        id=row.id,
        question=row.question,
        urgency=Urgency(row.urgency),
        advice=row.advice,
        sources=_strs(row.sources),
        summary=row.summary,
    )
