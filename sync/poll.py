"""Poll: read what changed in SYSPRO, map and hash it, and stage what monday must be told.

One poll reads two streams: the date window (cursor minus overlap, which also follows payments
posted in the window back to their invoices) and the open items (unpaid invoices, unfinished
orders), because SYSPRO changes those without moving their dates. Each record is mapped and
hashed; an unchanged hash costs nothing more. Batches commit as they go (so memory stays flat
and a long poll never holds the database); the last batch commits in the same transaction as
the cursor, so the cursor never advances past unstored records, and a poll killed half-way
re-reads from the old cursor, where the hashes make the re-read harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from store import outbox
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec, load_spec
from store.poll_runs import finish_poll_run, save_cursor, set_health, start_poll_run
from sync.context import EngineContext
from sync.cursor import Cursor, CursorTracker, row_cursor_value
from sync.errors import error_chain, health_for
from sync.events import significant_events
from sync.mapping import (
    BoardMapping,
    MappedRecord,
    build_mapping,
    content_hash,
    map_record,
    vanished_values,
)
from syspro.entities import CATALOGUE, Entity

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
    skipped_reason: str | None = None
    cursor: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Stream:
    name: str  # "window" | "open" | "backfill"
    rows: Iterable[Row]


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
    mapping = build_mapping(spec.entity, spec.column_mapping)
    accept = row_filter(spec, entity)
    reader = ctx.reader_factory(spec)  # type: ignore[misc]
    started = ctx.clock()
    cursor = Cursor.load(spec.cursor_state)
    with ctx.db.session() as session:
        result.run_id = start_poll_run(session, spec.account_id, spec.id, cursor.dump())

    if backfill:
        streams = [_Stream("backfill", reader.read(spec.entity, since, until))]
        tracker = None
    else:
        streams = [
            _Stream("window", reader.read(spec.entity, cursor.since(ctx.settings.overlap), None)),
            _Stream("open", reader.read_open(spec.entity)),
        ]
        tracker = CursorTracker(cursor, today=started.date())
    full_read = entity.full_reread and not backfill
    seen: set[str] | None = set() if full_read else None
    periods = tuple((p.year, p.month) for p in entity.period_fields)

    try:
        def process(session: Any, stream: str, chunk: list[Row]) -> None:
            _process_chunk(
                session, spec, mapping, chunk, stream, cursor, tracker, seen, started,
                accept, (entity.date_fields, periods), result,
            )
            if progress:
                progress(len(chunk))

        batches = (
            (stream.name, chunk)
            for stream in streams
            for chunk in _chunks(stream.rows, ctx.settings.poll_batch_size)
        )
        # Each batch commits on its own, except the last: it commits with the cursor, so the
        # cursor never advances past records whose states are not stored.
        last: tuple[str, list[Row]] | None = None
        for batch in batches:
            if last is not None:
                with ctx.db.session() as session:
                    process(session, *last)
            last = batch
        with ctx.db.session() as session:
            if last is not None:
                process(session, *last)
            if seen is not None:
                _mark_vanished(session, spec, mapping, seen, result, ctx.settings.max_vanish_ratio)
            if tracker is not None:
                result.cursor = tracker.result().dump()
                save_cursor(session, spec.id, result.cursor, started)
            finish_poll_run(
                session, result.run_id, status="succeeded", records_read=result.read,
                records_changed=result.changed + result.vanished,
                cursor_after=result.cursor or None,
            )
            if result.unchanged:
                audit(session, [AuditEntry(
                    account_id=spec.account_id, board_sync_id=spec.id, board_id=spec.board_id,
                    action="unchanged_skipped", poll_at=started,
                    detail={"count": result.unchanged, "poll_run_id": result.run_id},
                )])
            set_health(session, spec.id, "ok", None)
            push_due = outbox.has_due(session, spec.id, ctx.clock())
    except Exception as exc:
        chain = error_chain(exc)
        with ctx.db.session() as session:
            finish_poll_run(
                session, result.run_id, status="failed", records_read=result.read,
                records_changed=result.changed, error=" <- ".join(c["message"] for c in chain),
            )
            set_health(session, spec.id, *health_for(exc))
        raise
    # Push whenever something is due, not only after changes: a push that failed earlier
    # (monday down, rate limit) is picked up again by the next poll.
    if push_due and ctx.enqueue_push:
        ctx.enqueue_push(spec.id, None)
    return result


def _process_chunk(
    session: Any,
    spec: BoardSyncSpec,
    mapping: BoardMapping,
    rows: list[Row],
    stream: str,
    cursor: Cursor,
    tracker: CursorTracker | None,
    seen: set[str] | None,
    started: Any,
    accept: Callable[[Row], bool],
    date_spec: tuple[tuple[str, ...], tuple[tuple[str, str], ...]],
    result: PollResult,
) -> None:
    mapped: dict[str, MappedRecord] = {}
    for row in rows:
        result.read += 1
        key = str(row["_id"])
        value = row_cursor_value(row, *date_spec)
        if tracker is not None:
            tracker.see(value, key)
        if seen is not None:
            seen.add(key)
        if stream == "window" and cursor.already_seen(value, key):
            result.unchanged += 1
            continue
        if not accept(row):
            continue
        mapped[key] = map_record(row, mapping)  # a key twice in a chunk: the last wins
    known = outbox.known_records(session, spec.id, mapped.keys())
    changes = []
    for key, record in mapped.items():
        digest = record.content_hash
        existing = known.get(key)
        if existing is not None and existing.current_hash == digest:
            result.unchanged += 1
            continue
        notes = []
        if spec.post_updates and existing is not None:
            currency = record.values.get("currency")
            notes = significant_events(existing.synced_values, record.values, currency)
        changes.append(outbox.StagedChange(key, record.name, record.values, digest, notes))
    outbox.stage_changes(session, spec.account_id, spec.id, changes, known, started)
    result.changed += len(changes)


def _mark_vanished(
    session: Any,
    spec: BoardSyncSpec,
    mapping: BoardMapping,
    seen: set[str],
    result: PollResult,
    max_ratio: float,
) -> None:
    """Records a complete re-read no longer returned: marked on their item, never deleted."""
    candidates = list(outbox.unseen_keys(session, spec.id, seen))
    if not candidates:
        return
    total = len(candidates) + len(seen)
    if len(candidates) > max_ratio * total:
        # Operator restrictions silently drop rows; do not mark half a board on a bad read.
        raise VanishGuardError(
            f"SYSPRO stopped returning {len(candidates)} of {total} {spec.entity}; nothing was "
            "marked removed. Check the operator's access to the table, then poll again."
        )
    note = "This record is no longer returned by SYSPRO; the item is kept and marked."
    for key, synced in candidates:
        values = vanished_values(synced or {}, mapping)
        name = str(values.get("name") or key)
        outbox.mark_vanished(
            session, spec.id, key, name, values, content_hash(name, values), note
        )
        result.vanished += 1


class VanishGuardError(RuntimeError):
    """A full re-read would mark too many records removed: likely a permissions change."""


def mapping_preview(entity: str, overrides: Mapping[str, Any] | None, row: Row) -> dict[str, Any]:
    """What a row would look like on the board (for the settings view and tests)."""
    record = map_record(row, build_mapping(entity, overrides))
    return {"name": record.name, "values": record.values, "hash": record.content_hash}
