"""The one mapping between catalogue objects, TOML records and database rows."""

import pytest

from acupress_desktop.domain.catalogue import Catalogue, Point, Symptom
from acupress_desktop.storage.catalog_mapping import RecordError, from_record, to_record
from acupress_desktop.storage.catalog_models import points_table, symptoms_table


def test_every_point_and_symptom_survives_a_round_trip(source_catalogue: Catalogue) -> None:
    for point in source_catalogue.points:
        assert from_record(Point, to_record(point)) == point
    for symptom in source_catalogue.symptoms:
        assert from_record(Symptom, to_record(symptom)) == symptom


def test_the_tables_have_one_column_per_field(source_catalogue: Catalogue) -> None:
    assert set(points_table.c.keys()) == set(to_record(source_catalogue.points[0]).keys())
    assert "evidence" not in symptoms_table.c  # nested in the points column, not a column of its own
    assert {"sided", "points", "pregnancy_advice"} <= set(symptoms_table.c.keys())


def test_a_misspelt_or_missing_field_is_refused_by_name(source_catalogue: Catalogue) -> None:
    record = to_record(source_catalogue.point("LI4"))
    with pytest.raises(RecordError, match="unknown field"):
        from_record(Point, {**record, "lateralty": "left"})
    del record["hanzi"]
    with pytest.raises(RecordError, match="'hanzi' is required"):
        from_record(Point, record)


def test_a_value_of_the_wrong_kind_is_refused_with_where_it_is(source_catalogue: Catalogue) -> None:
    record = to_record(source_catalogue.symptom("sciatica"))
    record["points"][0]["evidence"] = "anecdote"
    with pytest.raises(RecordError, match=r"points\[0\]\.evidence: 'anecdote' is not one of"):
        from_record(Symptom, record, "sciatica.toml")
