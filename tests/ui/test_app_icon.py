"""The application icon: every hand-drawn size is offered, each drawn from its own file."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from acupress_desktop.paths import APP_ID, icons_dir
from acupress_desktop.ui.app_icon import application_icon


def test_every_rendered_size_is_offered_and_draws_from_its_own_file(qtbot: QtBot) -> None:
    icon = application_icon()
    files = {int(p.parent.parent.name.split("x")[0]): p for p in (icons_dir() / "hicolor").glob(f"*/apps/{APP_ID}.png")}
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(files)
    for size in (16, 48):
        drawn = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert drawn == QImage(str(files[size])).convertToFormat(QImage.Format.Format_ARGB32)
