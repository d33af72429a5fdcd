"""Settling a push batch: store what monday said for each record, audit it, then post notes
and fire recipe triggers for what was written. Shared by the mutation path (sync/push_batch.py)
and bulk imports (sync/ingest.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from monday_api import MondayClient
from monday_api.errors import MondayError
from store import outbox
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec
from sync import capacity
from sync.capacity import Boards
from sync.errors import error_chain, scrub
from sync.failure_text import describe_failure
from sync.mapping import BoardMapping
from sync.push_writes import Outcome
from sync.triggers import Written, fire_triggers

if TYPE_CHECKING:
    from sync.context import EngineContext
    from sync.push import PushResult

log = logging.getLogger(__name__)


def settle(ctx: EngineContext, boards: Boards, mapping: BoardMapping, outcomes: list[Outcome],
           result: PushResult) -> None:
    """Store and audit what monday said, then post notes and fire triggers for the written."""
    board = boards.current
    record(ctx, boards, mapping, outcomes, result)
    written = [(o, o.item_id) for o in outcomes if o.error is None and o.item_id]
    post_notes(board.spec, board.client, [(o.record, item_id) for o, item_id in written], result)
    # Custom recipe triggers for what was just written; a failed firing never fails the push.
    fire_triggers(ctx, board.spec, [
        Written(o.record.key, o.record.pending_name, item_id, o.record.pending_values,
                o.action != "updated")
        for o, item_id in written
    ])


def record(
    ctx: EngineContext, boards: Boards, mapping: BoardMapping, outcomes: list[Outcome],
    result: PushResult,
) -> None:
    """Store what monday said for each record (its item, on which board, whether settled),
    and audit it. A written record takes the state its write was staged for."""
    board = boards.current
    today = ctx.clock().date()
    entries: list[AuditEntry] = []
    written: list[outbox.Written] = []
    with ctx.db.session() as session:
        for outcome in outcomes:
            due = outcome.record
            if outcome.error is not None or not outcome.item_id:
                problem = outcome.error or RuntimeError("monday returned no item id")
                fail(session, board.spec, due, problem, ctx, entries, result)
                continue
            board_id = outcome.board_id or boards.of(due).spec.board_id
            written.append((due, outcome.item_id, board_id,
                            capacity.settled_on(mapping, due.pending_values, today)))
            action = "marked_vanished" if due.pending_state == "vanished" else outcome.action
            entry = entry_for(board.spec, due, action, outcome.item_id)
            entry.board_id = board_id
            entries.append(entry)
            setattr(result, outcome.action, getattr(result, outcome.action) + 1)
        outbox.mark_written_many(session, written)
        audit(session, entries)


def post_notes(
    spec: BoardSyncSpec,
    client: MondayClient,
    written: list[tuple[outbox.DueRecord, str]],
    result: PushResult,
) -> None:
    """Significant events become updates on the item; a failure here never fails the record."""
    for due, item_id in written:
        for index, note in enumerate(due.pending_notes):
            try:
                client.create_update(
                    item_id,
                    note,
                    board_id=spec.board_id,
                    idempotency_key=f"note-{due.id}-{due.pending_hash[:16]}-{index}",
                )
                result.notes_posted += 1
            except MondayError as exc:
                log.warning("board sync %s: update on item %s not posted: %s",
                            spec.id, item_id, scrub(str(exc)))


def entry_for(
    spec: BoardSyncSpec, due: outbox.DueRecord, action: str, item_id: str | None
) -> AuditEntry:
    return AuditEntry(
        account_id=spec.account_id,
        board_sync_id=spec.id,
        syspro_id=due.key,
        poll_at=due.fetched_at,
        board_id=spec.board_id,
        item_id=item_id,
        action=action,
        detail={"hash": due.pending_hash[:16], "attempt": due.attempts + 1},
    )


def fail(
    session: Any,
    spec: BoardSyncSpec,
    due: outbox.DueRecord,
    error: BaseException,
    ctx: EngineContext,
    entries: list[AuditEntry],
    result: PushResult,
) -> None:
    """Mark a record failed (retried later with backoff), with its reason as data."""
    chain = error_chain(error)
    message = chain[0]["message"] if chain else str(error)
    failure = describe_failure(error, due.pending_values, spec.entity, spec.column_mapping,
                               spec.provisioned_columns)
    next_at = outbox.mark_failed(session, due, message, ctx.clock(), failure)
    entry = entry_for(spec, due, "failed", due.monday_item_id)
    entry.error_chain = chain
    entry.detail = {**(entry.detail or {}), "next_attempt_at": next_at.isoformat(),
                    "failure": failure}
    entries.append(entry)
    result.failed += 1
    result.errors.append(f"{due.key}: {message}")
