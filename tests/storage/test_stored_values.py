"""A stored value outside its enum (edited by hand, or written by a newer version) reads as 'unknown' everywhere
instead of stopping the window, the history or an export."""

import sqlite3
from pathlib import Path

from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.session import SessionStatus
from acupress_desktop.domain.stored import is_unknown, stored_enum
from acupress_desktop.storage.backup_repository import BackupRepository
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import open_user_database


def test_an_unknown_value_is_a_stand_in_that_matches_no_member() -> None:
    side = stored_enum(PainSide, "sideways")
    assert isinstance(side, PainSide) and side.value == "unknown" and is_unknown(side)
    assert side not in list(PainSide) and list(PainSide) == [PainSide(m.value) for m in PainSide]
    assert stored_enum(PainSide, "left") is PainSide.LEFT


def test_sessions_with_values_outside_their_enums_are_listed_and_exported(tmp_path: Path) -> None:
    engine = open_user_database(tmp_path).engine
    sessions = SessionRepository(engine)
    from datetime import UTC, datetime

    sessions.add_manual(("headache",), PainSide.NONE, 5, 3, datetime(2026, 11, 1, tzinfo=UTC), 10, "")
    connection = sqlite3.connect(tmp_path / "acupress.db")
    connection.execute("UPDATE sessions SET pain_side = 'sideways', status = 'paused', source = 'phone'")
    connection.commit()
    connection.close()
    (entry,) = sessions.newest_first()
    assert (entry.pain_side.value, entry.status.value, entry.source.value) == ("unknown", "unknown", "unknown")
    assert entry.status is not SessionStatus.COMPLETED
    (exported,) = BackupRepository(engine).sessions()
    assert exported.pain_side.value == "unknown"
