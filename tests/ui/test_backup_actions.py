"""File > Back up now, Restore and the list of backups."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from acupress_desktop.services.backup import BackupService
from acupress_desktop.storage.user_db import open_user_database
from acupress_desktop.ui.backup_actions import BackupActions, BackupsDialog


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BackupService:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)
    open_user_database(tmp_path).engine.dispose()
    return BackupService(tmp_path)


def test_back_up_now_lists_the_copy_with_its_date(qtbot: QtBot, service: BackupService) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    written = BackupActions(lambda: service).back_up_now(parent, ask=False)
    assert written is not None and written.exists()
    dialog = BackupsDialog(service.backups(), parent)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by you"
    assert dialog.table.item(0, 0).text()[:2] == "20"


def test_restore_is_refused_while_a_session_runs(qtbot: QtBot, service: BackupService, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = BackupActions(lambda: service, busy=lambda: True)
    copy = actions.back_up_now(parent, ask=False)
    assert copy is not None
    assert actions.restore(parent, copy, confirm=False) is False


def test_a_bad_file_is_refused_before_anything_changes(qtbot: QtBot, service: BackupService, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    before = (tmp_path / "acupress.db").read_bytes()
    assert BackupActions(lambda: service).restore(parent, bad, confirm=False) is False
    assert (tmp_path / "acupress.db").read_bytes() == before


def test_a_damaged_database_offers_the_newest_good_backup_in_one_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from acupress_desktop.__main__ import main as run
    from acupress_desktop.services.composition import build_services
    from acupress_desktop.ui.backup_actions import report_recovery

    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "log", "add", "--symptom", "headache", "--before", "6", "--after", "2"]) == 0
    assert run(["--data-dir", str(data), "backup"]) == 0
    (data / "acupress.db").write_bytes(b"scrambled by a failing disk " * 200)
    for companion in data.glob("acupress.db-*"):
        companion.unlink()
    asked: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        asked.append(box.text())
        box.__dict__["clicked"] = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.__dict__["clicked"])
    services = build_services(data)
    assert services.user_db.moved_aside is not None
    report_recovery(None, services, interactive=True)
    assert len(asked) == 1 and "moved to" in asked[0] and "Nothing was deleted" in asked[0]
    assert str(services.user_db.moved_aside) in capsys.readouterr().out
    assert [entry.pain_before for entry in services.sessions.history()] == [6]
