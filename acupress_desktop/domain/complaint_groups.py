"""How Home offers the complaints: grouped by where it hurts, and the person's own complaints first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from acupress_desktop.domain.glance import ComplaintGroup

if TYPE_CHECKING:  # Home's chooser is built before the first paint, the history modules come later
    from acupress_desktop.domain.history import SessionEntry


class Grouped(Protocol):
    """A complaint as the chooser groups it: a symptom of the catalogue, or its name from the first glance."""

    @property
    def id(self) -> str: ...

    @property
    def group(self) -> ComplaintGroup: ...


G = TypeVar("G", bound=Grouped)


def by_group(symptoms: Iterable[G]) -> tuple[tuple[ComplaintGroup, tuple[G, ...]], ...]:
    """Groups in head-to-toe order (then body and mind, then any without a group), each complaint in the order
    of its English name whatever the language, so a group reads the same every time; empty groups left out."""
    order = list(ComplaintGroup)
    groups: dict[ComplaintGroup, list[G]] = {}
    for symptom in symptoms:
        groups.setdefault(symptom.group, []).append(symptom)
    return tuple((group, tuple(sorted(groups[group], key=lambda s: s.id))) for group in sorted(groups, key=order.index))


def most_used(entries: Iterable[SessionEntry], known: Iterable[str], limit: int) -> tuple[str, ...]:
    """The complaints the person had sessions for, the most sessions first (the latest first among equals),
    only those still in the catalogue."""
    still_there = set(known)
    counts: Counter[str] = Counter()
    latest: dict[str, float] = {}
    for entry in entries:
        for symptom in entry.symptoms:
            if symptom in still_there:
                counts[symptom] += 1
                latest[symptom] = max(latest.get(symptom, 0.0), entry.started_at.timestamp())
    ranked = sorted(counts, key=lambda s: (-counts[s], -latest[s], s))
    return tuple(ranked[:limit])
