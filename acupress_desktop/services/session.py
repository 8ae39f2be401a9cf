"""Runs a guided session and writes every event to the session log the moment it happens."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from acupress_desktop.domain.errors import DataUnavailableError
from acupress_desktop.domain.history import SessionEntry
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.pain import EntryError, check_text, parse_minutes, parse_pain, parse_when
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.session import GuidedSession, StepRecord, final_status, is_empty
from acupress_desktop.domain.timer import ClockReading, missed_time
from acupress_desktop.services.sleep_clock import SleptClock, platform_slept_clock
from acupress_desktop.storage.session_repository import SessionRepository

Monotonic = Callable[[], float]
WallClock = Callable[[], datetime]


def _now_utc() -> datetime:
    return datetime.now(UTC)


def _note(text: str) -> str:
    """Kept exactly as written (any Unicode, inner and outer spaces), only blank becomes empty; length capped."""
    return check_text(text if text.strip() else "", "note")


class SessionRecorder:
    def __init__(
        self,
        repository: SessionRepository,
        routine: Routine,
        monotonic: Monotonic = time.monotonic,
        wall: WallClock = _now_utc,
        slept: SleptClock | None = None,
    ) -> None:
        self._repository = repository
        self._slept = slept or platform_slept_clock()
        self._monotonic = monotonic
        self._wall = wall
        self.routine = routine
        self.session = GuidedSession(routine.steps)
        self.session_id: int | None = None
        self.begun = False
        self.ended = False
        self.stopped_early = False
        self.save_problem: str | None = None  # why some of this session is only in memory for now
        self._unsaved: list[Callable[[], None]] = []
        self._pain_before: int | None = None
        self._last_reading = self._reading()

    # -- lifecycle -----------------------------------------------------------------------------
    def begin(self, pain_before: int | None, note_before: str = "") -> int | None:
        """Write the session row, then start the first countdown (the row waits in memory if the disk refuses)."""
        self._pain_before = pain_before
        note, started = _note(note_before), self._wall()

        def start() -> None:
            self.session_id = self._repository.start(self.routine, pain_before, note, started)

        self.begun = True
        self._save(start)
        self.session.start(self._monotonic())
        self._last_reading = self._reading()
        return self.session_id

    def end(self, pain_after: int | None, note: str = "") -> None:
        """Write how it ended: completed, partial (steps skipped) or stopped early."""
        if not self.begun or self.ended:
            return
        if not self.session.finished:
            self.stop()
        status = final_status(self.stopped_early, self.session.records)
        note, ended = _note(note), self._wall()
        self._save(lambda: self._repository.finish(self._id(), status, pain_after, note, ended))
        self.ended = True

    @property
    def pain_before(self) -> int | None:
        return self._pain_before

    @property
    def empty(self) -> bool:
        """Stopped before any step and without a score: nothing worth keeping."""
        return is_empty(self.session.records, self._pain_before)

    def discard(self) -> bool:
        """Remove an empty session from the log (only an empty one); returns whether it was removed."""
        if not self.begun or not self.empty:
            return False
        if self.session_id is None:
            self._unsaved.clear()  # never written: nothing to remove, nothing left to write
        else:
            self._repository.discard(self.session_id)
        self.session_id = None
        self.ended = True
        return True

    def set_note(self, note: str) -> None:
        """The note written on the finish screen, after the session was saved."""
        if self.begun:
            text = _note(note)
            self._save(lambda: self._repository.set_note(self._id(), text))

    # -- controls ------------------------------------------------------------------------------
    def tick(self) -> StepRecord | None:
        if self._unsaved:
            self.retry_saving()
        return self._write(self.session.tick(self._monotonic()))

    def retry_saving(self) -> bool:
        """Write what is waiting in memory, oldest first; True when nothing is left waiting."""
        while self._unsaved:
            try:
                self._unsaved[0]()
            except DataUnavailableError as error:
                reason = str(error)
                self.save_problem = (
                    f"{reason[:1].upper()}{reason[1:]} Nothing is lost: this session is kept in memory and "
                    "saved as soon as it can be."
                )
                return False
            self._unsaved.pop(0)
        self.save_problem = None
        return True

    @property
    def unsaved(self) -> int:
        return len(self._unsaved)

    def skip(self) -> StepRecord | None:
        return self._write(self.session.skip(self._monotonic()))

    def stop(self) -> StepRecord | None:
        """End before the last step has run: the session will be logged as stopped."""
        if self.session.finished:
            return None
        self.stopped_early = True
        return self._write(self.session.stop(self._monotonic()))

    def back(self) -> None:
        self.session.back(self._monotonic())

    def pause(self) -> None:
        self.session.pause(self._monotonic())

    def resume(self) -> None:
        self.session.resume(self._monotonic())
        self._last_reading = self._reading()

    def add_time(self) -> None:
        self.session.add_time(self._monotonic())

    def restart_step(self) -> None:
        self.session.restart_step(self._monotonic())
        self._last_reading = self._reading()

    # -- reading -------------------------------------------------------------------------------
    def remaining(self) -> float:
        return self.session.remaining(self._monotonic())

    def fraction_left(self) -> float:
        countdown = self.session.countdown
        return 1.0 if countdown is None else countdown.fraction_left(self._monotonic())

    def routine_remaining(self) -> float:
        return self.session.routine_remaining(self._monotonic())

    def clock_jumped(self) -> float:
        """Non-zero after a suspend, a frozen app or a clock change since the last call (about a tick ago).

        The countdown is then paused as it stood at the last reading, so the time away is not counted as pressing
        and no step ends as completed while nobody was there."""
        reading = self._reading()
        jump = missed_time(self._last_reading, reading)
        if jump:
            self.session.pause(self._last_reading.monotonic)
        self._last_reading = reading
        return jump

    # -- internals -----------------------------------------------------------------------------
    def _reading(self) -> ClockReading:
        return ClockReading(self._monotonic(), self._wall().timestamp(), self._slept())

    def _write(self, record: StepRecord | None) -> StepRecord | None:
        if record is not None and self.begun:
            ended = self._wall()
            self._save(lambda: self._repository.record_step(self._id(), record, ended))
        return record

    def _save(self, write: Callable[[], None]) -> None:
        self._unsaved.append(write)
        self.retry_saving()

    def _id(self) -> int:
        assert self.session_id is not None  # the start is always saved before anything after it
        return self.session_id


class SessionService:
    """The session log as the windows and the command line use it."""

    def __init__(self, repository: SessionRepository) -> None:
        self.repository = repository

    def recorder_for(self, routine: Routine) -> SessionRecorder:
        return SessionRecorder(self.repository, routine)

    def get(self, session_id: int) -> SessionEntry:
        return self.repository.get(session_id)

    def history(self, limit: int | None = None) -> tuple[SessionEntry, ...]:
        return self.repository.newest_first(limit)

    def log_manual(
        self,
        known_symptoms: set[str],
        symptoms: tuple[str, ...],
        pain_side: PainSide,
        before: str | int,
        after: str | int,
        when: datetime | str | None,
        minutes: int,
        note: str,
    ) -> int:
        """Validate everything first, then store one row: bad input raises EntryError and stores nothing."""
        if not symptoms:
            raise EntryError("pick at least one symptom")
        for symptom in symptoms:
            if symptom not in known_symptoms:
                raise EntryError("unknown symptom '{symptom}' (see 'acupress symptoms')", symptom=symptom)
        now = _now_utc()
        pain_before = parse_pain(before, "pain before")
        pain_after = parse_pain(after, "pain after")
        if when is None:
            started = now
        elif isinstance(when, str):
            started = parse_when(when, now)
        else:
            started = parse_when(when.isoformat(), now)
        duration = parse_minutes(minutes)
        note = _note(note)
        return self.repository.add_manual(
            tuple(dict.fromkeys(symptoms)), pain_side, pain_before, pain_after, started, duration, note
        )
