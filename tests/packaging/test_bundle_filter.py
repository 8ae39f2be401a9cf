"""What the PyInstaller bundle leaves out, and that the running app never needs what is left out."""

from __future__ import annotations

import ast

import pytest

from .conftest import PACKAGING, ROOT, load_script

bundle_filter = load_script(PACKAGING / "pyinstaller" / "bundle_filter.py")


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "libavcodec.so.61",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "libcups.so.2",
    ],
)
def test_unused_qt_parts_are_dropped(path: str) -> None:
    assert not bundle_filter.keep_entry(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "acupress_desktop/resources/points.db",
    ],
)
def test_what_the_app_uses_is_kept(path: str) -> None:
    assert bundle_filter.keep_entry(path)


def test_running_code_never_imports_what_the_bundle_leaves_out() -> None:
    """The generators stay out of the bundle; a window or command importing one would crash there."""
    excluded = [
        m for m in bundle_filter.EXCLUDED_MODULES if m.startswith(("acupress_desktop", "PIL", "numpy", "PySide6"))
    ]
    offenders = []
    for source in (ROOT / "acupress_desktop").rglob("*.py"):
        module = ".".join(source.relative_to(ROOT).with_suffix("").parts)
        if any(module == m or module.startswith(m + ".") for m in excluded):
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            offenders += [f"{module}: {n}" for n in names if any(n == m or n.startswith(m + ".") for m in excluded)]
    assert not offenders
