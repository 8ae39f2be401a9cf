"""The interface in the reader's language: Qt translators for the app's own strings (resources/i18n, made
with Qt Linguist) and for Qt's standard dialogs and buttons. Windows and printed pages both use them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from acupress_desktop.domain.localisation import CHINESE, normalise_language
from acupress_desktop.paths import translations_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

TRANSLATION_STEM = "acupress"
_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator
_current = ["en"]


def tr(text: str) -> str:
    """An interface text in the installed language. `make translations` collects every ``tr("...")`` (and
    ``QT_TR_NOOP("...")`` for constants) into resources/i18n; fill fields after translating:
    ``tr("{n} steps").format(n=3)``, never ``tr(f"...")``."""
    return QCoreApplication.translate("", text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a constant for translation; show it with ``tr(CONSTANT)`` once the translator is installed."""
    return text


def current_language() -> str:
    """The language of the installed translation ("en" when none is), for texts the domain words."""
    return _current[0]


def qm_path(language: str) -> str:
    return str(translations_dir() / f"{TRANSLATION_STEM}_{normalise_language(language)}.qm")


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the translators for a language, replacing earlier ones; English needs none.
    Returns False when the app's translation cannot be loaded (the interface then stays English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalise_language(language)
    _current[0] = language
    if language != CHINESE:
        return True
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator  # QLocale's enums alone take milliseconds

    ours = QTranslator(app)
    if not ours.load(qm_path(language)):
        _current[0] = "en"
        return False
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return True
