"""Push: drain a board's outbox into monday at the pace monday allows, one writer per board.

Records without a known item are first looked up by their SYSPRO ID column (an earlier install
or lost local state must not double items), then created several per request; known items get
their owned columns changed. Every create carries an Idempotency-Key fixed per board and record,
so a push killed after monday answered but before we saved the item id gets monday's replayed
answer on the next try instead of a second item. A record monday refuses is marked failed with
monday's message and retried later with backoff; it never blocks the others: a request monday
refuses as a whole is split until the culprits stand alone (sync/batch_split.py), and an item a
person deleted is recreated. Nothing is pushed for a disabled board sync or an uninstalled
account, and health then keeps the reason it was given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from monday_api import MondayClient
from monday_api.classify import board_full, item_gone, server_side
from monday_api.column_values import encode_column_values
from monday_api.errors import ColumnValueEncodingError, MondayError, MondayUnavailable
from monday_api.pacing import BoardLockTimeout
from store import outbox
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec, load_spec
from store.poll_runs import set_health
from sync import capacity, ingest
from sync import push_writes as writes
from sync.capacity import Boards
from sync.context import EngineContext
from sync.errors import error_chain, health_for, scrub
from sync.failure_text import describe_failure
from sync.mapping import BoardMapping, build_mapping
from sync.provision import provision_board_sync
from sync.push_writes import Board, Outcome, create_key, recreate_key
from sync.triggers import Written, fire_triggers

log = logging.getLogger(__name__)
__all__ = ["PushResult", "create_key", "encode_values", "push", "recreate_key", "skip_reason"]


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
        failure = as_outage(exc)
        with ctx.db.session() as session:
            set_health(session, spec.id, *health_for(failure))
        if failure is exc:
            raise
        raise failure from exc
    with ctx.db.session() as session:
        next_at = outbox.next_due_at(session, spec.id)
        # "ok" unless records are failing: then their count and the latest reason.
        set_health(session, spec.id, "ok", None)
    if ctx.enqueue_push and (result.remaining or next_at is not None):
        delay = None if result.remaining or next_at is None else next_at - ctx.clock()
        ctx.enqueue_push(spec.id, max(delay, timedelta(0)) if delay is not None else None)
    return result


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
    if not spec.provisioned_columns:
        provision_board_sync(ctx, spec, client)
        with ctx.db.session() as session:  # the columns and what the board held before
            spec = load_spec(session, ctx.secret_box, spec.id)
    columns = spec.provisioned_columns
    board = Board(spec, client, columns, ctx.settings.push_batch_size)
    boards = capacity.boards_for(board)
    deadline = ctx.clock() + ctx.settings.push_time_budget
    with client.board_writer(spec.board_id) as lock:
        # Many records never sent (a first sync, a backfill): bulk jobs first, where the API
        # version and monday's hourly budget allow; what they leave goes by mutations below.
        result.ingested += ingest.first_import(
            ctx, board, lock,
            lambda due: _encode(ctx, boards, due, {r.id: None for r in due}, result),
            lambda outcomes: _settle(ctx, boards, mapping, outcomes, result),
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
            _write_batch(ctx, boards, mapping, due, result)
            if progress:
                progress(len(due))
            if not lock.extend():  # lease lost: another writer may own the board now
                break
        result.remaining = True


def _board_busy(ctx: EngineContext, spec: BoardSyncSpec, result: PushResult) -> PushResult:
    """Another live writer holds the board (a dead one's lease would have lapsed during the
    wait): come back later rather than keep a worker waiting."""
    log.info("board sync %s: board %s is busy; push again in %s", spec.id, spec.board_id,
             ctx.settings.board_busy_retry)
    result.remaining = True
    if ctx.enqueue_push:
        ctx.enqueue_push(spec.id, ctx.settings.board_busy_retry)
    return result


def _write_batch(
    ctx: EngineContext, boards: Boards, mapping: BoardMapping, due: list[outbox.DueRecord],
    result: PushResult,
) -> None:
    board = boards.current
    item_ids = _known_item_ids(ctx, board, due, result)
    encoded = _encode(ctx, boards, due, item_ids, result)
    creates = [r for r in due if r.id in encoded and not item_ids[r.id]]
    updates = [r for r in due if r.id in encoded and item_ids[r.id]]
    first_write = {r.id for r in due if r.first_write}
    outcomes: list[Outcome] = []
    try:
        # Creates go where the capacity policy finds room (sync/capacity.py); a full board
        # never fails a record: it waits, pending.
        created, waiting = capacity.place_creates(ctx, boards, creates, _encoder)
        outcomes += created
        result.waiting_for_room += waiting
        by_board: dict[str, list[outbox.DueRecord]] = {}
        for r in updates:  # each on the board its item lives on
            by_board.setdefault(boards.of(r).spec.board_id, []).append(r)
        for mine in by_board.values():
            outcomes += writes.update(boards.of(mine[0]), mine, encoded, item_ids, first_write)
        gone = _deleted_items(outcomes, item_ids)
        if gone:
            # A person deleted the item on monday: recreate it rather than fail forever.
            refused = [o for o, _ in gone]
            outcomes = [o for o in outcomes if o not in refused]
            outcomes += writes.recreate(
                ctx, boards.current, [(o.record, item_id) for o, item_id in gone],
                _encoder(boards.current, [o.record for o, _ in gone]),
            )
        outcomes = [o for o in outcomes if not board_full(o.error)]  # recreated: next push
    except MondayUnavailable as exc:
        # monday went down mid-batch: save what it had already written, blame nobody else.
        _record(ctx, boards, mapping, outcomes + exc.outcomes, result)
        raise
    _settle(ctx, boards, mapping, outcomes, result)


def _settle(ctx: EngineContext, boards: Boards, mapping: BoardMapping, outcomes: list[Outcome],
            result: PushResult) -> None:
    """Store and audit what monday said, then post notes and fire triggers for the written."""
    board = boards.current
    _record(ctx, boards, mapping, outcomes, result)
    written = [(o, o.item_id) for o in outcomes if o.error is None and o.item_id]
    _post_notes(board.spec, board.client, [(o.record, item_id) for o, item_id in written], result)
    # Custom recipe triggers for what was just written; a failed firing never fails the push.
    fire_triggers(ctx, board.spec, [
        Written(o.record.key, o.record.pending_name, item_id, o.record.pending_values,
                o.action != "updated")
        for o, item_id in written
    ])


def _deleted_items(
    outcomes: list[Outcome], item_ids: dict[int, str | None]
) -> list[tuple[Outcome, str]]:
    """Writes monday refused because a person deleted the item, each with that item's id.
    Only a write to a known item (an update) can find its item gone."""
    return [
        (o, item_id) for o in outcomes
        if o.error is not None and item_gone(o.error.details)
        and (item_id := item_ids[o.record.id]) is not None
    ]


def _known_item_ids(
    ctx: EngineContext, board: Board, due: list[outbox.DueRecord], result: PushResult
) -> dict[int, str | None]:
    """Each record's item: the one it wrote before, or, for a record that never confirmed
    a write, one found on the board by its SYSPRO ID (an interrupted create, an old install)."""
    item_ids = {r.id: r.monday_item_id for r in due}
    # Only where an item may carry the SYSPRO ID already: a create whose answer was lost, or
    # a board that had items before the sync (an earlier install, a hand-made list). On the
    # usual first sync of an empty board this lookup was most of the complexity spent.
    anyone_elses = board.spec.board_had_items is not False
    missing = [r for r in due if not r.monday_item_id and (anyone_elses or r.create_sent)]
    if not missing or not ctx.settings.lookup_before_create:
        return item_ids
    found = board.find_items([r.key for r in missing])
    with ctx.db.session() as session:
        for record in missing:
            if record.key in found:
                item_ids[record.id] = found[record.key]
                outbox.set_item_id(session, record.id, found[record.key], board.spec.board_id)
                result.found_existing += 1
    return item_ids


def _encoder(board: Board, records: list[outbox.DueRecord]) -> dict[int, str]:
    """Column values of records for one board's columns (a board rolled over to has its own
    column ids)."""
    return {r.id: encode_values(r.pending_values, board.columns) for r in records}


def _encode(
    ctx: EngineContext,
    boards: Boards,
    due: list[outbox.DueRecord],
    item_ids: dict[int, str | None],
    result: PushResult,
) -> dict[int, str]:
    """Column values as monday takes them, for the board each record's item lives on; a value
    that cannot be encoded fails its record."""
    encoded: dict[int, str] = {}
    entries: list[AuditEntry] = []
    board = boards.current
    with ctx.db.session() as session:
        for record in due:
            try:
                encoded[record.id] = encode_values(record.pending_values,
                                                   boards.of(record).columns)
            except ColumnValueEncodingError as exc:
                _fail(session, board.spec, record, exc, ctx, entries, result)
            if record.state == "failed":
                entries.append(_entry(board.spec, record, "retried", item_ids[record.id]))
        audit(session, entries)
    return encoded


def _record(
    ctx: EngineContext, boards: Boards, mapping: BoardMapping, outcomes: list[Outcome],
    result: PushResult,
) -> None:
    """Store what monday said for each record (its item, on which board, whether settled),
    and audit it."""
    board = boards.current
    today = ctx.clock().date()
    entries: list[AuditEntry] = []
    written: list[outbox.Written] = []
    with ctx.db.session() as session:
        for outcome in outcomes:
            record = outcome.record
            if outcome.error is not None or not outcome.item_id:
                problem = outcome.error or RuntimeError("monday returned no item id")
                _fail(session, board.spec, record, problem, ctx, entries, result)
                continue
            board_id = outcome.board_id or boards.of(record).spec.board_id
            written.append((record, outcome.item_id, board_id,
                            capacity.settled_on(mapping, record.pending_values, today)))
            vanished = record.pending_state == "vanished"
            action = "marked_vanished" if vanished else outcome.action
            entry = _entry(board.spec, record, action, outcome.item_id)
            entry.board_id = board_id
            entries.append(entry)
            setattr(result, outcome.action, getattr(result, outcome.action) + 1)
        outbox.mark_written_many(session, written)
        audit(session, entries)


def _post_notes(
    spec: BoardSyncSpec,
    client: MondayClient,
    written: list[tuple[outbox.DueRecord, str]],
    result: PushResult,
) -> None:
    """Significant events become updates on the item; a failure here never fails the record."""
    for record, item_id in written:
        for index, note in enumerate(record.pending_notes):
            try:
                client.create_update(
                    item_id,
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
    failure = describe_failure(error, record.pending_values, spec.entity, spec.column_mapping,
                               spec.provisioned_columns)
    next_at = outbox.mark_failed(session, record, message, ctx.clock(), failure)
    entry = _entry(spec, record, "failed", record.monday_item_id)
    entry.error_chain = chain
    entry.detail = {**(entry.detail or {}), "next_attempt_at": next_at.isoformat(),
                    "failure": failure}
    entries.append(entry)
    result.failed += 1
    result.errors.append(f"{record.key}: {message}")
