"""A full disk mid-session: nothing is lost; what could not be written waits in memory and is written, in order,
as soon as the disk takes it again."""

from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.domain.session import SessionStatus, StepOutcome
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.session_repository import SessionRepository
from acupress_desktop.storage.user_db import DiskFullError, open_user_database
from tests.domain.factories import FakeClock, make_routine


class FillingDisk(SessionRepository):
    """The real repository, refusing every write while `full` is set, as SQLite does with SQLITE_FULL."""

    full = False

    def _refuse(self) -> None:
        if self.full:
            raise DiskFullError("the disk holding the data is full. Free some space, then try again.")

    def start(self, *args: Any) -> int:
        self._refuse()
        return super().start(*args)

    def record_step(self, *args: Any) -> None:
        self._refuse()
        super().record_step(*args)

    def finish(self, *args: Any) -> None:
        self._refuse()
        super().finish(*args)


@pytest.mark.parametrize("full_from_the_start", [False, True])
def test_a_session_survives_a_full_disk_and_is_written_when_space_returns(
    tmp_path: Path, full_from_the_start: bool
) -> None:
    repository = FillingDisk(open_user_database(tmp_path).engine)
    clock = FakeClock()
    recorder = SessionRecorder(repository, make_routine("Desk"), monotonic=clock)
    repository.full = full_from_the_start
    recorder.begin(6, "stiff")
    repository.full = True
    clock.now += 60
    assert recorder.tick() is not None  # the step ends on time although it cannot be written
    assert recorder.unsaved >= 1 and recorder.save_problem is not None and "full" in recorder.save_problem
    assert "kept in memory" in recorder.save_problem
    repository.full = False
    clock.now += 90
    recorder.tick()
    recorder.end(2, "better")
    assert recorder.unsaved == 0 and recorder.save_problem is None
    (entry,) = repository.newest_first()
    assert entry.status is SessionStatus.COMPLETED and (entry.pain_before, entry.pain_after) == (6, 2)
    assert [s.outcome for s in entry.steps] == [StepOutcome.COMPLETED, StepOutcome.COMPLETED]
    assert entry.note_before == "stiff" and entry.note == "better"


def test_a_real_sqlite_write_error_reaches_the_recorder_as_a_true_message(tmp_path: Path) -> None:
    engine = open_user_database(tmp_path).engine
    repository = SessionRepository(engine)
    recorder = SessionRecorder(repository, make_routine("Desk"), monotonic=FakeClock())
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER full BEFORE INSERT ON sessions BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
        )
    assert recorder.begin(5) is None
    assert recorder.save_problem is not None and "is full" in recorder.save_problem
