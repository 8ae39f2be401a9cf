"""A guided session as a state machine: which step is on, what was done, and when it ends.

Pure: the caller passes the monotonic time; every finished step comes back as a StepRecord,
which the app writes to the database at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.messages import counted, message
from acupress_desktop.domain.routine import RoutineStep
from acupress_desktop.domain.statistics import important_change, important_in_words
from acupress_desktop.domain.timer import Countdown

ADD_TIME_SECONDS = 30


class StepOutcome(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"


class SessionStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    PARTIAL = "partial"  # ran to the end, but some steps were skipped
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class StepRecord:
    ordinal: int
    code: str
    side: Side
    planned_seconds: int
    actual_seconds: float
    outcome: StepOutcome


def final_status(stopped_early: bool, records: list[StepRecord] | tuple[StepRecord, ...]) -> SessionStatus:
    """How a guided session ended: stopped before the end, run through with skips (partial), or completed."""
    if stopped_early:
        return SessionStatus.STOPPED
    if any(record.outcome is StepOutcome.SKIPPED for record in records):
        return SessionStatus.PARTIAL
    return SessionStatus.COMPLETED


def is_empty(records: list[StepRecord] | tuple[StepRecord, ...], pain_before: int | None) -> bool:
    """Nothing worth keeping: no step pressed to its end and no pain score, so the person may discard it."""
    return pain_before is None and not any(record.outcome is StepOutcome.COMPLETED for record in records)


@dataclass(frozen=True)
class SessionSummary:
    """What the finish screen says: steps done and skipped, time spent, and the change in pain."""

    planned_steps: int
    done: int
    skipped: int
    seconds: float
    pain_before: int | None
    pain_after: int | None

    @classmethod
    def of(
        cls,
        planned_steps: int,
        records: list[StepRecord] | tuple[StepRecord, ...],
        before: int | None,
        after: int | None,
    ) -> SessionSummary:
        done = sum(1 for r in records if r.outcome is StepOutcome.COMPLETED)
        return cls(planned_steps, done, len(records) - done, sum(r.actual_seconds for r in records), before, after)

    @property
    def change(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    def steps_in_words(self, language: str = ENGLISH) -> str:
        steps = counted(language, self.planned_steps, "step")
        line = message(language, "steps_done", done=self.done, steps=steps)
        if self.skipped:
            line += message(language, "steps_skipped", n=self.skipped)
        not_reached = self.planned_steps - self.done - self.skipped
        if not_reached > 0:
            line += message(language, "steps_not_reached", n=not_reached)
        minutes, seconds = divmod(round(self.seconds), 60)
        return message(language, "steps_time", line=line, minutes=minutes, seconds=seconds)

    def pain_in_words(self, language: str = ENGLISH) -> str:
        change = self.change
        if change is None:
            return message(language, "pain_not_recorded")
        before, after = self.pain_before, self.pain_after
        if change == 0:
            return message(language, "pain_same", before=before, after=after)
        points = counted(language, abs(change), "point")
        line = message(language, "pain_less" if change < 0 else "pain_more", before=before, after=after, points=points)
        if important_change(before, after):
            line += message(language, "pain_important", important=important_in_words(language))
        return line + message(language, "sentence_end")


class GuidedSession:
    def __init__(self, steps: tuple[RoutineStep, ...]) -> None:
        if not steps:
            raise ValueError("a session needs at least one step")
        self.steps = steps
        self.index = 0
        self.countdown: Countdown | None = None
        self.records: list[StepRecord] = []
        self.finished = False

    # -- reading -------------------------------------------------------------------------------
    @property
    def current(self) -> RoutineStep:
        return self.steps[self.index]

    @property
    def next_step(self) -> RoutineStep | None:
        return self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None

    @property
    def started(self) -> bool:
        return self.countdown is not None

    @property
    def paused(self) -> bool:
        return self.countdown is not None and not self.countdown.running

    def remaining(self, now: float) -> float:
        return self.countdown.remaining(now) if self.countdown else float(self.current.seconds)

    def routine_remaining(self, now: float) -> float:
        """Time left in the whole routine: this step's remainder plus the steps still to come."""
        later = sum(step.seconds for step in self.steps[self.index + 1 :])
        return (0.0 if self.finished else self.remaining(now)) + later

    # -- acting --------------------------------------------------------------------------------
    def start(self, now: float) -> None:
        if self.countdown is None and not self.finished:
            self.countdown = Countdown.start(self.current.seconds, now)

    def pause(self, now: float) -> None:
        if self.countdown is not None:
            self.countdown = self.countdown.pause(now)

    def resume(self, now: float) -> None:
        if self.countdown is not None:
            self.countdown = self.countdown.resume(now)

    def add_time(self, now: float, seconds: int = ADD_TIME_SECONDS) -> None:
        if self.countdown is not None and not self.finished:
            self.countdown = self.countdown.add(seconds, now)

    def restart_step(self, now: float) -> None:
        if not self.finished:
            self.countdown = Countdown.start(self.current.seconds, now)

    def tick(self, now: float) -> StepRecord | None:
        """Finish the step if its deadline has passed; the record says it ran its full time.

        The next step starts at that deadline, not when the end was noticed, so lateness never adds up over a
        routine; a loop blocked past several short steps ends each of them in turn on the next ticks."""
        if self.countdown is None or self.finished or not self.countdown.done(now):
            return None
        deadline = self.countdown.deadline
        return self._finish_step(StepOutcome.COMPLETED, self.countdown.duration, now if deadline is None else deadline)

    def skip(self, now: float) -> StepRecord | None:
        if self.countdown is None or self.finished:
            return None
        return self._finish_step(StepOutcome.SKIPPED, self.countdown.elapsed(now), now)

    def back(self, now: float) -> None:
        """Go to the previous step (or restart the first); the abandoned part is not recorded."""
        if self.finished:
            return
        self.index = max(0, self.index - 1)
        self.countdown = Countdown.start(self.current.seconds, now)

    def stop(self, now: float) -> StepRecord | None:
        """End early; a step in progress is recorded as skipped with the time actually spent."""
        record = None
        if self.countdown is not None and not self.finished and self.countdown.elapsed(now) >= 1.0:
            record = self._record(StepOutcome.SKIPPED, self.countdown.elapsed(now))
        self.finished = True
        return record

    # -- internals -----------------------------------------------------------------------------
    def _record(self, outcome: StepOutcome, actual: float) -> StepRecord:
        step = self.current
        record = StepRecord(self.index, step.code, step.side, step.seconds, round(actual, 3), outcome)
        self.records.append(record)
        return record

    def _finish_step(self, outcome: StepOutcome, actual: float, now: float) -> StepRecord:
        record = self._record(outcome, actual)
        if self.index + 1 < len(self.steps):
            self.index += 1
            self.countdown = Countdown.start(self.current.seconds, now)
        else:
            self.finished = True
        return record
