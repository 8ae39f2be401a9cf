from pathlib import Path

import pytest

from acupress_desktop.app import AppContext, build_context


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    """A real app context with its own empty user database."""
    return build_context(str(tmp_path / "data"))
