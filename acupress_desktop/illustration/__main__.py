"""python -m acupress_desktop.illustration [OUT_DIR] [--only VIEW ...]: write every view's SVG."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .registry import VIEWS, write_all

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "resources" / "images"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m acupress_desktop.illustration", description=__doc__)
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", choices=sorted(VIEWS), help="views to write (default: all)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for path in write_all(args.out_dir, args.only):
        print(f"wrote {path}")
    print(f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
