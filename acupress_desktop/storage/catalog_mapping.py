"""The one mapping between catalogue objects and their stored form (TOML source and points.db rows).

The domain dataclasses are the table of fields: a field's name is its TOML key and its column
name, and its type says how the value is stored (text, number, flag, enum value, or JSON for
lists and nested objects). Adding a field to a dataclass adds it to the source, the database
and the repository at once; nothing else lists the fields.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable, Mapping
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
    try:
        return _build(cls, record)
    except _MisfitError as misfit:
        raise RecordError(f"{where or cls.__name__}{''.join(misfit.path)}: {misfit.message}") from misfit.__cause__


class _MisfitError(Exception):
    """A value that does not fit its field; the path to it is collected on the way out (only when one fails)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str] = []


def _build(cls: type[T], record: Mapping[str, Any]) -> T:
    _fields_of, known, _types = _layout(cls)
    if not known.issuperset(record):
        raise _MisfitError(f"unknown field(s) {', '.join(sorted(set(record) - known))}")
    values: dict[str, Any] = {}
    for f, convert in _converters_of(cls):
        if f.name in record:
            try:
                values[f.name] = convert(record[f.name])
            except _MisfitError as misfit:
                misfit.path.insert(0, f".{f.name}")
                raise
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise _MisfitError(f"'{f.name}' is required")
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


_LAYOUTS: dict[type[Any], tuple[tuple[dataclasses.Field[Any], ...], frozenset[str], dict[str, Any]]] = {}


def _layout(cls: type[Any]) -> tuple[tuple[dataclasses.Field[Any], ...], frozenset[str], dict[str, Any]]:
    """Each class's stored fields, their names and their types, worked out once: the catalogue's thousand-odd
    records (nested ones included) ask for them one by one."""
    if cls not in _LAYOUTS:
        fields = _fields(cls)
        _LAYOUTS[cls] = (fields, frozenset(f.name for f in fields), typing.get_type_hints(cls))
    return _LAYOUTS[cls]


def field_types(cls: type[Any]) -> dict[str, Any]:
    """The declared type of each of the class's fields (worked out once)."""
    return _layout(cls)[2]


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


Converter = Callable[[Any], Any]
_CONVERTERS: dict[Any, Converter] = {}
_CLASS_CONVERTERS: dict[type[Any], tuple[tuple[dataclasses.Field[Any], Converter], ...]] = {}


def _converters_of(cls: type[Any]) -> tuple[tuple[dataclasses.Field[Any], Converter], ...]:
    if cls not in _CLASS_CONVERTERS:
        fields, _known, types_ = _layout(cls)
        _CLASS_CONVERTERS[cls] = tuple((f, _converter(types_[f.name])) for f in fields)
    return _CLASS_CONVERTERS[cls]


def _converter(hint: Any) -> Converter:
    """How to check and convert a value of this declared type, worked out once per type (the catalogue's
    thousands of values would otherwise ask typing the same questions again and again)."""
    if hint not in _CONVERTERS:
        _CONVERTERS[hint] = _make_converter(hint)
    return _CONVERTERS[hint]


def _make_converter(hint: Any) -> Converter:
    if typing.get_origin(hint) is tuple:
        (item_hint, _ellipsis) = typing.get_args(hint)
        return functools.partial(_to_tuple, _converter(item_hint))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return functools.partial(_to_dataclass, hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return functools.partial(_to_enum, hint)
    if hint is bool:
        return _to_bool
    if hint is int:
        return _to_int
    if hint is str:
        return _to_str
    raise TypeError(f"no mapping for type {hint!r}")  # a new field type needs a rule here


def _to_tuple(item: Converter, value: Any) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise _MisfitError(f"expected a list, got {value!r}")
    converted = []
    for index, element in enumerate(value):
        try:
            converted.append(item(element))
        except _MisfitError as misfit:
            misfit.path.insert(0, f"[{index}]")
            raise
    return tuple(converted)


def _to_dataclass(cls: type[Any], value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise _MisfitError(f"expected a table, got {value!r}")
    return _build(cls, value)


def _to_enum(kind: type[Enum], value: Any) -> Enum:
    try:
        return kind(value)
    except ValueError as error:
        allowed = ", ".join(str(member.value) for member in kind)
        raise _MisfitError(f"'{value}' is not one of {allowed}") from error


def _to_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _MisfitError(f"expected true or false, got {value!r}")
    return value


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _MisfitError(f"expected a whole number, got {value!r}")
    return value


def _to_str(value: Any) -> str:
    if not isinstance(value, str):
        raise _MisfitError(f"expected text, got {value!r}")
    return value.strip()


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
