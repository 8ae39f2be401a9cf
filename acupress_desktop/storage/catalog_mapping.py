"""The one mapping between catalogue objects and their stored form (TOML source and points.db rows).

The domain dataclasses are the table of fields: a field's name is its TOML key and its column
name, and its type says how the value is stored (text, number, flag, enum value, or JSON for
lists and nested objects). Adding a field to a dataclass adds it to the source, the database
and the repository at once; nothing else lists the fields.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # SQLAlchemy only for the table definitions: reading records needs none (first window, CLI)
    from sqlalchemy import MetaData, Table
    from sqlalchemy.types import TypeEngine

T = TypeVar("T")


class RecordError(ValueError):
    """A stored record lacks a required field, has an unknown one, or holds a value of the wrong type."""


def to_record(obj: object) -> dict[str, Any]:
    """The dataclass as plain values: enums by value, tuples as lists, nested dataclasses as dicts."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"not a dataclass instance: {obj!r}")
    return {f.name: _plain(getattr(obj, f.name)) for f in _fields(type(obj))}


def from_record(cls: type[T], record: Mapping[str, Any], where: str = "") -> T:
    """Build cls from plain values, converting each by the field's declared type."""
    hints = _hints(cls)
    fields = _fields(cls)
    known = {f.name for f in fields}
    unknown = sorted(set(record) - known)
    if unknown:
        raise RecordError(f"{where or cls.__name__}: unknown field(s) {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for f in fields:
        if f.name in record:
            values[f.name] = _typed(hints[f.name], record[f.name], f"{where or cls.__name__}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise RecordError(f"{where or cls.__name__}: '{f.name}' is required")
    return cls(**values)


def table_for(
    cls: type[Any], name: str, metadata: MetaData, key: str, ordered: bool = False, indexed: tuple[str, ...] = ()
) -> Table:
    """A table whose columns are the dataclass's fields, plus an ordinal when the order matters."""
    from sqlalchemy import Column, Integer, Table

    hints = typing.get_type_hints(cls)
    columns = [
        Column(f.name, _column_type(hints[f.name]), primary_key=f.name == key, index=f.name in indexed)
        for f in _fields(cls)
    ]
    if ordered:
        columns.append(Column("ordinal", Integer, nullable=False))
    return Table(name, metadata, *columns)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """Each class's field types, worked out once: reading the catalogue asks for them per record."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _fields(cls: type[Any]) -> tuple[dataclasses.Field[Any], ...]:
    """The public fields: private ones (an index built after init) are not stored."""
    return tuple(f for f in dataclasses.fields(cls) if not f.name.startswith("_"))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_record(value)
    return value


def _typed(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise RecordError(f"{where}: expected a list, got {value!r}")
        (item_hint, _ellipsis) = typing.get_args(hint)
        return tuple(_typed(item_hint, item, f"{where}[{i}]") for i, item in enumerate(value))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, Mapping):
            raise RecordError(f"{where}: expected a table, got {value!r}")
        return from_record(hint, value, where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError as error:
            allowed = ", ".join(str(member.value) for member in hint)
            raise RecordError(f"{where}: '{value}' is not one of {allowed}") from error
    if hint is bool:
        if not isinstance(value, bool):
            raise RecordError(f"{where}: expected true or false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RecordError(f"{where}: expected a whole number, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise RecordError(f"{where}: expected text, got {value!r}")
        return value.strip()
    raise TypeError(f"{where}: no mapping for type {hint!r}")  # a new field type needs a rule here


def stored_as_json(hint: Any) -> bool:
    """Lists and nested objects are JSON text in their column."""
    return typing.get_origin(hint) is tuple or (isinstance(hint, type) and dataclasses.is_dataclass(hint))


def _column_type(hint: Any) -> TypeEngine[Any] | type[TypeEngine[Any]]:
    from sqlalchemy import JSON, Boolean, Integer, String, Text

    if stored_as_json(hint):
        return JSON
    if isinstance(hint, type) and issubclass(hint, Enum):
        return String
    if hint is bool:
        return Boolean
    if hint is int:
        return Integer
    if hint is str:
        return Text
    if isinstance(hint, types.UnionType):
        raise TypeError(f"optional fields are not stored: {hint!r}")
    raise TypeError(f"no column type for {hint!r}")
