"""Import of a JSON backup with 100,000 sessions (two steps each): the whole `acupress import` path - read,
validate every field, skip duplicates, store in one transaction - next to a bare sqlite3 `executemany` of the
same rows into the same schema (a ratio, so it holds on any machine; aim: at most 5x).

    python benchmarks/import_sessions.py [--sessions 100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def backup_file(path: Path, sessions: int) -> None:
    from acupress_desktop import __version__
    from acupress_desktop.domain.exchange import Backup, PlannedStep, SessionData, StepData, backup_record
    from acupress_desktop.domain.history import SessionSource
    from acupress_desktop.domain.laterality import PainSide, Side
    from acupress_desktop.domain.session import SessionStatus, StepOutcome

    rng = random.Random(7)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    planned = (PlannedStep("TUNG-22.05", Side.RIGHT, 60), PlannedStep("GB30", Side.LEFT, 90))
    records = []
    for i in range(sessions):
        when = start + timedelta(minutes=15 * i)
        before = rng.randint(2, 9)
        steps = (
            StepData(0, "TUNG-22.05", Side.RIGHT, 60, 60.0, StepOutcome.COMPLETED, when + timedelta(seconds=60)),
            StepData(1, "GB30", Side.LEFT, 90, 90.0, StepOutcome.COMPLETED, when + timedelta(seconds=150)),
        )
        records.append(
            SessionData(
                started_at=when,
                ended_at=when + timedelta(seconds=160),
                source=SessionSource.GUIDED,
                routine_name="Left sciatica",
                symptoms=("sciatica",),
                pain_side=PainSide.LEFT,
                planned_seconds=150,
                planned_steps=planned,
                pain_before=before,
                pain_after=max(0, before - rng.randint(0, 4)),
                status=SessionStatus.COMPLETED,
                note_before="",
                note=rng.choice(["", "better", "stiff after the train"]),
                steps=steps,
                id=i + 1,
            )
        )
    record = backup_record(Backup((), tuple(records)), datetime.now(UTC), __version__)
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def bare_executemany(source: Path, target_dir: Path) -> float:
    """The floor: the same rows as plain tuples into an empty database of the same schema, one transaction."""
    from acupress_desktop.storage.user_db import open_user_database

    db = open_user_database(target_dir)
    db.engine.dispose()
    record = json.loads(source.read_text(encoding="utf-8"))
    began = time.perf_counter()
    sessions, steps = [], []
    for number, s in enumerate(record["sessions"], 1):
        sessions.append(
            (number, s["started_at"], s["ended_at"], s["source"], None, s["routine"], json.dumps(s["symptoms"]),
             s["side"], json.dumps(s["planned_steps"]), s["planned_seconds"], s["pain_before"], s["pain_after"],
             s["note_before"], s["note"], s["status"])
        )  # fmt: skip
        steps += [
            (number, t["ordinal"], t["point"], t["side"], t["planned_seconds"], t["actual_seconds"], t["outcome"],
             t["ended_at"])
            for t in s["steps"]
        ]  # fmt: skip
    connection = sqlite3.connect(db.path)
    with connection:
        connection.executemany(
            "INSERT INTO sessions (id, started_at, ended_at, source, routine_id, routine_name, symptoms, pain_side, "
            "planned_steps, planned_seconds, pain_before, pain_after, note_before, note, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sessions,
        )
        connection.executemany(
            "INSERT INTO session_steps (session_id, ordinal, point_code, side, planned_seconds, actual_seconds, "
            "outcome, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            steps,
        )
    connection.close()
    return time.perf_counter() - began


def split(source: Path, target_dir: Path) -> tuple[float, float]:
    """Where the time goes: reading and validating the file, then storing it."""
    from acupress_desktop.domain.exchange_import import parse_backup
    from acupress_desktop.paths import points_db_path
    from acupress_desktop.storage.backup_repository import BackupRepository
    from acupress_desktop.storage.catalog_repository import CatalogueRepository
    from acupress_desktop.storage.user_db import open_user_database

    catalogue = CatalogueRepository.open(points_db_path()).load()
    symptoms, points = {s.id for s in catalogue.symptoms}, {p.code for p in catalogue.points}
    repository = BackupRepository(open_user_database(target_dir).engine)
    gc.disable()  # as the import does
    try:
        began = time.perf_counter()
        backup = parse_backup(source.read_text(encoding="utf-8"), symptoms, datetime.now(UTC), points)
        parsed = time.perf_counter()
        repository.import_all(backup.routines, backup.sessions)
        return parsed - began, time.perf_counter() - parsed
    finally:
        gc.enable()


def app_import(source: Path, target_dir: Path) -> tuple[float, int]:
    from acupress_desktop.paths import points_db_path
    from acupress_desktop.services.exchange import ExchangeService
    from acupress_desktop.storage.backup_repository import BackupRepository
    from acupress_desktop.storage.catalog_repository import CatalogueRepository
    from acupress_desktop.storage.user_db import open_user_database

    catalogue = CatalogueRepository.open(points_db_path()).load()
    symptoms, points = {s.id for s in catalogue.symptoms}, {p.code for p in catalogue.points}
    db = open_user_database(target_dir)
    service = ExchangeService(BackupRepository(db.engine))
    began = time.perf_counter()
    report = service.import_file(source, symptoms, points)
    elapsed = time.perf_counter() - began
    db.engine.dispose()
    return elapsed, report.sessions_added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "backup.json"
        began = time.perf_counter()
        backup_file(source, args.sessions)
        size = source.stat().st_size / 2**20
        print(f"wrote a backup of {args.sessions} sessions ({size:.0f} MB) in {time.perf_counter() - began:.1f} s")
        bare = bare_executemany(source, Path(tmp) / "bare")
        imported, added = app_import(source, Path(tmp) / "app")
        assert added == args.sessions, added
        print(f"bare executemany (rows prepared from the parsed JSON) : {bare:6.2f} s")
        print(f"acupress import (read, validate, dedupe, store)       : {imported:6.2f} s  ({imported / bare:.1f}x)")
        parse, store = split(source, Path(tmp) / "split")
        print(f"  of which: read and validate {parse:.2f} s, dedupe and store {store:.2f} s ({store / bare:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
