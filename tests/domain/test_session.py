"""The guided session state machine, driven with a hand-held clock."""

import pytest

from acupress_desktop.domain.laterality import Side
from acupress_desktop.domain.routine import RoutineStep
from acupress_desktop.domain.session import (
    GuidedSession,
    SessionStatus,
    SessionSummary,
    StepOutcome,
    StepRecord,
    final_status,
    is_empty,
)

STEPS = (
    RoutineStep("TUNG-22.05", Side.RIGHT, 60, "Press.", ("why",)),
    RoutineStep("LI4", Side.LEFT, 30, "Press.", ("why",)),
    RoutineStep("GV20", Side.MIDLINE, 45, "Press.", ("why",)),
)


def test_steps_finish_on_their_deadlines_and_the_session_ends() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    assert session.tick(59.9) is None
    first = session.tick(60.0)
    assert first is not None and first.outcome is StepOutcome.COMPLETED and first.actual_seconds == 60
    assert session.index == 1 and session.remaining(60.0) == 30
    assert session.tick(90.0) is not None
    last = session.tick(200.0)  # looked late: still recorded as its planned length
    assert last is not None and last.actual_seconds == 45 and session.finished


def test_skip_records_the_time_actually_spent() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    record = session.skip(12.5)
    assert record is not None and record.outcome is StepOutcome.SKIPPED and record.actual_seconds == 12.5
    assert session.index == 1


def test_back_restarts_the_previous_step_without_recording_the_abandoned_one() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    session.tick(60.0)
    session.back(70.0)
    assert session.index == 0 and session.remaining(70.0) == 60
    assert len(session.records) == 1


def test_pause_and_add_time() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    session.pause(10.0)
    assert session.paused and session.tick(500.0) is None
    session.resume(500.0)
    session.add_time(500.0)
    assert session.remaining(500.0) == 80.0


def test_routine_remaining_counts_the_steps_still_to_come() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    assert session.routine_remaining(20.0) == 40 + 30 + 45


def test_stop_records_a_step_in_progress_as_skipped() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    record = session.stop(20.0)
    assert record is not None and record.outcome is StepOutcome.SKIPPED and session.finished
    assert session.tick(1000.0) is None


def test_a_session_needs_steps() -> None:
    with pytest.raises(ValueError, match="at least one step"):
        GuidedSession(())


def test_each_step_starts_at_the_previous_deadline_so_lateness_does_not_add_up() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    assert session.tick(60.2) is not None  # noticed 0.2 s late
    assert session.remaining(60.2) == pytest.approx(29.8)  # the next step began at 60.0, not 60.2
    assert session.tick(90.15) is not None
    assert session.remaining(90.15) == pytest.approx(44.85)
    assert session.tick(135.0) is not None and session.finished  # the routine ends when planned: 135 s


def test_a_loop_blocked_past_several_steps_ends_each_on_the_following_ticks() -> None:
    session = GuidedSession(STEPS)
    session.start(0.0)
    first, second = session.tick(95.0), session.tick(95.0)
    assert first is not None and second is not None
    assert session.index == 2 and session.remaining(95.0) == pytest.approx(40.0)


def _record(outcome: StepOutcome, seconds: float = 60.0) -> StepRecord:
    return StepRecord(0, "LI4", Side.LEFT, 60, seconds, outcome)


def test_a_run_through_with_a_skipped_step_is_partial_not_completed() -> None:
    done, skipped = _record(StepOutcome.COMPLETED), _record(StepOutcome.SKIPPED, 5)
    assert final_status(False, [done, done]) is SessionStatus.COMPLETED
    assert final_status(False, [done, skipped]) is SessionStatus.PARTIAL
    assert final_status(True, [done]) is SessionStatus.STOPPED


def test_only_a_session_without_steps_and_scores_is_empty() -> None:
    assert is_empty([], None)
    assert not is_empty([], 4)
    assert is_empty([_record(StepOutcome.SKIPPED, 3)], None)  # a step cut short is not a step done
    assert not is_empty([_record(StepOutcome.COMPLETED)], None)


def test_the_summary_says_what_was_done_and_how_pain_changed() -> None:
    records = [_record(StepOutcome.COMPLETED), _record(StepOutcome.SKIPPED, 15)]
    summary = SessionSummary.of(3, records, 6, 3)
    assert summary.steps_in_words() == "1 of 3 steps done, 1 skipped, 1 not reached, in 1 min 15 s."
    assert summary.pain_in_words() == (
        "Pain 6 → 3: 3 points less, an important improvement (2 points or 30 % less pain)."
    )
    assert SessionSummary.of(1, [], 4, 5).pain_in_words() == "Pain 4 → 5: 1 point more."
    assert SessionSummary.of(1, [], 4, None).pain_in_words() == "No pain change recorded (a score was skipped)."
