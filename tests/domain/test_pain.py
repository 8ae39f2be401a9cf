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


@pytest.mark.parametrize("text", ["1_0", "٥", "５", "𝟓", "+5", "05.0", "0x5", "1e1", "007"])
def test_pain_is_written_with_the_ascii_digits_only(text: str) -> None:
    with pytest.raises(EntryError, match="0 to 10"):
        parse_pain(text)


def test_a_back_dated_entry_takes_the_offset_of_its_own_date() -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    december = datetime(2026, 12, 10, 12, tzinfo=UTC)
    july = parse_when("2026-07-01T09:30", december, berlin)
    assert july.utcoffset() == timedelta(hours=2)  # summer time, although entered in winter
    assert july.astimezone(UTC).hour == 7
    assert parse_when("2026-01-15T09:30", december, berlin).utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    "text", ["0001-01-01T00:00+05:00", "9999-12-31T23:59-05:00", "1969-12-31", "2101-01-01", "x" * 10_000]
)
def test_times_at_the_edges_of_the_calendar_are_refused_plainly(text: str) -> None:
    with pytest.raises(EntryError, match=r"between|outside|ISO-8601"):
        parse_when(text, NOW)


def test_any_unicode_text_is_kept_and_only_its_length_capped() -> None:
    from acupress_desktop.domain.pain import MAX_NOTE_LENGTH, check_text

    text = "Kopfweh 头痛 🙂 \u202e\t\x00 end"
    assert check_text(text, "note") == text
    with pytest.raises(EntryError, match=f"at most {MAX_NOTE_LENGTH}"):
        check_text("a" * (MAX_NOTE_LENGTH + 1), "note")
    with pytest.raises(EntryError, match="not valid Unicode"):
        check_text("\ud800", "note")
