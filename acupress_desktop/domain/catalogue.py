"""Catalogue types: the points, symptoms, red flags and sources the app is built on.

Plain frozen dataclasses so the planner, the UI and the tests share one vocabulary,
whether the content came from the TOML source or from the shipped SQLite file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from acupress_desktop.domain.glance import CatalogueGlance, ComplaintGroup, ComplaintName
from acupress_desktop.domain.localisation import localise, translation_suffix


class PointSystem(StrEnum):
    WHO = "who"
    EXTRA = "extra"
    TUNG = "tung"


class BodyRegion(StrEnum):
    HEAD = "head"
    FACE = "face"
    NECK_SHOULDER = "neck-shoulder"
    FOREARM = "forearm"
    HAND = "hand"
    LOWER_BACK = "lower-back"
    HIP = "hip"
    THIGH = "thigh"
    KNEE = "knee"
    LOWER_LEG = "lower-leg"
    ANKLE = "ankle"
    FOOT = "foot"
    UPPER_BACK = "upper-back"
    ELBOW = "elbow"
    CHEST_ABDOMEN = "chest-abdomen"

    @property
    def label(self) -> str:
        return _REGION_LABELS[self]


_REGION_LABELS = {
    BodyRegion.HEAD: "Head",
    BodyRegion.FACE: "Face",
    BodyRegion.NECK_SHOULDER: "Neck and shoulder",
    BodyRegion.FOREARM: "Forearm and wrist",
    BodyRegion.HAND: "Hand",
    BodyRegion.LOWER_BACK: "Lower back",
    BodyRegion.HIP: "Hip and buttock",
    BodyRegion.THIGH: "Thigh",
    BodyRegion.KNEE: "Knee",
    BodyRegion.LOWER_LEG: "Lower leg",
    BodyRegion.ANKLE: "Ankle",
    BodyRegion.FOOT: "Foot",
    BodyRegion.UPPER_BACK: "Upper back",
    BodyRegion.ELBOW: "Elbow",
    BodyRegion.CHEST_ABDOMEN: "Chest and abdomen",
}


class Laterality(StrEnum):
    """Which side a point is pressed on, relative to the pain."""

    OPPOSITE_SIDE = "opposite-side"
    SAME_SIDE = "same-side"
    PAINFUL_SIDE = "painful-side"
    BOTH_SIDES = "both-sides"
    MIDLINE = "midline"

    @property
    def description(self) -> str:
        return _LATERALITY_TEXT[self]


_LATERALITY_TEXT = {
    Laterality.OPPOSITE_SIDE: "on the side opposite the pain",
    Laterality.SAME_SIDE: "on the same side as the pain",
    Laterality.PAINFUL_SIDE: "on the painful side, as a local point",
    Laterality.BOTH_SIDES: "on both sides",
    Laterality.MIDLINE: "once, on the midline",
}


class Pressure(StrEnum):
    GENTLE = "gentle"
    MODERATE = "moderate"
    FIRM = "firm"


class CautionKind(StrEnum):
    PREGNANCY = "pregnancy"
    VARICOSE_VEINS = "varicose-veins"
    BROKEN_SKIN = "broken-skin"
    BLEEDING_DISORDER = "bleeding-disorder"
    GENTLE_ONLY = "gentle-only"


class CautionEffect(StrEnum):
    """What a matching caution does to a routine: drop the point, or soften the pressure."""

    EXCLUDE = "exclude"
    GENTLE = "gentle"


class SourceKind(StrEnum):
    """What sort of publication a source is, so a reader can weigh it."""

    ARTICLE = "article"  # a popular web article or practitioner's blog post
    STANDARD = "standard"  # a reference standard (the WHO point locations)
    STUDY = "study"  # a trial, pilot study or literature count
    REVIEW = "review"  # a systematic review or meta-analysis
    GUIDANCE = "guidance"  # health-service or clinical guidance (NHS, NICE, BMJ Best Practice)


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # call the local emergency number or go to an emergency department now
    CRISIS = "crisis"  # the person may not be safe: kind words and where to find help now
    URGENT = "urgent"  # a doctor, dentist or midwife soon (today)


class EvidenceLevel(StrEnum):
    """How strong the support is for using a point for a complaint, in plain words."""

    TRADITIONAL = "traditional"
    SMALL_STUDIES = "small-studies"
    SYSTEMATIC_REVIEW = "systematic-review"

    @property
    def words(self) -> str:
        return _EVIDENCE_WORDS[self]

    @property
    def explanation(self) -> str:
        return _EVIDENCE_EXPLANATION[self]


_EVIDENCE_WORDS = {
    EvidenceLevel.TRADITIONAL: "traditional use only",
    EvidenceLevel.SMALL_STUDIES: "small studies",
    EvidenceLevel.SYSTEMATIC_REVIEW: "systematic review",
}
_EVIDENCE_EXPLANATION = {
    EvidenceLevel.TRADITIONAL: "named in traditional texts and popular articles; not tested in trials",
    EvidenceLevel.SMALL_STUDIES: "used in one or a few small studies, some of them of acupuncture, not acupressure",
    EvidenceLevel.SYSTEMATIC_REVIEW: "a systematic review of trials found some benefit; the trials were often small",
}


@dataclass(frozen=True)
class Source:
    """A publication a reader can look up: shown as title, author or publisher, year and link."""

    id: str  # readable key used in the catalogue source, e.g. "who-2008"
    kind: SourceKind
    title: str
    publisher: str  # the site, organisation or journal
    year: str = ""  # empty where the publication gives none
    url: str = ""
    authors: str = ""
    note: str = ""  # what the source says that the app relies on, in our words
    note_zh: str = ""

    @property
    def citation(self) -> str:
        """'Authors. Title. Publisher, year.' without the link."""
        who_when = ", ".join(part for part in (self.publisher, self.year) if part)
        parts = [self.authors, self.title, who_when]
        return " ".join(part.rstrip(".") + "." for part in parts if part)


@dataclass(frozen=True)
class Technique:
    pressure: Pressure
    instruction: str
    default_seconds: int
    min_seconds: int
    max_seconds: int
    both_at_once: bool = False  # both sides pressed together (both hands free), so one step, one time
    instruction_zh: str = ""


@dataclass(frozen=True)
class Caution:
    kind: CautionKind
    effect: CautionEffect
    text: str
    sources: tuple[str, ...]
    text_zh: str = ""


@dataclass(frozen=True)
class Point:
    code: str
    system: PointSystem
    meridian: str
    pinyin: str
    pinyin_plain: str
    hanzi: str
    english: str
    english_checked: bool
    region: BodyRegion
    location: str
    find_steps: tuple[str, ...]
    technique: Technique
    laterality: Laterality
    laterality_note: str
    cautions: tuple[Caution, ...]
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    notes: str = ""
    location_zh: str = ""
    find_steps_zh: tuple[str, ...] = ()
    laterality_note_zh: str = ""
    notes_zh: str = ""
    # How the point is named in place of its code, where the code would mislead: Tung numbers vary by author
    # ("22.05 (Tung)"), and an extra point without a standard code is called what it is ("extra point").
    label: str = ""
    label_zh: str = ""

    @property
    def display_code(self) -> str:
        return self.label or self.code

    @property
    def title(self) -> str:
        return f"{self.pinyin_plain} ({self.display_code})"

    def cautions_of(self, kind: CautionKind) -> tuple[Caution, ...]:
        return tuple(c for c in self.cautions if c.kind is kind)


@dataclass(frozen=True)
class SymptomPoint:
    code: str
    priority: int  # 1 is the most important; orders the plan and decides what a short routine leaves out
    reason: str
    evidence: EvidenceLevel
    sources: tuple[str, ...]
    reason_zh: str = ""


@dataclass(frozen=True)
class RedFlag:
    id: str
    question: str
    urgency: Urgency
    advice: str
    sources: tuple[str, ...]
    summary: str = ""  # a short phrase for printed sheets, e.g. "saddle numbness"
    question_zh: str = ""
    advice_zh: str = ""
    summary_zh: str = ""


@dataclass(frozen=True)
class Symptom:
    id: str
    name: str
    description: str
    sided: bool  # the complaint is on one side or both (sciatica, knee), so the planner needs the side
    points: tuple[SymptomPoint, ...]
    red_flags: tuple[str, ...]
    sources: tuple[str, ...]
    notes: str = ""
    pregnancy_advice: str = ""  # what a pregnant person should know or do about this complaint
    pregnancy_no_routine: bool = False  # in pregnancy the advice replaces the routine
    pregnancy_sources: tuple[str, ...] = ()
    name_zh: str = ""
    description_zh: str = ""
    notes_zh: str = ""
    pregnancy_advice_zh: str = ""
    group: ComplaintGroup = ComplaintGroup.OTHER  # where it hurts, for Home's chooser


@dataclass(frozen=True)
class GlossaryEntry:
    """A word a reader may not know (a channel name, 'B-cun'), explained in plain words."""

    term: str
    explanation: str
    sources: tuple[str, ...] = ()
    explanation_zh: str = ""


@dataclass(frozen=True)
class Catalogue:
    points: tuple[Point, ...]
    symptoms: tuple[Symptom, ...]
    red_flags: tuple[RedFlag, ...]
    sources: tuple[Source, ...]
    disclaimer: str = ""
    glossary: tuple[GlossaryEntry, ...] = ()
    disclaimer_zh: str = ""
    _by_code: dict[str, Point] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({p.code: p for p in self.points})

    def localised(self, language: str) -> Catalogue:
        """The same catalogue with the texts of a language ("zh_CN") in place of the English ones,
        English wherever a text has no translation. Ids, codes and names stay as they are."""
        suffix = translation_suffix(language)
        if not suffix:
            return self
        return Catalogue(
            points=tuple(localise(p, suffix) for p in self.points),
            symptoms=tuple(localise(s, suffix) for s in self.symptoms),
            red_flags=tuple(localise(f, suffix) for f in self.red_flags),
            sources=tuple(localise(s, suffix) for s in self.sources),
            disclaimer=self.disclaimer_zh or self.disclaimer,
            glossary=tuple(localise(g, suffix) for g in self.glossary),
            disclaimer_zh=self.disclaimer_zh,
        )

    def point(self, code: str) -> Point:
        return self._by_code[code]

    def symptom(self, symptom_id: str) -> Symptom:
        for symptom in self.symptoms:
            if symptom.id == symptom_id:
                return symptom
        raise KeyError(symptom_id)

    def red_flag(self, flag_id: str) -> RedFlag:
        for flag in self.red_flags:
            if flag.id == flag_id:
                return flag
        raise KeyError(flag_id)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def explain(self, term: str) -> str:
        """The glossary's plain words for a term, or an empty string."""
        for entry in self.glossary:
            if entry.term == term:
                return entry.explanation
        return ""

    def symptoms_for_point(self, code: str) -> tuple[Symptom, ...]:
        return tuple(s for s in self.symptoms if any(link.code == code for link in s.points))

    def glance(self) -> CatalogueGlance:
        """What Home's first window shows, taken from the whole catalogue (the quick read must agree with it)."""
        complaints = tuple(
            ComplaintName(s.id, s.name, s.description, s.group, s.name_zh, s.description_zh) for s in self.symptoms
        )
        return CatalogueGlance(self.disclaimer, complaints, len(self.points), self.disclaimer_zh)
