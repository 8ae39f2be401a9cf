"""`python -m acupress_desktop` and the `acupress` executable."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from acupress_desktop.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
