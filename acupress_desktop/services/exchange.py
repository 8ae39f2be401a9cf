"""Export and import of the user's data, as the File menu and the command line call them.

Files are written under a temporary name and renamed when complete, so an export that fails leaves no half file.
An import reads and validates the whole file before it touches the database, then stores it in one transaction.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import json
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from acupress_desktop import __version__
from acupress_desktop.domain.exchange import (
    MAX_IMPORT_BYTES,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    Backup,
    ExchangeError,
    ImportReport,
    ValidationError,
    backup_record,
    session_row,
    step_rows,
)
from acupress_desktop.domain.exchange_import import parse_backup, parse_sessions_csv
from acupress_desktop.paths import owner_only, private_umask
from acupress_desktop.storage.backup_repository import BackupRepository

WallClock = Callable[[], datetime]

__all__ = ["ExchangeError", "ExchangeService", "ImportReport", "ValidationError"]


def _now_utc() -> datetime:
    return datetime.now(UTC)


class ExchangeService:
    def __init__(self, repository: BackupRepository, wall: WallClock = _now_utc) -> None:
        self._repository = repository
        self._wall = wall

    def export_csv(self, directory: Path) -> tuple[Path, Path]:
        """Two files, sessions and their steps, named with today's date; returns (sessions_path, steps_path)."""
        sessions = self._repository.sessions()
        stamp = self._wall().astimezone().strftime("%Y-%m-%d")
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ExchangeError(f"cannot create the folder {directory}: {error.strerror}") from error
        sessions_path = directory / f"acupress-sessions-{stamp}.csv"
        steps_path = directory / f"acupress-steps-{stamp}.csv"
        _write(
            sessions_path, lambda out: _write_csv(out, [c.name for c in SESSION_COLUMNS], map(session_row, sessions))
        )
        _write(
            steps_path,
            lambda out: _write_csv(out, [c.name for c in STEP_COLUMNS], (r for s in sessions for r in step_rows(s))),
        )
        return sessions_path, steps_path

    def export_json(self, path: Path) -> None:
        """Everything the user made - saved routines, sessions and their steps - in one versioned file."""
        backup = Backup(self._repository.routines(), self._repository.sessions())
        record = backup_record(backup, self._wall(), __version__)
        _write(path, lambda out: out.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n"))

    def import_file(
        self, path: Path, known_symptoms: Collection[str], known_points: Collection[str] | None = None
    ) -> ImportReport:
        """A JSON backup or a sessions CSV; ValidationError names the first bad line or position, nothing stored."""
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise ExchangeError(f"{path.name} is larger than {MAX_IMPORT_BYTES // 2**20} MB; not an export")
            with path.open(encoding="utf-8-sig", newline="") as source:
                text = source.read()
        except UnicodeDecodeError:
            raise ExchangeError(f"{path.name} is not UTF-8 text") from None
        except OSError as error:
            raise ExchangeError(f"cannot read {path}: {error.strerror}") from error
        now = self._wall()
        with _without_cycle_collection():
            if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
                backup = parse_backup(text, known_symptoms, now, known_points)
            else:
                backup = Backup((), parse_sessions_csv(text, known_symptoms, now, known_points))
            return self._repository.import_all(backup.routines, backup.sessions)


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A large import makes millions of small objects without cycles; the cycle collector would scan them over
    and over (about 40% of the time) without freeing one. Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_csv(out: TextIO, header: list[str], rows: Iterable[list[str]]) -> None:
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)


def _write(path: Path, fill: Callable[[TextIO], object]) -> None:
    """Write beside the target, then rename over it: the file is either the old one or the complete new one."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with private_umask(), partial.open("w", encoding="utf-8", newline="") as out:
            fill(out)
        owner_only(partial)
        partial.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ExchangeError(f"cannot write {path}: {error.strerror}") from error
