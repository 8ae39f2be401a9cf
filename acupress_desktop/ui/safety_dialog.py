"""Help > Safety: the safety note, then every complaint's warning signs (when to get help now, when soon), so
the signs are there to read whichever complaint brought the person here, not only in a routine's plan."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.complaint_groups import by_group
from acupress_desktop.i18n import tr
from acupress_desktop.printing.warning_words import NEVER_PRESS, warning_lines
from acupress_desktop.ui import theme
from acupress_desktop.ui.complaint_chooser import group_title


def safety_html(catalogue: Catalogue) -> str:
    """The safety note, what to do about any warning sign, and each complaint's signs, grouped and ordered as
    Home offers the complaints (by where it hurts), so the order reads the same in every language."""
    colours = theme.colours()
    note = (
        f"<p style='background:{theme.css(colours.caution_background)}; color:{theme.css(colours.caution_text)};"
        f" padding:6px'>{escape(catalogue.disclaimer)}</p>"
    )
    intro = tr(
        "Every complaint has its own warning signs. The planner shows them above a routine and the printed sheet "
        "carries them. If you have one of them, stop and get medical help as it says, rather than pressing."
    )
    sections = []
    for group, symptoms in by_group(catalogue.symptoms):
        sections.append(f"<h2>{escape(group_title(group))}</h2>")
        for symptom in symptoms:
            lines = warning_lines(catalogue.red_flag(flag_id) for flag_id in symptom.red_flags)
            sections.append(f"<h3>{escape(symptom.name)}</h3>" + "".join(f"<p>{line}</p>" for line in lines))
    return note + f"<p>{intro}</p><p><b>{tr(NEVER_PRESS)}</b></p>" + "".join(sections)


class SafetyDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Safety"))  # Qt adds " — Acupress"
        self.resize(620, 700)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Safety and warning signs"))
        self.text.setHtml(safety_html(catalogue))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
