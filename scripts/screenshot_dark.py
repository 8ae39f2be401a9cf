"""Render the main pages, Preferences and the welcome in the dark (or light) theme to PNGs, offscreen.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot_dark.py OUT_DIR [dark|light]
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from acupress_desktop.app import create_application
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.services.composition import build_services
from acupress_desktop.ui import theme
from acupress_desktop.ui.first_run import WelcomeDialog
from acupress_desktop.ui.main_window import MainWindow


def _light_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "screenshot_windows", Path(__file__).with_name("screenshot_windows.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(out: Path, choice: str) -> None:
    app = create_application(sys.argv[:1])
    theme.apply_theme(app, choice)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(folder)
        symptom = services.catalogue.symptoms[0].id
        for days_ago, before, after in ((9, 6, 4), (5, 5, 3), (2, 7, 4), (1, 4, 2)):
            when = datetime.now(UTC) - timedelta(days=days_ago)
            services.sessions.log_manual({symptom}, (symptom,), PainSide.NONE, before, after, when, 10, "")
        window = MainWindow(services)
        window.resize(1280, 820)
        window.show()
        app.processEvents()
        window.plan_for("sciatica" if any(s.id == "sciatica" for s in services.catalogue.symptoms) else symptom)
        window.planner.inputs.set_side(PainSide.LEFT)
        for index, name in enumerate(("home", "atlas", "planner", "history")):
            window.pages.setCurrentIndex(index)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
        window.history.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(out / "history-calendar.png"))
        if window.planner.routine is not None:
            _light_script()._session_shots(window, out)  # the same session walk as the light screenshots
        window.comfort.preferences = replace(window.comfort.preferences, theme=choice)
        window.backups.service.back_up()  # one copy, so the Data tab shows the list
        dialog = window.comfort.dialog()
        dialog.times.setText("9:00, 14:30")
        dialog.resize(640, 460)
        for index, name in enumerate(("general", "reminders", "appearance", "data")):
            dialog.tabs.setCurrentIndex(index)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"preferences-{name}.png"))
        dialog.close()
        window.pages.setCurrentWidget(window.home)
        window.comfort.banner.show()
        app.processEvents()
        window.grab().save(str(out / "home-reminder-banner.png"))
        window.comfort.banner.hide()
        window.pages.setCurrentWidget(window.planner)
        window.planner.inputs.flag_list.item(0).setCheckState(Qt.CheckState.Checked)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / "planner-warning-sign.png"))
        welcome = WelcomeDialog(False, window)
        welcome.show()
        app.processEvents()
        welcome.grab().save(str(out / "welcome.png"))
        welcome.close()
        window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "dark")
