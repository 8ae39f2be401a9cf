"""The planner as a person uses it: pick, see the routine, react to situation and warning signs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.services.composition import Services
from acupress_desktop.ui.planner.name_dialog import NameDialog
from acupress_desktop.ui.planner.page import PlannerPage


@pytest.fixture
def page(qtbot: QtBot, context: Services) -> PlannerPage:
    widget = PlannerPage(context.planner)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pick(page: PlannerPage, symptom: str, side: PainSide) -> None:
    page.inputs.set_symptom_checked(symptom, True)
    page.inputs.set_side(side)


def test_left_sciatica_puts_ling_gu_on_the_right_hand(page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    texts = page.view.step_texts()
    ling_gu = next(t for t in texts if "Linggu" in t)
    assert "RIGHT hand" in ling_gu
    assert page.start_button.isVisible() and page.start_button.isEnabled()
    assert page.routine is not None
    assert next(s for s in page.routine.steps if s.code == "TUNG-22.05").side is Side.RIGHT


def test_ticking_pregnant_moves_hegu_to_the_excluded_list_with_its_reason(page: PlannerPage) -> None:
    _pick(page, "headache", PainSide.NONE)
    assert any("Hegu" in t for t in page.view.step_texts())
    page.inputs.pregnant.setChecked(True)
    assert not any("Hegu" in t for t in page.view.step_texts())
    excluded = page.view.excluded.text()
    assert "Hegu" in excluded and "pregnancy" in excluded.lower()


def test_a_red_flag_shows_advice_and_no_start_button(qtbot: QtBot, page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    assert page.inputs.flags_box.isVisible()
    page.inputs.set_red_flag("saddle-numbness", True)
    assert page.view.advice.isVisible()
    assert "emergency department" in page.view.advice.text()
    assert not page.start_button.isVisible()
    assert page.view.step_texts() == []


def test_every_complaint_asks_its_own_warning_signs(page: PlannerPage) -> None:
    _pick(page, "headache", PainSide.NONE)
    assert page.inputs.flags_box.isVisible()
    headache_questions = page.inputs.red_flag_ids()
    assert "thunderclap" in headache_questions and "bladder-bowel" not in headache_questions
    page.inputs.set_symptom_checked("low-back-pain", True)
    assert "bladder-bowel" in page.inputs.red_flag_ids()


def test_the_side_question_appears_only_for_complaints_that_have_a_side(page: PlannerPage) -> None:
    page.inputs.set_symptom_checked("insomnia", True)
    assert not page.inputs.side_row.isVisible()
    assert page.view.step_texts()  # planned without a side
    page.inputs.set_symptom_checked("knee-pain", True)
    assert page.inputs.side_row.isVisible()
    assert page.view.step_texts() == []  # no routine until the side is chosen
    page.inputs.set_side(PainSide.RIGHT)
    assert any("RIGHT knee" in text for text in page.view.step_texts())


def test_the_why_of_a_step_says_how_strong_the_evidence_is(page: PlannerPage) -> None:
    _pick(page, "nausea", PainSide.NONE)
    assert any("Evidence: systematic review" in text for text in page.view.step_texts())


def test_keyboard_reorders_and_removes_steps(qtbot: QtBot, page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    before = page.view.step_texts()
    page.view.steps.setFocus()
    page.view.steps.setCurrentRow(0)
    qtbot.keyClick(page.view.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = page.view.step_texts()
    assert after[1].split(". ", 1)[1] == before[0].split(". ", 1)[1]
    assert page.view.steps.currentRow() == 1
    qtbot.keyClick(page.view.steps, Qt.Key.Key_Delete)
    assert len(page.view.step_texts()) == len(before) - 1


def test_changing_seconds_updates_the_total(page: PlannerPage) -> None:
    _pick(page, "headache", PainSide.NONE)
    assert page.routine is not None
    total = page.routine.total_seconds
    page.view.steps.setCurrentRow(0)
    page.view.seconds.setValue(page.view.seconds.minimum())
    assert page.routine.total_seconds < total or page.view.seconds.minimum() == page.routine.steps[0].seconds


def test_fewer_minutes_leave_points_out_and_say_so(page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    page.inputs.minutes.setValue(2)
    assert page.routine is not None and page.routine.total_seconds <= 120
    assert "Left out to fit 2 minutes" in page.view.excluded.text()


def test_save_open_rename_and_delete_a_routine(page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    saved = page.save_as("Left sciatica")
    assert saved is not None and page.saved.count() == 1
    page.inputs.set_symptom_checked("sciatica", False)
    page.inputs.set_symptom_checked("headache", True)
    page.open_saved(saved.id or 0)
    assert page.routine is not None and page.routine.name == "Left sciatica"
    assert page.inputs.selected_symptoms() == ("sciatica",)
    assert page.inputs.pain_side() is PainSide.LEFT
    assert page.rename_saved(saved.id or 0, "Desk routine")
    assert page.saved.item(0).text().startswith("Desk routine")
    page.delete_saved(saved.id or 0)
    assert page.saved.count() == 0


def test_a_duplicate_name_is_refused_with_a_message(qtbot: QtBot, page: PlannerPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "acupress_desktop.ui.planner.page.QMessageBox.warning", lambda _parent, _title, text: shown.append(text)
    )
    _pick(page, "headache", PainSide.NONE)
    assert page.save_as("Mine") is not None
    assert page.save_as("mine") is None
    assert shown and "already exists" in shown[0]
    assert page.saved.count() == 1


def test_dragging_a_step_reorders_the_routine(qtbot: QtBot, page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    assert page.routine is not None
    first = page.routine.steps[0]
    model = page.view.steps.model()
    # what an internal drag-and-drop does to the list: move row 0 below row 2
    assert model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)
    qtbot.waitUntil(lambda: page.routine is not None and page.routine.steps[2] == first)
    assert page.view.step_texts()[2].startswith("3. ")


def test_edits_to_an_opened_routine_can_be_kept(page: PlannerPage, context: Services) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    saved = page.save_as("Mine")
    assert saved is not None and page.update_button.isVisible()
    page.open_saved(saved.id or 0)
    count = len(page.routine.steps) if page.routine else 0
    page.view.steps.setCurrentRow(0)
    page.view.remove_requested.emit(0)
    page.save_changes()
    assert len(context.planner.open_routine(saved.id or 0).steps) == count - 1


def test_changing_a_setting_after_hand_edits_asks_and_keeps_them_on_no(page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    page.view.steps.setCurrentRow(0)
    page.view.remove_requested.emit(0)
    edited = page.routine
    answers = [False, True]
    asked: list[bool] = []
    page.confirm_rebuild = lambda: asked.append(True) or answers.pop(0)
    page.inputs.minutes.setValue(5)
    assert page.routine == edited and "edited routine is kept" in page.view.warnings.text()
    page.inputs.minutes.setValue(6)
    assert asked == [True, True] and page.routine != edited and page.routine is not None
    page.inputs.minutes.setValue(7)  # a fresh plan has no hand edits: no question
    assert len(asked) == 2


def test_a_reopened_routine_shows_what_was_left_out_and_the_safety_notes(page: PlannerPage) -> None:
    _pick(page, "headache", PainSide.NONE)
    page.inputs.pregnant.setChecked(True)
    excluded, warnings = page.view.excluded.text(), page.view.warnings.text()
    saved = page.save_as("Headache in pregnancy")
    assert saved is not None and "Hegu" in excluded
    page.start_fresh("sciatica")
    page.open_saved(saved.id or 0)
    assert page.view.excluded.text() == excluded and page.view.warnings.text() == warnings


def test_saving_offers_a_name_and_the_dialog_refuses_an_empty_one(page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    assert page.suggested_name() == "Sciatica, left, 10 min"
    dialog = NameDialog("Save routine", "Name:", page.suggested_name(), page)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.value() == "Sciatica, left, 10 min"
    dialog.name.setText("   ")
    assert not ok.isEnabled() and dialog.hint.text() == "A routine needs a name."


def test_starting_fresh_from_home_forgets_the_earlier_complaint_side_and_filter(page: PlannerPage) -> None:
    _pick(page, "sciatica", PainSide.LEFT)
    page.inputs.filter.setText("sci")
    page.start_fresh("headache")
    assert page.inputs.selected_symptoms() == ("headache",)
    assert page.inputs.pain_side() is PainSide.NONE and page.inputs.filter.text() == ""


def test_do_not_press_on_can_be_one_side_only(page: PlannerPage) -> None:
    from acupress_desktop.domain.catalogue import BodyRegion

    _pick(page, "sciatica", PainSide.LEFT)
    page.inputs.avoid_button.actions_by_area[(BodyRegion.HAND, Side.LEFT)].trigger()  # a cast on the left hand
    assert page.inputs.avoid_button.text() == "Hand (left)"
    assert page.routine is not None
    assert any(s.code == "TUNG-22.05" and s.side is Side.RIGHT for s in page.routine.steps)
    page.inputs.avoid_button.actions_by_area[(BodyRegion.HAND, Side.RIGHT)].trigger()  # one choice per region
    assert page.inputs.avoid_button.text() == "Hand (right)"
    assert not any(s.code == "TUNG-22.05" for s in page.routine.steps)
    assert "right hand" in page.view.excluded.text()
