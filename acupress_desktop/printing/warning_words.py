"""When to stop and get medical help, in the reader's language: the lines the routine sheet prints and Help >
Safety shows, made from the catalogue's warning signs (each sign's short summary), the most urgent first."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from acupress_desktop.domain.catalogue import RedFlag, Urgency
from acupress_desktop.i18n import QT_TR_NOOP, tr

NEVER_PRESS = QT_TR_NOOP(
    "Never press on broken skin, a bruise, swelling, varicose veins, a recent fracture or surgery site."
)


def warning_lines(flags: Iterable[RedFlag]) -> list[str]:
    """One HTML line an urgency: reach out now (a crisis), emergency help now, a doctor soon."""
    flags = tuple(flags)
    separator = tr("; ")

    def signs(urgency: Urgency) -> str:
        return escape(separator.join(f.summary or f.question for f in flags if f.urgency is urgency))

    lines = []
    if crisis := signs(Urgency.CRISIS):
        lines.append(
            tr(
                "<b>Please reach out now</b> (a crisis line, your doctor, or your local emergency number if you "
                "are not safe) if you have: {signs}."
            ).format(signs=crisis)
        )
    if emergency := signs(Urgency.EMERGENCY):
        lines.append(
            tr(
                "<b>Call your local emergency number or go to an emergency department now</b> if you have: {signs}."
            ).format(signs=emergency)
        )
    if urgent := signs(Urgency.URGENT):
        lines.append(tr("<b>See a doctor soon</b> if you have: {signs}.").format(signs=urgent))
    return lines
