"""`acupress backup [-o FILE] [--list]` and `acupress restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.main import Handler, UsageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from acupress_desktop.services.backup import BackupService


def add_parsers(commands: Any) -> None:
    backup = commands.add_parser("backup", help="copy your database now (into the backups folder, or to FILE)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the copy to this file or folder")
    backup.add_argument("--list", action="store_true", help="list the backups kept, newest first")

    restore = commands.add_parser("restore", help="replace your data with a backup (the current data is kept)")
    restore.add_argument("file", metavar="FILE", help="a backup .db file (see 'acupress backup --list')")


def handlers() -> dict[str, Handler]:
    return {"backup": run_backup, "restore": run_restore}


def _service(args: argparse.Namespace) -> BackupService:
    from acupress_desktop.paths import user_data_dir
    from acupress_desktop.services.backup import BackupService

    return BackupService(user_data_dir(args.data_dir))


def run_backup(args: argparse.Namespace) -> int:
    from acupress_desktop.cli.main import user_engine
    from acupress_desktop.services.backup import UserDatabaseError

    service = _service(args)
    user_engine(args).dispose()  # opened (and upgraded) first, so a damaged or foreign file is reported
    if args.list:
        return _list(service)
    try:
        target = service.back_up(Path(args.output).expanduser() if args.output else None)
    except UserDatabaseError as error:
        raise UsageError(f"cannot back up: {error}") from error
    print(f"backed up to {target}")
    return 0


def _list(service: BackupService) -> int:
    from acupress_desktop.cli.catalogue_commands import format_table

    backups = service.backups()
    if not backups:
        print("No backups yet.")
        return 0
    rows = [("TAKEN", "KIND", "SIZE", "FILE")]
    for b in backups:
        taken = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        rows.append((taken, b.kind.value, f"{max(1, b.size // 1024)} KB", str(b.path)))
    print(format_table(rows))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from acupress_desktop.services.backup import UserDatabaseError

    service = _service(args)
    source = Path(args.file).expanduser()
    try:
        service.check(source)
        result = service.restore(source)
    except UserDatabaseError as error:
        raise UsageError(f"cannot restore {args.file}: {error}") from error
    kept = f"; your previous data is kept in {result.kept_aside}" if result.kept_aside else ""
    print(f"restored from {source}{kept}")
    return 0


def mark_interrupted_unless_open(data_dir: Path, engine: Engine) -> int:
    from acupress_desktop.services.backup import mark_interrupted_unless_open as mark
    from acupress_desktop.services.session import SessionService
    from acupress_desktop.storage.session_repository import SessionRepository

    return mark(data_dir, SessionService(SessionRepository(engine)))
