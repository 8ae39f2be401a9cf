"""Databases as earlier Acupress versions left them, for upgrade and recovery tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from acupress_desktop.storage.user_db import _alembic_config

PAST_REVISIONS = (None, "0001")
ROUTINE_ROW = "INSERT INTO routines VALUES (1, 'Morning', '2026-11-01 08:00:00', '2026-11-01 08:00:00', " \
    "'[\"headache\"]', 'none', 0, 0, 0, '[]', 10)"  # fmt: skip


def make_database_at(path: Path, revision: str | None, with_data: bool = True) -> None:
    """A database at `revision` (None: an SQLite file without tables), holding one routine when it can."""
    if revision is None:
        sqlite3.connect(path).close()
        return
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    if with_data:
        connection = sqlite3.connect(path)
        connection.execute(ROUTINE_ROW)
        connection.commit()
        connection.close()


def routine_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM routines")]
    finally:
        connection.close()
