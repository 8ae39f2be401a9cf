"""Build resources/points.db from the TOML catalogue source (`make catalog`).

The build refuses content that breaks an integrity rule, and writes rows in a fixed order so
the same source always gives the same content.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine, Table, create_engine, insert, text
from sqlalchemy.schema import CreateIndex, CreateTable, sort_tables

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.integrity import integrity_problems
from acupress_desktop.storage.catalog_mapping import to_record
from acupress_desktop.storage.catalog_models import (
    CATALOG_SCHEMA_VERSION,
    catalog_metadata,
    glossary_table,
    meta_table,
    points_table,
    red_flags_table,
    sources_table,
    symptoms_table,
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
    meta = {"schema_version": str(CATALOG_SCHEMA_VERSION), "disclaimer": catalogue.disclaimer}
    with engine.begin() as connection:
        connection.execute(insert(meta_table), [{"key": k, "value": v} for k, v in meta.items()])
        ordered: tuple[tuple[Table, Sequence[object]], ...] = (
            (sources_table, catalogue.sources),
            (red_flags_table, catalogue.red_flags),
            (glossary_table, catalogue.glossary),
        )
        for table, items in ordered:  # kept in catalogue order
            rows = [{**to_record(item), "ordinal": i} for i, item in enumerate(items)]
            if rows:
                connection.execute(insert(table), rows)
        keyed: tuple[tuple[Table, Sequence[object]], ...] = (
            (points_table, catalogue.points),
            (symptoms_table, catalogue.symptoms),
        )
        for table, items in keyed:  # read back in key order
            if items:
                connection.execute(insert(table), [to_record(item) for item in items])
    with engine.connect() as connection:
        connection.execute(text("VACUUM"))
    engine.dispose()


def _create_schema(engine: Engine) -> None:
    """What ``create_all`` does (tables in declaration and dependency order), but each table's indexes
    by name: ``create_all`` takes them from a set, so the file's bytes changed from run to run."""
    with engine.begin() as connection:
        for table in sort_tables(catalog_metadata.tables.values()):
            connection.execute(CreateTable(table))
            for index in sorted(table.indexes, key=lambda index: str(index.name)):
                connection.execute(CreateIndex(index))


def dump_tables(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table in key order: two databases with equal dumps hold the same content."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dump: dict[str, list[tuple[object, ...]]] = {}
        for table in catalog_metadata.sorted_tables:
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
