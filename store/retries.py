"""A person's retry of failed records, from the board view or a monday workflow: one rule for
every way of asking.

A failed record with a write waiting (monday refused it) becomes pending and due now: the next
push sends it, under a new create key (sync/push_writes.create_key). A failed record with no
write waiting (SYSPRO sent its row unreadable) stays failed and due now: only a poll can bring
its values, and the poll that reads the row again clears or refails it; made pending, it would
sit pending with nothing to write. Each record gets a "retried" audit event naming who asked
and from where, in the same transaction.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.audit import retry_asked
from store.errors import NotFound
from store.models import BoardSync, SyncRecord
from store.types import utcnow


def retry_failed(
    session: Session, *where: Any, asked_by: int | None, via: str,
) -> list[SyncRecord]:
    """Every failed record matching `where` (callers scope it to one account) made due now;
    the records retried. Records already pending or synced are untouched, so asking twice
    retries nothing more."""
    failing = list(session.scalars(
        sa.select(SyncRecord).where(SyncRecord.state == "failed", *where)
        .order_by(SyncRecord.id).with_for_update()
    ))
    now = utcnow()
    for record in failing:
        if record.pending_hash is not None:
            record.state = "pending"
        record.next_attempt_at, record.updated_at = now, now
    boards = dict(session.execute(
        sa.select(BoardSync.id, BoardSync.board_id)
        .where(BoardSync.id.in_({r.board_sync_id for r in failing}))
    ).tuples().all())
    for sync_id, board_id in sorted(boards.items()):
        retry_asked(session, [r for r in failing if r.board_sync_id == sync_id], board_id,
                    asked_by=asked_by, via=via)
    session.flush()
    return failing


def retry_record(
    session: Session, account_id: int, record_id: int, *, asked_by: int | None,
) -> SyncRecord:
    """One failed record of the account, from the board view; NotFound when it is not failing
    (or not the account's: the two look the same)."""
    retried = retry_failed(session, SyncRecord.id == record_id,
                           SyncRecord.account_id == account_id,
                           asked_by=asked_by, via="board view")
    if not retried:
        raise NotFound(f"failed record {record_id} not found")
    return retried[0]
