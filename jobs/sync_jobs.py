"""RQ jobs over the engine. Thin: build the context, call sync/, let RQ record failures.

Every job is idempotent: a poll re-run stages nothing new (hashes), a push re-run finds items
by their records or replays monday's answer (Idempotency-Key), provisioning reuses columns.
Each is declared once here (jobs/declare.py): its timeout, and its job id, which keeps two
runs for one board sync from overlapping.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import date
from typing import Any

from redis import Redis

from jobs import metrics
from jobs.declare import RQ_DEFAULT_TIMEOUT, Overlap, job
from jobs.engine import engine_context
from jobs.runtime import Runtime, runtime
from store.board_syncs import BoardSyncSpec, board_sync_entity, load_spec
from store.board_view import forget_fingerprints
from store.errors import NotFound
from store.writeback import webhook_ids
from sync.context import EngineContext
from sync.poll import poll
from sync.provision import (
    BOARD_WEBHOOK_EVENTS,
    provision_board_sync,
    sync_board_webhooks,
    wants_board_webhooks,
)
from sync.push import push, skip_reason
from sync.reconcile import reconcile

log = logging.getLogger(__name__)

# A poll or a compare of a large table may take long; the results are not kept (the database
# has the outcome), a failure is kept a day for `rq info` and the board view.
ENGINE_TIMEOUT = 30 * 60
FAILURE_TTL = 24 * 3600


@job(timeout=ENGINE_TIMEOUT, result_ttl=0, failure_ttl=FAILURE_TTL, overlap=Overlap.SKIP,
     job_id=lambda board_sync_id: f"poll-board-sync-{board_sync_id}")
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


# A push may be asked for while one runs (a poll staged more): that one gets a follow-up.
@job(timeout=ENGINE_TIMEOUT, result_ttl=0, failure_ttl=FAILURE_TTL, overlap=Overlap.FOLLOW_UP,
     job_id=lambda board_sync_id: f"push-board-sync-{board_sync_id}")
def push_board_sync(board_sync_id: int) -> dict[str, Any]:
    rt = runtime()
    result = push(engine_context(rt), board_sync_id)
    metrics.count_push(rt.redis, _entity_of(rt, board_sync_id), result)
    return asdict(result)


def _entity_of(rt: Runtime, board_sync_id: int) -> str:
    """The metrics' entity label ("unknown" for a sync deleted meanwhile)."""
    with rt.db.session() as session:
        return board_sync_entity(session, board_sync_id) or "unknown"


# The poll's own job id: a compare and a poll of one sync never run at once (a compare that
# read a row before a poll staged a newer one would stage the older values again).
@job(timeout=ENGINE_TIMEOUT, result_ttl=0, failure_ttl=FAILURE_TTL, overlap=Overlap.SKIP,
     job_id=poll_board_sync.job_id)
def reconcile_board_sync(board_sync_id: int) -> dict[str, Any]:
    """The scheduled full compare with SYSPRO and the board (drift repair)."""
    result = reconcile(engine_context(runtime()), board_sync_id)
    return {**asdict(result), "drift": result.drift}


# Refused while a record of the last one is kept: monday retries a recipe action every minute.
@job(timeout=RQ_DEFAULT_TIMEOUT, overlap=Overlap.REFUSE,
     job_id=lambda board_sync_id: f"provision-board-sync-{board_sync_id}")
def set_up_board_sync(board_sync_id: int) -> dict[str, Any]:
    """Create the board's columns for a new board sync (provisioning), then poll it at once."""
    provisioned = _provision(board_sync_id)
    if isinstance(provisioned, str):
        return {"board_sync_id": board_sync_id, "skipped": provisioned}
    _, _, columns = provisioned
    poll_board_sync.enqueue(runtime().redis, board_sync_id)
    return {"board_sync_id": board_sync_id, "columns": columns}


def _provision(board_sync_id: int) -> tuple[EngineContext, BoardSyncSpec, dict[str, Any]] | str:
    """The sync's columns made on its board: (context, spec as it was, columns), or why
    nothing was written (unsubscribed or uninstalled before the job ran)."""
    rt = runtime()
    ctx = engine_context(rt)
    with rt.db.session() as session:
        spec = load_spec(session, rt.secret_box, board_sync_id)
    if reason := skip_reason(spec):
        return reason
    return ctx, spec, provision_board_sync(ctx, spec, ctx.monday_factory(spec))


@job(timeout=ENGINE_TIMEOUT, result_ttl=0, failure_ttl=FAILURE_TTL, overlap=Overlap.SKIP,
     job_id=lambda request: f"backfill-board-sync-{request['board_sync_id']}")
def backfill_board_sync(request: dict[str, Any]) -> dict[str, Any]:
    """A backfill asked for in the board view: the same bounded poll as `ml-connector sync
    backfill`; the push it stages is queued by the poll."""
    until = request.get("until")
    result = poll(engine_context(runtime()), int(request["board_sync_id"]),
                  since=date.fromisoformat(request["since"]),
                  until=date.fromisoformat(until) if until else None, backfill=True)
    return asdict(result)


def enqueue_backfill(connection: Redis, board_sync_id: int, since: date,
                     until: date | None) -> bool:
    """Queue a bounded import of [since, until] (the live cursor stays where it is), as
    `ml-connector sync backfill` runs it inline; False while one for this sync waits or runs."""
    request = {"board_sync_id": board_sync_id, "since": since.isoformat(),
               "until": until.isoformat() if until else None}
    return backfill_board_sync.enqueue(connection, request)


# After a column mapping is saved; a second save while one runs gets a follow-up.
@job(timeout=ENGINE_TIMEOUT, result_ttl=0, failure_ttl=FAILURE_TTL, overlap=Overlap.FOLLOW_UP,
     job_id=lambda board_sync_id: f"remap-board-sync-{board_sync_id}")
def remap_board_sync(board_sync_id: int) -> dict[str, Any]:
    """A saved column mapping: provision its columns (as the provisioning job does), forget
    the fingerprints if a column moved, then compare every record with SYSPRO: the records
    whose converted values differ are staged and pushed (the reconcile queues the push)."""
    provisioned = _provision(board_sync_id)
    if isinstance(provisioned, str):
        return {"board_sync_id": board_sync_id, "skipped": provisioned}
    ctx, spec, columns = provisioned
    rt = runtime()
    moved = {k for k, c in columns.items()
             if spec.provisioned_columns.get(k, {}).get("id") != c["id"]}
    restaged = 0
    if moved and spec.provisioned_columns:
        with rt.db.session() as session:
            restaged = forget_fingerprints(session, board_sync_id)
    result = reconcile(ctx, board_sync_id)
    return {"board_sync_id": board_sync_id, "columns": columns, "moved": sorted(moved),
            "restaged_for_new_columns": restaged, "changed": result.hash_mismatch}


# Have monday's board webhooks follow the sync's lookup mode. One waiting job per sync; one
# that is running gets a follow-up, which reads the sync afresh.
@job(timeout=ENGINE_TIMEOUT, result_ttl=0, failure_ttl=FAILURE_TTL, overlap=Overlap.FOLLOW_UP,
     job_id=lambda board_sync_id: f"board-webhooks-{board_sync_id}")
def update_board_webhooks(board_sync_id: int) -> dict[str, Any]:
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
    sync_board_webhooks(ctx, spec, client)
    with rt.db.session() as session:
        return {"board_sync_id": board_sync_id, "webhooks": webhook_ids(session, spec.id)}
