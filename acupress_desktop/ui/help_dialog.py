"""F1: a short guide to finding points with your own fingers, the cun measures and the shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from acupress_desktop import __version__
from acupress_desktop.i18n import QT_TR_NOOP, tr
from acupress_desktop.ui.atlas.cun_guide import CunGuide

SHORTCUTS = (  # where, keys, what: shown through tr()
    (QT_TR_NOOP("Everywhere"), "F1", QT_TR_NOOP("this help")),
    (QT_TR_NOOP("Everywhere"), "Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4", QT_TR_NOOP("Home, Atlas, Planner, History")),
    (QT_TR_NOOP("Everywhere"), "Ctrl+P / Ctrl+E", QT_TR_NOOP("print the routine / save it as a PDF")),
    (QT_TR_NOOP("Atlas"), "Ctrl+F", QT_TR_NOOP("search points by any name or code")),
    (QT_TR_NOOP("Atlas"), "Alt+Left / Alt+Right", QT_TR_NOOP("left or right side of the body")),
    (QT_TR_NOOP("Atlas"), QT_TR_NOOP("+ / − / 0, arrow keys"), QT_TR_NOOP("zoom in, zoom out, fit; move the picture")),
    (QT_TR_NOOP("Atlas"), "Ctrl+L", QT_TR_NOOP("landmark labels on or off")),
    (QT_TR_NOOP("Planner"), "Ctrl+Up / Ctrl+Down, Delete", QT_TR_NOOP("move or remove the selected step")),
    (QT_TR_NOOP("Session"), "Space", QT_TR_NOOP("pause or resume")),
    (QT_TR_NOOP("Session"), "Right / Left", QT_TR_NOOP("next step / previous step")),
    (QT_TR_NOOP("Session"), "+", QT_TR_NOOP("30 more seconds on this step")),
    (QT_TR_NOOP("Session"), "M, C", QT_TR_NOOP("sound on or off; the small window that stays on top")),
    (QT_TR_NOOP("Session"), "Esc", QT_TR_NOOP("stop (asks first)")),
    (QT_TR_NOOP("Pain score"), QT_TR_NOOP("0 to 9"), QT_TR_NOOP("choose that score (10 with its button)")),
)

GUIDE = QT_TR_NOOP("""
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
""")


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td>{tr(where)}</td><td><b>{tr(keys)}</b></td><td>{tr(what)}</td></tr>" for where, keys, what in SHORTCUTS
    )
    heading = tr("Keyboard shortcuts")
    return f"<h2>{heading}</h2><table cellpadding='3'>{rows}</table>"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help"))  # Qt adds " — Acupress"
        self.resize(640, 720)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Help"))
        self.text.setHtml(tr(GUIDE) + shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(CunGuide())
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)


D = TypeVar("D", bound=QDialog)


def show_alone(dialog: D) -> D:
    """Shown beside the window (not modal) and deleted once closed: Help, Safety."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_about(parent: QWidget, data_dir: Path) -> None:
    """Help > About: the version, what the pictures are drawn from (with their licences) and where the data is."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        parent,
        tr("About Acupress"),
        f"<h3>Acupress {__version__}</h3>"
        + "<p>"
        + tr("Guided acupressure at the desk.")
        + "</p><p>"
        + tr(
            "The body pictures are drawn from the MakeHuman base mesh (MakeHuman Community, CC0 1.0) "
            "with bones from MyoSuite's myo-sim models (Apache License 2.0)."
        )
        + "</p><p>"
        + tr("Your data is kept on this computer in:")
        + f"<br><code>{data_dir}</code></p>",
    )
