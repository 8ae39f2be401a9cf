"""The guided session window: pain before, each step with its countdown, pain after, a summary."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.laterality import side_in_words
from acupress_desktop.domain.pain import PainChange
from acupress_desktop.domain.session import StepOutcome, StepRecord
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.ui import theme
from acupress_desktop.ui.preferences import read_bool, write_bool
from acupress_desktop.ui.session.compact import CompactWindow
from acupress_desktop.ui.session.controller import SessionController
from acupress_desktop.ui.session.countdown import mm_ss
from acupress_desktop.ui.session.pain_page import PainPage
from acupress_desktop.ui.session.running_page import RunningPage
from acupress_desktop.ui.sounds import Sounds

MUTED_KEY = "session/muted"


class SessionWindow(QWidget):
    closed = Signal()

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
        self.setWindowTitle(f"Acupress — {recorder.routine.name or 'guided session'}")
        self.resize(1000, 680)
        self._pictures = pictures
        self._settings = settings
        self.sounds = sounds
        self.sounds.muted = read_bool(settings, MUTED_KEY, False)
        self.controller = SessionController(recorder, self)
        self.recorder = recorder
        self.steps = recorder.routine.steps
        self._pain_before: int | None = None

        self.pages = QStackedWidget()
        self.before = PainPage(
            "Before you start", "Pain right now, from 0 to 10:", "Anything to note? (optional)", "&Start"
        )
        self.before.overview.setText(self._overview(catalogue))
        self.running = RunningPage(catalogue, pictures)
        self.after = PainPage("Well done", "Pain right now, from 0 to 10:", "How do you feel? (optional)", "&Save")
        self.summary = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.summary.setObjectName("summary")
        theme.scale_font(self.summary, 1.3)
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addStretch(1)
        summary_layout.addWidget(self.summary)
        close_button = QPushButton("&Close")
        close_button.clicked.connect(self.close)
        summary_layout.addWidget(close_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        summary_layout.addStretch(1)

        running_page = QWidget()
        running_layout = QVBoxLayout(running_page)
        running_layout.setContentsMargins(0, 0, 0, 12)
        running_layout.addWidget(self.running, stretch=1)
        running_layout.addLayout(self._controls())
        for page in (self.before, running_page, self.after, summary_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.compact = CompactWindow()
        self.compact.expand_requested.connect(self.leave_compact)
        self.compact.pause_requested.connect(self.controller.toggle_pause)

        self.before.answered.connect(self._begin)
        self.after.answered.connect(self._end)
        self.controller.step_started.connect(self._step_started)
        self.controller.ticked.connect(self._update_time)
        self.controller.paused_changed.connect(self._paused_changed)
        self.controller.finished.connect(self._finished)
        self.controller.clock_jumped.connect(self._clock_jumped)
        self.running.resume_button.clicked.connect(self._resume_after_jump)
        self.running.restart_button.clicked.connect(self._restart_after_jump)
        self.running.end_button.clicked.connect(self.controller.stop)

    def _overview(self, catalogue: Catalogue) -> str:
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
            ("stop", "Stop", "End the session now (Esc)", "Esc", self.controller.stop),
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
        self.mute_button = QPushButton("Sound off" if self.sounds.muted else "Sound on")
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(self.sounds.muted)
        self.mute_button.setToolTip("Mute or unmute the sounds (M)")
        self.mute_button.toggled.connect(self.set_muted)
        QShortcut(QKeySequence("M"), self, self.mute_button.toggle)
        self.compact_button = QPushButton("Compact")
        self.compact_button.setToolTip("A small window that stays on top (C)")
        self.compact_button.clicked.connect(self.enter_compact)
        QShortcut(QKeySequence("C"), self, self.enter_compact)
        row.addWidget(self.mute_button)
        row.addWidget(self.compact_button)
        return row

    # -- flow ----------------------------------------------------------------------------------
    def _begin(self, score: int | None, note: str) -> None:
        self._pain_before = score
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

    def _finished(self) -> None:
        self.sounds.play("end")
        self.leave_compact()
        self.pages.setCurrentIndex(2)

    def _end(self, score: int | None, note: str) -> None:
        self.recorder.end(score, note)
        self.summary.setText(self._summary_text(score))
        self.pages.setCurrentIndex(3)

    def _summary_text(self, after: int | None) -> str:
        records: list[StepRecord] = self.recorder.session.records
        done = sum(1 for r in records if r.outcome is StepOutcome.COMPLETED)
        change = PainChange(self._pain_before, after).change
        lines = [f"Session saved: {done} of {len(self.steps)} steps done."]
        if change is None:
            lines.append("No pain change recorded (a score was skipped).")
        else:
            words = "less" if change < 0 else "more" if change > 0 else "no change"
            amount = f"{abs(change)} point{'s' if abs(change) != 1 else ''} {words}" if change else words
            lines.append(f"Pain {self._pain_before} → {after}: {amount}.")
        return "\n".join(lines)

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
        self.compact.title.setText(self.running.side.text())

    def set_muted(self, muted: bool) -> None:
        self.sounds.muted = muted
        self.mute_button.setText("Sound off" if muted else "Sound on")
        write_bool(self._settings, MUTED_KEY, muted)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing mid-session ends it as stopped; every finished step is already stored."""
        if self.recorder.session_id is not None and not self.recorder.ended:
            self.recorder.end(None, "")
        self.compact.close_for_good()
        self.closed.emit()
        super().closeEvent(event)
