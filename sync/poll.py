"""Poll: read what changed in SYSPRO, map and hash it, and stage what monday must be told.

What a poll reads depends on the board sync's change cursor (sync/streams.py, sync/cursor.py):
rows whose rowversion rose, or the date window plus open items. Each record is mapped and
hashed; an unchanged hash costs nothing more. A row that cannot be read or mapped fails alone,
named by its SYSPRO key; the rest of the poll goes on. Batches commit as they go (so memory
stays flat and a long poll never holds the database); the last batch commits in the same
transaction as the cursor, so the cursor never advances past unstored records, and a poll
killed half-way re-reads from the old cursor, where the hashes make the re-read harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from store import outbox, staging
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec, load_spec
from store.board_view import end_wave_if_drained, mark_wave
from store.poll_runs import finish_poll_run, save_cursor, set_health, start_poll_run
from sync.context import EngineContext
from sync.cursor import Cursor
from sync.errors import error_chain, health_for
from sync.mapping import build_mapping
from sync.poll_stage import Row, Run, stage_batch
from sync.streams import plan_read
from sync.vanish import mark_removed_guarded
from syspro import first_sync
from syspro.entities import CATALOGUE, Entity

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass
class PollResult:
    board_sync_id: int
    run_id: int | None = None
    read: int = 0
    changed: int = 0
    unchanged: int = 0
    vanished: int = 0
    failed: int = 0  # rows that could not be read or mapped (failed alone, by key)
    skipped_reason: str | None = None
    cursor: dict[str, Any] = field(default_factory=dict)


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


# Recipe filters use plain names; each entity keeps the value in a field of its own.
FILTER_FIELDS: dict[str, tuple[str, ...]] = {
    "branch": ("Branch",),
    "warehouse": ("Warehouse", "WarehouseToUse"),
    "currency": ("Currency", "PostCurrency"),
}


class FilterError(ValueError):
    """A board sync filters on something its entity does not have."""


def _filter_field(name: str, entity: Entity) -> str:
    known = entity.field_types
    if name in known:
        return name
    for candidate in FILTER_FIELDS.get(name.lower(), ()):
        if candidate in known:
            return candidate
    raise FilterError(f"filter {name!r}: {entity.name} records have no such field")


def row_filter(spec: BoardSyncSpec, entity: Entity) -> Callable[[Row], bool]:
    """The recipe's restrictions (branch, warehouse, currency...): field -> allowed values."""
    allowed: dict[str, set[str]] = {}
    for name, values in spec.filters.items():
        wanted = values if isinstance(values, list | tuple) else [values]
        allowed[_filter_field(name, entity)] = {
            str(v).strip() for v in wanted if str(v).strip()
        }
    if not allowed:
        return lambda row: True
    return lambda row: all(str(row.get(k) or "").strip() in v for k, v in allowed.items())


def poll(
    ctx: EngineContext,
    board_sync_id: int,
    *,
    since: date | None = None,
    until: date | None = None,
    backfill: bool = False,
    progress: Progress | None = None,
) -> PollResult:
    """One poll of one board sync (or, with backfill, a bounded import that keeps the cursor)."""
    result = PollResult(board_sync_id)
    with ctx.db.session() as session:
        spec = load_spec(session, ctx.secret_box, board_sync_id)
    if not (spec.enabled and spec.account_active) and not backfill:
        result.skipped_reason = "board sync disabled" if spec.account_active else "uninstalled"
        return result
    started = ctx.clock()
    result.run_id = _start_run(ctx, spec, backfill)
    try:
        run = _prepare(ctx, spec, result, started, (since, until) if backfill else None)
        push_due = _read_and_stage(run, progress)
    except Exception as exc:
        _fail_run(ctx, spec, result, exc)
        raise
    # Push whenever something is due, not only after changes: a push that failed earlier
    # (monday down, rate limit) is picked up again by the next poll.
    if push_due and ctx.enqueue_push:
        ctx.enqueue_push(spec.id, None)
    return result


def _start_run(ctx: EngineContext, spec: BoardSyncSpec, backfill: bool) -> int:
    """The PollRun row, and the wave the board view's progress bar follows."""
    with ctx.db.session() as session:
        run_id = start_poll_run(session, spec.account_id, spec.id,
                                Cursor.load(spec.cursor_state).dump())
        if backfill or not spec.cursor_state:
            mark_wave(session, spec.id, "backfill" if backfill else "first_sync")
        else:
            end_wave_if_drained(session, spec.id)
    return run_id


def _prepare(ctx: EngineContext, spec: BoardSyncSpec, result: PollResult, started: datetime,
             backfill: tuple[date | None, date | None] | None) -> Run:
    """What to read (the read plan) and which rows to keep (the recipe's filters, and on the
    first poll the first_sync scope)."""
    assert result.run_id is not None
    entity = CATALOGUE[spec.entity]
    reader = ctx.reader_factory(spec)
    plan = plan_read(ctx, spec, entity, reader, Cursor.load(spec.cursor_state), started,
                     backfill=backfill)
    accept = row_filter(spec, entity)
    if not spec.cursor_state and backfill is None:
        # The first poll brings what the board sync's first_sync scope asks for.
        accept = _both(accept, first_sync.row_filter(spec.entity, spec.first_sync))
    return Run(ctx, spec, entity, build_mapping(spec.entity, spec.column_mapping), accept,
               started, result, result.run_id, plan)


def _fail_run(ctx: EngineContext, spec: BoardSyncSpec, result: PollResult,
              exc: Exception) -> None:
    """The run ends failed with the error chain; health says why."""
    chain = error_chain(exc)
    with ctx.db.session() as session:
        if result.run_id is not None:
            finish_poll_run(
                session, result.run_id, status="failed", records_read=result.read,
                records_changed=result.changed,
                error=" <- ".join(c["message"] for c in chain),
            )
        set_health(session, spec.id, *health_for(exc))


def _both(first: Callable[[Row], bool], second: Callable[[Row], bool]) -> Callable[[Row], bool]:
    return lambda row: first(row) and second(row)


def _read_and_stage(run: Run, progress: Progress | None) -> bool:
    """Read every stream a batch at a time; the last batch commits with the cursor, so the
    cursor never advances past records whose states are not stored. True: a push is due."""
    ctx = run.ctx
    batches = (
        chunk for stream in run.plan.streams
        for chunk in _chunks(stream.rows, ctx.settings.poll_batch_size)
    )
    last: list[Row] | None = None
    for batch in batches:
        if last is not None:
            _stage_and_report(ctx, run, last, progress)
        last = batch
    with ctx.db.session() as session:
        if last is not None:
            stage_batch(session, run, last)
            if progress:
                progress(len(last))
        _mark_vanished(session, run)
        _close_run(session, run)
        return outbox.has_due(session, run.spec.id, ctx.clock())


def _stage_and_report(ctx: EngineContext, run: Run, rows: list[Row],
                      progress: Progress | None) -> None:
    """A batch that is not the last commits on its own: memory stays flat, and a long poll
    never holds the database."""
    with ctx.db.session() as session:
        stage_batch(session, run, rows)
    if progress:
        progress(len(rows))


def _mark_vanished(session: Any, run: Run) -> None:
    """Records SYSPRO no longer returns: all not seen by a whole read, or the keys the plan
    knows left the table. Marked on their item, never deleted."""
    spec = run.spec
    if run.plan.full_read:
        gone = list(staging.unseen_keys(session, spec.id, run.seen))
        total = len(gone) + len(run.seen)
    elif run.plan.gone:
        gone = staging.synced_values_of(session, spec.id, run.plan.gone)
        total = len(run.plan.gone) + len(run.seen)
    else:
        return
    run.result.vanished += mark_removed_guarded(
        session, spec.id, run.mapping, gone, total=total,
        max_ratio=run.ctx.settings.max_vanish_ratio)


def _close_run(session: Any, run: Run) -> None:
    """Save the cursor (not for a backfill: it never disturbs the live cursor), finish the
    run, audit the unchanged in one entry, and set health."""
    ctx, spec, result = run.ctx, run.spec, run.result
    if run.plan.streams and run.plan.streams[0].name != "backfill":
        result.cursor = run.plan.next_cursor(ctx, run.entity).dump()
        save_cursor(session, spec.id, result.cursor, run.started)
    finish_poll_run(
        session, run.run_id, status="succeeded", records_read=result.read,
        records_changed=result.changed + result.vanished,
        cursor_after=result.cursor or None,
    )
    if result.unchanged:
        audit(session, [AuditEntry(
            account_id=spec.account_id, board_sync_id=spec.id, board_id=spec.board_id,
            action="unchanged_skipped", poll_at=run.started,
            detail={"count": result.unchanged, "poll_run_id": result.run_id},
        )])
    set_health(session, spec.id, *health_after_success(session, spec.id))


def health_after_success(session: Any, board_sync_id: int) -> tuple[str, str | None]:
    """A run that worked is "ok" only when no record of the sync is failing."""
    failing = outbox.failing_summary(session, board_sync_id)
    if failing is None:
        return "ok", None
    count, latest = failing
    noun = "record" if count == 1 else "records"
    return "failing", f"{count} {noun} failing; latest: {latest}"[:2000]
