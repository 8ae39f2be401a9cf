"""Build dist/acupress_<version>_<arch>.deb from the PyInstaller folder in dist/acupress/ (`make deb`).

Layout: the bundle in /opt/acupress, /usr/bin/acupress a link to it, the desktop entry, AppStream
metainfo, hicolor icons, copyright and changelog under /usr/share. Depends is computed from the bundle:
the libc version from the newest GLIBC_ symbol it needs, and the packages of the system libraries it
links but does not carry (GL, xcb, ...), found with ldconfig and dpkg -S.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from acupress_desktop import __version__  # noqa: E402
from acupress_desktop.paths import APP_ID  # noqa: E402

PACKAGE = "acupress"
LINUX = ROOT / "packaging" / "linux"
MAINTAINER = "Acupress developers <acupress@users.noreply.github.com>"
HOMEPAGE = "https://github.com/acupress/acupress"
# The font matters to every user (hanzi are empty boxes without one); the rest comes from the bundle.
RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei"


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return sorted(found)


def objdump(flag: str, path: Path) -> str:
    return subprocess.run(["objdump", flag, str(path)], capture_output=True, text=True, check=False).stdout


def newest_glibc(files: list[Path]) -> str:
    """The highest GLIBC_x.y any file in the bundle asks for: the oldest libc it can run on."""
    versions = {
        tuple(int(n) for n in v.split(".")) for f in files for v in re.findall(r"GLIBC_(\d+\.\d+)", objdump("-T", f))
    }
    return ".".join(str(n) for n in max(versions))


def system_libraries(files: list[Path], bundle: Path) -> set[str]:
    carried = {p.name for p in bundle.rglob("*")}
    needed = {name for f in files for name in re.findall(r"NEEDED\s+(\S+)", objdump("-p", f))}
    return {
        name
        for name in needed - carried
        if not name.startswith(
            ("libc.so", "libm.so", "ld-linux", "libdl.so", "libpthread.so", "librt.so", "libutil.so")
        )
    }


def packages_for(sonames: set[str]) -> set[str]:
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    packages, missing = set(), []
    for soname in sorted(sonames):
        match = re.search(rf"^\s*{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)", cache, re.MULTILINE)
        owner = None
        if match:
            result = subprocess.run(["dpkg", "-S", match.group(1)], capture_output=True, text=True, check=False)
            if result.returncode != 0:  # merged /usr: the file is registered under /usr/lib
                real = str(Path(match.group(1)).resolve())
                result = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True, check=False)
            owner = result.stdout.split(":")[0] if result.returncode == 0 else None
        if owner:
            packages.add(owner)
        else:
            missing.append(soname)
    if missing:
        raise SystemExit(
            f"build_deb: no installed package provides {', '.join(missing)}; run scripts/system-deps.sh --gui"
        )
    return packages


def install_tree(stage: Path, bundle: Path) -> None:
    share = stage / "usr" / "share"
    shutil.copytree(bundle, stage / "opt" / PACKAGE, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    _copy(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        _copy(png, share / "icons" / png.relative_to(icons))
    _copy(icons / f"{APP_ID}.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    doc = share / "doc" / PACKAGE
    _copy(LINUX / "copyright", doc / "copyright")
    changelog = (
        f"{PACKAGE} ({__version__}) unstable; urgency=low\n\n  * Release {__version__}.\n\n"
        f" -- {MAINTAINER}  {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as handle:
        handle.write(changelog.encode())
    _copy(LINUX / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    page = subprocess.run(
        ["help2man", "--no-info", "--section=1", "--name=guided acupressure at the desk", str(bundle / PACKAGE)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    with gzip.GzipFile(man / f"{PACKAGE}.1.gz", "wb", mtime=0) as handle:
        handle.write(page.encode())


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def installed_size_kib(stage: Path) -> int:
    return sum(p.lstat().st_size for p in stage.rglob("*") if p.is_file() or p.is_symlink()) // 1024 + 1


def control(stage: Path, depends: list[str], architecture: str) -> str:
    summary = "guided acupressure at the desk"
    return (
        f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: {architecture}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib(stage)}\nDepends: {', '.join(depends)}\nRecommends: {RECOMMENDS}\n"
        f"Section: misc\nPriority: optional\nHomepage: {HOMEPAGE}\n"
        f"Description: {summary}\n"
        " Acupress guides acupressure for sciatica, low back pain, a stiff neck, a\n"
        " headache or period pain: an atlas of points with pictures, a planner that\n"
        " says why each point is chosen, guided sessions with a countdown, a pain\n"
        " diary with charts and a printable routine sheet. It works offline and\n"
        " sends nothing anywhere. Self-care information, not medical advice.\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--compression", default="xz", help="dpkg-deb -Z (xz is smallest; gzip is quicker)")
    parser.add_argument(
        "--lintian", action="store_true", help="check the package with lintian (errors and warnings fail)"
    )
    args = parser.parse_args()
    if not (args.bundle / PACKAGE).is_file():
        raise SystemExit(f"build_deb: no bundle in {args.bundle}; run `make package` first")
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = ROOT / "build" / "deb" / f"{PACKAGE}_{__version__}_{architecture}"
    shutil.rmtree(stage, ignore_errors=True)
    install_tree(stage, args.bundle)
    files = elf_files(stage / "opt" / PACKAGE)
    system = packages_for(system_libraries(files, stage / "opt" / PACKAGE)) - {"libc6"}
    # libmount and libblkid in the bundle can run sensible-pager.
    depends = [f"libc6 (>= {newest_glibc(files)})", *sorted(system | {"sensible-utils"})]
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control(stage, depends, architecture), encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:  # files 0644 or 0755, directories 0755, whatever the umask was
        if not path.is_symlink():
            executable = path.is_dir() or (os.access(path, os.X_OK) and ".so" not in path.name)
            path.chmod(0o755 if executable else 0o644)  # shared libraries need no execute bit
    deb = args.out / f"{PACKAGE}_{__version__}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{args.compression}", "--build", str(stage), str(deb)], check=True
    )
    print(f"{deb.relative_to(ROOT)}: {deb.stat().st_size / 1e6:.0f} MB; Depends: {', '.join(depends)}")
    if args.lintian:
        return subprocess.run(
            ["lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", str(deb)], check=False
        ).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
