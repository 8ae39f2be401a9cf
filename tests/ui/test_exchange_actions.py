"""File menu export and import: a backup made in one data folder restores into another."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.services.composition import build_services
from acupress_desktop.ui.main_window import MainWindow


def test_backup_and_import_through_the_window(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("acupress_desktop.ui.exchange_actions.QMessageBox.information", lambda *args: None)
    source = build_services(str(tmp_path / "a"))
    known = {s.id for s in source.catalogue.symptoms}
    source.sessions.log_manual(known, ("headache",), PainSide.NONE, 6, 3, None, 10, "kept")
    window = MainWindow(source)
    qtbot.addWidget(window)
    backup = window.exchange.export_json(window, tmp_path / "backup.json")
    sessions_csv, steps_csv = window.exchange.export_csv(window, tmp_path / "csv") or (None, None)
    assert backup is not None and sessions_csv is not None and steps_csv is not None
    assert sessions_csv.read_text(encoding="utf-8").count("\n") == 2  # header and one session

    target = build_services(str(tmp_path / "b"))
    other = MainWindow(target)
    qtbot.addWidget(other)
    report = other.exchange.import_file(other, backup)
    assert report is not None and report.sessions_added == 1
    assert [e.note for e in target.sessions.history()] == ["kept"]
    again = other.exchange.import_file(other, backup)
    assert again is not None and again.sessions_added == 0 and again.sessions_skipped == 1


def test_a_bad_file_imports_nothing_and_says_why(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "acupress_desktop.ui.exchange_actions.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    context = build_services(str(tmp_path / "data"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert window.exchange.import_file(window, bad) is None
    assert shown and shown[0].startswith("Nothing was imported")
    assert context.sessions.history() == ()


def test_a_backup_says_where_it_went_and_the_next_dialog_opens_there(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from acupress_desktop.ui.file_places import documents_folder

    asked_in: list[str] = []
    target = tmp_path / "backups" / "mine.json"
    target.parent.mkdir()

    def save_dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked_in.append(str(Path(suggested).parent))
        return str(target), ""

    monkeypatch.setattr("acupress_desktop.ui.exchange_actions.QFileDialog.getSaveFileName", save_dialog)
    window = MainWindow(build_services(str(tmp_path / "data")))
    qtbot.addWidget(window)
    window.back_up()
    assert asked_in == [str(documents_folder())]
    assert window.statusBar().currentMessage() == f"Backup saved to {target}"
    assert window.saved_notice.button.isVisibleTo(window) and window.saved_notice.folder == target.parent
    window.back_up()
    assert asked_in[1] == str(target.parent)
