"""Build resources/points.db from the TOML catalogue source (`make catalog`).

The build refuses content that breaks an integrity rule, and writes rows in a fixed order so
the same source always gives the same content.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable, sort_tables

from acupress_desktop.domain.catalogue import Catalogue, Caution, Point, RedFlag, Source, Symptom
from acupress_desktop.domain.integrity import integrity_problems
from acupress_desktop.storage.catalog_models import (
    CATALOG_SCHEMA_VERSION,
    CatalogBase,
    CautionRow,
    MetaRow,
    PointRow,
    RedFlagRow,
    SourceRow,
    SymptomPointRow,
    SymptomRow,
)
from acupress_desktop.storage.catalog_source import load_catalogue_source


class CatalogueIntegrityError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("the catalogue breaks its rules:\n  " + "\n  ".join(problems))
        self.problems = problems


def build_catalogue_db(catalog_dir: Path, db_path: Path) -> Catalogue:
    """Write a fresh database at db_path, replacing it only once the new one is complete."""
    catalogue = load_catalogue_source(catalog_dir)
    problems = integrity_problems(catalogue)
    if problems:
        raise CatalogueIntegrityError(problems)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=db_path.parent) as scratch:
        staging = Path(scratch) / db_path.name
        _write(catalogue, staging)
        staging.replace(db_path)
    return catalogue


def _write(catalogue: Catalogue, path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    _create_schema(engine)
    with Session(engine) as session, session.begin():
        session.add_all(_meta_rows(catalogue))
        session.add_all(_source_row(ordinal, source) for ordinal, source in enumerate(catalogue.sources))
        session.add_all(_point_row(point) for point in catalogue.points)
        session.flush()  # symptoms link to points: the points go in first
        session.add_all(_symptom_row(symptom) for symptom in catalogue.symptoms)
        session.add_all(_red_flag_row(ordinal, flag) for ordinal, flag in enumerate(catalogue.red_flags))
    with engine.connect() as connection:
        connection.execute(text("VACUUM"))
    engine.dispose()


def _create_schema(engine: Engine) -> None:
    """What ``create_all`` does (tables in declaration and dependency order), but each table's indexes
    by name: ``create_all`` takes them from a set, so the file's bytes changed from run to run."""
    with engine.begin() as connection:
        for table in sort_tables(CatalogBase.metadata.tables.values()):
            connection.execute(CreateTable(table))
            for index in sorted(table.indexes, key=lambda index: str(index.name)):
                connection.execute(CreateIndex(index))


def _meta_rows(catalogue: Catalogue) -> list[MetaRow]:
    return [
        MetaRow(key="schema_version", value=str(CATALOG_SCHEMA_VERSION)),
        MetaRow(key="disclaimer", value=catalogue.disclaimer),
    ]


def _source_row(ordinal: int, source: Source) -> SourceRow:
    return SourceRow(
        id=source.id,
        ordinal=ordinal,
        kind=source.kind.value,
        title=source.title,
        citation=source.citation,
        location=source.location,
    )


def _point_row(point: Point) -> PointRow:
    technique = point.technique
    return PointRow(
        code=point.code,
        system=point.system.value,
        meridian=point.meridian,
        pinyin=point.pinyin,
        pinyin_plain=point.pinyin_plain,
        hanzi=point.hanzi,
        english=point.english,
        english_checked=point.english_checked,
        region=point.region.value,
        location=point.location,
        find_steps=list(point.find_steps),
        pressure=technique.pressure.value,
        instruction=technique.instruction,
        default_seconds=technique.default_seconds,
        min_seconds=technique.min_seconds,
        max_seconds=technique.max_seconds,
        laterality=point.laterality.value,
        laterality_note=point.laterality_note,
        sources=list(point.sources),
        aliases=list(point.aliases),
        notes=point.notes,
        cautions=[_caution_row(ordinal, caution) for ordinal, caution in enumerate(point.cautions)],
    )


def _caution_row(ordinal: int, caution: Caution) -> CautionRow:
    return CautionRow(
        ordinal=ordinal,
        kind=caution.kind.value,
        effect=caution.effect.value,
        text=caution.text,
        sources=list(caution.sources),
    )


def _symptom_row(symptom: Symptom) -> SymptomRow:
    return SymptomRow(
        id=symptom.id,
        name=symptom.name,
        description=symptom.description,
        red_flags=list(symptom.red_flags),
        sources=list(symptom.sources),
        notes=symptom.notes,
        links=[
            SymptomPointRow(
                point_code=link.code,
                ordinal=ordinal,
                priority=link.priority,
                reason=link.reason,
                sources=list(link.sources),
            )
            for ordinal, link in enumerate(symptom.points)
        ],
    )


def _red_flag_row(ordinal: int, flag: RedFlag) -> RedFlagRow:
    return RedFlagRow(
        summary=flag.summary,
        id=flag.id,
        ordinal=ordinal,
        question=flag.question,
        urgency=flag.urgency.value,
        advice=flag.advice,
        sources=list(flag.sources),
    )


def dump_tables(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table in key order: two databases with equal dumps hold the same content."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dump: dict[str, list[tuple[object, ...]]] = {}
        for table in CatalogBase.metadata.sorted_tables:
            keys = ", ".join(c.name for c in table.primary_key.columns)
            dump[table.name] = list(connection.execute(f"SELECT * FROM {table.name} ORDER BY {keys}"))
        return dump
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    from acupress_desktop.paths import catalog_source_dir, points_db_path

    parser = argparse.ArgumentParser(description="Build the catalogue database from its TOML source.")
    parser.add_argument("--source", type=Path, default=catalog_source_dir())
    parser.add_argument("--output", type=Path, default=points_db_path())
    args = parser.parse_args(argv)
    try:
        catalogue = build_catalogue_db(args.source, args.output)
    except ValueError as error:  # an integrity problem, or a source file that does not parse
        print(f"catalogue not built: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}: {len(catalogue.points)} points, {len(catalogue.symptoms)} symptoms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
