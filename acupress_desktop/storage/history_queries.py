"""History questions answered in SQL, so a history of 100,000 sessions stays quick.

Days are the user's local days (SQLite's 'localtime'); times are stored in UTC.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Engine, case, delete, func, insert, literal_column, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from acupress_desktop.domain.errors import SessionNotFoundError
from acupress_desktop.domain.history import (
    DaySummary,
    DeletedSession,
    HistoryFilter,
    SessionEntry,
    SessionSource,
    SortKey,
)
from acupress_desktop.domain.statistics import IMPORTANT_FRACTION, IMPORTANT_POINTS, HistoryStats, streak
from acupress_desktop.storage.user_models import SessionRow, SessionStepRow
from acupress_desktop.storage.user_records import entry_from_row, to_stored_time

_LOCAL_DAY = func.date(SessionRow.started_at, "localtime")
_CHANGE = SessionRow.pain_after - SessionRow.pain_before
_SCORED = SessionRow.pain_before.is_not(None) & SessionRow.pain_after.is_not(None)
# The SQL twin of domain.statistics.important_change, built from the same constants (sent as bound
# parameters); tests/storage/test_history_queries.py checks that both agree on every pair of scores.
IMPORTANT_CHANGE = (
    _SCORED
    & (SessionRow.pain_after < SessionRow.pain_before)
    & (
        (SessionRow.pain_before - SessionRow.pain_after >= IMPORTANT_POINTS)
        | (SessionRow.pain_before - SessionRow.pain_after >= SessionRow.pain_before * IMPORTANT_FRACTION)
    )
)
_MINUTES = case(
    (SessionRow.source == SessionSource.MANUAL.value, SessionRow.planned_seconds / 60.0),
    (
        SessionRow.ended_at.is_not(None),
        (func.julianday(SessionRow.ended_at) - func.julianday(SessionRow.started_at)) * 1440,
    ),
    else_=SessionRow.planned_seconds / 60.0,
)
_SORT: dict[SortKey, Any] = {
    SortKey.STARTED: SessionRow.started_at,
    SortKey.WHAT: func.coalesce(func.nullif(SessionRow.routine_name, ""), literal_column("sessions.symptoms")),
    SortKey.SIDE: SessionRow.pain_side,
    SortKey.MINUTES: _MINUTES,
    SortKey.BEFORE: SessionRow.pain_before,
    SortKey.AFTER: SessionRow.pain_after,
    SortKey.CHANGE: _CHANGE,
    SortKey.STATUS: SessionRow.status,
    SortKey.NOTE: SessionRow.note,
}


def _utc_bound(day: date) -> datetime:
    return to_stored_time(datetime.combine(day, time()).astimezone())


def _conditions(wanted: HistoryFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.date_from is not None:
        conditions.append(SessionRow.started_at >= _utc_bound(wanted.date_from))
    if wanted.date_to is not None:
        conditions.append(SessionRow.started_at < _utc_bound(date.fromordinal(wanted.date_to.toordinal() + 1)))
    if wanted.symptom is not None:
        each = func.json_each(SessionRow.symptoms).table_valued("value")
        conditions.append(select(each.c.value).where(each.c.value == wanted.symptom).exists())
    if wanted.status is not None:
        conditions.append(SessionRow.status == wanted.status.value)
    return conditions


class HistoryQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def count(self, wanted: HistoryFilter) -> int:
        with Session(self._engine) as session:
            return int(session.scalar(select(func.count(SessionRow.id)).where(*_conditions(wanted))) or 0)

    def page(
        self, wanted: HistoryFilter, offset: int, limit: int, sort: SortKey = SortKey.STARTED, descending: bool = True
    ) -> tuple[SessionEntry, ...]:
        """One page of sessions, without their steps (those are read when one session is opened)."""
        key = _SORT[sort]
        order = [key.desc() if descending else key.asc(), SessionRow.id.desc() if descending else SessionRow.id.asc()]
        with Session(self._engine) as session:
            rows = session.scalars(
                select(SessionRow).where(*_conditions(wanted)).order_by(*order).offset(offset).limit(limit)
            ).all()
            return tuple(entry_from_row(row) for row in rows)  # steps are read when one session is opened

    def daily(self, wanted: HistoryFilter) -> tuple[DaySummary, ...]:
        query = (
            select(
                _LOCAL_DAY,
                func.count(),
                func.avg(SessionRow.pain_before),
                func.avg(SessionRow.pain_after),
                func.count(SessionRow.pain_after),
            )
            .where(*_conditions(wanted))
            .group_by(_LOCAL_DAY)
            .order_by(_LOCAL_DAY)
        )
        with Session(self._engine) as session:
            return tuple(
                DaySummary(date.fromisoformat(day), int(n), _float(before), _float(after), int(scored))
                for day, n, before, after, scored in session.execute(query)
            )

    def stats(self, wanted: HistoryFilter, today: date) -> HistoryStats:
        query = select(
            func.count(SessionRow.id),
            func.min(_LOCAL_DAY),
            func.max(_LOCAL_DAY),
            func.sum(case((_SCORED, 1), else_=0)),
            func.avg(case((_SCORED, _CHANGE), else_=None)),
            func.sum(case((IMPORTANT_CHANGE, 1), else_=0)),
        ).where(*_conditions(wanted))
        days_query = select(_LOCAL_DAY).where(*_conditions(wanted)).distinct()
        with Session(self._engine) as session:
            total, first, last, scored, average, important = session.execute(query).one()
            days = [date.fromisoformat(d) for d in session.scalars(days_query)]
        return HistoryStats(
            sessions=int(total or 0),
            first_day=date.fromisoformat(first) if first else None,
            last_day=date.fromisoformat(last) if last else None,
            scored=int(scored or 0),
            average_change=_float(average),
            important=int(important or 0),
            streak_days=streak(days, today),
            practised_days=len(days),
        )

    def by_symptom(self, wanted: HistoryFilter) -> tuple[tuple[str, int, float | None], ...]:
        """Average change per symptom, over scored sessions only: an unscored one says nothing about what helps."""
        each = func.json_each(SessionRow.symptoms).table_valued("value").alias("each")
        query = (
            select(each.c.value, func.count(SessionRow.id), func.avg(case((_SCORED, _CHANGE), else_=None)))
            .select_from(SessionRow)
            .join(each, true())
            .where(_SCORED, *_conditions(wanted))
            .group_by(each.c.value)
            .order_by(func.count(SessionRow.id).desc(), each.c.value)
        )
        with Session(self._engine) as session:
            return tuple((str(key), int(n), _float(avg)) for key, n, avg in session.execute(query))

    def by_point(self, wanted: HistoryFilter) -> tuple[tuple[str, int, float | None], ...]:
        """Average change in scored sessions where the point was pressed to the end at least once."""
        done = (
            select(SessionStepRow.session_id, SessionStepRow.point_code)
            .where(SessionStepRow.outcome == "completed")
            .distinct()
            .subquery()
        )
        query = (
            select(done.c.point_code, func.count(SessionRow.id), func.avg(case((_SCORED, _CHANGE), else_=None)))
            .join(done, done.c.session_id == SessionRow.id)
            .where(_SCORED, *_conditions(wanted))
            .group_by(done.c.point_code)
            .order_by(func.count(SessionRow.id).desc(), done.c.point_code)
        )
        with Session(self._engine) as session:
            return tuple((str(key), int(n), _float(avg)) for key, n, avg in session.execute(query))

    def get(self, session_id: int) -> SessionEntry:
        """One session with its steps."""
        with Session(self._engine) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise SessionNotFoundError(f"session {session_id} no longer exists")
            return entry_from_row(row, row.steps)

    def update_note_before(self, session_id: int, note_before: str) -> None:
        with Session(self._engine) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise SessionNotFoundError(f"session {session_id} no longer exists")
            row.note_before = note_before
            session.commit()

    def update_scores(self, session_id: int, pain_before: int | None, pain_after: int | None, note: str) -> None:
        with Session(self._engine) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise SessionNotFoundError(f"session {session_id} no longer exists")
            row.pain_before, row.pain_after, row.note = pain_before, pain_after, note
            session.commit()

    def delete(self, session_id: int) -> DeletedSession:
        with Session(self._engine) as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise SessionNotFoundError(f"session {session_id} no longer exists")
            snapshot = DeletedSession(
                row={c.name: getattr(row, c.key) for c in SessionRow.__table__.columns},
                steps=tuple({c.name: getattr(s, c.key) for c in SessionStepRow.__table__.columns} for s in row.steps),
            )
            session.execute(delete(SessionStepRow).where(SessionStepRow.session_id == session_id))
            session.delete(row)
            session.commit()
            return snapshot

    def restore(self, deleted: DeletedSession) -> None:
        with Session(self._engine) as session, session.begin():
            session.execute(insert(SessionRow).values(**deleted.row))
            if deleted.steps:
                session.execute(insert(SessionStepRow), list(deleted.steps))


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]
