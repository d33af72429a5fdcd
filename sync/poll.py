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
from collections.abc import Callable, Iterable, Iterator, Mapping
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
from sync.cursor import Cursor, row_cursor_value
from sync.errors import error_chain, health_for
from sync.events import significant_events
from sync.failure_text import describe_unreadable
from sync.mapping import (
    BoardMapping,
    MappedRecord,
    MappingError,
    build_mapping,
    content_hash,
    map_record,
    vanished_values,
)
from sync.streams import ReadPlan, plan_read
from syspro import first_sync
from syspro.entities import CATALOGUE, Entity
from syspro.query import matches
from syspro.readers.base import ROW_ERRORS

log = logging.getLogger(__name__)
Row = dict[str, Any]
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
    entity = CATALOGUE[spec.entity]
    started = ctx.clock()
    cursor = Cursor.load(spec.cursor_state)
    with ctx.db.session() as session:
        run_id = start_poll_run(session, spec.account_id, spec.id, cursor.dump())
        if backfill or not spec.cursor_state:  # the board view's progress bar follows it
            mark_wave(session, spec.id, "backfill" if backfill else "first_sync")
        else:
            end_wave_if_drained(session, spec.id)
    result.run_id = run_id
    try:
        reader = ctx.reader_factory(spec)
        plan = plan_read(ctx, spec, entity, reader, cursor, started,
                         backfill=(since, until) if backfill else None)
        accept = row_filter(spec, entity)
        if not spec.cursor_state and not backfill:
            # The first poll brings what the board sync's first_sync scope asks for.
            accept = _both(accept, first_sync.row_filter(spec.entity, spec.first_sync))
        run = _Run(ctx, spec, entity, build_mapping(spec.entity, spec.column_mapping),
                   accept, started, result, run_id, plan)
        push_due = _read_and_stage(run, progress)
    except Exception as exc:
        chain = error_chain(exc)
        with ctx.db.session() as session:
            finish_poll_run(
                session, run_id, status="failed", records_read=result.read,
                records_changed=result.changed, error=" <- ".join(c["message"] for c in chain),
            )
            set_health(session, spec.id, *health_for(exc))
        raise
    # Push whenever something is due, not only after changes: a push that failed earlier
    # (monday down, rate limit) is picked up again by the next poll.
    if push_due and ctx.enqueue_push:
        ctx.enqueue_push(spec.id, None)
    return result


def _both(first: Callable[[Row], bool], second: Callable[[Row], bool]) -> Callable[[Row], bool]:
    return lambda row: first(row) and second(row)


@dataclass
class _Run:
    """What one poll shares between its batches."""

    ctx: EngineContext
    spec: BoardSyncSpec
    entity: Entity
    mapping: BoardMapping
    accept: Callable[[Row], bool]
    started: datetime
    result: PollResult
    run_id: int  # the PollRun row this poll finishes
    plan: ReadPlan
    seen: set[str] = field(default_factory=set)  # every key read (whole reads: vanish check)

    @property
    def dates(self) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        periods = tuple((p.year, p.month) for p in self.entity.period_fields)
        return self.entity.date_fields, periods


def _read_and_stage(run: _Run, progress: Progress | None) -> bool:
    """Read every stream a batch at a time; the last batch commits with the cursor, so the
    cursor never advances past records whose states are not stored. True: a push is due."""
    ctx, spec, result = run.ctx, run.spec, run.result
    batches = (
        chunk for stream in run.plan.streams
        for chunk in _chunks(stream.rows, ctx.settings.poll_batch_size)
    )
    last: list[Row] | None = None
    for batch in batches:
        if last is not None:
            with ctx.db.session() as session:
                _process_chunk(session, run, last)
        if progress and last is not None:
            progress(len(last))
        last = batch
    with ctx.db.session() as session:
        if last is not None:
            _process_chunk(session, run, last)
            if progress:
                progress(len(last))
        if run.plan.full_read:
            gone = [(k, v) for k, v in staging.unseen_keys(session, spec.id, run.seen)]
            _mark_vanished(session, run, gone, total=len(gone) + len(run.seen))
        elif run.plan.gone:
            _mark_vanished(session, run, staging.synced_values_of(session, spec.id, run.plan.gone),
                           total=len(run.plan.gone) + len(run.seen))
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
        return outbox.has_due(session, spec.id, ctx.clock())


def _process_chunk(session: Any, run: _Run, rows: list[Row]) -> None:
    result, entity = run.result, run.entity
    mapped: dict[str, MappedRecord] = {}
    open_flags: dict[str, bool | None] = {}
    unreadable: dict[str, str] = {}
    for row in rows:
        result.read += 1
        key = str(row["_id"])
        if run.plan.tracker is not None:
            run.plan.tracker.see(row_cursor_value(row, *run.dates))
        run.seen.add(key)
        if not run.accept(row):
            continue
        if ROW_ERRORS in row:
            unreadable[key] = "; ".join(row[ROW_ERRORS])
            continue
        try:
            mapped[key] = map_record(row, run.mapping)  # a key twice in a chunk: the last wins
        except (MappingError, ValueError, TypeError, ArithmeticError) as exc:
            unreadable[key] = f"cannot be mapped: {exc}"
            continue
        open_flags[key] = matches(entity.open_filter, row) if entity.open_filter else None
    _stage(session, run, mapped, open_flags)
    _fail_unreadable(session, run, unreadable)


def _stage(session: Any, run: _Run, mapped: dict[str, MappedRecord],
           open_flags: dict[str, bool | None]) -> None:
    spec, result = run.spec, run.result
    known = staging.known_records(session, spec.id, mapped.keys())
    changes, flags, recovered = [], {}, []
    for key, record in mapped.items():
        digest, existing, is_open = record.content_hash, known.get(key), open_flags.get(key)
        if existing is not None and existing.current_hash == digest:
            result.unchanged += 1
            if is_open is not None and existing.syspro_open is not is_open:
                flags[key] = is_open
            if existing.state == "failed" and existing.pending_hash is None:
                recovered.append(key)
            continue
        notes = []
        if spec.post_updates and existing is not None:
            currency = record.values.get("currency")
            notes = significant_events(existing.synced_values, record.values, currency)
        changes.append(staging.StagedChange(
            key, record.name, record.values, digest, notes, syspro_open=is_open
        ))
    staging.stage_changes(session, spec.account_id, spec.id, changes, known, run.started)
    staging.set_open_flags(session, spec.id, flags)
    staging.clear_unreadable(session, spec.id, recovered)
    result.changed += len(changes)


def _fail_unreadable(session: Any, run: _Run, unreadable: dict[str, str]) -> None:
    """Rows SYSPRO sent that cannot be read fail alone, named by their key; the rest go on."""
    spec, entries = run.spec, []
    for key, problem in unreadable.items():
        message = f"SYSPRO record {key!r} cannot be read: {problem}"
        run.result.failed += 1
        failure = describe_unreadable(problem, spec.entity, spec.column_mapping)
        if staging.stage_unreadable(session, spec.account_id, spec.id, key, message, run.started,
                                   failure):
            entries.append(AuditEntry(
                account_id=spec.account_id, board_sync_id=spec.id, board_id=spec.board_id,
                syspro_id=key, poll_at=run.started, action="failed",
                detail={"stage": "read", "poll_run_id": run.result.run_id, "failure": failure},
                error_chain=[{"type": "UnreadableRecord", "message": message}],
            ))
    audit(session, entries)


def health_after_success(session: Any, board_sync_id: int) -> tuple[str, str | None]:
    """A run that worked is "ok" only when no record of the sync is failing."""
    failing = outbox.failing_summary(session, board_sync_id)
    if failing is None:
        return "ok", None
    count, latest = failing
    noun = "record" if count == 1 else "records"
    return "failing", f"{count} {noun} failing; latest: {latest}"[:2000]


def _mark_vanished(
    session: Any,
    run: _Run,
    candidates: list[tuple[str, dict[str, Any] | None]],
    *,
    total: int,
) -> None:
    """Records SYSPRO no longer returns: marked on their item, never deleted."""
    if not candidates:
        return
    if too_many_gone(len(candidates), total, run.ctx.settings.max_vanish_ratio):
        raise VanishGuardError(
            f"SYSPRO stopped returning {len(candidates)} of {total} {run.spec.entity}; nothing "
            "was marked removed. Check the operator's access to the table, then poll again."
        )
    run.result.vanished += mark_removed(session, run.spec.id, run.mapping, candidates)


def too_many_gone(gone: int, total: int, max_ratio: float) -> bool:
    """Operator restrictions silently drop rows: never mark half a board on a bad read."""
    return gone > max_ratio * max(total, 1)


def mark_removed(
    session: Any, board_sync_id: int, mapping: BoardMapping,
    candidates: list[tuple[str, dict[str, Any] | None]],
) -> int:
    """Stage "Removed in SYSPRO" on each record's item (kept, never deleted); how many."""
    note = "This record is no longer returned by SYSPRO; the item is kept and marked."
    for key, synced in candidates:
        values = vanished_values(synced or {}, mapping)
        name = str(values.get("name") or key)
        staging.mark_vanished(
            session, board_sync_id, key, name, values, content_hash(name, values), note
        )
    return len(candidates)


class VanishGuardError(RuntimeError):
    """A full re-read would mark too many records removed: likely a permissions change."""


def mapping_preview(entity: str, overrides: Mapping[str, Any] | None, row: Row) -> dict[str, Any]:
    """What a row would look like on the board (for the settings view and tests)."""
    record = map_record(row, build_mapping(entity, overrides))
    return {"name": record.name, "values": record.values, "hash": record.content_hash}
