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

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from acupress_desktop.domain.catalogue import Catalogue
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
    CatalogBase.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                MetaRow(key="schema_version", value=str(CATALOG_SCHEMA_VERSION)),
                MetaRow(key="disclaimer", value=catalogue.disclaimer),
            ]
        )
        session.add_all(
            SourceRow(id=s.id, ordinal=i, kind=s.kind.value, title=s.title, citation=s.citation, location=s.location)
            for i, s in enumerate(catalogue.sources)
        )
        for p in catalogue.points:
            session.add(
                PointRow(
                    code=p.code,
                    system=p.system.value,
                    meridian=p.meridian,
                    pinyin=p.pinyin,
                    pinyin_plain=p.pinyin_plain,
                    hanzi=p.hanzi,
                    english=p.english,
                    english_checked=p.english_checked,
                    region=p.region.value,
                    location=p.location,
                    find_steps=list(p.find_steps),
                    pressure=p.technique.pressure.value,
                    instruction=p.technique.instruction,
                    default_seconds=p.technique.default_seconds,
                    min_seconds=p.technique.min_seconds,
                    max_seconds=p.technique.max_seconds,
                    laterality=p.laterality.value,
                    laterality_note=p.laterality_note,
                    sources=list(p.sources),
                    aliases=list(p.aliases),
                    notes=p.notes,
                    cautions=[
                        CautionRow(
                            ordinal=i,
                            kind=c.kind.value,
                            effect=c.effect.value,
                            text=c.text,
                            sources=list(c.sources),
                        )
                        for i, c in enumerate(p.cautions)
                    ],
                )
            )
        session.flush()
        for s in catalogue.symptoms:
            session.add(
                SymptomRow(
                    id=s.id,
                    name=s.name,
                    description=s.description,
                    red_flags=list(s.red_flags),
                    sources=list(s.sources),
                    notes=s.notes,
                    links=[
                        SymptomPointRow(
                            point_code=link.code,
                            ordinal=i,
                            priority=link.priority,
                            reason=link.reason,
                            sources=list(link.sources),
                        )
                        for i, link in enumerate(s.points)
                    ],
                )
            )
        session.add_all(
            RedFlagRow(
                summary=f.summary,
                id=f.id,
                ordinal=i,
                question=f.question,
                urgency=f.urgency.value,
                advice=f.advice,
                sources=list(f.sources),
            )
            for i, f in enumerate(catalogue.red_flags)
        )
    with engine.connect() as connection:
        connection.execute(text("VACUUM"))
    engine.dispose()


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
