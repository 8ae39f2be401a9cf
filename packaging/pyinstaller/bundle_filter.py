"""What the bundle leaves out, kept apart from the spec so tests can read it.

The app uses QtWidgets, QtGui, QtSvg(Widgets), QtCharts, QtPrintSupport and QtMultimedia (QSoundEffect).
PyInstaller's Qt hooks add every plugin of those modules; the patterns below drop what the app never
loads: other platform back-ends, network/TLS, the FFmpeg media back-end (QSoundEffect plays WAV without it,
and it drags in Qt Quick and Qml), and anything of WebEngine, 3D, Quick or Qml.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

UNUSED_QT_MODULES = [
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "QtWebView",
    "Qt3DCore",
    "Qt3DRender",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DAnimation",
    "Qt3DExtras",
    "QtQuick",
    "QtQuick3D",
    "QtQuickWidgets",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQml",
    "QtDesigner",
    "QtUiTools",
    "QtHelp",
    "QtTest",
    "QtDataVisualization",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtLocation",
    "QtPositioning",
    "QtBluetooth",
    "QtNfc",
    "QtSensors",
    "QtSerialPort",
    "QtSerialBus",
    "QtTextToSpeech",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtSql",
    "QtXml",
    "QtConcurrent",
    "QtNetworkAuth",
    "QtHttpServer",
    "QtSpatialAudio",
    "QtPdf",
    "QtPdfWidgets",
    "QtMultimediaWidgets",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtDBus",
    "QtAxContainer",
    "QtCanvasPainter",
]

# Modules never imported by the running app: the generators of shipped files, test and build tools,
# and the Qt modules it does not use (some are only pulled in by hooks' hidden imports).
EXCLUDED_MODULES = [
    "acupress_desktop.storage.catalog_build",  # regenerates resources/points.db (make catalog)
    "acupress_desktop.storage.catalog_source",
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "PIL",
    "numpy",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
    "pydoc",
    # The app opens no connection: without these, OpenSSL's libssl and libcrypto (5 MB) stay out;
    # hashlib falls back to Python's own digests.
    "ssl",
    "_ssl",
    "_hashlib",
    *(f"PySide6.{module}" for module in UNUSED_QT_MODULES),
]

# Files (by their path inside the bundle) left out after the analysis.
DROPPED_FILES = [
    # Qt libraries of modules the app does not use, pulled in by plugins we also drop.
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6WebEngine*",
    "*Qt63D*",
    "*Qt6Pdf*",
    "*Qt6VirtualKeyboard*",
    "*Qt6ShaderTools*",
    "*Qt6Designer*",
    "*Qt6Sql*",
    "*Qt6Positioning*",
    "*Qt6EglFS*",
    "*Qt6EglFs*",
    "*Qt6FFmpegStub*",
    # Plugins: keep only what a desktop session loads.
    "*/plugins/multimedia/*",  # FFmpeg back-end (and its libav* copies): QSoundEffect does not need it
    "*/plugins/tls/*",
    "*/plugins/networkinformation/*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/generic/*",
    "*/plugins/sqldrivers/*",
    "*/plugins/position/*",
    "*/plugins/platforms/*eglfs*",
    "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*minimal*",
    "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/imageformats/*",
    "*/plugins/platformthemes/*gtk3*",  # would mix the bundle's GLib with the host's GTK; Qt's own dialogs instead
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    # FFmpeg, which only the dropped media back-end links (names match at any depth: the bundle symlinks them).
    "*libavcodec*",
    "*libavformat*",
    "*libavutil*",
    "*libswresample*",
    "*libswscale*",
    # CUPS must match the host's print service: the printing plugin uses the system's libcups (a .deb
    # Depends on it), which also keeps its TLS and Kerberos stack (10 MB) out of the bundle.
    "libcups.so*",
    "*/Qt/translations/qtwebengine*",
]
# Exceptions to the patterns above.
KEPT_FILES = [
    "*/plugins/imageformats/*qsvg*",  # the atlas pictures and the icon
    "*/plugins/imageformats/*qico*",  # the Windows icon
]


def keep_entry(destination: str) -> bool:
    path = Path(destination).as_posix()
    if any(fnmatch.fnmatch(path, pattern) for pattern in KEPT_FILES):
        return True
    return not any(fnmatch.fnmatch(path, pattern) for pattern in DROPPED_FILES)


def windows_version_file(version: str, path: Path) -> str:
    """A VERSIONINFO resource for acupress.exe, from the package version (Inno Setup reads it back)."""
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    as_tuple = tuple(numbers)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={as_tuple}, prodvers={as_tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Acupress developers'),
      StringStruct('FileDescription', 'Acupress'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'Acupress'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('LegalCopyright', 'MIT licence')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return str(path)


def _needed(path: str) -> list[str]:
    """Sonames an ELF file links (objdump from binutils); empty for anything objdump cannot read."""
    import subprocess

    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return [line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")]


def prune_unreferenced(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the host libraries that only the dropped plugins linked (GTK's cairo and pango, FFmpeg's codecs).

    PyInstaller resolves dependencies before the spec can filter plugins, so a plugin removed above
    leaves its libraries behind. Roots are everything under a package folder plus libpython; a
    top-level library stays only if a root links it, directly or through another kept library. Linux only.
    """
    files = {dest: src for dest, src, kind in binaries if kind in ("BINARY", "EXTENSION")}
    links = {dest: target for dest, target, kind in binaries if kind == "SYMLINK"}
    by_name: dict[str, set[str]] = {}
    for dest in files:
        by_name.setdefault(Path(dest).name, set()).add(dest)
    for dest, target in links.items():
        by_name.setdefault(Path(dest).name, set()).add(target)
    roots = [dest for dest in files if "/" in dest or dest.startswith("libpython")]
    reached, queue = set(roots), list(roots)
    while queue:
        for name in _needed(files[queue.pop()]):
            for target in by_name.get(name, ()):
                if target in files and target not in reached:
                    reached.add(target)
                    queue.append(target)
    return [
        (dest, src, kind)
        for dest, src, kind in binaries
        if (kind == "SYMLINK" and (src in reached or src not in files))
        or (kind in ("BINARY", "EXTENSION") and dest in reached)
        or kind not in ("SYMLINK", "BINARY", "EXTENSION")
    ]


def drop_build_runpaths(bundle: Path, patchelf: str) -> list[Path]:
    """Remove RUNPATHs pointing at the build machine's interpreter (a pyenv or venv Python has them).

    They leak build paths and would let the bundle load libraries from there; system ones
    (libpulse's /usr/lib/.../pulseaudio) stay.
    """
    import subprocess

    changed = []
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run([patchelf, "--print-rpath", str(path)], capture_output=True, text=True, check=False)
        runpath = result.stdout.strip()
        if (
            result.returncode == 0
            and runpath
            and not all(p.startswith(("/usr/", "/lib", "$ORIGIN")) for p in runpath.split(":"))
        ):
            subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)
            changed.append(path)
    return changed
