"""The outbox as the push sees it: what waits to be written, and its outcome.

A poll stages changed records (store/staging.py: pending_* set); a push takes due records,
writes them to monday and marks them written (content_hash := pending_hash, state :=
pending_state) or failed (attempts, next attempt).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import SyncRecord
from store.types import utcnow

# Retry schedule for records monday refused: exponential with full jitter, capped.
RETRY_BASE_SECONDS = 60
RETRY_CAP_SECONDS = 6 * 3600


@dataclass(frozen=True)
class DueRecord:
    id: int
    key: str
    monday_item_id: str | None
    pending_name: str
    pending_values: dict[str, Any]
    pending_hash: str
    pending_notes: list[str]
    attempts: int
    fetched_at: datetime | None
    state: str
    first_write: bool  # monday never confirmed a write of this record
    create_sent: bool = False  # a create was sent before and its answer never stored
    monday_board_id: str | None = None  # the board its item lives on (None: no item yet)
    archived: bool = False  # its item was archived (updates still reach it by id)
    # What the record becomes once monday has this write: "synced", or "vanished" for the
    # write that marks a record SYSPRO no longer returns.
    pending_state: str = "synced"


def failing_summary(session: Session, board_sync_id: int) -> tuple[int, str] | None:
    """How many records of the sync are failing, and the latest reason (None: none)."""
    count = session.scalar(
        sa.select(sa.func.count()).where(
            SyncRecord.board_sync_id == board_sync_id, SyncRecord.state == "failed"
        )
    )
    if not count:
        return None
    latest = session.execute(
        sa.select(SyncRecord.syspro_key, SyncRecord.last_error)
        .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.state == "failed")
        .order_by(SyncRecord.updated_at.desc(), SyncRecord.id.desc())
        .limit(1)
    ).one()
    return int(count), f"{latest[0]}: {latest[1] or 'unknown error'}"


def due_records(
    session: Session, board_sync_id: int, now: datetime, limit: int, *,
    new_only: bool = False, ids: Sequence[int] | None = None,
) -> list[DueRecord]:
    """Records with something to write whose next attempt has come, oldest first.
    `new_only`: never sent to monday (a bulk import's rows); `ids`: only these. (Creates
    that found the board full wait with a later next attempt: sync/capacity.py.)"""
    query = sa.select(SyncRecord).where(
        SyncRecord.board_sync_id == board_sync_id,
        SyncRecord.pending_hash.is_not(None),
        SyncRecord.state.in_(("pending", "failed")),
        sa.or_(SyncRecord.next_attempt_at.is_(None), SyncRecord.next_attempt_at <= now),
    )
    if new_only:
        query = query.where(SyncRecord.monday_item_id.is_(None), SyncRecord.state == "pending",
                            SyncRecord.create_sent_at.is_(None))
    if ids is not None:
        query = query.where(SyncRecord.id.in_(list(ids)))
    rows = session.scalars(query.order_by(SyncRecord.id).limit(limit))
    return [
        DueRecord(
            id=r.id,
            key=r.syspro_key,
            monday_item_id=r.monday_item_id,
            pending_name=r.pending_name or r.syspro_key,
            pending_values=dict(r.pending_values or {}),
            pending_hash=r.pending_hash or "",
            pending_notes=list(r.pending_notes or []),
            attempts=r.attempts,
            fetched_at=r.fetched_at,
            state=r.state,
            first_write=not r.content_hash,
            create_sent=r.create_sent_at is not None and not r.monday_item_id,
            monday_board_id=r.monday_board_id,
            archived=r.archived_at is not None,
            pending_state=r.pending_state or "synced",
        )
        for r in rows
    ]


def mark_create_sent(session: Session, record_ids: list[int]) -> None:
    """Written (and committed by the caller) before a create leaves: after a crash, the
    next push knows which creates may have reached monday."""
    if record_ids:
        session.execute(sa.update(SyncRecord).where(SyncRecord.id.in_(record_ids))
                        .values(create_sent_at=utcnow()))


def set_item_id(session: Session, record_id: int, item_id: str, board_id: str) -> None:
    session.execute(
        sa.update(SyncRecord).where(SyncRecord.id == record_id)
        .values(monday_item_id=item_id, monday_board_id=board_id)
    )


# (record, item id, the board the item lives on (None: unchanged), the day its values
# settled (None: open))
Written = tuple[DueRecord, str, str | None, date | None]


def mark_written_many(session: Session, written: Sequence[Written]) -> None:
    """monday has the pending values: they become the synced state (unless a newer poll
    staged something else meanwhile, which then stays pending), and the record takes the
    state its write was staged for (DueRecord.pending_state). Two statements for any number
    of records: a bulk import settles thousands at once."""
    if not written:
        return
    table = cast(sa.Table, SyncRecord.__table__)
    now = utcnow()
    session.execute(
        sa.update(table).where(table.c.id == sa.bindparam("b_id")).values(
            monday_item_id=sa.bindparam("b_item"), content_hash=sa.bindparam("b_hash"),
            synced_values=sa.bindparam("b_values"), updated_at=now,
            settled_on=sa.bindparam("b_settled"),
            monday_board_id=sa.func.coalesce(sa.bindparam("b_board"), table.c.monday_board_id)),
        [{"b_id": r.id, "b_item": item_id, "b_hash": r.pending_hash,
          "b_values": r.pending_values, "b_board": board_id, "b_settled": settled}
         for r, item_id, board_id, settled in written],
    )
    session.execute(
        sa.update(table).where(table.c.id == sa.bindparam("b_id"),
                               table.c.pending_hash == sa.bindparam("b_hash")).values(
            pending_hash=None, pending_values=None, pending_name=None, pending_notes=None,
            pending_state=None, state=sa.bindparam("b_state"), attempts=0,
            next_attempt_at=None, last_error=None),
        [{"b_id": r.id, "b_hash": r.pending_hash, "b_state": r.pending_state}
         for r, *_ in written],
    )


def retry_delay(attempts: int, rng: random.Random | None = None) -> timedelta:
    ceiling = min(RETRY_CAP_SECONDS, RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1))
    return timedelta(seconds=(rng or random).uniform(RETRY_BASE_SECONDS / 2, ceiling))


def mark_failed(
    session: Session, record: DueRecord, error: str, now: datetime,
    failure: dict[str, Any] | None = None,
) -> datetime:
    """`failure` is the failure as data (sync/failure_text.py) for the board view."""
    attempts = record.attempts + 1
    next_at = now + retry_delay(attempts)
    session.execute(
        sa.update(SyncRecord)
        .where(SyncRecord.id == record.id)
        .values(
            state="failed",
            attempts=attempts,
            next_attempt_at=next_at,
            last_error=error[:4000],
            failure=failure,
            updated_at=utcnow(),
        )
    )
    return next_at


def outbox_counts(session: Session, board_sync_id: int) -> dict[str, int]:
    rows = session.execute(
        sa.select(SyncRecord.state, sa.func.count())
        .where(SyncRecord.board_sync_id == board_sync_id)
        .group_by(SyncRecord.state)
    )
    return {state: count for state, count in rows}


def next_due_at(session: Session, board_sync_id: int) -> datetime | None:
    """When the earliest failed record may be tried again (None: nothing waiting)."""
    return session.scalar(
        sa.select(sa.func.min(SyncRecord.next_attempt_at)).where(
            SyncRecord.board_sync_id == board_sync_id,
            SyncRecord.pending_hash.is_not(None),
        )
    )


def has_due(session: Session, board_sync_id: int, now: datetime) -> bool:
    """Is anything waiting to be written whose time has come?"""
    return (
        session.scalar(
            sa.select(SyncRecord.id)
            .where(
                SyncRecord.board_sync_id == board_sync_id,
                SyncRecord.pending_hash.is_not(None),
                sa.or_(SyncRecord.next_attempt_at.is_(None), SyncRecord.next_attempt_at <= now),
            )
            .limit(1)
        )
        is not None
    )
