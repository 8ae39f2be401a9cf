"""A small always-on-top window: the point, its side, the countdown, Pause and Skip, beside other windows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupress_desktop.i18n import tr
from acupress_desktop.ui import theme
from acupress_desktop.ui.session.countdown import mm_ss


class CompactWindow(QWidget):
    expand_requested = Signal()
    pause_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(tr("Guided session"))  # Qt adds " — Acupress" (the display name)
        self.setAccessibleName(tr("Compact session"))
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(QSize(96, 96))
        self.title = QLabel()
        self.title.setObjectName("compactName")
        self.title.setStyleSheet("font-weight: 600;")
        self.side = QLabel()
        self.side.setObjectName("compactSide")
        theme.style(self.side, lambda c: f"font-weight: 700; color: {theme.css(c.accent)};")
        self.time = QLabel()
        self.time.setObjectName("compactTime")
        theme.scale_font(self.time, 1.85, theme.DEMIBOLD)
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.setToolTip(tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.pause_requested)
        self.skip_button = QPushButton(tr("Skip ▶"))
        self.skip_button.setToolTip(tr("Next step"))
        self.skip_button.clicked.connect(self.skip_requested)
        expand = QPushButton(tr("Full window"))
        expand.clicked.connect(self.expand_requested)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.side)
        text.addWidget(self.time)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(expand)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.thumbnail)
        layout.addLayout(text)

    def show_point(self, name: str, side: str) -> None:
        self.title.setText(name)
        self.side.setText(side)

    def show_time(self, remaining: float, paused: bool) -> None:
        self.time.setText(mm_ss(remaining))
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))

    def close_for_good(self) -> None:
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the small window brings the full one back; the session goes on."""
        if getattr(self, "_closing", False):
            event.accept()
            return
        event.ignore()
        self.expand_requested.emit()
