"""What the board view shows and the one thing it changes (retry a failed record).

Every function takes the account id from the verified view token and filters by it, so one
account can never see or touch another's syncs, records or audit.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.board_capacity import CapacityLimits, capacity_reason, capacity_summary
from store.board_syncs import change_tracking
from store.models import LOOKUP_ENTITIES, AuditEvent, BoardSync, SyncRecord


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def board_sync_summaries(
    session: Session, account_id: int, limits: CapacityLimits | None = None
) -> list[dict[str, Any]]:
    """Each sync of the account as the board view shows it. `capacity` is how full its
    current board is; at the warning ratio its reason in words becomes the health reason when
    nothing more pressing is being said."""
    limits = limits or CapacityLimits()
    syncs = session.scalars(
        sa.select(BoardSync).where(BoardSync.account_id == account_id).order_by(BoardSync.id)
    ).all()
    counts: dict[tuple[int, str], int] = {}
    if syncs:
        rows = session.execute(
            sa.select(SyncRecord.board_sync_id, SyncRecord.state, sa.func.count())
            .where(SyncRecord.account_id == account_id)
            .group_by(SyncRecord.board_sync_id, SyncRecord.state)
        )
        counts = {(sync_id, state): n for sync_id, state, n in rows}
    return [_summary(session, s, counts, limits) for s in syncs]


def _summary(
    session: Session, s: BoardSync, counts: dict[tuple[int, str], int], limits: CapacityLimits
) -> dict[str, Any]:
    capacity = capacity_summary(session, s, limits)
    capacity["reason"] = capacity_reason(capacity)
    return {
        "id": s.id,
        "board_id": s.board_id,
        "entity": s.entity,
        "mode": s.mode,
        # Lookup mode (edits on the board go to SYSPRO) can be turned on for these.
        "can_write_back": s.entity in LOOKUP_ENTITIES,
        "interval_minutes": s.interval_minutes,
        "enabled": s.enabled,
        "health": s.health,
        "health_reason": s.health_reason or capacity["reason"],
        "last_poll_at": _iso(s.last_poll_at),
        "next_poll_at": _iso(s.next_poll_at),
        "records": {
            state: counts.get((s.id, state), 0)
            for state in ("pending", "synced", "failed", "vanished")
        },
        "capacity": capacity,
        **change_tracking(s),
    }


def failed_records(
    session: Session, account_id: int, board_sync_id: int | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    query = sa.select(SyncRecord).where(
        SyncRecord.account_id == account_id, SyncRecord.state == "failed"
    )
    if board_sync_id is not None:
        query = query.where(SyncRecord.board_sync_id == board_sync_id)
    rows = session.scalars(query.order_by(SyncRecord.updated_at.desc()).limit(limit))
    return [
        {
            "id": r.id,
            "board_sync_id": r.board_sync_id,
            "syspro_key": r.syspro_key,
            "monday_item_id": r.monday_item_id,
            "attempts": r.attempts,
            "next_attempt_at": _iso(r.next_attempt_at),
            "last_error": r.last_error,
        }
        for r in rows
    ]


def recent_audit(session: Session, account_id: int, limit: int = 50) -> list[dict[str, Any]]:
    rows = session.scalars(
        sa.select(AuditEvent)
        .where(AuditEvent.account_id == account_id)
        .order_by(AuditEvent.synced_at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    return [
        {
            "id": e.id,
            "action": e.action,
            "board_sync_id": e.board_sync_id,
            "board_id": e.board_id,
            "item_id": e.item_id,
            "syspro_id": e.syspro_id,
            "at": _iso(e.synced_at),
            "error": (e.error_chain or [{}])[0].get("message") if e.error_chain else None,
        }
        for e in rows
    ]


def enabled_board_sync_ids(session: Session, connection_id: int) -> list[int]:
    """Enabled syncs of one connection of an active account (for sync-now)."""
    from store.models import Account

    return list(
        session.scalars(
            sa.select(BoardSync.id)
            .join(Account, Account.id == BoardSync.account_id)
            .where(
                BoardSync.connection_id == connection_id,
                BoardSync.enabled.is_(True),
                Account.status == "active",
            )
            .order_by(BoardSync.id)
        )
    )
