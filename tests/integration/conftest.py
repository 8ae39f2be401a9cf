"""Commands run in this process here: make the QApplication first, as pytest-qt's widget tests need one, so a
drawing command's windowless QGuiApplication never takes its place (in real use each command is its own process)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _widget_application(qapp: object) -> object:
    return qapp
