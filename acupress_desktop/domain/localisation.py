"""Texts in a reader's language: which languages the catalogue carries, and how a translated text
takes the place of the English one.

A translated text sits next to its English field with the language's suffix (``location_zh``
next to ``location``), in the catalogue source and in the shipped database alike.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

T = TypeVar("T")

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)

_SUFFIXES = {"zh": "_zh"}


def normalise_language(language: str | None) -> str:
    """'zh_CN', 'zh-Hans', 'zh_CN.UTF-8' or 'zh' -> 'zh_CN'; anything else -> 'en'."""
    code = (language or "").strip().replace("-", "_").split(".")[0].lower()
    return CHINESE if code.startswith("zh") else ENGLISH


def is_chinese(language: str | None) -> bool:
    return normalise_language(language) == CHINESE


def translation_suffix(language: str | None) -> str:
    """The field suffix holding a language's texts, or '' for English (the fields themselves)."""
    return _SUFFIXES.get(normalise_language(language)[:2], "")


def translated_fields(cls: type[Any], suffix: str) -> tuple[tuple[str, str], ...]:
    """(english field, translated field) pairs a dataclass carries for a suffix."""
    import dataclasses  # here, not at the top: the first paint reads language codes and makes no dataclass

    names = {f.name for f in dataclasses.fields(cls)}
    return tuple((name, name + suffix) for name in sorted(names) if name + suffix in names)


def localise(obj: T, suffix: str) -> T:
    """A copy with each translated text in place of its English one, nested objects included;
    the English stays where the translation is empty. A named tuple (the first window's glance) is done alike,
    without loading dataclasses."""
    fields = getattr(obj, "_fields", None)
    if isinstance(obj, tuple) and fields is not None:
        swaps = {name: getattr(obj, name + suffix) for name in fields if getattr(obj, name + suffix, None)}
        return cast(T, cast(Any, obj)._replace(**swaps)) if swaps else obj
    import dataclasses

    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            changes[f.name] = tuple(localise(item, suffix) for item in value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes[f.name] = localise(value, suffix)
    for english, translated in translated_fields(type(obj), suffix):
        value = getattr(obj, translated)
        if value:
            changes[english] = value
    return dataclasses.replace(obj, **changes) if changes else obj
