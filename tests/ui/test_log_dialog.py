"""Logging a session done elsewhere from the window: validated, stored once, or not at all."""

from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from acupress_desktop.services.composition import Services
from acupress_desktop.ui.log_dialog import LogSessionDialog


def test_a_complete_entry_is_stored(qtbot: QtBot, context: Services) -> None:
    dialog = LogSessionDialog(context.catalogue, context.sessions)
    qtbot.addWidget(dialog)
    dialog.check("headache")
    dialog.before.setValue(7)
    dialog.after.setValue(4)
    dialog.note.setText("walked after")
    dialog.save()
    assert dialog.result() == LogSessionDialog.DialogCode.Accepted
    (entry,) = context.sessions.history()
    assert (entry.symptoms, entry.pain_before, entry.pain_after, entry.note) == (("headache",), 7, 4, "walked after")


def test_no_symptom_is_refused_with_a_message_and_nothing_stored(qtbot: QtBot, context: Services) -> None:
    dialog = LogSessionDialog(context.catalogue, context.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.error.isVisible() and "symptom" in dialog.error.text().lower()
    assert context.sessions.history() == ()


def test_a_future_time_cannot_be_picked(qtbot: QtBot, context: Services) -> None:
    dialog = LogSessionDialog(context.catalogue, context.sessions)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(3))
    assert dialog.when.dateTime() <= QDateTime.currentDateTime().addSecs(120)
