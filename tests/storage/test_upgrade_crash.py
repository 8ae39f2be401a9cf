"""Kill the upgrade at every statement it sends, from each past schema: the next start always reaches head with
every row kept, and never takes more than one backup for the one upgrade."""

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from acupress_desktop.storage.backups import BackupKind, list_backups
from acupress_desktop.storage.db_files import FileKind, inspect_file
from acupress_desktop.storage.user_db import current_revision, head_revision, open_user_database
from tests.storage.past_schemas import PAST_REVISIONS, make_database_at, routine_names

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill a child")]
KILLED = 9


def _open_and_die_at(data_dir: Path, statement: int) -> int:
    """Run the start-up in a forked child that vanishes (no rollback, no clean-up) at the given statement."""
    pid = os.fork()
    if pid == 0:  # the child
        count = 0

        def die(*_args: object) -> None:
            nonlocal count
            count += 1
            if count == statement:
                os._exit(KILLED)

        event.listen(Engine, "before_cursor_execute", die)
        try:
            open_user_database(data_dir).engine.dispose()
        finally:
            os._exit(0)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.parametrize("revision", PAST_REVISIONS)
def test_a_kill_at_any_statement_of_an_upgrade_loses_nothing(tmp_path: Path, revision: str | None) -> None:
    template = tmp_path / "template.db"
    make_database_at(template, revision)
    killed_at = []
    for statement in range(1, 200):
        data_dir = tmp_path / f"run-{statement}"
        data_dir.mkdir()
        shutil.copy(template, data_dir / "acupress.db")
        if _open_and_die_at(data_dir, statement) != KILLED:
            break  # the upgrade finished before this statement: every point has been tried
        killed_at.append(statement)
        left = inspect_file(data_dir / "acupress.db")  # one transaction: the old schema whole, or the new one
        assert left.kind in (FileKind.OURS, FileKind.MISSING) and not left.extra_tables, f"statement {statement}"
        db = open_user_database(data_dir)
        assert current_revision(db.engine) == head_revision(), f"killed at statement {statement}"
        if revision is not None:
            assert routine_names(db.path) == ["Morning"], f"killed at statement {statement}"
        db.engine.dispose()
        upgrades = [b for b in list_backups(data_dir / "backups") if b.kind is BackupKind.BEFORE_UPGRADE]
        assert len(upgrades) <= 1, f"killed at statement {statement}"
        shutil.rmtree(data_dir)
    assert len(killed_at) >= 5  # the upgrade was really cut at each of its statements
