"""Which language the app speaks: asked for (--lang, the Preferences setting), else $ACUPRESS_LANG, else the
system locale. English unless one of them is Chinese."""

from __future__ import annotations

import os
from collections.abc import Mapping

from acupress_desktop.domain.localisation import ENGLISH, LANGUAGES, normalise_language

LANGUAGE_ENV = "ACUPRESS_LANG"
_LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")


class UnknownLanguageError(ValueError):
    def __init__(self, asked: str) -> None:
        super().__init__(f"unknown language '{asked}' (known: {', '.join(LANGUAGES)})")


def parse_language(asked: str) -> str:
    """'zh_CN', 'zh', 'zh-Hans' -> 'zh_CN'; 'en', 'en_GB' -> 'en'; anything else is refused."""
    code = asked.strip().replace("-", "_").lower()
    if code.startswith(("zh", "en")) or code in ("c", "posix"):
        return normalise_language(code)
    raise UnknownLanguageError(asked)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first locale variable that is set decides, as the C library does ($LANGUAGE lists preferences)."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_ENV:
        value = env.get(name, "")
        if value:
            preferred = env.get("LANGUAGE", "").split(":")[0] if name == "LANG" else ""
            return normalise_language(preferred or value)
    return ENGLISH


def chosen_language(
    asked: str | None = None, setting: str | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """--lang wins, then $ACUPRESS_LANG, then the saved setting, then the system locale."""
    env = os.environ if environ is None else environ
    for candidate in (asked, env.get(LANGUAGE_ENV), setting):
        if candidate:
            return parse_language(candidate)
    return system_language(env)
