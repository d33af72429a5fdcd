"""The outbox: per-record state of a board sync, what waits to be written, and its outcome.

A poll stages changed records (pending_* set); a push takes due records, writes them to monday
and marks them written (content_hash := pending_hash) or failed (attempts, next attempt).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
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
class KnownRecord:
    """What a poll needs to know about a record it just read."""

    id: int
    content_hash: str
    pending_hash: str | None
    synced_values: dict[str, Any] | None
    state: str
    syspro_open: bool | None = None

    @property
    def current_hash(self) -> str:
        """The hash of what monday has or is about to get."""
        return self.pending_hash or self.content_hash


@dataclass(frozen=True)
class StagedChange:
    key: str
    name: str
    values: dict[str, Any]
    content_hash: str
    notes: list[str]
    syspro_open: bool | None = None


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


def known_records(
    session: Session, board_sync_id: int, keys: Iterable[str]
) -> dict[str, KnownRecord]:
    keys = list(keys)
    if not keys:
        return {}
    rows = session.execute(
        sa.select(
            SyncRecord.syspro_key,
            SyncRecord.id,
            SyncRecord.content_hash,
            SyncRecord.pending_hash,
            SyncRecord.synced_values,
            SyncRecord.state,
            SyncRecord.syspro_open,
        ).where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.syspro_key.in_(keys))
    )
    return {r[0]: KnownRecord(*r[1:]) for r in rows}


def stage_changes(
    session: Session,
    account_id: int,
    board_sync_id: int,
    changes: Sequence[StagedChange],
    known: dict[str, KnownRecord],
    fetched_at: datetime,
) -> None:
    """Put changed records in the outbox. A newer change replaces a pending one."""
    for change in changes:
        fields = {
            "pending_name": change.name,
            "pending_values": change.values,
            "pending_hash": change.content_hash,
            "pending_state": "synced",
            "fetched_at": fetched_at,
            "state": "pending",
            "attempts": 0,
            "next_attempt_at": None,
            "last_error": None,
            "updated_at": utcnow(),
            "syspro_open": change.syspro_open,
        }
        record = known.get(change.key)
        if record is None:
            session.add(
                SyncRecord(
                    account_id=account_id,
                    board_sync_id=board_sync_id,
                    syspro_key=change.key,
                    pending_notes=change.notes or None,
                    **fields,
                )
            )
            continue
        if change.notes:
            # Keep notes of a change not yet pushed; append the new ones.
            existing = session.scalar(
                sa.select(SyncRecord.pending_notes).where(SyncRecord.id == record.id)
            )
            fields["pending_notes"] = [*(existing or []), *change.notes]
        session.execute(sa.update(SyncRecord).where(SyncRecord.id == record.id).values(fields))
    session.flush()


def set_open_flags(session: Session, board_sync_id: int, flags: dict[str, bool]) -> None:
    """Unchanged records whose open flag was not known or moved (one update per value)."""
    for value in (True, False):
        keys = [k for k, v in flags.items() if v is value]
        if keys:
            session.execute(
                sa.update(SyncRecord)
                .where(SyncRecord.board_sync_id == board_sync_id,
                       SyncRecord.syspro_key.in_(keys))
                .values(syspro_open=value)
            )


def clear_unreadable(session: Session, board_sync_id: int, keys: list[str]) -> None:
    """Rows that could not be read before and now map to what monday already has."""
    if keys:
        session.execute(
            sa.update(SyncRecord)
            .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.syspro_key.in_(keys),
                   SyncRecord.state == "failed", SyncRecord.pending_hash.is_(None))
            .values(state="synced", last_error=None, next_attempt_at=None)
        )


def synced_values_of(
    session: Session, board_sync_id: int, keys: list[str]
) -> list[tuple[str, dict[str, Any] | None]]:
    """(key, values monday last confirmed) of records not yet marked vanished."""
    if not keys:
        return []
    rows = session.execute(
        sa.select(SyncRecord.syspro_key, SyncRecord.synced_values).where(
            SyncRecord.board_sync_id == board_sync_id, SyncRecord.syspro_key.in_(keys),
            SyncRecord.state != "vanished",
        )
    )
    return [(key, values) for key, values in rows]


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


def forget_missing_items(
    session: Session, board_sync_id: int, board_id: str, on_board: set[str]
) -> set[str]:
    """Records written to an item that is no longer on the board: their hash is cleared, so the
    compare restages them; the push then meets the deleted item and recreates it (under a key
    of its own, audited `recreated`). Returns their keys. `on_board` holds the active items of
    `board_id`: items we archived, or that live on a board the sync rolled over from, are
    not missing."""
    rows = session.execute(
        sa.select(SyncRecord.id, SyncRecord.syspro_key, SyncRecord.monday_item_id).where(
            SyncRecord.board_sync_id == board_sync_id, SyncRecord.monday_item_id.is_not(None),
            SyncRecord.archived_at.is_(None),
            sa.or_(SyncRecord.monday_board_id == board_id, SyncRecord.monday_board_id.is_(None)),
        )
    ).all()
    missing = [(rid, key) for rid, key, item in rows if str(item) not in on_board]
    if missing:
        session.execute(
            sa.update(SyncRecord)
            .where(SyncRecord.id.in_([rid for rid, _ in missing]))
            .values(content_hash="", updated_at=utcnow())
        )
    return {key for _, key in missing}


def open_keys(session: Session, board_sync_id: int) -> list[str]:
    """Records open in SYSPRO when last read."""
    return list(session.scalars(
        sa.select(SyncRecord.syspro_key).where(
            SyncRecord.board_sync_id == board_sync_id, SyncRecord.syspro_open.is_(True)
        )
    ))


def stage_unreadable(
    session: Session,
    account_id: int,
    board_sync_id: int,
    key: str,
    message: str,
    fetched_at: datetime,
    failure: dict[str, Any] | None = None,
) -> bool:
    """A SYSPRO row that cannot be mapped fails alone, by its key; what the board has and any
    pending write stay. True when this is news (not already failing with the same reason)."""
    record = session.scalar(
        sa.select(SyncRecord).where(
            SyncRecord.board_sync_id == board_sync_id, SyncRecord.syspro_key == key
        )
    )
    if record is None:
        session.add(SyncRecord(
            account_id=account_id, board_sync_id=board_sync_id, syspro_key=key,
            state="failed", last_error=message[:4000], fetched_at=fetched_at, failure=failure,
        ))
        session.flush()
        return True
    if record.state == "failed" and record.last_error == message[:4000]:
        return False
    record.state, record.last_error, record.fetched_at = "failed", message[:4000], fetched_at
    record.failure = failure
    record.next_attempt_at = None
    session.flush()
    return True


def unseen_keys(
    session: Session, board_sync_id: int, seen: set[str]
) -> Iterable[tuple[str, dict[str, Any] | None]]:
    """Records of a full re-read that SYSPRO no longer returned (not yet marked vanished)."""
    rows = session.execute(
        sa.select(SyncRecord.syspro_key, SyncRecord.synced_values).where(
            SyncRecord.board_sync_id == board_sync_id, SyncRecord.state != "vanished"
        )
    )
    for key, values in rows:
        if key not in seen:
            yield key, values


def mark_vanished(
    session: Session,
    board_sync_id: int,
    key: str,
    name: str,
    values: dict[str, Any],
    hash_: str,
    note: str,
) -> None:
    session.execute(
        sa.update(SyncRecord)
        .where(SyncRecord.board_sync_id == board_sync_id, SyncRecord.syspro_key == key)
        .values(
            pending_name=name,
            pending_values=values,
            pending_hash=hash_,
            pending_notes=[note],
            pending_state="vanished",
            state="pending",
            attempts=0,
            next_attempt_at=None,
            updated_at=utcnow(),
        )
    )


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
