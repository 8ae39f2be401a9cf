"""Home's chooser: complaints grouped by where it hurts, the person's own first."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from acupress_desktop.domain.catalogue import Symptom
from acupress_desktop.domain.complaint_groups import by_group, most_used
from acupress_desktop.domain.glance import ComplaintGroup
from acupress_desktop.domain.history import SessionEntry, SessionSource
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.session import SessionStatus
from tests.domain.factories import make_catalogue

BASE = make_catalogue().symptoms[0]
START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def symptom(key: str, group: ComplaintGroup = ComplaintGroup.OTHER) -> Symptom:
    return replace(BASE, id=key, name=key.title(), group=group)


def session(day: int, *symptoms: str) -> SessionEntry:
    when = START + timedelta(days=day)
    return SessionEntry(
        day, when, when, SessionSource.GUIDED, "", symptoms, PainSide.BOTH, 600, 5, 3, "", "", SessionStatus.COMPLETED
    )


def test_groups_run_head_to_toe_then_body_and_mind_then_ungrouped_ones_each_in_name_order() -> None:
    symptoms = [
        symptom("new-thing"),
        symptom("sciatica", ComplaintGroup.BACK_HIPS),
        symptom("nausea", ComplaintGroup.BODY_MIND),
        symptom("migraine", ComplaintGroup.HEAD_FACE),
        symptom("headache", ComplaintGroup.HEAD_FACE),
    ]
    groups = by_group(symptoms)
    assert [group for group, _ in groups] == [
        ComplaintGroup.HEAD_FACE,
        ComplaintGroup.BACK_HIPS,
        ComplaintGroup.BODY_MIND,
        ComplaintGroup.OTHER,
    ]  # no heading without complaints (none for neck or legs here)
    assert [s.id for s in groups[0][1]] == ["headache", "migraine"]


def test_a_symptom_without_a_group_falls_under_more_complaints() -> None:
    assert BASE.group is ComplaintGroup.OTHER


def test_the_most_used_complaints_come_first_the_latest_first_among_equals() -> None:
    entries = [session(0, "sciatica"), session(1, "headache", "sciatica"), session(2, "nausea"), session(3, "gone")]
    assert most_used(entries, {"sciatica", "headache", "nausea"}, 5) == ("sciatica", "nausea", "headache")
    assert most_used(entries, {"sciatica", "headache", "nausea"}, 1) == ("sciatica",)
    assert most_used([], {"sciatica"}, 5) == ()
