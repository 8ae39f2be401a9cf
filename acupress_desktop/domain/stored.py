"""Values read back from the user's database that no enum member names (an edit by hand, a newer version):
shown as 'unknown' instead of stopping the window or the command."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)
UNKNOWN = "unknown"


def stored_enum(kind: type[E], value: str) -> E:
    """The member named by value, or an 'unknown' stand-in of the same type that matches no member."""
    try:
        return kind(value)
    except ValueError:
        return _unknown(kind)


def _unknown(kind: type[E]) -> E:
    member = str.__new__(kind, UNKNOWN)
    object.__setattr__(member, "_value_", UNKNOWN)
    object.__setattr__(member, "_name_", "UNKNOWN")
    return member


def is_unknown(member: StrEnum) -> bool:
    return member._name_ == "UNKNOWN" and member.value == UNKNOWN
