"""`acupress log add` (a session done elsewhere) and `acupress history`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from acupress_desktop.cli.catalogue_commands import format_table, load_catalogue
from acupress_desktop.cli.main import UsageError, user_engine
from acupress_desktop.domain.history import SessionEntry
from acupress_desktop.domain.laterality import PainSide
from acupress_desktop.domain.pain import EntryError

if TYPE_CHECKING:
    from acupress_desktop.storage.session_repository import SessionRepository


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

    history = commands.add_parser("history", help="list sessions, newest first")
    history.add_argument("--json", action="store_true", help="print JSON")


def _open_sessions(args: argparse.Namespace) -> SessionRepository:
    from acupress_desktop.storage.session_repository import SessionRepository

    return SessionRepository(user_engine(args))


def log_add(args: argparse.Namespace) -> int:
    from acupress_desktop.services.session import SessionService

    known = {s.id for s in load_catalogue().symptoms}
    service = SessionService(_open_sessions(args))
    try:
        session_id = service.log_manual(
            known, tuple(args.symptom), PainSide(args.side), args.before, args.after, args.when, args.minutes, args.note
        )
    except EntryError as error:
        raise UsageError(str(error).replace("pain before", "--before").replace("pain after", "--after")) from error
    entry = service.repository.get(session_id)
    print(f"logged session {session_id}: pain {entry.pain_before} -> {entry.pain_after} ({entry.change:+d})")
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


def show_history(args: argparse.Namespace) -> int:
    entries = _open_sessions(args).newest_first()
    if args.json:
        print(json.dumps([entry_as_dict(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("No sessions yet.")
        return 0
    rows = [("WHEN", "WHAT", "SIDE", "MIN", "PAIN", "CHANGE", "STATUS", "STEPS", "NOTE")]
    for e in entries:
        pain = f"{_score(e.pain_before)} -> {_score(e.pain_after)}"
        change = "" if e.change is None else f"{e.change:+d}"
        rows.append(
            (
                e.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                e.routine_name or ", ".join(e.symptoms),
                e.pain_side.value,
                f"{e.minutes:.0f}",
                pain,
                change,
                e.status.value,
                str(len(e.steps)) if e.steps else "-",
                e.note,
            )
        )
    print(format_table(rows))
    return 0


def _score(value: int | None) -> str:
    return "-" if value is None else str(value)
