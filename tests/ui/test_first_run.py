"""The first-run welcome says what Acupress is and is not, and its pregnancy answer becomes the planner's default."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from acupress_desktop.paths import settings_path
from acupress_desktop.services.composition import Services
from acupress_desktop.ui.first_run import WelcomeDialog
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.preferences import load_preferences


def test_the_welcome_says_self_care_not_medical_advice_and_the_warning_signs(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.warning)))
    assert "self-care, not medical advice" in shown
    assert "get medical help" in dialog.warning.text()
    assert [box.title() for box in dialog.findChildren(QGroupBox)] == ["Could you be pregnant?"]
    assert not dialog.could_be_pregnant()
    dialog.pregnant_yes.setChecked(True)
    assert dialog.could_be_pregnant()


def test_the_pregnancy_answer_is_stored_and_ticks_the_planners_box(qtbot: QtBot, context: Services) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.planner.inputs.pregnant.isChecked()
    window.comfort.record_welcome(could_be_pregnant=True)
    assert window.planner.inputs.pregnant.isChecked()
    settings = QSettings(str(settings_path(context.data_dir)), QSettings.Format.IniFormat)
    assert load_preferences(settings).could_be_pregnant
    assert window.comfort.welcome_if_first_run() is None  # welcomed once, never again

    again = MainWindow(context)  # the next start: the answer is the planner's default
    qtbot.addWidget(again)
    assert again.planner.inputs.pregnant.isChecked()
