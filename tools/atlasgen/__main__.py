"""Regenerate the 3D-atlas views: ``python -m atlasgen [OUT_DIR] [VIEW ...]`` (run from tools/)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from atlasgen.build import build
from atlasgen.inputs import OUT_DIR

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR
    start = time.perf_counter()
    written = build(out, sys.argv[2:] or None)
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} files, {total / 1024:.0f} KB, {time.perf_counter() - start:.1f} s -> {out}")
