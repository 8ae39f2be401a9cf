"""The guided session window: pain before, each step with its countdown, pain after, a summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import side_in_words
from acupress_desktop.domain.session import SessionSummary, StepOutcome
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.ui.preferences import read_bool, write_bool
from acupress_desktop.ui.session.compact import CompactWindow
from acupress_desktop.ui.session.controller import SessionController
from acupress_desktop.ui.session.countdown import mm_ss
from acupress_desktop.ui.session.pain_page import PainPage
from acupress_desktop.ui.session.running_page import RunningPage
from acupress_desktop.ui.session.save_notice import SaveNotice
from acupress_desktop.ui.session.summary_page import SummaryPage
from acupress_desktop.ui.sounds import Sounds

MUTED_KEY = "session/muted"


class SessionWindow(QWidget):
    closed = Signal()
    save_routine_requested = Signal(object)  # the Routine, not yet saved
    print_requested = Signal(object)  # the Routine

    def __init__(
        self,
        catalogue: Catalogue,
        pictures: PointPictures,
        recorder: SessionRecorder,
        sounds: Sounds,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Guided session")  # Qt adds " — Acupress" (the display name)
        self.resize(1000, 680)
        self._catalogue = catalogue
        self._pictures = pictures
        self._settings = settings
        self.sounds = sounds
        self.sounds.muted = read_bool(settings, MUTED_KEY, False)
        self.controller = SessionController(recorder, self)
        self.recorder = recorder
        self.steps = recorder.routine.steps
        self.confirm_stop: Callable[[], bool] = self._ask_before_stopping
        self.discarded = False
        self._build_pages()
        self._build_compact()
        self._connect()

    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        self.before = PainPage(
            "Before you start", "Pain right now, from 0 to 10:", "Anything to note? (optional)", "&Start"
        )
        self.before.overview.setText(self._overview())
        self.running = RunningPage(self._catalogue, self._pictures)
        self.after = PainPage("Well done", "Pain right now, from 0 to 10:", "How do you feel? (optional)", "&Save")
        self.summary = SummaryPage()
        running_page = QWidget()
        running_layout = QVBoxLayout(running_page)
        running_layout.setContentsMargins(0, 0, 0, 12)
        running_layout.addWidget(self.running, stretch=1)
        running_layout.addLayout(self._controls())
        for page in (self.before, running_page, self.after, self.summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.save_notice = SaveNotice()
        layout.addWidget(self.save_notice)
        layout.addWidget(self.pages)

    def _build_compact(self) -> None:
        self.compact = CompactWindow()
        self.compact.expand_requested.connect(self.leave_compact)
        self.compact.pause_requested.connect(self.controller.toggle_pause)
        self.compact.skip_requested.connect(self.controller.skip)

    def _connect(self) -> None:
        self.before.answered.connect(self._begin)
        self.after.answered.connect(self._end)
        self.after.discard_button.clicked.connect(self.discard)
        self.controller.step_started.connect(self._step_started)
        self.controller.ticked.connect(self._update_time)
        self.controller.paused_changed.connect(self._paused_changed)
        self.controller.finished.connect(self._finished)
        self.controller.save_problem.connect(self.save_notice.show_problem)
        self.controller.clock_jumped.connect(self._clock_jumped)
        self.running.resume_button.clicked.connect(self._resume_after_jump)
        self.running.restart_button.clicked.connect(self._restart_after_jump)
        self.running.end_button.clicked.connect(self.controller.stop)
        self.summary.note_edited.connect(self._note_edited)
        self.summary.close_clicked.connect(self.close)
        self.summary.save_routine_clicked.connect(lambda: self.save_routine_requested.emit(self.recorder.routine))
        self.summary.print_clicked.connect(lambda: self.print_requested.emit(self.recorder.routine))

    def _overview(self) -> str:
        catalogue = self._catalogue
        rows = "".join(
            f"<li>{catalogue.point(s.code).pinyin_plain} · {catalogue.point(s.code).display_code} — "
            f"{side_in_words(catalogue.point(s.code), s.side)}, {mm_ss(s.seconds)}</li>"
            for s in self.steps
        )
        total = mm_ss(sum(s.seconds for s in self.steps))
        return f"<b>Your routine: {len(self.steps)} steps, {total}</b><ol>{rows}</ol>"

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(20, 0, 20, 0)
        specs = [
            ("back", "◀ Back", "Previous step (Left)", "Left", self.controller.back),
            ("pause", "Pause", "Pause or resume (Space)", "Space", self.controller.toggle_pause),
            ("skip", "Skip ▶", "Next step (Right)", "Right", self.controller.skip),
            ("add", "+30 s", "Add 30 seconds to this step (+)", "+", self.controller.add_time),
            ("stop", "Stop", "End the session now (Esc)", "Esc", self.request_stop),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for name, text, tip, key, slot in specs:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            row.addWidget(button)
            self.buttons[name] = button
        QShortcut(QKeySequence("="), self, self.controller.add_time)  # '+' without Shift
        row.addStretch(1)
        row.addWidget(self._sound_button())
        self.compact_button = QPushButton("Compact")
        self.compact_button.setToolTip("A small window that stays on top (C)")
        self.compact_button.clicked.connect(self.enter_compact)
        QShortcut(QKeySequence("C"), self, self.enter_compact)
        row.addWidget(self.compact_button)
        return row

    def _sound_button(self) -> QPushButton:
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        if not self.sounds.device:
            self.mute_button.setText("No sound device")
            self.mute_button.setEnabled(False)
            self.mute_button.setToolTip("This computer has no sound output, so the session runs silently")
            return self.mute_button
        self.mute_button.setText("Sound off" if self.sounds.muted else "Sound on")
        self.mute_button.setChecked(self.sounds.muted)
        self.mute_button.setToolTip("Mute or unmute the sounds (M)")
        self.mute_button.toggled.connect(self.set_muted)
        QShortcut(QKeySequence("M"), self, self.mute_button.toggle)
        return self.mute_button

    # -- flow ----------------------------------------------------------------------------------
    def _begin(self, score: int | None, note: str) -> None:
        self.pages.setCurrentIndex(1)
        self.controller.begin(score, note)

    def _step_started(self, index: int) -> None:
        self.running.show_step(index, self.steps)
        if index > 0 or self.recorder.session.records:
            self.sounds.play("step")
        self._update_compact_picture()
        self._update_time()

    def _update_time(self) -> None:
        session = self.recorder.session
        self.running.show_time(
            self.recorder.remaining(), self.recorder.fraction_left(), self.recorder.routine_remaining(), session.paused
        )
        self.compact.show_time(self.recorder.remaining(), session.paused)

    def _paused_changed(self, paused: bool) -> None:
        self.buttons["pause"].setText("Resume" if paused else "Pause")
        if not paused:
            self.running.clock_banner.hide()

    def request_stop(self) -> None:
        """Esc and Stop ask first: a stray key should not end a session."""
        if self.pages.currentIndex() != 1 or self.recorder.session.finished:
            return
        if self.confirm_stop():
            self.controller.stop()

    def _ask_before_stopping(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Stop the session?",
            "Stop the session now? The steps you finished are kept in your history.",
            parent=self,
        )
        stop = box.addButton("&Stop", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("&Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def _finished(self) -> None:
        self.sounds.play("end")
        self.leave_compact()
        stopped = self.recorder.stopped_early
        self.after.heading.setText("Session stopped" if stopped else "Well done")
        before = self.recorder.pain_before
        self.after.remind("" if before is None else f"Before the session your pain was {before} out of 10.")
        self.after.discard_button.setVisible(self.recorder.empty)
        self.pages.setCurrentIndex(2)

    def _end(self, score: int | None, note: str) -> None:
        self.recorder.end(score, note)
        self.controller.report_saving()
        summary = SessionSummary.of(len(self.steps), self.recorder.session.records, self.recorder.pain_before, score)
        self.summary.show_summary(
            summary, self.recorder.stopped_early, note, self.recorder.routine.id is not None, self._step_lines()
        )
        self.pages.setCurrentIndex(3)

    def _step_lines(self) -> list[str]:
        """One table row per planned step: done, skipped (with the time spent) or not reached."""
        records = {record.ordinal: record for record in self.recorder.session.records}
        rows = []
        for index, step in enumerate(self.steps):
            point = self._catalogue.point(step.code)
            record = records.get(index)
            if record is None:
                result = "not reached"
            elif record.outcome is StepOutcome.SKIPPED:
                result = f"skipped after {mm_ss(record.actual_seconds)}"
            else:
                result = f"done, {mm_ss(record.actual_seconds)}"
            rows.append(
                f"<tr><td>{index + 1}.</td><td>{point.pinyin_plain} · {point.display_code}</td>"
                f"<td>{side_in_words(point, step.side)}</td><td>{result}</td></tr>"
            )
        return rows

    def discard(self) -> None:
        """Leave no entry for a session stopped before anything was pressed or scored."""
        if self.recorder.discard():
            self.discarded = True
            self.close()

    def _note_edited(self, note: str) -> None:
        if self.recorder.ended and self.recorder.session_id is not None:
            self.recorder.set_note(note)

    # -- clock jumps ---------------------------------------------------------------------------
    def _clock_jumped(self, seconds: float) -> None:
        minutes = abs(seconds) / 60
        self.running.clock_text.setText(
            f"Your computer slept or its clock changed ({minutes:.0f} min). The session paused: "
            "resume, restart this step, or stop?"
        )
        self.running.clock_banner.show()

    def _resume_after_jump(self) -> None:
        self.running.clock_banner.hide()
        self.controller.resume()

    def _restart_after_jump(self) -> None:
        self.running.clock_banner.hide()
        self.controller.restart_step()

    # -- compact mode and sound ----------------------------------------------------------------
    def enter_compact(self) -> None:
        if self.pages.currentIndex() != 1:
            return
        self._update_compact_picture()
        self.compact.show()
        self.hide()

    def leave_compact(self) -> None:
        if self.compact.isVisible():
            self.compact.hide()
            self.show()
            self.raise_()

    def _update_compact_picture(self) -> None:
        session = self.recorder.session
        if session.finished:
            return
        step = session.current
        pixmap = self._pictures.pixmap(step.code, step.side, QSize(96, 96), self.devicePixelRatioF())
        if pixmap is not None:
            self.compact.thumbnail.setPixmap(pixmap)
        point = self._catalogue.point(step.code)
        self.compact.show_point(f"{point.pinyin_plain} · {point.display_code}", self.running.side.text())

    def set_muted(self, muted: bool) -> None:
        self.sounds.muted = muted
        self.mute_button.setText("Sound off" if muted else "Sound on")
        write_bool(self._settings, MUTED_KEY, muted)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing mid-session ends it as stopped; every finished step is already stored."""
        if self.recorder.begun and not self.recorder.ended:
            self.recorder.end(None, "")
        elif self.pages.currentWidget() is self.summary:
            self._note_edited(self.summary.note.text())
        self.compact.close_for_good()
        self.closed.emit()
        super().closeEvent(event)
