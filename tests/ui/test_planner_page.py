"""The planner as a person uses it: pick, see the routine, react to situation and warning signs."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.services.composition import Services
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
    assert "EMERGENCY" in page.view.advice.text()
    assert not page.start_button.isVisible()
    assert page.view.step_texts() == []


def test_red_flag_questions_appear_only_for_back_and_leg_symptoms(page: PlannerPage) -> None:
    _pick(page, "headache", PainSide.NONE)
    assert not page.inputs.flags_box.isVisible()
    page.inputs.set_symptom_checked("low-back-pain", True)
    assert page.inputs.flags_box.isVisible()


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
