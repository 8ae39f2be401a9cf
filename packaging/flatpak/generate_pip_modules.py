"""Write python3-requirements.json: the Flatpak modules for Acupress's Python dependencies.

Flatpak builds have no network, so every package is a pinned file with its sha256. The list comes
from pyproject's runtime dependencies (PySide6 excluded: the PySide BaseApp provides it) plus the
build backend, at the versions pinned in constraints.txt, resolved by pip, each as a pure-Python
wheel where the release has one, else its source archive (the job flatpak-pip-generator does,
without fetching that tool). Run it after changing a dependency or a pin (needs PyPI):
`python packaging/flatpak/generate_pip_modules.py`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(__file__).with_name("python3-requirements.json")
PROVIDED_BY_BASEAPP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = project["build-system"]["requires"]
    names = [re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0] for spec in project["project"]["dependencies"] + build]
    return [name for name in names if name.lower() not in PROVIDED_BY_BASEAPP]


def resolve(names: list[str]) -> list[tuple[str, str]]:
    """Names and versions of the whole dependency tree, as pip resolves it with our pins."""
    with tempfile.TemporaryDirectory() as temp:
        report = Path(temp) / "report.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--dry-run",
                "--ignore-installed",
                "--constraint",
                str(ROOT / "constraints.txt"),
                "--report",
                str(report),
                *names,
            ],
            check=True,
        )
        installs = json.loads(report.read_text())["install"]
    return sorted(((i["metadata"]["name"], i["metadata"]["version"]) for i in installs), key=lambda p: p[0].lower())


def pypi_file(name: str, version: str) -> dict[str, str]:
    """A pure-Python wheel if the release has one (no compiler needed), else its source archive."""
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=60) as response:
        files = json.load(response)["releases"][version]
    wheels = [f for f in files if f["packagetype"] == "bdist_wheel" and f["filename"].endswith("-none-any.whl")]
    sdists = [f for f in files if f["packagetype"] == "sdist"]
    chosen = (wheels or sdists)[0]
    # A mirror may answer with a relative link; the file's home is always files.pythonhosted.org.
    path = re.search(r"packages/([0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+/[^/]+)$", chosen["url"])
    url = f"https://files.pythonhosted.org/packages/{path.group(1)}" if path else chosen["url"]
    return {"name": name, "version": version, "url": url, "sha256": chosen["digests"]["sha256"]}


def module(packages: list[dict[str, str]]) -> dict[str, object]:
    files = " ".join(f'"{Path(p["url"]).name}"' for p in packages)
    return {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            f"--prefix=${{FLATPAK_DEST}} --no-build-isolation --no-deps {files}"
        ],
        "sources": [{"type": "file", "url": p["url"], "sha256": p["sha256"]} for p in packages],
    }


def main() -> int:
    packages = [pypi_file(name, version) for name, version in resolve(requirements())]
    OUTPUT.write_text(json.dumps(module(packages), indent=2) + "\n", encoding="utf-8")
    for package in packages:
        print(f"{package['name']}=={package['version']}")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
