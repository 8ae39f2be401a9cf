"""Check a built PyInstaller folder as a user would meet it, and say what takes the space.

`python packaging/check_bundle.py dist/acupress` (run by `make package-check`, so by `make test`):
the version, the window coming up offscreen on a fresh temporary data folder (which runs the shipped
Alembic migrations), a routine sheet printed to PDF from the command line, every file of resources/
present, and none of the parts the bundle must not carry. Exit 1 on the first failure.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from acupress_desktop import __version__  # noqa: E402

# Nothing of these may be in the bundle (WebEngine, 3D, Quick/Qml, the FFmpeg back-end, build-time tools).
FORBIDDEN = (
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Quick",
    "Qt6Qml",
    "ffmpegmediaplugin",
    "libavcodec",
    "QtWebEngine",
    "atlasgen",
    "PIL/",
    "PyInstaller/",
    "pytest",
)
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ACUPRESS_DATA_DIR": ""}


def run(executable: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run([str(executable), *args], capture_output=True, text=True, env=ENV, timeout=120, check=False)
    return result, time.monotonic() - started


def expect(condition: bool, message: str, result: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        detail = f"\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}" if result else ""
        raise SystemExit(f"bundle check failed: {message}{detail}")
    print(f"ok  {message}")


def check_runs(executable: Path) -> None:
    result, seconds = run(executable, "--version")
    expect(
        result.returncode == 0 and result.stdout.strip() == f"acupress {__version__}",
        f"--version says acupress {__version__} ({seconds:.1f} s)",
        result,
    )
    with tempfile.TemporaryDirectory(prefix="acupress-bundle-") as temp:
        data = Path(temp) / "data"
        result, seconds = run(executable, "--data-dir", str(data), "--smoke")
        expect(
            result.returncode == 0 and "smoke ok" in result.stdout,
            f"--smoke shows the window ({seconds:.1f} s)",
            result,
        )
        with sqlite3.connect(data / "acupress.db") as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        expect("alembic_version" in tables and len(tables) > 1, "the shipped migrations created the user database")
        sheet = Path(temp) / "sheet.pdf"
        result, seconds = run(
            executable, "--data-dir", str(data), "print", "--symptom", "sciatica", "--side", "left", "-o", str(sheet)
        )
        expect(
            result.returncode == 0 and sheet.read_bytes()[:5] == b"%PDF-" and sheet.stat().st_size > 20_000,
            f"print writes a routine sheet PDF of {sheet.stat().st_size // 1024 if sheet.exists() else 0} KiB "
            f"({seconds:.1f} s)",
            result,
        )
        result, _ = run(executable, "--data-dir", str(data), "point", "合谷")
        expect(result.returncode == 0 and "合谷" in result.stdout, "hanzi reach the command line", result)


def check_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = [p for p in bundle.rglob("*") if p.is_file() or p.is_symlink()]
    relative = [p.relative_to(bundle).as_posix() for p in files]
    found = sorted({name for name in relative for part in FORBIDDEN if part in name})
    expect(not found, "no WebEngine, 3D, Quick/Qml, FFmpeg or build-time tools" + (f": {found[:5]}" if found else ""))
    shipped = internal / "acupress_desktop" / "resources"
    source = ROOT / "resources"
    missing = [
        p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not (shipped / p.relative_to(source)).is_file()
    ]
    expect(not missing, "every file of resources/ is in the bundle" + (f"; missing {missing[:5]}" if missing else ""))
    migrations = internal / "acupress_desktop" / "storage" / "migrations" / "versions"
    expect(any(migrations.glob("*.py")), "the Alembic migrations ship as .py files")
    dangling = [p for p in files if p.is_symlink() and not p.exists()]
    expect(not dangling, "no dangling links" + (f": {dangling[:3]}" if dangling else ""))


def size_report(bundle: Path) -> None:
    groups: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        name = path.relative_to(bundle).as_posix()
        if "libicu" in name:
            group = "ICU (Unicode data Qt needs)"
        elif "/Qt/plugins/" in name:
            group = "Qt plugins"
        elif "/Qt/lib/" in name:
            group = "Qt libraries"
        elif name.startswith("_internal/PySide6") or name.startswith("_internal/shiboken6"):
            group = "PySide6 bindings"
        elif "libpython" in name or "/python3" in name or name.endswith("base_library.zip") or name == "acupress":
            group = "Python (interpreter, stdlib, app code)"
        elif name.startswith("_internal/acupress_desktop"):
            group = "Acupress resources and migrations"
        elif "/" not in name.removeprefix("_internal/"):
            group = "host libraries (libstdc++, PulseAudio, X11, GLib...)"
        else:
            group = f"Python packages ({name.split('/')[1]})" if name.count("/") > 1 else "other"
        groups[group] = groups.get(group, 0) + path.stat().st_size
    total = sum(groups.values())
    print(f"size: {total / 1e6:.0f} MB in {bundle}{oldest_glibc(bundle)}")
    for group, size in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"  {size / 1e6:6.1f} MB  {group}")


def oldest_glibc(bundle: Path) -> str:
    """The newest GLIBC_ symbol version any bundled file needs (Linux, with objdump): the oldest libc it runs on."""
    if not sys.platform.startswith("linux"):
        return ""
    found: set[tuple[int, ...]] = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == "acupress"):
            dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
            found |= {tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_(\d+\.\d+)", dump)}
    return f"; needs glibc {'.'.join(map(str, max(found)))} or newer" if found else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / "acupress")
    parser.add_argument("--only", choices=("checks", "size"), help="run the checks or the size report alone")
    args = parser.parse_args()
    # On Windows acupress.exe has no console to print to; acupress-cli.exe is the same program with one.
    executable = args.bundle / ("acupress-cli.exe" if sys.platform == "win32" else "acupress")
    if not executable.exists():
        raise SystemExit(f"no bundle at {args.bundle}; run `make package`")
    if args.only != "size":
        started = time.monotonic()
        check_contents(args.bundle)
        check_runs(executable)
        print(f"bundle checks took {time.monotonic() - started:.1f} s")
    if args.only != "checks":
        size_report(args.bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
