"""Push: drain a board's outbox into monday at the pace monday allows, one writer per board.

Records without a known item are first looked up by their SYSPRO ID column (an earlier install
or lost local state must not double items), then created several per request; known items get
their owned columns changed. Every create carries an Idempotency-Key fixed per board and record,
so a push killed after monday answered but before we saved the item id gets monday's replayed
answer on the next try instead of a second item. A record monday refuses is marked failed with
monday's message and retried later with backoff; it never blocks the others.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from monday_app.client import MondayClient
from monday_app.client.column_values import encode_column_values
from monday_app.client.errors import ColumnValueEncodingError, MondayError, RecordError
from monday_app.client.models import ItemChange, NewItem
from store import outbox
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec, load_spec
from store.poll_runs import set_health
from sync.context import EngineContext
from sync.errors import error_chain, health_for, scrub
from sync.mapping import ID_COLUMN_KEY, STATUS_COLUMN_KEY, VANISHED_LABEL, build_mapping
from sync.provision import provision_board_sync
from sync.triggers import Written, fire_triggers

log = logging.getLogger(__name__)


@dataclass
class PushResult:
    board_sync_id: int
    created: int = 0
    updated: int = 0
    failed: int = 0
    found_existing: int = 0
    notes_posted: int = 0
    remaining: bool = False
    errors: list[str] = field(default_factory=list)


def create_key(board_id: str, record_key: str) -> str:
    digest = hashlib.sha256(f"{board_id}\n{record_key}".encode()).hexdigest()[:32]
    return f"create-item-{digest}"


def encode_values(values: dict[str, Any], columns: dict[str, dict[str, Any]]) -> str:
    """Mapped values -> monday's column_values JSON, only for columns the sync owns."""
    owned = {
        columns[key]["id"]: (columns[key]["type"], value)
        for key, value in values.items()
        if key in columns
    }
    return encode_column_values(owned)


def push(
    ctx: EngineContext, board_sync_id: int, progress: Callable[[int], None] | None = None
) -> PushResult:
    result = PushResult(board_sync_id)
    with ctx.db.session() as session:
        spec = load_spec(session, ctx.secret_box, board_sync_id)
    if not spec.account_active:
        return result
    client: MondayClient = ctx.monday_factory(spec)  # type: ignore[misc]
    mapping = build_mapping(spec.entity, spec.column_mapping)
    vanished_label = mapping.labels.get(VANISHED_LABEL, VANISHED_LABEL)
    try:
        columns = spec.provisioned_columns or provision_board_sync(ctx, spec, client)
        deadline = ctx.clock() + ctx.settings.push_time_budget
        with client.board_writer(spec.board_id) as lock:
            while ctx.clock() < deadline:
                with ctx.db.session() as session:
                    due = outbox.due_records(
                        session, spec.id, ctx.clock(), ctx.settings.push_batch_size
                    )
                if not due:
                    break
                _write_batch(ctx, spec, client, columns, due, vanished_label, result)
                lock.extend()
                if progress:
                    progress(len(due))
            else:
                result.remaining = True
    except (MondayError, ColumnValueEncodingError) as exc:
        if isinstance(exc, RecordError):
            raise
        with ctx.db.session() as session:
            set_health(session, spec.id, *health_for(exc))
        raise
    with ctx.db.session() as session:
        next_at = outbox.next_due_at(session, spec.id)
        if not result.failed and not result.remaining:
            set_health(session, spec.id, "ok", None)
    if ctx.enqueue_push and (result.remaining or next_at is not None):
        delay = None if result.remaining or next_at is None else next_at - ctx.clock()
        ctx.enqueue_push(spec.id, max(delay, timedelta(0)) if delay is not None else None)
    return result


def _write_batch(
    ctx: EngineContext,
    spec: BoardSyncSpec,
    client: MondayClient,
    columns: dict[str, dict[str, Any]],
    due: list[outbox.DueRecord],
    vanished_label: str,
    result: PushResult,
) -> None:
    item_ids = {r.id: r.monday_item_id for r in due}
    # Records never confirmed before: found on the board means an interrupted create.
    first_write = {r.id for r in due if r.first_write}
    missing = [r for r in due if not r.monday_item_id]
    if missing and ctx.settings.lookup_before_create:
        found = client.find_items_by_column_values(
            spec.board_id, columns[ID_COLUMN_KEY]["id"], [r.key for r in missing]
        )
        with ctx.db.session() as session:
            for record in missing:
                items = found.get(record.key)
                if items:
                    # Two items for one record (made by hand?): keep writing to the oldest.
                    item_id = min(items, key=lambda i: int(i.id)).id
                    item_ids[record.id] = item_id
                    outbox.set_item_id(session, record.id, item_id)
                    result.found_existing += 1

    encoded: dict[int, str] = {}
    entries: list[AuditEntry] = []
    with ctx.db.session() as session:
        for record in due:
            try:
                encoded[record.id] = encode_values(record.pending_values, columns)
            except ColumnValueEncodingError as exc:
                _fail(session, spec, record, exc, ctx, entries, result)
            if record.state == "failed":
                entries.append(_entry(spec, record, "retried", item_ids[record.id]))
        audit(session, entries)
    entries = []

    creates = [r for r in due if r.id in encoded and not item_ids[r.id]]
    updates = [r for r in due if r.id in encoded and item_ids[r.id]]
    outcomes: list[tuple[outbox.DueRecord, str | None, RecordError | None, str]] = []
    if creates:
        written = client.create_items(
            spec.board_id,
            [
                NewItem(
                    name=r.pending_name,
                    column_values=encoded[r.id],
                    group_id=spec.group_id,
                    idempotency_key=create_key(spec.board_id, r.key),
                )
                for r in creates
            ],
            batch_size=ctx.settings.push_batch_size,
            create_labels_if_missing=True,
        )
        outcomes += [
            (r, w.item_id, w.error, "created") for r, w in zip(creates, written, strict=True)
        ]
    if updates:
        written = client.change_column_values_batch(
            spec.board_id,
            [ItemChange(item_ids[r.id], encoded[r.id]) for r in updates],
            batch_size=ctx.settings.push_batch_size,
            create_labels_if_missing=True,
        )
        outcomes += [
            (r, w.item_id or item_ids[r.id], w.error,
             "created" if r.id in first_write else "updated")
            for r, w in zip(updates, written, strict=True)
        ]

    with ctx.db.session() as session:
        for record, item_id, error, action in outcomes:
            if error is not None or not item_id:
                problem = error or RuntimeError("monday returned no item id")
                _fail(session, spec, record, problem, ctx, entries, result)
                continue
            vanished = record.pending_values.get(STATUS_COLUMN_KEY) == vanished_label
            outbox.mark_written(session, record, item_id, "vanished" if vanished else "synced")
            entries.append(_entry(spec, record, "marked_vanished" if vanished else action, item_id))
            if action == "created":
                result.created += 1
            else:
                result.updated += 1
        audit(session, entries)
    _post_notes(spec, client, [(r, i) for r, i, e, _ in outcomes if e is None and i], result)
    # Custom recipe triggers for what was just written; a failed firing never fails the push.
    fire_triggers(ctx, spec, [
        Written(r.key, r.pending_name, i, r.pending_values, a == "created")
        for r, i, e, a in outcomes if e is None and i
    ])


def _post_notes(
    spec: BoardSyncSpec,
    client: MondayClient,
    written: list[tuple[outbox.DueRecord, str | None]],
    result: PushResult,
) -> None:
    """Significant events become updates on the item; a failure here never fails the record."""
    for record, item_id in written:
        for index, note in enumerate(record.pending_notes):
            try:
                client.create_update(
                    item_id,  # type: ignore[arg-type]
                    note,
                    board_id=spec.board_id,
                    idempotency_key=f"note-{record.id}-{record.pending_hash[:16]}-{index}",
                )
                result.notes_posted += 1
            except MondayError as exc:
                log.warning("board sync %s: update on item %s not posted: %s",
                            spec.id, item_id, scrub(str(exc)))


def _entry(
    spec: BoardSyncSpec, record: outbox.DueRecord, action: str, item_id: str | None
) -> AuditEntry:
    return AuditEntry(
        account_id=spec.account_id,
        board_sync_id=spec.id,
        syspro_id=record.key,
        poll_at=record.fetched_at,
        board_id=spec.board_id,
        item_id=item_id,
        action=action,
        detail={"hash": record.pending_hash[:16], "attempt": record.attempts + 1},
    )


def _fail(
    session: Any,
    spec: BoardSyncSpec,
    record: outbox.DueRecord,
    error: BaseException,
    ctx: EngineContext,
    entries: list[AuditEntry],
    result: PushResult,
) -> None:
    chain = error_chain(error)
    message = chain[0]["message"] if chain else str(error)
    next_at = outbox.mark_failed(session, record, message, ctx.clock())
    entry = _entry(spec, record, "failed", record.monday_item_id)
    entry.error_chain = chain
    entry.detail = {**(entry.detail or {}), "next_attempt_at": next_at.isoformat()}
    entries.append(entry)
    result.failed += 1
    result.errors.append(f"{record.key}: {message}")
