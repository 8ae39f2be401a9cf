"""Property tests: for any request over the real catalogue, the planner keeps its promises."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from acupress_desktop.domain.catalogue import BodyRegion, Catalogue, CautionEffect, CautionKind, Laterality
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.planner import ExclusionKind, PlanRequest, needs_side, plan_routine
from acupress_desktop.paths import catalog_source_dir
from acupress_desktop.storage.catalog_source import load_catalogue_source

CATALOGUE: Catalogue = load_catalogue_source(catalog_source_dir())
SYMPTOM_IDS = [s.id for s in CATALOGUE.symptoms]

requests = st.builds(
    PlanRequest,
    symptoms=st.lists(st.sampled_from(SYMPTOM_IDS), min_size=1, max_size=4, unique=True).map(tuple),
    pain_side=st.sampled_from(list(PainSide)),
    pregnant=st.booleans(),
    anticoagulants=st.booleans(),
    varicose_veins=st.booleans(),
    avoid_regions=st.frozensets(st.sampled_from(list(BodyRegion)), max_size=3),
    minutes=st.integers(min_value=1, max_value=120),
).map(
    # a complaint with a side needs one: "no side" becomes "both" for those
    lambda r: (
        replace(r, pain_side=PainSide.BOTH) if r.pain_side is PainSide.NONE and needs_side(CATALOGUE, r.symptoms) else r
    )
)


def _excluded_by(kind: CautionKind, code: str) -> bool:
    point = CATALOGUE.point(code)
    return any(c.effect is CautionEffect.EXCLUDE for c in point.cautions_of(kind))


@settings(max_examples=300, deadline=None)
@given(requests)
def test_plans_keep_their_promises(request: PlanRequest) -> None:
    plan = plan_routine(CATALOGUE, request)
    steps = plan.steps
    codes = {s.code for s in steps}
    if plan.blocked:  # pregnancy with period-type cramping: advice instead of a routine
        assert request.pregnant and not steps and plan.situation_advice
        return
    pain_side = request.pain_side if needs_side(CATALOGUE, request.symptoms) else PainSide.NONE

    # no excluded point appears, and no point is excluded twice
    excluded = [e.code for e in plan.excluded]
    assert not codes & set(excluded)
    assert len(excluded) == len(set(excluded))
    # no contraindicated point appears for the matching flag
    for code in codes:
        assert not (request.pregnant and _excluded_by(CautionKind.PREGNANCY, code))
        assert not (request.varicose_veins and _excluded_by(CautionKind.VARICOSE_VEINS, code))
        assert CATALOGUE.point(code).region not in request.avoid_regions
    # the time budget holds, and each step lies within 30 s - 5 min and the point's own range
    assert plan.total_seconds <= request.minutes * 60
    for step in steps:
        technique = step.point.technique
        assert 30 <= step.seconds <= 300
        assert technique.min_seconds <= step.seconds <= technique.max_seconds
    # no duplicates: a point appears at most once per side
    keys = [(s.code, s.side) for s in steps]
    assert len(keys) == len(set(keys))
    # laterality rules hold on every step
    for step in steps:
        rule = step.point.laterality
        sides = {s.side for s in steps if s.code == step.code}
        if rule is Laterality.MIDLINE:
            assert sides == {Side.MIDLINE}
        elif rule is Laterality.BOTH_SIDES or pain_side in (PainSide.BOTH, PainSide.NONE):
            # both sides: one step pressed together where both hands are free, else one per side
            assert sides == ({Side.BOTH} if step.point.technique.both_at_once else {Side.LEFT, Side.RIGHT})
        elif rule is Laterality.OPPOSITE_SIDE:
            assert sides == {Side(pain_side.value).mirrored()}
        else:
            assert sides == {Side(pain_side.value)}
    # every step says why, and every point not planned for time is accounted for
    assert all(step.why and step.sources for step in steps)
    assert all(e.reason for e in plan.excluded)
    if request.anticoagulants:
        assert all(step.gentle for step in steps)
    # every point the symptoms name is either planned or listed as excluded with its reason
    linked = {link.code for sid in request.symptoms for link in CATALOGUE.symptom(sid).points}
    assert linked == codes | set(excluded)
    # a point dropped for time is never one that a flag or an avoided area excluded
    for exclusion in plan.excluded:
        if exclusion.kind is ExclusionKind.TIME:
            assert exclusion.point.region not in request.avoid_regions


@settings(max_examples=100, deadline=None)
@given(requests)
def test_the_same_request_gives_the_same_plan(request: PlanRequest) -> None:
    assert plan_routine(CATALOGUE, request) == plan_routine(CATALOGUE, request)
