"""The data folder and the errors about the user's database, kept apart from SQLAlchemy (and from the database
files' helpers) so the window can check its folder and take its lock before the data layer is loaded."""

from __future__ import annotations

import os
from pathlib import Path

from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.paths import make_private_dir


class UserDatabaseError(DataUnavailableError):
    """The user's database cannot be used; the message says what to do."""


class NewerDatabaseError(UserDatabaseError):
    """Written by a newer Acupress: refused rather than damaged."""


class UnknownSchemaError(UserDatabaseError):
    """A schema version no Acupress release wrote."""


class ForeignDatabaseError(UserDatabaseError):
    """Another program's SQLite file: refused and left untouched."""


class DataFolderError(UserDatabaseError):
    """The folder or file cannot be written: read-only, a file where a folder should be, no permission."""


class DiskFullError(UserDatabaseError):
    """No space left on the disk that holds the data."""


def prepare_data_folder(data_dir: Path) -> None:
    """Create the owner-only data folder, or say plainly why it cannot be used."""
    if data_dir.exists() and not data_dir.is_dir():
        raise DataFolderError(f"{data_dir} is a file, not a folder. Move it away, or choose another with --data-dir.")
    try:
        make_private_dir(data_dir)
    except OSError as error:
        raise DataFolderError(
            f"cannot create the data folder {data_dir}: {error.strerror}. Choose another with --data-dir."
        ) from error
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise DataFolderError(
            f"the data folder {data_dir} is read-only. Make it writable, or choose another with --data-dir."
        )
