"""`acupress log add` (a session done elsewhere) and `acupress history`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.common import UsageError, format_table, print_json
from acupress_desktop.cli.words import words
from acupress_desktop.domain.history import SessionEntry
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.pain import EntryError
from acupress_desktop.domain.session_text import change_text

if TYPE_CHECKING:
    from acupress_desktop.services.composition import Services


def add_parsers(commands: Any) -> None:
    log = commands.add_parser("log", help="record a session done away from the app")
    log_commands = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    add = log_commands.add_parser("add", help="add a session: symptoms, pain before and after")
    add.add_argument("--symptom", action="append", required=True, metavar="ID", help="repeat for several")
    add.add_argument("--side", choices=[s.value for s in PainSide], default="none")
    add.add_argument("--before", required=True, metavar="N", help="pain before, 0-10")
    add.add_argument("--after", required=True, metavar="N", help="pain after, 0-10")
    add.add_argument("--when", metavar="ISO-8601", help="when it started (default: now)")
    add.add_argument("--minutes", type=int, default=10, help="how long it took (default 10)")
    add.add_argument("--note", default="", help="a short note")
    add.set_defaults(handler=log_add)

    history = commands.add_parser("history", help="list sessions, newest first")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=show_history)


def log_add(args: argparse.Namespace, services: Services) -> int:
    known = {symptom.id for symptom in services.catalogue.symptoms}
    service = services.sessions
    try:
        session_id = service.log_manual(
            known, tuple(args.symptom), PainSide(args.side), args.before, args.after, args.when, args.minutes, args.note
        )
    except EntryError as error:
        flags = {"pain before": "--before", "pain after": "--after", "note": "--note"}
        label = error.fields.get("label")
        fields = {**error.fields, "label": flags[label]} if isinstance(label, str) and label in flags else error.fields
        raise UsageError(error.template, **fields) from error
    entry = service.get(session_id)
    print(f"logged session {session_id}: pain {entry.pain_before} -> {entry.pain_after} ({change_text(entry.change)})")
    return 0


def entry_as_dict(entry: SessionEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "started_at": entry.started_at.isoformat(),
        "ended_at": entry.ended_at.isoformat() if entry.ended_at else None,
        "source": entry.source.value,
        "routine": entry.routine_name,
        "symptoms": list(entry.symptoms),
        "side": entry.pain_side.value,
        "minutes": round(entry.minutes, 1),
        "pain_before": entry.pain_before,
        "pain_after": entry.pain_after,
        "change": entry.change,
        "status": entry.status.value,
        "note_before": entry.note_before,
        "note": entry.note,
        "steps": [
            {
                "ordinal": s.ordinal,
                "code": s.code,
                "side": s.side.value,
                "planned_seconds": s.planned_seconds,
                "actual_seconds": s.actual_seconds,
                "outcome": s.outcome.value,
            }
            for s in entry.steps
        ],
    }


def show_history(args: argparse.Namespace, services: Services) -> int:
    entries = services.sessions.history()
    if args.json:
        print_json([entry_as_dict(entry) for entry in entries])
        return 0
    if not entries:
        print(words(services.language, "No sessions yet."))
        return 0
    headers = ("WHEN", "WHAT", "SIDE", "MIN", "PAIN", "CHANGE", "STATUS", "STEPS", "NOTE")
    rows = [tuple(words(services.language, header) for header in headers)]
    for entry in entries:
        text = services.history.row_text(entry)
        pain = f"{text.pain_before} -> {text.pain_after}"
        rows.append(
            (text.when, text.what, text.side, text.minutes, pain, text.change, text.status, text.steps, text.note)
        )
    print(format_table(rows))
    return 0
