"""RQ jobs over the engine. Thin: build the context, call sync/, let RQ record failures.

Every job is idempotent: a poll re-run stages nothing new (hashes), a push re-run finds items
by their records or replays monday's answer (Idempotency-Key), provisioning reuses columns.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import date
from typing import Any

from rq import Queue

from jobs import metrics
from jobs.engine import QUEUE_NAME, engine_context
from jobs.queueing import enqueue_unique
from jobs.runtime import Runtime, runtime
from jobs.schedule import enqueue_poll
from store.board_syncs import board_sync_entity, load_spec
from store.board_view import forget_fingerprints
from store.errors import NotFound
from store.writeback import webhook_ids
from sync.poll import poll
from sync.provision import BOARD_WEBHOOK_EVENTS, wants_board_webhooks
from sync.provision import provision_board_sync as provision
from sync.provision import sync_board_webhooks as sync_webhooks
from sync.push import push, skip_reason
from sync.reconcile import reconcile

log = logging.getLogger(__name__)


def poll_board_sync(board_sync_id: int) -> dict[str, Any]:
    rt = runtime()
    entity = _entity_of(rt, board_sync_id)
    try:
        result = poll(engine_context(rt), board_sync_id)
    except Exception as exc:
        metrics.count_failure(rt.redis, exc, poll_of=entity)
        raise
    metrics.count_poll(rt.redis, entity, result)
    return asdict(result)


def push_board_sync(board_sync_id: int) -> dict[str, Any]:
    rt = runtime()
    result = push(engine_context(rt), board_sync_id)
    metrics.count_push(rt.redis, _entity_of(rt, board_sync_id), result)
    return asdict(result)


def _entity_of(rt: Runtime, board_sync_id: int) -> str:
    """The metrics' entity label ("unknown" for a sync deleted meanwhile)."""
    with rt.db.session() as session:
        return board_sync_entity(session, board_sync_id) or "unknown"


def reconcile_board_sync(board_sync_id: int) -> dict[str, Any]:
    """The scheduled full compare with SYSPRO and the board (drift repair)."""
    result = reconcile(engine_context(runtime()), board_sync_id)
    return {**asdict(result), "drift": result.drift}


def provision_board_sync(board_sync_id: int) -> dict[str, Any]:
    """Create the board's columns for a new board sync, then poll it at once."""
    rt = runtime()
    ctx = engine_context(rt)
    with rt.db.session() as session:
        spec = load_spec(session, rt.secret_box, board_sync_id)
    if reason := skip_reason(spec):
        # Unsubscribed or uninstalled before the job ran: nothing is written to monday.
        return {"board_sync_id": board_sync_id, "skipped": reason}
    columns = provision(ctx, spec, ctx.monday_factory(spec))
    enqueue_poll(Queue(QUEUE_NAME, connection=rt.redis), board_sync_id)
    return {"board_sync_id": board_sync_id, "columns": columns}


def backfill_board_sync(request: dict[str, Any]) -> dict[str, Any]:
    """A backfill asked for in the board view: the same bounded poll as `ml-connector sync
    backfill`; the push it stages is queued by the poll."""
    until = request.get("until")
    result = poll(engine_context(runtime()), int(request["board_sync_id"]),
                  since=date.fromisoformat(request["since"]),
                  until=date.fromisoformat(until) if until else None, backfill=True)
    return asdict(result)


def remap_board_sync(board_sync_id: int) -> dict[str, Any]:
    """A saved column mapping: provision its columns (as the provisioning job does), forget
    the fingerprints if a column moved, then compare every record with SYSPRO: the records
    whose converted values differ are staged and pushed (the reconcile queues the push)."""
    rt = runtime()
    ctx = engine_context(rt)
    with rt.db.session() as session:
        spec = load_spec(session, rt.secret_box, board_sync_id)
    if reason := skip_reason(spec):
        return {"board_sync_id": board_sync_id, "skipped": reason}
    columns = provision(ctx, spec, ctx.monday_factory(spec))
    moved = {k for k, c in columns.items()
             if spec.provisioned_columns.get(k, {}).get("id") != c["id"]}
    restaged = 0
    if moved and spec.provisioned_columns:
        with rt.db.session() as session:
            restaged = forget_fingerprints(session, board_sync_id)
    result = reconcile(ctx, board_sync_id)
    return {"board_sync_id": board_sync_id, "columns": columns, "moved": sorted(moved),
            "restaged_for_new_columns": restaged, "changed": result.hash_mismatch}


BOARD_WEBHOOKS_FUNCTION = "jobs.sync_jobs.sync_board_webhooks"


def enqueue_board_webhooks(queue: Queue, board_sync_id: int) -> None:
    """Have monday's board webhooks follow the sync's lookup mode. One waiting job per sync;
    one that is running gets a follow-up, which reads the sync afresh."""
    enqueue_unique(queue, BOARD_WEBHOOKS_FUNCTION, board_sync_id,
                   f"board-webhooks-{board_sync_id}")


def sync_board_webhooks(board_sync_id: int) -> dict[str, Any]:
    """Create the board webhooks of an enabled lookup sync; delete them otherwise."""
    rt = runtime()
    ctx = engine_context(rt)
    with rt.db.session() as session:
        spec = load_spec(session, rt.secret_box, board_sync_id)
        known = webhook_ids(session, spec.id)
    if not set(known) & set(BOARD_WEBHOOK_EVENTS) and not wants_board_webhooks(spec):
        return {"board_sync_id": board_sync_id, "webhooks": {}}  # nothing to do in monday
    try:
        client = ctx.monday_factory(spec)
    except NotFound:  # no token left (uninstalled); the web layer ignores the board's events
        return {"board_sync_id": board_sync_id, "skipped": "no monday token"}
    sync_webhooks(ctx, spec, client)
    with rt.db.session() as session:
        return {"board_sync_id": board_sync_id, "webhooks": webhook_ids(session, spec.id)}
