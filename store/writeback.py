"""What write-back (monday edit -> SYSPRO) reads and remembers.

The record behind an item, the edits already applied (a job may run twice; an older delivery
must never overwrite a newer edit), the record's new synced state after SYSPRO accepted an
edit, and the board webhooks created for lookup boards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from store.models import BoardSync, ProcessedDelivery, SyncRecord
from store.types import utcnow

# Kept apart from the web layer's delivery kinds: the web layer claims a delivery on receipt,
# this marks an edit as written to SYSPRO.
APPLIED_KIND = "board_edit_applied"
# Beside the event -> webhook id entries of BoardSync.webhook_ids: how often they were deleted.
WEBHOOK_GENERATION = "generation"
# Committed just before the Setup call. A job killed after it may have changed SYSPRO, and a
# poll may then have read that change back as the board's synced value: on the re-run the
# value the board shows is the edit's own, not an echo of ours.
SENDING_KIND = "board_edit_sending"


@dataclass(frozen=True)
class ItemRecord:
    id: int
    key: str
    synced_values: dict[str, Any]
    pending_values: dict[str, Any] | None
    pending_name: str | None
    content_hash: str


def record_for_item(session: Session, board_sync_id: int, item_id: str) -> ItemRecord | None:
    row = session.scalar(
        sa.select(SyncRecord)
        .where(
            SyncRecord.board_sync_id == board_sync_id,
            SyncRecord.monday_item_id == str(item_id),
        )
        .order_by(SyncRecord.id)
        .limit(1)
    )
    if row is None:
        return None
    return ItemRecord(
        id=row.id,
        key=row.syspro_key,
        synced_values=dict(row.synced_values or {}),
        pending_values=dict(row.pending_values) if row.pending_values is not None else None,
        pending_name=row.pending_name,
        content_hash=row.content_hash,
    )


def edit_applied(session: Session, trigger_uuid: str) -> bool:
    """The edit is in SYSPRO and audited: nothing is left to do."""
    return _marked(session, APPLIED_KIND, trigger_uuid)


def edit_sent(session: Session, trigger_uuid: str) -> bool:
    """An earlier run of this edit's job got as far as the Setup call (and may have died)."""
    return _marked(session, SENDING_KIND, trigger_uuid)


def mark_edit_applied(session: Session, account_id: int, trigger_uuid: str) -> None:
    _mark(session, APPLIED_KIND, account_id, trigger_uuid)


def mark_edit_sending(session: Session, account_id: int, trigger_uuid: str) -> None:
    _mark(session, SENDING_KIND, account_id, trigger_uuid)


def _marked(session: Session, kind: str, trigger_uuid: str) -> bool:
    return (
        session.scalar(
            sa.select(ProcessedDelivery.id).where(
                ProcessedDelivery.kind == kind,
                ProcessedDelivery.external_id == trigger_uuid[:128],
            )
        )
        is not None
    )


def _mark(session: Session, kind: str, account_id: int, trigger_uuid: str) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(ProcessedDelivery)
        .values(kind=kind, external_id=trigger_uuid[:128], account_id=account_id,
                received_at=utcnow())
        .on_conflict_do_nothing(index_elements=["kind", "external_id"])
    )


def save_written_back(
    session: Session,
    record_id: int,
    *,
    synced_values: dict[str, Any],
    content_hash: str | None,
    pending: tuple[str, dict[str, Any], str] | None = None,
    pending_state: str | None = None,
) -> None:
    """SYSPRO has the edit: the record's synced state says so, so a poll does not bounce it.

    `content_hash` None keeps the old hash (the next poll then re-sends SYSPRO's values once).
    `pending` (name, values, hash) replaces a staged change that still carried the old value;
    `pending_state` (None: unchanged) is the state that write then brings."""
    values: dict[str, Any] = {"synced_values": synced_values, "updated_at": utcnow()}
    if content_hash is not None:
        values["content_hash"] = content_hash
    if pending is not None:
        values["pending_name"], values["pending_values"], values["pending_hash"] = pending
    if pending_state is not None:
        values["pending_state"] = pending_state
    session.execute(sa.update(SyncRecord).where(SyncRecord.id == record_id).values(values))


def save_webhook_ids(session: Session, board_sync_id: int, webhook_ids: dict[str, Any]) -> None:
    """Merge board webhook ids (event -> id) into the board sync's record of them."""
    sync = session.get(BoardSync, board_sync_id)
    if sync is None:
        return
    sync.webhook_ids = {**(sync.webhook_ids or {}), **webhook_ids}
    session.flush()


def webhook_ids(session: Session, board_sync_id: int) -> dict[str, Any]:
    sync = session.get(BoardSync, board_sync_id)
    return dict(sync.webhook_ids or {}) if sync is not None else {}


def forget_webhook_ids(session: Session, board_sync_id: int, events: list[str]) -> None:
    """The board webhooks of these events were deleted in monday (or are gone there).

    The generation counts deletions: webhooks created later are new ones, so their creation
    must not carry the idempotency key of the deleted ones (monday would replay that answer)."""
    sync = session.get(BoardSync, board_sync_id)
    if sync is None:
        return
    kept = {k: v for k, v in (sync.webhook_ids or {}).items() if k not in events}
    sync.webhook_ids = {**kept, WEBHOOK_GENERATION: int(kept.get(WEBHOOK_GENERATION, 0)) + 1}
    session.flush()
