"""Push: drain a board's outbox into monday at the pace monday allows, one writer per board.

Records without a known item are first looked up by their SYSPRO ID column (an earlier install or
lost local state must not double items), then created several per request; known items get their
owned columns changed. Every create carries an Idempotency-Key fixed per board, record, values and
refused tries, so a push killed after monday answered but before we saved the item id gets monday's
replayed answer on the next try instead of a second item, and a create refused once is not answered
with that refusal again after a fix (sync/push_writes.create_key). A record monday refuses is
marked failed with monday's message and retried later with backoff; it never blocks the others: a
request monday refuses as a whole is split until the culprits stand alone (sync/batch_split.py),
and an item a person deleted is recreated. Nothing is pushed for a disabled board sync or an
uninstalled account, and health then keeps the reason it was given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import NoReturn

from monday_api import MondayClient
from monday_api.classify import server_side
from monday_api.errors import ColumnValueEncodingError, MondayError, MondayUnavailable
from monday_api.pacing import BoardLockTimeout
from store import outbox
from store.board_syncs import BoardSyncSpec, load_spec
from store.poll_runs import set_health
from sync import capacity, ingest
from sync.context import EngineContext
from sync.errors import health_for
from sync.mapping import build_mapping
from sync.provision import provision_board_sync
from sync.push_batch import encode_due, write_batch
from sync.push_settle import settle
from sync.push_writes import Board, create_key, recreate_key

log = logging.getLogger(__name__)
__all__ = ["PushResult", "create_key", "push", "recreate_key", "skip_reason"]


@dataclass
class PushResult:
    board_sync_id: int
    created: int = 0
    updated: int = 0
    failed: int = 0
    recreated: int = 0  # items a person deleted on monday, made again
    found_existing: int = 0
    notes_posted: int = 0
    ingested: int = 0  # records sent in ingest_items jobs (sync/ingest.py)
    archived: int = 0  # settled records' items archived (capacity policy "archive")
    waiting_for_room: int = 0  # new records that found the board full and wait (pending)
    remaining: bool = False
    errors: list[str] = field(default_factory=list)
    skipped_reason: str | None = None  # set when nothing was pushed (disabled, uninstalled)


def push(
    ctx: EngineContext, board_sync_id: int, progress: Callable[[int], None] | None = None
) -> PushResult:
    result = PushResult(board_sync_id)
    with ctx.db.session() as session:
        spec = load_spec(session, ctx.secret_box, board_sync_id)
    result.skipped_reason = skip_reason(spec)
    if result.skipped_reason:
        # Disabled means disabled: no monday call, and health keeps the reason it was given.
        log.info("board sync %s: not pushed (%s)", spec.id, result.skipped_reason)
        return result
    client = ctx.monday_factory(spec)
    try:
        _drain(ctx, spec, client, result, progress)
    except BoardLockTimeout:
        return _board_busy(ctx, spec, result)
    except (MondayError, ColumnValueEncodingError) as exc:
        _fail_push(ctx, spec, exc)
    _finish(ctx, spec, result)
    return result


def _fail_push(ctx: EngineContext, spec: BoardSyncSpec, exc: Exception) -> NoReturn:
    """Health says why the push stopped; the job fails with monday's error (or the outage it
    stands for)."""
    failure = as_outage(exc)
    with ctx.db.session() as session:
        set_health(session, spec.id, *health_for(failure))
    if failure is exc:
        raise exc
    raise failure from exc


def _finish(ctx: EngineContext, spec: BoardSyncSpec, result: PushResult) -> None:
    """Health after a push that ran, and the next push: at once when it ran out of time,
    at the earliest retry when only failed records wait."""
    with ctx.db.session() as session:
        next_at = outbox.next_due_at(session, spec.id)
        # "ok" unless records are failing: then their count and the latest reason.
        set_health(session, spec.id, "ok", None)
    if ctx.enqueue_push and (result.remaining or next_at is not None):
        delay = None if result.remaining or next_at is None else next_at - ctx.clock()
        ctx.enqueue_push(spec.id, max(delay, timedelta(0)) if delay is not None else None)


def as_outage(exc: Exception) -> Exception:
    """A 5xx or no answer outside a batch (provisioning, lookups) is no record's fault: monday
    is unavailable. (Batches sort out their own refusals: sync/batch_split.py.)"""
    if isinstance(exc, MondayError) and not isinstance(exc, MondayUnavailable) and server_side(
        exc
    ):
        return MondayUnavailable(exc.details, exc.history)
    return exc


def skip_reason(spec: BoardSyncSpec) -> str | None:
    """Why nothing may be pushed for this board sync now (None: push)."""
    if not spec.account_active:
        return "the monday account uninstalled the app"
    if not spec.enabled:
        return "board sync disabled"
    return None


def _drain(
    ctx: EngineContext,
    spec: BoardSyncSpec,
    client: MondayClient,
    result: PushResult,
    progress: Callable[[int], None] | None,
) -> None:
    """Write due records batch by batch until none is due or the time budget is spent."""
    mapping = build_mapping(spec.entity, spec.column_mapping)
    board = _board(ctx, spec, client)
    boards = capacity.boards_for(board)
    deadline = ctx.clock() + ctx.settings.push_time_budget
    with client.board_writer(spec.board_id) as lock:
        # Many records never sent (a first sync, a backfill): bulk jobs first, where the API
        # version and monday's hourly budget allow; what they leave goes by mutations below.
        result.ingested += ingest.first_import(
            ctx, board, lock,
            lambda due: encode_due(ctx, boards, due, {r.id: None for r in due}, result),
            lambda outcomes: settle(ctx, boards, mapping, outcomes, result),
            board_room=lambda: capacity.room(ctx, boards))
        while ctx.clock() < deadline:
            with ctx.db.session() as session:
                due = outbox.due_records(
                    session, spec.id, ctx.clock(), ctx.settings.push_batch_size
                )
            if not due:
                # Archive policy near full: what has been settled for N days leaves the board.
                result.archived += capacity.house_keeping(ctx, boards)
                return
            write_batch(ctx, boards, mapping, due, result)
            if progress:
                progress(len(due))
            if not lock.extend():  # lease lost: another writer may own the board now
                break
        result.remaining = True


def _board(ctx: EngineContext, spec: BoardSyncSpec, client: MondayClient) -> Board:
    """The board as the push writes to it, its columns provisioned first if need be."""
    if not spec.provisioned_columns:
        provision_board_sync(ctx, spec, client)
        with ctx.db.session() as session:  # the columns and what the board held before
            spec = load_spec(session, ctx.secret_box, spec.id)
    return Board(spec, client, spec.provisioned_columns, ctx.settings.push_batch_size)


def _board_busy(ctx: EngineContext, spec: BoardSyncSpec, result: PushResult) -> PushResult:
    """Another live writer holds the board (a dead one's lease would have lapsed during the
    wait): come back later rather than keep a worker waiting."""
    log.info("board sync %s: board %s is busy; push again in %s", spec.id, spec.board_id,
             ctx.settings.board_busy_retry)
    result.remaining = True
    if ctx.enqueue_push:
        ctx.enqueue_push(spec.id, ctx.settings.board_busy_retry)
    return result
