"""Reading an export back: every record validated with the rules of manual entry before anything is stored.

Pure: takes the file's text. The first problem stops the import and names its place - the CSV line the row
starts on, or the position in a backup ('session 12, step 3') - so the person can find and fix it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from enum import StrEnum
from functools import partial
from typing import Any, NoReturn, TypeVar

from acupress_desktop.domain.avoid import AvoidError, split_avoid
from acupress_desktop.domain.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LIST_SEPARATOR,
    SESSION_COLUMNS,
    Backup,
    PlannedStep,
    SavedRoutine,
    SessionData,
    StepData,
    ValidationError,
    restore_cell,
)
from acupress_desktop.domain.history import SessionSource
from acupress_desktop.domain.laterality import PainSide, Side
from acupress_desktop.domain.pain import MAX_NOTE_LENGTH, EntryError, check_text, parse_moment, parse_pain, parse_when
from acupress_desktop.domain.planner import PlanRequest
from acupress_desktop.domain.routine import MAX_NAME_LENGTH, Routine, RoutineEditError, RoutineStep, clean_name
from acupress_desktop.domain.session import SessionStatus, StepOutcome

_E = TypeVar("_E", bound=StrEnum)
_TOP = "backup"
MAX_WHOLE_NUMBER = 2**31 - 1  # far beyond any real value, well inside SQLite's 64 bits
MAX_SECONDS = 24 * 3600
MAX_SESSION_SECONDS = 7 * 24 * 3600
MAX_STEPS = 1000
MAX_SESSIONS = 2_000_000
_ASCII_INTEGER = re.compile(r"-?[0-9]{1,12}")


def _shown(value: object, limit: int = 40) -> str:
    """A bad value quoted in a message: on one line and short, however long the cell was."""
    text = " ".join(str(value).split())
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


class _Fields:
    """One record's fields (CSV text or JSON values); every problem becomes a ValidationError saying where."""

    __slots__ = ("now", "points", "values", "where")

    def __init__(
        self, values: Mapping[str, Any], where: str, now: datetime, points: Collection[str] | None = None
    ) -> None:
        self.values, self.where, self.now, self.points = values, where, now, points

    def fail(self, message: str) -> NoReturn:
        raise ValidationError(self.where, message)

    def raw(self, key: str) -> Any:
        try:
            return self.values[key]
        except KeyError:
            self.fail(f"{key} is missing")

    def text(self, key: str, max_length: int = MAX_NOTE_LENGTH) -> str:
        value = self.raw(key)
        if type(value) is str and len(value) <= max_length and value.isascii():
            return value  # the common case, quickly: ASCII holds no lone surrogate
        if not isinstance(value, str):
            self.fail(f"{key} must be text")
        try:
            return check_text(value, key, max_length)
        except EntryError as error:
            self.fail(str(error))

    def code(self, key: str) -> str:
        """A point code the catalogue knows, so every imported session and routine can be shown and printed."""
        code = self.text(key, 16).strip()
        if self.points is not None and code not in self.points:
            self.fail(f"unknown point '{code}' (see 'acupress points')")
        return code

    def choice(self, key: str, kind: type[_E]) -> _E:
        value = self.raw(key)
        member = kind._value2member_map_.get(value) if type(value) is str else None
        if member is not None:
            return member  # type: ignore[return-value]
        try:
            return kind(value.strip() if isinstance(value, str) else value)
        except (ValueError, TypeError):
            self.fail(f"{key} must be one of {', '.join(m.value for m in kind)}, not {_shown(value)}")

    def integer(self, key: str, minimum: int = 0, maximum: int = MAX_WHOLE_NUMBER) -> int:
        value = self.raw(key)
        if type(value) is int and minimum <= value <= maximum:
            return value
        if isinstance(value, str) and _ASCII_INTEGER.fullmatch(value.strip()):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{key} must be a whole number, not {_shown(value)}")
        if value < minimum:
            self.fail(f"{key} must be {minimum} or more, not {_shown(value)}")
        if value > maximum:
            self.fail(f"{key} must be {maximum} or less, not {_shown(value)}")
        return value

    def seconds(self, key: str) -> float:
        value = self.raw(key)
        if type(value) is float and 0 <= value <= MAX_SECONDS:
            return value
        try:
            number = float(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None
        except ValueError:
            number = None
        if number is None or not math.isfinite(number) or not 0 <= number <= MAX_SECONDS:
            self.fail(f"{key} must be a number of seconds from 0 to {MAX_SECONDS}, not {_shown(value)}")
        return number

    def flag(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            self.fail(f"{key} must be true or false")
        return value

    def pain(self, key: str) -> int | None:
        value = self.raw(key)
        if type(value) is int and 0 <= value <= 10:
            return value
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return parse_pain(value if isinstance(value, int) and not isinstance(value, bool) else str(value), key)
        except EntryError as error:
            self.fail(str(error))

    def moment(self, key: str, may_be_future: bool = False) -> datetime:
        """A start may not lie in the future; an end may (a manual entry logged now ends later)."""
        value = self.raw(key)
        if not isinstance(value, str):
            self.fail(f"{key} must be an ISO-8601 time")
        try:
            return (parse_moment if may_be_future else parse_when)(value, self.now)
        except EntryError as error:
            self.fail(f"{key}: {error}")

    def optional_moment(self, key: str, may_be_future: bool = False) -> datetime | None:
        return None if self.values.get(key) in (None, "") else self.moment(key, may_be_future)

    def names(self, key: str) -> tuple[str, ...]:
        value = self.raw(key)
        items = value.split(LIST_SEPARATOR) if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            self.fail(f"{key} must be a list of names")
        return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of texts kept exactly as written (a routine step's reasons)."""
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
            self.fail(f"{key} must be a list of texts")
        return tuple(value)

    def records(self, key: str) -> list[_Fields]:
        value = self.raw(key)
        if not isinstance(value, list):
            self.fail(f"{key} must be a list")
        prefix = "" if self.where == _TOP else f"{self.where}, "
        singular = key.replace("_", " ").removesuffix("s")
        fields = [_Fields(v, f"{prefix}{singular} {i}", self.now, self.points) for i, v in enumerate(value, 1)]
        for record in fields:
            if not isinstance(record.values, dict):
                record.fail("must be an object")
        return fields

    def symptoms(self, known: Collection[str]) -> tuple[str, ...]:
        symptoms = self.names("symptoms")
        if not symptoms:
            self.fail("symptoms: at least one symptom is needed")
        for symptom in symptoms:
            if symptom not in known:
                self.fail(f"unknown symptom '{symptom}' (see 'acupress symptoms')")
        return symptoms


def _planned_steps(fields: _Fields) -> tuple[PlannedStep, ...]:
    value = fields.raw("planned_steps")
    if not isinstance(value, str):
        return tuple(
            PlannedStep(f.code("point"), f.choice("side", Side), f.integer("seconds", 1, MAX_SECONDS))
            for f in fields.records("planned_steps")
        )
    steps = []
    for item in filter(None, (part.strip() for part in value.split(LIST_SEPARATOR))):
        code, _, rest = item.partition(":")
        side, _, seconds = rest.partition(":")
        step = _Fields({"point": code, "side": side, "seconds": seconds}, fields.where, fields.now, fields.points)
        steps.append(
            PlannedStep(step.code("point"), step.choice("side", Side), step.integer("seconds", 1, MAX_SECONDS))
        )
    return tuple(steps)


def _step(fields: _Fields) -> StepData:
    return StepData(
        ordinal=fields.integer("ordinal", 0, MAX_STEPS),
        code=fields.code("point"),
        side=fields.choice("side", Side),
        planned_seconds=fields.integer("planned_seconds", 0, MAX_SECONDS),
        actual_seconds=fields.seconds("actual_seconds"),
        outcome=fields.choice("outcome", StepOutcome),
        ended_at=fields.moment("ended_at", may_be_future=True),
    )


def _session(
    fields: _Fields,
    known: Collection[str],
    steps: Callable[[], tuple[StepData, ...]] = tuple,
    routine_ref: int | None = None,
) -> SessionData:
    """The session's own fields are checked first and its steps last, so problems come in reading order."""
    started = fields.moment("started_at")
    ended = fields.optional_moment("ended_at", may_be_future=True)
    if ended is not None and ended < started:
        fields.fail("ended_at is before started_at")
    status = fields.choice("status", SessionStatus)
    return SessionData(
        started_at=started,
        ended_at=ended,
        source=fields.choice("source", SessionSource),
        routine_name=fields.text("routine", MAX_NAME_LENGTH),
        symptoms=fields.symptoms(known),
        pain_side=fields.choice("side", PainSide),
        planned_seconds=fields.integer("planned_seconds", 0, MAX_SESSION_SECONDS),
        planned_steps=_planned_steps(fields),
        pain_before=fields.pain("pain_before"),
        pain_after=fields.pain("pain_after"),
        status=SessionStatus.INTERRUPTED if status is SessionStatus.RUNNING else status,  # it cannot resume
        note_before=fields.text("note_before"),
        note=fields.text("note"),
        routine_ref=routine_ref,
        steps=steps(),  # keyword arguments are evaluated in order: the steps after every field above
    )


def _steps(fields: _Fields) -> tuple[StepData, ...]:
    return tuple(_step(f) for f in fields.records("steps"))


def _routine(fields: _Fields, known: Collection[str]) -> SavedRoutine:
    try:
        name = clean_name(fields.text("name"))
    except RoutineEditError as error:
        fields.fail(str(error))
    steps = tuple(
        RoutineStep(
            f.code("point"),
            f.choice("side", Side),
            f.integer("seconds", 1, MAX_SECONDS),
            f.text("instruction"),
            f.texts("why"),
        )
        for f in fields.records("steps")
    )
    if not steps:
        fields.fail("steps: a routine needs at least one step")
    try:
        avoid, avoid_one_side = split_avoid(fields.names("avoid_regions"))
    except AvoidError as error:
        fields.fail(f"avoid_regions: {error}")
    routine = Routine(
        id=fields.integer("id", 1),
        name=name,
        request=PlanRequest(
            symptoms=fields.symptoms(known),
            pain_side=fields.choice("side", PainSide),
            pregnant=fields.flag("pregnant"),
            anticoagulants=fields.flag("anticoagulants"),
            varicose_veins=fields.flag("varicose_veins"),
            avoid_regions=avoid,
            minutes=fields.integer("minutes", 1, MAX_SESSION_SECONDS // 60),
            avoid_one_side=avoid_one_side,
        ),
        steps=steps,
    )
    return SavedRoutine(routine, fields.moment("created_at"), fields.moment("updated_at"))


def parse_backup(
    text: str, known_symptoms: Collection[str], now: datetime, known_points: Collection[str] | None = None
) -> Backup:
    """A JSON backup, validated whole; a newer format version is refused rather than half understood."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(f"line {error.lineno}", f"not valid JSON ({error.msg})") from None
    except RecursionError:
        raise ValidationError(_TOP, "nested far too deeply to be an Acupress backup") from None
    except ValueError as error:  # e.g. a number with thousands of digits
        raise ValidationError(_TOP, f"not a readable backup ({str(error)[:80]})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ValidationError(_TOP, f'not an Acupress backup (no "format": "{FORMAT_NAME}")')
    top = _Fields(data, _TOP, now, known_points)
    version = top.integer("version", 1)
    if version > FORMAT_VERSION:
        top.fail(
            f"format version {version} was written by a newer Acupress; this one reads up to version "
            f"{FORMAT_VERSION}. Update Acupress to import it."
        )
    routines = tuple(_routine(f, known_symptoms) for f in top.records("routines"))
    routine_ids = [r.routine.id for r in routines]
    for position, routine_id in enumerate(routine_ids, 1):
        if routine_ids.index(routine_id) + 1 != position:
            raise ValidationError(f"routine {position}", f"id {routine_id} is used twice")
    sessions: list[SessionData] = []
    for fields in top.records("sessions"):
        routine_ref = None if fields.values.get("routine_id") is None else fields.integer("routine_id", 1)
        if len(sessions) >= MAX_SESSIONS:
            fields.fail(f"a backup can hold at most {MAX_SESSIONS} sessions")
        if routine_ref is not None and routine_ref not in routine_ids:
            fields.fail(f"routine_id {routine_ref} is not a routine in this backup")
        steps = partial(_steps, fields)
        sessions.append(_session(fields, known_symptoms, steps, routine_ref))
    return Backup(routines, tuple(sessions))


def parse_sessions_csv(
    text: str, known_symptoms: Collection[str], now: datetime, known_points: Collection[str] | None = None
) -> tuple[SessionData, ...]:
    """A sessions CSV with a header row; problems are reported with the line number the row starts on."""
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    try:
        header = [h.strip() for h in next(reader, [])]
        if not header:
            raise ValidationError("line 1", "the file is empty")
        if "outcome" in header and "status" not in header:
            raise ValidationError("line 1", "this is a steps file; import the sessions file or a JSON backup")
        missing = [c.name for c in SESSION_COLUMNS if c.name not in header and c.name != "id"]
        if missing:
            raise ValidationError("line 1", f"missing columns: {', '.join(missing)}")
        sessions: list[SessionData] = []
        line = reader.line_num + 1
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            where = f"line {start}"
            if len(cells) != len(header):
                raise ValidationError(where, f"{len(cells)} fields where the header has {len(header)}")
            values = dict(zip(header, map(restore_cell, cells), strict=True))
            sessions.append(_session(_Fields(values, where, now, known_points), known_symptoms))
    except csv.Error as error:
        raise ValidationError(f"line {line}", f"not valid CSV ({error})") from None
    return tuple(sessions)
