"""Where a complaint shows on Home is content: the ``group`` of each symptom file."""

import shutil
import tomllib
from pathlib import Path

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.glance import ComplaintGroup
from acupress_desktop.paths import catalog_source_dir
from acupress_desktop.storage.catalog_source import load_catalogue_source


def test_every_symptom_file_says_where_it_hurts() -> None:
    files = sorted((catalog_source_dir() / "symptoms").glob("*.toml"))
    missing = [path.name for path in files if "group" not in tomllib.loads(path.read_text(encoding="utf-8"))]
    assert missing == [], f'add group = "..." (one of {", ".join(g.value for g in ComplaintGroup)}) to {missing}'


def test_only_complaints_of_no_place_are_left_for_more_complaints(source_catalogue: Catalogue) -> None:
    assert not [s.id for s in source_catalogue.symptoms if s.group is ComplaintGroup.OTHER]


def test_a_symptom_file_without_a_group_still_loads_under_more_complaints(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    shutil.copytree(catalog_source_dir(), catalog)
    headache = catalog / "symptoms" / "headache.toml"
    lines = headache.read_text(encoding="utf-8").splitlines(keepends=True)
    headache.write_text("".join(line for line in lines if not line.startswith("group =")), encoding="utf-8")
    loaded = {s.id: s for s in load_catalogue_source(catalog).symptoms}
    assert loaded["headache"].group is ComplaintGroup.OTHER
    assert loaded["migraine"].group is ComplaintGroup.HEAD_FACE
