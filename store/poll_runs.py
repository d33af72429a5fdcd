"""Poll runs and the board-sync state a poll or push changes (cursor, health, schedule)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.board_capacity import waiting_health
from store.models import Account, BoardSync, PollRun
from store.outbox import failing_summary
from store.types import utcnow


def start_poll_run(
    session: Session, account_id: int, board_sync_id: int, cursor: dict[str, Any]
) -> int:
    run = PollRun(
        account_id=account_id,
        board_sync_id=board_sync_id,
        started_at=utcnow(),
        cursor_before=cursor,
    )
    session.add(run)
    session.flush()
    return run.id


def finish_poll_run(
    session: Session,
    run_id: int,
    *,
    status: str,
    records_read: int,
    records_changed: int,
    cursor_after: dict[str, Any] | None = None,
    error: str | None = None,
) -> None:
    session.execute(
        sa.update(PollRun)
        .where(PollRun.id == run_id)
        .values(
            finished_at=utcnow(),
            status=status,
            records_read=records_read,
            records_changed=records_changed,
            cursor_after=cursor_after,
            error=error,
        )
    )


def save_cursor(
    session: Session, board_sync_id: int, cursor: dict[str, Any], polled_at: datetime
) -> None:
    session.execute(
        sa.update(BoardSync)
        .where(BoardSync.id == board_sync_id)
        .values(cursor_state=cursor, last_poll_at=polled_at)
    )


def set_health(session: Session, board_sync_id: int, health: str, reason: str | None) -> None:
    """Record a run's verdict. "ok" is never shown beside failed records: it becomes
    "failing" with their count and the latest reason. A disabled board sync keeps its own
    health and reason (enabling it again resets them)."""
    if health == "ok":
        health, reason = (failing_records_health(session, board_sync_id)
                          or waiting_health(session, board_sync_id) or ("ok", None))
    session.execute(
        sa.update(BoardSync)
        .where(BoardSync.id == board_sync_id, BoardSync.enabled.is_(True))
        .values(health=health, health_reason=reason)
    )


def failing_records_health(session: Session, board_sync_id: int) -> tuple[str, str] | None:
    """("failing", "3 records failing; latest: KEY: reason") or None when none fails."""
    failing = failing_summary(session, board_sync_id)
    if failing is None:
        return None
    count, latest = failing
    noun = "record" if count == 1 else "records"
    return "failing", f"{count} {noun} failing; latest: {latest}"[:2000]


def reconciliations_due(
    session: Session, now: datetime, interval: timedelta, limit: int = 1000
) -> list[int]:
    """Enabled, already polled syncs of active accounts not compared in full for `interval`,
    longest waiting first."""
    return list(session.scalars(
        sa.select(BoardSync.id)
        .join(Account, Account.id == BoardSync.account_id)
        .where(
            BoardSync.enabled.is_(True),
            Account.status == "active",
            BoardSync.last_poll_at.is_not(None),
            sa.or_(BoardSync.reconciled_at.is_(None), BoardSync.reconciled_at <= now - interval),
        )
        .order_by(BoardSync.reconciled_at.is_not(None), BoardSync.reconciled_at)
        .limit(limit)
    ))


def record_reconciliation(
    session: Session, board_sync_id: int, at: datetime, drift: int
) -> None:
    """The compare's outcome; drift also goes in the health reason while health is ok."""
    session.execute(
        sa.update(BoardSync).where(BoardSync.id == board_sync_id)
        .values(reconciled_at=at, last_drift=drift)
    )
    if drift:
        session.execute(
            sa.update(BoardSync)
            .where(BoardSync.id == board_sync_id, BoardSync.health == "ok")
            .values(health_reason=f"the nightly compare found and repaired {drift} drifted "
                                  "record(s)")
        )


def save_provisioned_columns(
    session: Session, board_sync_id: int, columns: dict[str, Any], group_id: str | None,
    board_had_items: bool | None = None,
) -> None:
    values: dict[str, Any] = {"provisioned_columns": columns, "provisioned_at": utcnow()}
    if group_id:
        values["group_id"] = group_id
    if board_had_items is not None:
        values["board_had_items"] = board_had_items
    session.execute(sa.update(BoardSync).where(BoardSync.id == board_sync_id).values(values))
