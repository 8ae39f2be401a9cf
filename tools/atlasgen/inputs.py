"""The hash of everything the 3D-atlas pictures are made from (no numpy needed: the fast test uses it)."""

from __future__ import annotations

import hashlib
from pathlib import Path

HERE = Path(__file__).parent
OUT_DIR = HERE.parents[1] / "resources" / "images"
HASH_FILE = "inputs.sha256"
SHARED = [HERE.parents[1] / "acupress_desktop" / "domain" / "label_layout.py"]  # the app's label layout, used here


def input_hash() -> str:
    """Vendored data and the generator's code (line endings normalised); previews are not inputs."""
    h = hashlib.sha256()
    for path in [*sorted([*HERE.glob("*.py"), *(HERE / "data").glob("*.npz")]), *SHARED]:
        if path.name == "preview.py":
            continue
        h.update(path.name.encode())
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()
