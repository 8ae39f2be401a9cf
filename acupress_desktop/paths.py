"""Where things live: shipped resources and the user's data directory.

The one place that knows the layout, so a checkout, an installed wheel and a
PyInstaller bundle all find `resources/` through the same call.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

APP_NAME = "Acupress"
# One reverse-DNS id for the desktop file, AppStream metainfo, icon names, the Flatpak and the macOS bundle.
APP_ID = "io.github.acupress.Acupress"
DATA_DIR_ENV = "ACUPRESS_DATA_DIR"
# The two preferences read before the first window is built (settings.ini; the others are in ui.preferences).
LANGUAGE_KEY = "appearance/language"
THEME_KEY = "appearance/theme"


def resources_dir() -> Path:
    """The shipped resources: inside the package when installed (a wheel, or PyInstaller's folder, where this
    module's file is in the package's folder too), the repo's top level in a checkout. Found from ``__file__``
    rather than importlib.resources, whose import alone costs the window a few milliseconds before it shows."""
    package = Path(__file__).resolve().parent
    packaged = package / "resources"
    if packaged.is_dir():
        return packaged
    return package.parent / "resources"


def catalog_source_dir() -> Path:
    return resources_dir() / "catalog"


def points_db_path() -> Path:
    return resources_dir() / "points.db"


def images_dir() -> Path:
    """The pictures the app shows: the views drawn from the one 3D body (``make images``)."""
    return resources_dir() / "images"


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then $ACUPRESS_DATA_DIR, then the platform's user data directory."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def icons_dir() -> Path:
    """The icon sources (SVG) and the hicolor PNGs rendered from them by scripts/make_icons.py."""
    return resources_dir() / "icons"


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


def settings_path(data_dir: Path) -> Path:
    """Preferences live with the user's data, so --data-dir keeps a trial run fully separate."""
    return data_dir / "settings.ini"


def translations_dir() -> Path:
    """Compiled Qt translations of the interface (resources/i18n/*.qm, built by `make translations`)."""
    return resources_dir() / "i18n"


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def owner_only(path: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    """Health data: readable by its owner alone on POSIX (Windows keeps the profile folder's own rights)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            path.chmod(mode)


def make_private_dir(path: Path) -> None:
    """Create the folder (and parents) and make it owner-only; an existing folder is tightened too."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    owner_only(path, PRIVATE_DIR_MODE)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside (by SQLite, Qt's PDF writer or open()) start owner-only."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)
