"""What import-linter cannot say about external sub-packages: which parts may touch Qt widgets at all."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "acupress_desktop"
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtCharts")


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("layer", ["painting", "printing", "cli", "services", "domain", "storage"])
def test_only_the_windows_use_qt_widgets(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in _imported_modules(path) if m.startswith(WIDGET_MODULES))
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {name: modules for name, modules in offenders.items() if modules} == {}


TEXT_COMMANDS = [
    ["points"],
    ["symptoms"],
    ["point", "hegu"],
    ["history"],
    ["plan", "--symptom", "sciatica", "--side", "left"],
    ["log", "add", "--symptom", "headache", "--before", "6", "--after", "3"],
    ["export", "--json", "{tmp}/backup.json"],
    ["import", "{tmp}/backup.json"],
]


@pytest.mark.parametrize("command", TEXT_COMMANDS, ids=lambda command: command[0])
def test_text_commands_load_no_qt(command: list[str], tmp_path: Path) -> None:
    if command[0] == "import":  # something to import: a backup written by the command above
        from acupress_desktop.__main__ import main

        assert main(["--data-dir", str(tmp_path), "export", "--json", str(tmp_path / "backup.json")]) == 0
    command = [part.format(tmp=tmp_path) for part in command]
    probe = (
        "import sys\n"
        "from acupress_desktop.__main__ import main\n"
        f"status = main(['--data-dir', {str(tmp_path)!r}, *{command!r}])\n"
        "print('QT-MODULES', sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "raise SystemExit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT-MODULES []"


@pytest.mark.parametrize("command", [["points"], ["symptoms"], ["point", "hegu"]], ids=lambda command: command[0])
def test_catalogue_commands_load_no_sqlalchemy(command: list[str], tmp_path: Path) -> None:
    """The catalogue is read with sqlite3 alone: looking a point up costs no ORM."""
    probe = (
        "import sys\n"
        "from acupress_desktop.__main__ import main\n"
        f"status = main(['--data-dir', {str(tmp_path)!r}, *{command!r}])\n"
        "print('SQL-MODULES', sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
        "raise SystemExit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "SQL-MODULES []"
