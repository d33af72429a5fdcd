"""Staging: what a poll (or the nightly compare) puts in the outbox.

A poll reads a record, compares its hash with what monday has or is about to get
(KnownRecord.current_hash) and stages what changed: pending values, their hash, and the state
the record takes once monday has them (pending_state: "synced", or "vanished" for the write
that marks a record SYSPRO no longer returns). The push side is store/outbox.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import SyncRecord
from store.types import utcnow


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

