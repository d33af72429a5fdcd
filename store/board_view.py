"""What the board view reads: one board's syncs with counts, progress, hourly history, and
failed records; and the few things it changes (progress waves, retry all).

Every function takes the account id from the verified view token and filters by it, so one
account can never see or touch another's syncs, records or audit. Wording (health in words,
failure sentences) is the web layer's; this module answers data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from store.errors import NotFound
from store.models import AuditEvent, BoardSync, SyncRecord, SysproConnection
from store.types import utcnow

WAVE_KINDS = ("first_sync", "backfill")
# Audit actions counted as a record written to monday (progress and pace).
WRITES = ("created", "updated", "recreated", "marked_vanished")
# The pace of a first sync or backfill is measured over this window (or since it began).
PACE_WINDOW = timedelta(minutes=10)
MIN_PACE_WINDOW = timedelta(seconds=30)


class hour_of(FunctionElement[str]):  # noqa: N801 - reads as the SQL function it compiles to
    """The UTC hour a timestamp falls in, as "YYYY-MM-DDTHH:00:00Z" (naive UTC columns)."""

    type = sa.String()
    inherit_cache = True
    name = "hour_of"


@compiles(hour_of, "sqlite")
def _hour_sqlite(element: hour_of, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y-%m-%dT%H:00:00Z', {compiler.process(element.clauses, **kw)})"


@compiles(hour_of, "postgresql")
def _hour_postgresql(element: hour_of, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"to_char(date_trunc('hour', {column}), 'YYYY-MM-DD\"T\"HH24:00:00\"Z\"')"


def board_syncs_on_board(
    session: Session, account_id: int, board_id: str
) -> list[tuple[BoardSync, SysproConnection]]:
    """The account's syncs writing to this board, with their connections, oldest first."""
    rows = session.execute(
        sa.select(BoardSync, SysproConnection)
        .join(SysproConnection, SysproConnection.id == BoardSync.connection_id)
        .where(BoardSync.account_id == account_id, BoardSync.board_id == board_id)
        .order_by(BoardSync.id)
    )
    return [(sync, connection) for sync, connection in rows]


def board_sync_with_connection(
    session: Session, account_id: int, board_sync_id: int
) -> tuple[BoardSync, SysproConnection]:
    row = session.execute(
        sa.select(BoardSync, SysproConnection)
        .join(SysproConnection, SysproConnection.id == BoardSync.connection_id)
        .where(BoardSync.account_id == account_id, BoardSync.id == board_sync_id)
    ).first()
    if row is None:
        raise NotFound(f"board sync {board_sync_id} not found")
    return row[0], row[1]


def record_counts(session: Session, board_sync_id: int) -> dict[str, int]:
    rows = session.execute(
        sa.select(SyncRecord.state, sa.func.count())
        .where(SyncRecord.board_sync_id == board_sync_id)
        .group_by(SyncRecord.state)
    )
    return {state: int(n) for state, n in rows}


def latest_failure(session: Session, board_sync_id: int) -> SyncRecord | None:
    return session.scalar(
        sa.select(SyncRecord)
        .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.state == "failed")
        .order_by(SyncRecord.updated_at.desc(), SyncRecord.id.desc())
        .limit(1)
    )


# --- first sync / backfill progress -------------------------------------------------------------


def mark_wave(session: Session, board_sync_id: int, kind: str) -> None:
    """A first sync or backfill begins now (wall clock, as the audit's times). A first sync is
    marked once (a first poll run again after a crash keeps the original start); a backfill
    starts a new wave each time."""
    if kind not in WAVE_KINDS:
        raise ValueError(f"unknown wave {kind!r}")
    stmt = sa.update(BoardSync).where(BoardSync.id == board_sync_id)
    if kind == "first_sync":
        stmt = stmt.where(BoardSync.wave_kind.is_(None))
    session.execute(stmt.values(wave_kind=kind, wave_started_at=utcnow(), wave_ended_at=None))


def end_wave_if_drained(session: Session, board_sync_id: int) -> None:
    """A regular poll begins: if the wave's records are all written (nothing pending), the
    wave is over, so the changes this poll stages show as ordinary updates, not progress."""
    pending = sa.select(SyncRecord.id).where(SyncRecord.board_sync_id == board_sync_id,
                                             SyncRecord.state == "pending")
    session.execute(
        sa.update(BoardSync)
        .where(BoardSync.id == board_sync_id, BoardSync.wave_kind.is_not(None),
               BoardSync.wave_ended_at.is_(None), ~pending.exists())
        .values(wave_ended_at=utcnow())
    )


@dataclass(frozen=True)
class Progress:
    active: bool
    kind: str | None
    staged: int
    pushed: int
    rate_per_minute: float
    eta_seconds: int | None


def _writes_since(session: Session, board_sync_id: int, since: datetime,
                  until: datetime | None = None) -> int:
    stmt = sa.select(sa.func.count()).select_from(AuditEvent).where(
        AuditEvent.board_sync_id == board_sync_id,
        AuditEvent.action.in_(WRITES),
        AuditEvent.synced_at >= since,
    )
    if until is not None:
        stmt = stmt.where(AuditEvent.synced_at <= until)
    return session.scalar(stmt) or 0


def progress(session: Session, sync: BoardSync, pending: int, now: datetime | None = None
             ) -> Progress:
    """The latest first sync or backfill: records written since it began (pushed) out of those
    plus the ones still waiting (staged), and an ETA from the pace actually reached over the
    last ten minutes (or since the wave began, if later). Active while records wait."""
    now = now or utcnow()
    if sync.wave_kind is None or sync.wave_started_at is None:
        return Progress(False, None, 0, 0, 0.0, None)
    if sync.wave_ended_at is not None:  # over: what it wrote, and no bar
        pushed = _writes_since(session, sync.id, sync.wave_started_at, sync.wave_ended_at)
        return Progress(False, None, pushed, pushed, 0.0, None)
    pushed = _writes_since(session, sync.id, sync.wave_started_at)
    window_start = max(now - PACE_WINDOW, sync.wave_started_at)
    window = max(now - window_start, MIN_PACE_WINDOW)
    recent = _writes_since(session, sync.id, window_start)
    rate = recent / (window.total_seconds() / 60)
    active = pending > 0
    eta = round(pending / rate * 60) if active and rate > 0 else None
    return Progress(active, sync.wave_kind if active else None, pushed + pending, pushed,
                    round(rate, 1), eta)


# --- history ----------------------------------------------------------------------------------


def _count_if(condition: Any, amount: Any = 1) -> Any:
    return sa.func.coalesce(sa.func.sum(sa.case((condition, amount), else_=0)), 0)


def hourly_history(
    session: Session, board_sync_id: int, days: int, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Per UTC hour over `days` days, oldest first, every hour present (zeros included):
    created / updated / failed from the audit trail, and unchanged from the polls' skip counts.
    One GROUP BY on the audit time index; the hour is computed by the database."""
    now = (now or utcnow()).replace(minute=0, second=0, microsecond=0)
    start = now - timedelta(hours=days * 24 - 1)
    action = AuditEvent.action
    skipped = sa.func.coalesce(AuditEvent.detail["count"].as_integer(), 1)
    bucket = hour_of(AuditEvent.synced_at)
    rows = session.execute(
        sa.select(
            bucket,
            _count_if(action.in_(("created", "recreated"))),
            _count_if(action.in_(("updated", "marked_vanished"))),
            _count_if(action == "failed"),
            _count_if(action == "unchanged_skipped", skipped),
        )
        .where(AuditEvent.board_sync_id == board_sync_id, AuditEvent.synced_at >= start)
        .group_by(bucket)
    )
    found = {hour: (int(c), int(u), int(f), int(s)) for hour, c, u, f, s in rows}
    hours = []
    for i in range(days * 24):
        label = (start + timedelta(hours=i)).strftime("%Y-%m-%dT%H:00:00Z")
        created, updated, failed, unchanged = found.get(label, (0, 0, 0, 0))
        hours.append({"hour": label, "created": created, "updated": updated, "failed": failed,
                      "unchanged": unchanged})
    return hours


# --- failed records ---------------------------------------------------------------------------


def failed_records(session: Session, board_sync_id: int, limit: int = 200) -> list[SyncRecord]:
    """The sync's failed records, latest failure first."""
    return list(session.scalars(
        sa.select(SyncRecord)
        .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.state == "failed")
        .order_by(SyncRecord.updated_at.desc(), SyncRecord.id.desc())
        .limit(limit)
    ))


def forget_fingerprints(session: Session, board_sync_id: int) -> int:
    """The board's columns moved (a new column for a renamed title): every written record's
    fingerprint is forgotten, so the next full compare restages it and the push fills the new
    columns. Records keep their items (an update, not a create). How many."""
    result = session.execute(
        sa.update(SyncRecord)
        .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.content_hash != "",
               SyncRecord.pending_hash.is_(None))
        .values(content_hash="remapped")
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def save_column_mapping(
    session: Session, account_id: int, board_sync_id: int, overrides: dict[str, Any]
) -> None:
    """Store a board sync's mapping overrides (validated by sync/mapping_edit.py)."""
    sync = session.scalar(sa.select(BoardSync).where(
        BoardSync.id == board_sync_id, BoardSync.account_id == account_id))
    if sync is None:
        raise NotFound(f"board sync {board_sync_id} not found")
    sync.column_mapping = overrides
    session.flush()


def recently_written_keys(session: Session, board_sync_id: int, limit: int) -> list[str]:
    """SYSPRO keys of the records last written to the board (newest first): what the mapping
    preview shows when the next poll would write nothing."""
    return list(session.scalars(
        sa.select(SyncRecord.syspro_key)
        .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.content_hash != "")
        .order_by(SyncRecord.updated_at.desc(), SyncRecord.id.desc())
        .limit(limit)
    ))
