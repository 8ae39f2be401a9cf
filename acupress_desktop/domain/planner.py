"""The planner: which points, on which side, for how long, in what order, and why.

Pure and deterministic: the same request on the same catalogue always gives the same plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from acupress_desktop.domain.avoid import OneSide, one_side_reason, sides_allowed
from acupress_desktop.domain.catalogue import (
    BodyRegion,
    Catalogue,
    CautionEffect,
    CautionKind,
    Laterality,
    Point,
    RedFlag,
    Urgency,
)
from acupress_desktop.domain.errors import WordedError
from acupress_desktop.domain.laterality import (
    PainSide,
    Side,
    press_both_at_once,
    resolve_sides,
    side_reason,
)
from acupress_desktop.domain.localisation import ENGLISH, normalise_language
from acupress_desktop.domain.messages import evidence_words, listed_left_out, message, region_label
from acupress_desktop.domain.step_order import order_steps

MIN_MINUTES = 1
MAX_MINUTES = 120
DEFAULT_MINUTES = 10
SHORTEST_STEP = 30
LONGEST_STEP = 300


class PlanningError(WordedError, ValueError):
    """The request cannot be planned as asked (unknown symptom, minutes out of range)."""


class SideNeededError(PlanningError):
    """A complaint that has a side (sciatica, knee pain) was asked for without saying which."""

    def __init__(self, symptom_ids: tuple[str, ...], names: tuple[str, ...]) -> None:
        super().__init__("{names}: say which side hurts (left, right or both)", names=" and ".join(names))
        self.symptom_ids = symptom_ids


class ExclusionKind(StrEnum):
    CAUTION = "caution"
    AVOIDED_AREA = "avoided-area"
    TIME = "time"


@dataclass(frozen=True)
class PlanRequest:
    symptoms: tuple[str, ...]
    pain_side: PainSide = PainSide.NONE
    pregnant: bool = False
    anticoagulants: bool = False
    varicose_veins: bool = False
    avoid_regions: frozenset[BodyRegion] = frozenset()  # on both sides
    minutes: int = DEFAULT_MINUTES
    red_flags_present: frozenset[str] = frozenset()
    avoid_one_side: frozenset[OneSide] = frozenset()  # (region, left or right): a cast on one hand only
    language: str = ENGLISH  # the language the plan's texts are written in ("en", "zh_CN")


@dataclass(frozen=True)
class PlanStep:
    point: Point
    side: Side
    seconds: int
    instruction: str
    gentle: bool
    why: tuple[str, ...]
    side_reason: str
    symptoms: tuple[str, ...]
    priority: int
    sources: tuple[str, ...]

    @property
    def code(self) -> str:
        return self.point.code


@dataclass(frozen=True)
class Exclusion:
    point: Point
    kind: ExclusionKind
    reason: str

    @property
    def code(self) -> str:
        return self.point.code


@dataclass(frozen=True)
class Plan:
    request: PlanRequest
    steps: tuple[PlanStep, ...]
    excluded: tuple[Exclusion, ...]
    warnings: tuple[str, ...]
    red_flags: tuple[RedFlag, ...] = field(default=())
    situation_advice: tuple[str, ...] = field(default=())  # advice that replaced the routine (pregnancy)

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def blocked(self) -> bool:
        """A red flag was answered yes, or the situation rules a routine out: there is only advice."""
        return bool(self.red_flags or self.situation_advice)


@dataclass
class _Candidate:
    point: Point
    priority: int
    why: list[str]
    symptoms: list[str]
    sources: list[str]


def red_flags_for(catalogue: Catalogue, symptom_ids: tuple[str, ...]) -> tuple[RedFlag, ...]:
    """The red-flag questions to ask before planning these symptoms, in catalogue order, once each."""
    wanted = {flag for sid in symptom_ids for flag in catalogue.symptom(sid).red_flags}
    return tuple(flag for flag in catalogue.red_flags if flag.id in wanted)


def validate(catalogue: Catalogue, request: PlanRequest) -> None:
    if not request.symptoms:
        raise PlanningError("pick at least one symptom")
    known = {s.id for s in catalogue.symptoms}
    for symptom_id in request.symptoms:
        if symptom_id not in known:
            raise PlanningError(
                "unknown symptom '{symptom}' (known: {known})", symptom=symptom_id, known=", ".join(sorted(known))
            )
    if not MIN_MINUTES <= request.minutes <= MAX_MINUTES:
        raise PlanningError(
            "minutes must be between {low} and {high}, not {minutes}",
            low=MIN_MINUTES,
            high=MAX_MINUTES,
            minutes=request.minutes,
        )
    sided = tuple(dict.fromkeys(s for s in request.symptoms if catalogue.symptom(s).sided))
    if sided and request.pain_side is PainSide.NONE:
        raise SideNeededError(sided, tuple(catalogue.symptom(s).name for s in sided))


def needs_side(catalogue: Catalogue, symptom_ids: tuple[str, ...]) -> bool:
    """Does any of these complaints have a side, so that the side of the pain must be asked?"""
    return any(catalogue.symptom(s).sided for s in symptom_ids)


def plan_routine(catalogue: Catalogue, request: PlanRequest) -> Plan:
    validate(catalogue, request)
    catalogue = catalogue.localised(request.language)
    language = normalise_language(request.language)
    symptom_ids = tuple(dict.fromkeys(request.symptoms))
    asked = red_flags_for(catalogue, symptom_ids)
    present = tuple(flag for flag in asked if flag.id in request.red_flags_present)
    if present:
        return Plan(request, (), (), _red_flag_warnings(present, language), red_flags=present)
    if request.pregnant:
        stop = tuple(
            symptom.pregnancy_advice
            for symptom in (catalogue.symptom(s) for s in symptom_ids)
            if symptom.pregnancy_no_routine
        )
        if stop:
            head = message(language, "no_routine_pregnancy")
            return Plan(request, (), (), (head, *stop), situation_advice=stop)
    # A complaint without a side plans as "no side" whatever was asked.
    pain_side = request.pain_side if needs_side(catalogue, symptom_ids) else PainSide.NONE

    candidates = _collect(catalogue, symptom_ids, language)
    kept: list[_Candidate] = []
    excluded: list[Exclusion] = []
    for candidate in candidates:
        reason = _exclusion_reason(candidate.point, request)
        if reason is None:
            kept.append(candidate)
        else:
            excluded.append(Exclusion(candidate.point, *reason))

    budget = request.minutes * 60
    steps: list[PlanStep] = []
    for candidate in kept:
        resolved = press_both_at_once(candidate.point, resolve_sides(candidate.point.laterality, pain_side))
        sides = sides_allowed(candidate.point.region, resolved, request.avoid_one_side)
        if not sides:
            excluded.append(
                Exclusion(
                    candidate.point, ExclusionKind.AVOIDED_AREA, one_side_reason(candidate.point, resolved, language)
                )
            )
            continue
        seconds = _fit_seconds(candidate.point, len(sides), budget - sum(s.seconds for s in steps))
        if seconds is None:
            excluded.append(
                Exclusion(
                    candidate.point,
                    ExclusionKind.TIME,
                    message(language, "left_out_time", minutes=request.minutes),
                )
            )
            continue
        steps += [_step(candidate, side, seconds, request, pain_side) for side in sides]

    warnings = _warnings(catalogue, request, asked, steps, tuple(excluded), pain_side)
    return Plan(request, order_steps(steps), tuple(excluded), warnings)


def _collect(catalogue: Catalogue, symptom_ids: tuple[str, ...], language: str) -> list[_Candidate]:
    """Each point once, with every symptom's reason, in priority order."""
    by_code: dict[str, _Candidate] = {}
    for symptom_id in symptom_ids:
        symptom = catalogue.symptom(symptom_id)
        for link in symptom.points:
            candidate = by_code.get(link.code)
            if candidate is None:
                candidate = by_code[link.code] = _Candidate(catalogue.point(link.code), link.priority, [], [], [])
            candidate.priority = min(candidate.priority, link.priority)
            evidence = evidence_words(link.evidence, language)
            candidate.why.append(message(language, "why", symptom=symptom.name, reason=link.reason, evidence=evidence))
            candidate.symptoms.append(symptom.id)
            candidate.sources += [s for s in link.sources if s not in candidate.sources]
    # More symptoms served breaks a priority tie; the code makes the order total.
    return sorted(by_code.values(), key=lambda c: (c.priority, -len(c.symptoms), c.point.code))


def _exclusion_reason(point: Point, request: PlanRequest) -> tuple[ExclusionKind, str] | None:
    if point.region in request.avoid_regions:
        region = region_label(point.region, request.language)
        return ExclusionKind.AVOIDED_AREA, message(request.language, "avoided_area", region=region.lower())
    flags = {
        CautionKind.PREGNANCY: request.pregnant,
        CautionKind.VARICOSE_VEINS: request.varicose_veins,
        CautionKind.BLEEDING_DISORDER: request.anticoagulants,
    }
    for caution in point.cautions:
        if caution.effect is CautionEffect.EXCLUDE and flags.get(caution.kind, False):
            return ExclusionKind.CAUTION, caution.text
    return None


def _gentle_reasons(point: Point, request: PlanRequest) -> list[str]:
    active = {
        CautionKind.GENTLE_ONLY: True,
        CautionKind.PREGNANCY: request.pregnant,
        CautionKind.BLEEDING_DISORDER: request.anticoagulants,
        CautionKind.VARICOSE_VEINS: request.varicose_veins,
    }
    return [c.text for c in point.cautions if c.effect is CautionEffect.GENTLE and active.get(c.kind, False)]


def _fit_seconds(point: Point, units: int, remaining: int) -> int | None:
    """The default time per side if it fits, else as much as fits down to the point's minimum."""
    technique = point.technique
    low = max(SHORTEST_STEP, technique.min_seconds)
    default = min(max(technique.default_seconds, low), LONGEST_STEP, technique.max_seconds)
    if default * units <= remaining:
        return default
    shortened = remaining // units
    return shortened if shortened >= low else None


def _step(candidate: _Candidate, side: Side, seconds: int, request: PlanRequest, pain_side: PainSide) -> PlanStep:
    point = candidate.point
    gentle = _gentle_reasons(point, request)
    instruction = point.technique.instruction
    if gentle:
        instruction = message(request.language, "gentle_only", instruction=instruction, reasons=" ".join(gentle))
    return PlanStep(
        point=point,
        side=side,
        seconds=seconds,
        instruction=instruction,
        gentle=bool(gentle),
        why=tuple(candidate.why),
        side_reason=side_reason(point, side, pain_side, request.language),
        symptoms=tuple(candidate.symptoms),
        priority=candidate.priority,
        sources=tuple(dict.fromkeys([*candidate.sources, *point.sources])),
    )


_URGENCY_HEADS = {
    Urgency.CRISIS: "head_crisis",
    Urgency.EMERGENCY: "head_emergency",
    Urgency.URGENT: "head_urgent",
}


def _red_flag_warnings(flags: tuple[RedFlag, ...], language: str = ENGLISH) -> tuple[str, ...]:
    """The most pressing heading first (a crisis, then an emergency), then each sign's own advice."""
    urgencies = {flag.urgency for flag in flags}
    head = next(message(language, key) for urgency, key in _URGENCY_HEADS.items() if urgency in urgencies)
    return (head, *(flag.advice for flag in flags))


def _warnings(
    catalogue: Catalogue,
    request: PlanRequest,
    asked: tuple[RedFlag, ...],
    steps: list[PlanStep],
    excluded: tuple[Exclusion, ...],
    pain_side: PainSide,
) -> tuple[str, ...]:
    language = normalise_language(request.language)
    warnings: list[str] = []
    if not steps:
        warnings.append(message(language, "no_point"))
    if pain_side is PainSide.BOTH:
        sided = [s for s in steps if s.point.laterality not in (Laterality.BOTH_SIDES, Laterality.MIDLINE)]
        if sided:
            warnings.append(message(language, "both_sides_pain"))
    if [s.side for s in steps if s.point.code == "TUNG-22.05"] in ([Side.LEFT], [Side.RIGHT]):
        warnings.append(message(language, "linggu_other_hand"))
    if request.pregnant:
        warnings += _pregnancy_notes(catalogue, request, excluded)
    if request.anticoagulants:
        warnings.append(message(language, "anticoagulants"))
    if request.varicose_veins:
        veins = [_name(e.point, language) for e in excluded if _excluded_for(e, CautionKind.VARICOSE_VEINS)]
        if veins:
            warnings.append(message(language, "varicose", names=listed_left_out(veins, language)))
    if asked:
        signs = message(language, "warning_separator").join(flag.summary for flag in asked[:3])
        warnings.append(message(language, "warning_signs", signs=signs))
    if catalogue.disclaimer:
        warnings.append(catalogue.disclaimer)
    return tuple(warnings)


def _excluded_for(exclusion: Exclusion, kind: CautionKind) -> bool:
    return exclusion.kind is ExclusionKind.CAUTION and any(
        c.kind is kind and c.text == exclusion.reason for c in exclusion.point.cautions
    )


def _name(point: Point, language: str) -> str:
    """The name a reader knows the point by: pinyin in English, hanzi in Chinese."""
    return point.pinyin_plain if language == ENGLISH else point.hanzi


def _pregnancy_notes(catalogue: Catalogue, request: PlanRequest, excluded: tuple[Exclusion, ...]) -> list[str]:
    """Which points pregnancy left out and why, and each complaint's own pregnancy advice."""
    notes = [catalogue.symptom(s).pregnancy_advice for s in dict.fromkeys(request.symptoms)]
    language = normalise_language(request.language)
    avoided = [e.point for e in excluded if _excluded_for(e, CautionKind.PREGNANCY)]
    belly = [_name(p, language) for p in avoided if p.region is BodyRegion.CHEST_ABDOMEN]
    listed = [_name(p, language) for p in avoided if p.region is not BodyRegion.CHEST_ABDOMEN]
    separator = " " if language == ENGLISH else ""
    said = [message(language, "pregnancy_avoided", names=listed_left_out(listed, language))] if listed else []
    if belly:  # not all belly points are on the traditional lists: say only what holds for each
        key = "pregnancy_belly_too" if listed else "pregnancy_belly"
        said.append(message(language, key, names=listed_left_out(belly, language)))
    why = separator.join(said) if said else message(language, "pregnancy_none")
    return [*filter(None, notes), why + separator + message(language, "ask_midwife")]


def answers_from(mapping: Mapping[str, bool]) -> frozenset[str]:
    """The red flags answered yes, from a question-id -> answer mapping."""
    return frozenset(flag for flag, yes in mapping.items() if yes)
