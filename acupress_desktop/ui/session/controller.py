"""Drives a SessionRecorder from the Qt event loop.

The timer only decides when to look at the clock; how much time is left always comes from the
monotonic deadline, so a blocked loop ends the step as soon as it frees, on time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from acupress_desktop.domain.session import StepRecord
from acupress_desktop.services.session import SessionRecorder

DISPLAY_TICK_MS = 100
RETRY_SAVING_MS = 5000


class SessionController(QObject):
    step_started = Signal(int)  # index of the step now on
    step_recorded = Signal(object)  # StepRecord, already written to the log
    ticked = Signal()
    paused_changed = Signal(bool)
    clock_jumped = Signal(float)  # seconds; the session has paused itself
    finished = Signal()  # every step has run, or Stop was pressed
    save_problem = Signal(str)  # why part of the session waits in memory; '' once everything is written

    def __init__(self, recorder: SessionRecorder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._reported_problem = ""
        self._retry = QTimer(self)  # after the last step: keep trying to write what waits in memory
        self._retry.setInterval(RETRY_SAVING_MS)
        self._retry.timeout.connect(self.report_saving)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.recorder.session

    def begin(self, pain_before: int | None, note: str = "") -> None:
        self.recorder.begin(pain_before, note)
        self.step_started.emit(self.session.index)
        self._schedule()
        self.report_saving()

    def toggle_pause(self) -> None:
        if self.session.finished or not self.session.started:
            return
        if self.session.paused:
            self.recorder.resume()
            self._schedule()
        else:
            self.recorder.pause()
            self._timer.stop()
        self.paused_changed.emit(self.session.paused)
        self.ticked.emit()

    def resume(self) -> None:
        if self.session.paused:
            self.toggle_pause()

    def _active(self) -> bool:
        return self.session.started and not self.session.finished

    def skip(self) -> None:
        if self._active():
            self._after(self.recorder.skip())

    def back(self) -> None:
        if not self._active():
            return
        self.recorder.back()
        self._restart_display()

    def add_time(self) -> None:
        if not self._active():
            return
        self.recorder.add_time()
        self._schedule()
        self.ticked.emit()

    def restart_step(self) -> None:
        if not self._active():
            return
        self.recorder.restart_step()
        self._restart_display()

    def stop(self) -> None:
        if not self._active():
            return
        record = self.recorder.stop()
        if record is not None:
            self.step_recorded.emit(record)
        self._timer.stop()
        self.finished.emit()

    def _restart_display(self) -> None:
        self.paused_changed.emit(False)
        self.step_started.emit(self.session.index)
        self._schedule()

    def _after(self, record: StepRecord | None) -> None:
        if record is None:
            return
        self.step_recorded.emit(record)
        if self.session.finished:
            self._timer.stop()
            self.finished.emit()
        else:
            self.paused_changed.emit(False)
            self.step_started.emit(self.session.index)
            self._schedule()

    def _schedule(self) -> None:
        if self.session.finished or self.session.paused:
            return
        remaining_ms = int(self.recorder.remaining() * 1000)
        self._timer.start(max(1, min(DISPLAY_TICK_MS, remaining_ms)))

    def _on_timer(self) -> None:
        jump = self.recorder.clock_jumped()
        if jump:
            self.recorder.pause()
            self.paused_changed.emit(True)
            self.ticked.emit()
            self.clock_jumped.emit(jump)
            return
        record = self.recorder.tick()
        if record is not None:
            self._after(record)
        else:
            self._schedule()
        self.ticked.emit()
        self.report_saving()

    def report_saving(self) -> None:
        """Say whether part of the session waits in memory; once the steps are over, keep trying to write it."""
        if self.recorder.unsaved and not self._timer.isActive():
            self.recorder.retry_saving()
        if self.recorder.unsaved:
            self._retry.start()
        else:
            self._retry.stop()
        problem = self.recorder.save_problem or ""
        if problem != self._reported_problem:
            self._reported_problem = problem
            self.save_problem.emit(problem)
