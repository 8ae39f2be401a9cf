"""`acupress backup [-o FILE] [--list]` and `acupress restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.common import UsageError, format_table

if TYPE_CHECKING:
    from acupress_desktop.services.backup import BackupService
    from acupress_desktop.services.composition import Services


def add_parsers(commands: Any) -> None:
    backup = commands.add_parser("backup", help="copy your database now (into the backups folder, or to FILE)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the copy to this file or folder")
    backup.add_argument("--list", action="store_true", help="list the backups kept, newest first")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help="replace your data with a backup (the current data is kept)")
    restore.add_argument("file", metavar="FILE", help="a backup .db file (see 'acupress backup --list')")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, services: Services) -> int:
    services.user_db  # noqa: B018 - opened (and upgraded) first, so a damaged or foreign file is said as such
    if args.list:
        return _list(services.backups)
    target = services.backups.back_up(Path(args.output).expanduser() if args.output else None)
    print(f"backed up to {target}")
    return 0


def _list(service: BackupService) -> int:
    backups = service.backups()
    if not backups:
        print("No backups yet.")
        return 0
    rows = [("TAKEN", "KIND", "SIZE", "FILE")]
    for backup in backups:
        taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        rows.append((taken, backup.kind.value, f"{max(1, backup.size // 1024)} KB", str(backup.path)))
    print(format_table(rows))
    return 0


def run_restore(args: argparse.Namespace, services: Services) -> int:
    from acupress_desktop.domain.errors import DataUnavailableError

    source = Path(args.file).expanduser()
    try:
        services.backups.check(source)
        result = services.backups.restore(source)
    except DataUnavailableError as error:
        raise UsageError("cannot restore {path}: {reason}", path=args.file, reason=error) from error
    kept = f"; your previous data is kept in {result.kept_aside}" if result.kept_aside else ""
    print(f"restored from {source}{kept}")
    return 0
