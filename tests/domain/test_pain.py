from datetime import UTC, datetime, timedelta

import pytest

from acupress_desktop.domain.pain import EntryError, PainChange, parse_minutes, parse_pain, parse_when

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "score"), [("0", 0), (" 7 ", 7), ("10", 10), (4, 4)])
def test_valid_pain_scores(text: str, score: int) -> None:
    assert parse_pain(text) == score


@pytest.mark.parametrize("text", ["-1", "11", "3.5", "seven", ""])
def test_invalid_pain_scores_say_what_is_wanted(text: str) -> None:
    with pytest.raises(EntryError, match="0 to 10"):
        parse_pain(text)


def test_dates_in_the_future_are_refused() -> None:
    assert parse_when("2026-11-20T09:30", NOW).day == 20
    with pytest.raises(EntryError, match="future"):
        parse_when((NOW + timedelta(days=1)).isoformat(), NOW)
    with pytest.raises(EntryError, match="ISO-8601"):
        parse_when("yesterday", NOW)


def test_minutes_are_bounded() -> None:
    assert parse_minutes(10) == 10
    with pytest.raises(EntryError):
        parse_minutes(0)


def test_a_skipped_score_is_missing_not_zero() -> None:
    assert PainChange(None, 3).change is None
    assert PainChange(6, 3).change == -3
