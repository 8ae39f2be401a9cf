"""The tables of the shipped, read-only catalogue database (resources/points.db).

Each table's columns are its domain dataclass's fields (see catalog_mapping): scalars as
columns, short lists and nested objects (how-to-find steps, cautions, a symptom's points)
as JSON, since they are always read with their owner.
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Text

from acupress_desktop.domain.catalogue import GlossaryEntry, Point, RedFlag, Source, Symptom
from acupress_desktop.storage.catalog_mapping import table_for

CATALOG_SCHEMA_VERSION = 2

catalog_metadata = MetaData()

meta_table = Table(
    "catalog_meta",
    catalog_metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)
sources_table = table_for(Source, "sources", catalog_metadata, key="id", ordered=True)
points_table = table_for(Point, "points", catalog_metadata, key="code", indexed=("pinyin_plain", "region"))
symptoms_table = table_for(Symptom, "symptoms", catalog_metadata, key="id")
red_flags_table = table_for(RedFlag, "red_flags", catalog_metadata, key="id", ordered=True)
glossary_table = table_for(GlossaryEntry, "glossary", catalog_metadata, key="term", ordered=True)
