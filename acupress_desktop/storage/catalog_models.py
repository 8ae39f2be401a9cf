"""SQLAlchemy models of the shipped, read-only catalogue database (resources/points.db).

Short ordered lists (aliases, how-to-find steps, source ids) are JSON columns: they are
always read with their owner, never queried on their own.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CATALOG_SCHEMA_VERSION = 1


class CatalogBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {list[Any]: JSON}


class MetaRow(CatalogBase):
    __tablename__ = "catalog_meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SourceRow(CatalogBase):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)


class PointRow(CatalogBase):
    __tablename__ = "points"
    code: Mapped[str] = mapped_column(String, primary_key=True)
    system: Mapped[str] = mapped_column(String)
    meridian: Mapped[str] = mapped_column(String)
    pinyin: Mapped[str] = mapped_column(String)
    pinyin_plain: Mapped[str] = mapped_column(String, index=True)
    hanzi: Mapped[str] = mapped_column(String)
    english: Mapped[str] = mapped_column(String)
    english_checked: Mapped[bool]
    region: Mapped[str] = mapped_column(String, index=True)
    location: Mapped[str] = mapped_column(Text)
    find_steps: Mapped[list[Any]]
    pressure: Mapped[str] = mapped_column(String)
    instruction: Mapped[str] = mapped_column(Text)
    default_seconds: Mapped[int]
    min_seconds: Mapped[int]
    max_seconds: Mapped[int]
    laterality: Mapped[str] = mapped_column(String)
    laterality_note: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Any]]
    aliases: Mapped[list[Any]]
    notes: Mapped[str] = mapped_column(Text)
    cautions: Mapped[list[CautionRow]] = relationship(order_by="CautionRow.ordinal")


class CautionRow(CatalogBase):
    __tablename__ = "point_cautions"
    point_code: Mapped[str] = mapped_column(ForeignKey("points.code"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String, index=True)
    effect: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Any]]


class SymptomRow(CatalogBase):
    __tablename__ = "symptoms"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text)
    red_flags: Mapped[list[Any]]
    sources: Mapped[list[Any]]
    notes: Mapped[str] = mapped_column(Text)
    links: Mapped[list[SymptomPointRow]] = relationship(order_by="SymptomPointRow.ordinal")


class SymptomPointRow(CatalogBase):
    __tablename__ = "symptom_points"
    symptom_id: Mapped[str] = mapped_column(ForeignKey("symptoms.id"), primary_key=True)
    point_code: Mapped[str] = mapped_column(ForeignKey("points.code"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    priority: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Any]]


class RedFlagRow(CatalogBase):
    __tablename__ = "red_flags"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String)
    advice: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Any]]
