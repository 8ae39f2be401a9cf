from pathlib import Path

import pytest

from acupress_desktop.services.composition import Services, build_services


@pytest.fixture
def context(tmp_path: Path) -> Services:
    """A real app context with its own empty user database."""
    return build_services(str(tmp_path / "data"))
