"""What Home shows before the catalogue is read: the safety note, each complaint's name and group, a count.

Kept apart from the catalogue types so the first window imports a few small classes, not the whole vocabulary;
named tuples rather than dataclasses, which take ten times longer to make (the first paint waits for them).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from acupress_desktop.domain.localisation import localise, translation_suffix


class ComplaintGroup(StrEnum):
    """Where it hurts, as Home groups the complaints (a symptom file's ``group``), in the order shown."""

    HEAD_FACE = "head-face"
    NECK_ARMS = "neck-shoulders-arms"
    BACK_HIPS = "back-hips"
    LEGS_FEET = "legs-feet"
    BODY_MIND = "body-mind"
    OTHER = "other"  # a symptom file without a group still loads and shows, last


class ComplaintName(NamedTuple):
    """A complaint as Home's chooser offers it: its name, a line saying what it covers, where it hurts."""

    id: str
    name: str
    description: str
    group: ComplaintGroup = ComplaintGroup.OTHER
    name_zh: str = ""
    description_zh: str = ""


class CatalogueGlance(NamedTuple):
    """The safety note, the complaints and how many points: all the first window shows."""

    disclaimer: str
    complaints: tuple[ComplaintName, ...]
    point_count: int
    disclaimer_zh: str = ""

    def localised(self, language: str) -> CatalogueGlance:
        """The glance in a language, as ``Catalogue.localised``."""
        suffix = translation_suffix(language)
        if not suffix:
            return self
        return CatalogueGlance(
            self.disclaimer_zh or self.disclaimer,
            tuple(localise(c, suffix) for c in self.complaints),
            self.point_count,
            self.disclaimer_zh,
        )
