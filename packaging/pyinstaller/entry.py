"""What the bundled executable runs: the same main() as the `acupress` script."""

from acupress_desktop.__main__ import main

raise SystemExit(main())
