"""Which language the app speaks: --lang, then $ACUPRESS_LANG, then the Preferences setting, then the system."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from acupress_desktop.services.language import UnknownLanguageError, chosen_language, parse_language, system_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_GB.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
    ],
)
def test_the_system_locale_decides_when_nothing_is_asked(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected
    assert chosen_language(environ=environ) == expected


def test_asked_beats_the_environment_which_beats_the_setting_which_beats_the_system() -> None:
    system = {"LANG": "zh_CN.UTF-8"}
    assert chosen_language(setting="en", environ=system) == "en"
    assert chosen_language(setting="en", environ={**system, "ACUPRESS_LANG": "zh_CN"}) == "zh_CN"
    assert chosen_language("en", setting="zh_CN", environ={**system, "ACUPRESS_LANG": "zh_CN"}) == "en"


@pytest.mark.parametrize(
    ("asked", "expected"), [("zh_CN", "zh_CN"), ("zh-Hans", "zh_CN"), ("en_GB", "en"), ("C", "en")]
)
def test_language_names_are_read_leniently(asked: str, expected: str) -> None:
    assert parse_language(asked) == expected


def test_an_unknown_language_is_refused_with_the_known_ones() -> None:
    with pytest.raises(UnknownLanguageError, match="known: en, zh_CN"):
        parse_language("fr")


def test_the_window_follows_the_preferences_setting_unless_lang_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from acupress_desktop.app import window_language
    from acupress_desktop.paths import settings_path
    from acupress_desktop.ui.preferences import LANGUAGE_KEY

    def choose(language: str) -> None:  # as the Preferences dialog stores it
        settings = QSettings(str(settings_path(tmp_path)), QSettings.Format.IniFormat)
        settings.setValue(LANGUAGE_KEY, language)
        settings.sync()

    choose("zh_CN")
    assert window_language(argparse.Namespace(lang_asked=None), tmp_path) == "zh_CN"
    assert window_language(argparse.Namespace(lang_asked="en"), tmp_path) == "en"
    choose("")  # follow the system
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert window_language(argparse.Namespace(lang_asked=None), tmp_path) == "zh_CN"
    choose("klingon")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert window_language(argparse.Namespace(lang_asked=None), tmp_path) == "en"
