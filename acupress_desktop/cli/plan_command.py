"""`acupress plan`: the planner on the command line, as a readable routine or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.catalogue_commands import citation_dict
from acupress_desktop.cli.common import UsageError
from acupress_desktop.cli.words import words, wrapper
from acupress_desktop.domain.avoid import AvoidError, split_avoid
from acupress_desktop.domain.catalogue import BodyRegion, Catalogue
from acupress_desktop.domain.laterality import PainSide, side_in_words
from acupress_desktop.domain.localisation import ENGLISH
from acupress_desktop.domain.planner import Plan, PlanningError, PlanRequest, SideNeededError, plan_routine

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services


def add_parsers(commands: Any) -> None:
    plan = commands.add_parser("plan", help="build a routine from symptoms, the side of the pain and your situation")
    plan.add_argument("--symptom", action="append", required=True, metavar="ID", help="repeat for several")
    plan.add_argument(
        "--side",
        choices=[s.value for s in PainSide if s is not PainSide.NONE],
        default="none",
        help="side of the pain: needed for complaints that have a side (sciatica, hip, knee, foot and ankle)",
    )
    plan.add_argument("--pregnant", action="store_true", help="leave out points avoided in pregnancy")
    plan.add_argument("--anticoagulants", action="store_true", help="on blood thinners or a bleeding disorder")
    plan.add_argument("--varicose-veins", action="store_true", help="leave out points over varicose veins")
    plan.add_argument(
        "--avoid",
        action="append",
        default=[],
        metavar="REGION[:SIDE]",
        help="a body region not to press (broken skin, a bruise, a cast): 'hand' for both sides, 'hand:left' for "
        f"one side only; repeatable. Regions: {', '.join(r.value for r in BodyRegion)}",
    )
    plan.add_argument("--minutes", type=int, default=10, help="time available, 1-120 (default 10)")
    plan.add_argument(
        "--red-flag", action="append", default=[], metavar="ID", help="a red-flag question you answer yes to"
    )
    plan.add_argument("--json", action="store_true", help="print JSON")
    plan.set_defaults(handler=run_plan)


def request_from(args: argparse.Namespace, catalogue: Catalogue) -> PlanRequest:
    known_flags = {f.id for f in catalogue.red_flags}
    for flag in args.red_flag:
        if flag not in known_flags:
            raise UsageError(
                "unknown red flag '{flag}' (known: {known})", flag=flag, known=", ".join(sorted(known_flags))
            )
    try:
        avoid, avoid_one_side = split_avoid(args.avoid)
    except AvoidError as error:
        raise UsageError("--avoid {reason}", reason=error) from error
    return PlanRequest(
        symptoms=tuple(args.symptom),
        pain_side=PainSide(args.side),
        pregnant=args.pregnant,
        anticoagulants=args.anticoagulants,
        varicose_veins=args.varicose_veins,
        avoid_regions=avoid,
        minutes=args.minutes,
        red_flags_present=frozenset(args.red_flag),
        avoid_one_side=avoid_one_side,
        language=getattr(args, "lang", None) or ENGLISH,
    )


def plan_from(args: argparse.Namespace, catalogue: Catalogue) -> Plan:
    """The plan for the command line's request; bad input becomes a UsageError (exit 2)."""
    try:
        return plan_routine(catalogue, request_from(args, catalogue))
    except SideNeededError as error:
        raise UsageError(
            "{symptoms} needs --side left, right or both", symptoms=" and ".join(error.symptom_ids)
        ) from error
    except PlanningError as error:
        raise UsageError(error.template, **error.fields) from error


def plan_as_dict(plan: Plan, catalogue: Catalogue) -> dict[str, Any]:
    return {
        "steps": [
            {
                "code": s.code,
                "name": s.point.pinyin_plain,
                "pinyin": s.point.pinyin,
                "hanzi": s.point.hanzi,
                "side": s.side.value,
                "side_in_words": side_in_words(s.point, s.side, plan.request.language),
                "seconds": s.seconds,
                "instruction": s.instruction,
                "why": [*s.why, s.side_reason],
                "sources": [citation_dict(catalogue.source(source)) for source in s.sources],
            }
            for s in plan.steps
        ],
        "excluded": [{"code": e.code, "name": e.point.pinyin_plain, "reason": e.reason} for e in plan.excluded],
        "warnings": list(plan.warnings),
        "red_flags": [
            {
                "id": f.id,
                "urgency": f.urgency.value,
                "advice": f.advice,
                "sources": [citation_dict(catalogue.source(source)) for source in f.sources],
            }
            for f in plan.red_flags
        ],
        "advice_instead_of_routine": list(plan.situation_advice),
        "total_seconds": plan.total_seconds,
    }


def run_plan(args: argparse.Namespace, services: Services) -> int:
    catalogue = services.catalogue
    plan = plan_from(args, catalogue)
    if args.json:
        print(json.dumps(plan_as_dict(plan, catalogue), ensure_ascii=False, indent=2))
    else:
        print(describe_plan(catalogue, plan))
    return 0


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def describe_plan(catalogue: Catalogue, plan: Plan) -> str:
    request = plan.request
    language = request.language

    def w(text: str, **fields: object) -> str:
        return words(language, text, **fields)

    catalogue = catalogue.localised(language)
    names = ("、" if language != ENGLISH else ", ").join(catalogue.symptom(s).name for s in request.symptoms)
    side = {"none": "", "both": w("; pain on both sides")}.get(
        request.pain_side.value, w("; pain on the {side}", side=w(request.pain_side.value))
    )
    lines = [w("Routine for {names}", names=names) + side + w("; {minutes} minutes available", minutes=request.minutes)]
    if plan.blocked:
        wrap_warning = wrapper(language, 96, "  ! ", "    ")
        lines += ["", w("NO ROUTINE: please read this first."), *(wrap_warning.fill(x) for x in plan.warnings)]
        return "\n".join(lines)
    lines.append(w("Total {clock} in {steps} steps", clock=_clock(plan.total_seconds), steps=len(plan.steps)))
    lines.append("")
    wrap = wrapper(language, 96, "      ", "      ")
    for number, step in enumerate(plan.steps, start=1):
        lines.append(
            f"{number:>3}. {step.point.pinyin_plain} · {step.point.display_code} · {step.point.hanzi} — "
            f"{side_in_words(step.point, step.side, language)} — {_clock(step.seconds)}"
        )
        lines.append(wrap.fill(step.instruction))
        lines += [wrap.fill(w("why: ") + reason) for reason in step.why]
        lines.append(wrap.fill(w("side: ") + step.side_reason))
        sources = " ".join(catalogue.source(source).citation for source in step.sources)
        lines.append(wrap.fill(w("sources: ") + sources))
    if plan.excluded:
        lines += ["", w("Left out:")]
        lines += [f"  - {e.point.pinyin_plain} · {e.point.display_code}: {e.reason}" for e in plan.excluded]
    if plan.warnings:
        lines += ["", w("Please note:")]
        lines += [wrapper(language, 96, "  * ", "    ").fill(x) for x in plan.warnings]
    return "\n".join(lines)
