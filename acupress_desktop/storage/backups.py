"""Copies of the user's database in the data folder's backups/: one before each upgrade, a rolling daily copy
(the newest 7 kept) and a weekly one (the newest 4), copies asked for by hand, and the database a restore
replaced. All are made with SQLite's online backup API and are owner-only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from acupress_desktop.paths import make_private_dir
from acupress_desktop.storage.db_files import FileKind, copy_database, inspect_file

BACKUP_DIR_NAME = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})(?P<micro>\d{6})?Z-(?P<label>[a-z0-9-]+)\.db$")


class BackupKind(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    BEFORE_UPGRADE = "before-upgrade"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: BackupKind
    taken_at: datetime  # aware, UTC
    size: int


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def _label(kind: BackupKind, revision: str | None) -> str:
    return f"before-{revision}" if kind is BackupKind.BEFORE_UPGRADE and revision else kind.value


def take_backup(db_path: Path, directory: Path, kind: BackupKind, now: datetime, revision: str | None = None) -> Path:
    make_private_dir(directory)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = directory / f"{db_path.stem}-{stamp}-{_label(kind, revision)}{db_path.suffix}"
    copy_database(db_path, target)
    return target


def _parse(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    label = match["label"]
    kind = BackupKind.BEFORE_UPGRADE if label.startswith("before-") and label[7:].isdigit() else None
    if kind is None:
        try:
            kind = BackupKind(label)
        except ValueError:
            return None
    taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    if match["micro"]:
        taken = taken.replace(microsecond=int(match["micro"]))
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupFile(path, kind, taken, size)


def list_backups(directory: Path) -> list[BackupFile]:
    """Every backup, newest first."""
    if not directory.is_dir():
        return []
    found = [b for b in map(_parse, directory.glob("*.db")) if b is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_good_backup(directory: Path, newest_revision: str) -> BackupFile | None:
    """The newest backup that opens, passes the integrity check and is of a schema this version reads."""
    for backup in list_backups(directory):
        state = inspect_file(backup.path)
        if state.kind is FileKind.OURS and state.revision is not None and state.revision <= newest_revision:
            return backup
    return None


def daily_backup_due(directory: Path, now: datetime) -> bool:
    local = now.astimezone()
    return not any(_same_day(b, local) for b in list_backups(directory) if b.kind is BackupKind.DAILY)


def rolling_backups(db_path: Path, directory: Path, now: datetime) -> list[Path]:
    """Take today's daily copy and this week's weekly copy if missing (local calendar), prune the oldest."""
    taken: list[Path] = []
    if inspect_file(db_path, check_pages=False).empty:
        return taken  # nothing worth keeping yet
    existing = list_backups(directory)
    local = now.astimezone()
    if not any(_same_day(b, local) for b in existing if b.kind is BackupKind.DAILY):
        taken.append(take_backup(db_path, directory, BackupKind.DAILY, now))
    if not any(_same_week(b, local) for b in existing if b.kind is BackupKind.WEEKLY):
        taken.append(take_backup(db_path, directory, BackupKind.WEEKLY, now))
    all_backups = list_backups(directory)
    for kind, keep in ((BackupKind.DAILY, KEEP_DAILY), (BackupKind.WEEKLY, KEEP_WEEKLY)):
        for old in [b for b in all_backups if b.kind is kind][keep:]:
            old.path.unlink(missing_ok=True)
    return taken


def _same_day(backup: BackupFile, local: datetime) -> bool:
    return backup.taken_at.astimezone(local.tzinfo).date() == local.date()


def _same_week(backup: BackupFile, local: datetime) -> bool:
    return backup.taken_at.astimezone(local.tzinfo).isocalendar()[:2] == local.isocalendar()[:2]
