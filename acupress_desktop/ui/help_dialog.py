"""F1: a short guide to finding points with your own fingers, the cun measures and the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from acupress_desktop.ui.atlas.cun_guide import CunGuide

SHORTCUTS = (
    ("Everywhere", "F1", "this help"),
    ("Everywhere", "Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4", "Home, Atlas, Planner, History"),
    ("Everywhere", "Ctrl+P / Ctrl+E", "print the routine / save it as a PDF"),
    ("Atlas", "Ctrl+F", "search points by any name or code"),
    ("Atlas", "Alt+Left / Alt+Right", "left or right side of the body"),
    ("Atlas", "+ / − / 0, arrow keys", "zoom in, zoom out, fit; move the picture"),
    ("Atlas", "Ctrl+L", "landmark labels on or off"),
    ("Planner", "Ctrl+Up / Ctrl+Down, Delete", "move or remove the selected step"),
    ("Session", "Space", "pause or resume"),
    ("Session", "Right / Left", "next step / previous step"),
    ("Session", "+", "30 more seconds on this step"),
    ("Session", "M, C", "sound on or off; the small window that stays on top"),
    ("Session", "Esc", "stop (asks first)"),
    ("Pain score", "0 to 9", "choose that score (10 with its button)"),
)

GUIDE = """
<h2>Finding a point with your fingers</h2>
<ol>
<li>Find the landmark first: the bone, crease or fold the atlas names (for example the wrist crease or the
ankle bone). The atlas picture shows it; turn on <i>Landmark labels</i> to see the names.</li>
<li>Measure from the landmark with your own fingers. Distances are given in <b>cun</b>, a measure that grows
with your body, so your own fingers fit your own body.</li>
<li>Feel around the spot with a fingertip. Many points sit in a small hollow, beside a bone or a tendon, as
their location text says.</li>
<li>Press as the point's page says (how firmly, with which finger), for the time the routine gives.</li>
<li>Check the side: the session always says <i>LEFT</i> or <i>RIGHT</i> in words, because some points are
pressed on the side opposite the pain.</li>
</ol>
<h2>The cun guide</h2>
<ul>
<li><b>1 cun</b>: the width of your thumb at its knuckle.</li>
<li><b>1.5 cun</b>: your index and middle fingers held together, across the middle knuckles.</li>
<li><b>3 cun</b>: four fingers held together (index to little finger), across the middle knuckles.</li>
</ul>
<p>These finger measures follow the proportional measurement of the WHO standard acupuncture point
locations (2008).</p>
<h2>Safety</h2>
<p>Never press on broken skin, a bruise, swelling or varicose veins. If pain is severe, new and unexplained, or
comes with numbness, weakness or problems with the bladder or bowel, stop and get medical help: call emergency
services or go to the emergency department.</p>
"""


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td>{where}</td><td><b>{keys}</b></td><td>{what}</td></tr>" for where, keys, what in SHORTCUTS)
    return f"<h2>Keyboard shortcuts</h2><table cellpadding='3'>{rows}</table>"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Help")  # Qt adds " — Acupress"
        self.resize(640, 720)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Help")
        self.text.setHtml(GUIDE + shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(CunGuide())
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
