"""Backups and restores as the File menu, Preferences and the command line call them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from acupress_desktop.storage.backups import BackupFile, backup_dir, list_backups, newest_good_backup
from acupress_desktop.storage.instance_lock import window_holds
from acupress_desktop.storage.restore import RestoreResult, back_up_now, restore_database, validate_backup_file
from acupress_desktop.storage.user_db import HEAD_REVISION, UserDatabaseError, open_user_database

__all__ = ["BackupFile", "BackupService", "RestoreResult", "UserDatabaseError", "mark_interrupted_unless_open"]
WallClock = Callable[[], datetime]


def _now_utc() -> datetime:
    return datetime.now(UTC)


class BackupService:
    def __init__(self, data_dir: Path, wall: WallClock = _now_utc) -> None:
        self.data_dir = data_dir
        self._wall = wall

    def back_up(self, target: Path | None = None) -> Path:
        """A copy of the database now: into the backups folder, or to the file or folder given."""
        return back_up_now(self.data_dir, target, self._wall)

    def backups(self) -> list[BackupFile]:
        return list_backups(backup_dir(self.data_dir))

    def newest_good(self) -> BackupFile | None:
        return newest_good_backup(backup_dir(self.data_dir), HEAD_REVISION)

    def check(self, source: Path) -> str:
        """Raises UserDatabaseError saying why the file cannot be restored; returns its schema revision."""
        return validate_backup_file(source)

    def restore(self, source: Path, window_is_ours: bool = False) -> RestoreResult:
        """Replace the database with the file's content, keeping the current one among the backups.

        Refused while another window has the folder open (it would keep writing to the replaced data)."""
        if not window_is_ours and window_holds(self.data_dir):
            raise UserDatabaseError("an Acupress window has this data open; close it first, then restore")
        result = restore_database(self.data_dir, source, self._wall)
        open_user_database(self.data_dir, clock=self._wall)  # upgrade an older copy now
        return result


def mark_interrupted_unless_open(data_dir: Path, mark_interrupted: Callable[[], int]) -> int:
    """Sessions left 'running' by a crash read as interrupted from any start, unless a window is running one."""
    return 0 if window_holds(data_dir) else mark_interrupted()
