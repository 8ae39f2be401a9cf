"""A full disk mid-session, as a person sees it: the session carries on, a notice says what happened and that
nothing is lost, and it goes away once the disk takes the waiting rows."""

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.paths import images_dir, sounds_dir
from acupress_desktop.services.composition import Services
from acupress_desktop.services.session import SessionRecorder
from acupress_desktop.storage.view_files import load_views
from acupress_desktop.ui.session.window import SessionWindow
from acupress_desktop.ui.sounds import Sounds
from tests.domain.factories import FakeClock, make_routine
from tests.services.test_full_disk import FillingDisk


def test_a_full_disk_is_said_while_the_session_goes_on(qtbot: QtBot, context: Services, tmp_path: Path) -> None:
    repository = FillingDisk(context.user_db.engine)
    clock = FakeClock()
    recorder = SessionRecorder(repository, make_routine("Desk"), monotonic=clock, wall=clock.wall)
    window = SessionWindow(
        context.catalogue,
        PointPictures(lambda: load_views(images_dir())),
        recorder,
        Sounds(sounds_dir()),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    repository.full = True
    window.before.choose(5)
    with qtbot.waitSignal(window.controller.save_problem, timeout=2000) as shown:
        window.before.go_button.click()
    assert "is full" in shown.args[0] and "kept in memory" in shown.args[0]
    assert window.save_notice.isVisible() and window.pages.currentIndex() == 1  # the session goes on
    repository.full = False
    clock.now += 60  # the first step ends; its row and the waiting start are written on that tick
    with qtbot.waitSignal(window.controller.save_problem, timeout=2000) as cleared:
        pass
    assert cleared.args[0] == "" and not window.save_notice.isVisible()
    assert [s.code for s in repository.newest_first()[0].steps] == ["TUNG-22.05"]
