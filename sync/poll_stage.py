"""One poll batch: read each row (or fail it alone, by key), map and hash it, and stage what
changed in the outbox. What the poll shares between its batches is a Run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from store import staging
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec
from sync.context import EngineContext
from sync.cursor import row_cursor_value
from sync.events import significant_events
from sync.failure_text import describe_unreadable
from sync.mapping import BoardMapping, MappedRecord, MappingError, map_record
from sync.streams import ReadPlan
from syspro.entities import Entity
from syspro.query import matches
from syspro.readers.base import ROW_ERRORS

if TYPE_CHECKING:
    from sync.poll import PollResult

Row = dict[str, Any]


@dataclass
class Run:
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


@dataclass
class _Batch:
    """A batch's rows sorted by what happens to them next."""

    mapped: dict[str, MappedRecord] = field(default_factory=dict)
    open_flags: dict[str, bool | None] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)


def stage_batch(session: Any, run: Run, rows: list[Row]) -> None:
    batch = _Batch()
    for row in rows:
        _read_row(run, row, batch)
    _stage(session, run, batch.mapped, batch.open_flags)
    _fail_unreadable(session, run, batch.unreadable)


def _read_row(run: Run, row: Row, batch: _Batch) -> None:
    """Count and remember the row, then map it unless the recipe filters it out or SYSPRO
    sent it unreadable."""
    run.result.read += 1
    key = str(row["_id"])
    if run.plan.tracker is not None:
        run.plan.tracker.see(row_cursor_value(row, *run.dates))
    run.seen.add(key)
    if not run.accept(row):
        return
    if ROW_ERRORS in row:
        batch.unreadable[key] = "; ".join(row[ROW_ERRORS])
        return
    try:
        batch.mapped[key] = map_record(row, run.mapping)  # a key twice in a batch: last wins
    except (MappingError, ValueError, TypeError, ArithmeticError) as exc:
        batch.unreadable[key] = f"cannot be mapped: {exc}"
        return
    open_filter = run.entity.open_filter
    batch.open_flags[key] = matches(open_filter, row) if open_filter else None


def _stage(session: Any, run: Run, mapped: dict[str, MappedRecord],
           open_flags: dict[str, bool | None]) -> None:
    """Stage the records whose hash differs from what monday has or is about to get; for the
    unchanged, only an open flag that moved and a failure that healed are stored."""
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


def _fail_unreadable(session: Any, run: Run, unreadable: dict[str, str]) -> None:
    """Rows SYSPRO sent that cannot be read fail alone, named by their key; the rest go on."""
    spec, entries = run.spec, []
    for key, problem in unreadable.items():
        message = f"SYSPRO record {key!r} cannot be read: {problem}"
        run.result.failed += 1
        failure = describe_unreadable(problem, spec.entity, spec.column_mapping)
        if staging.stage_unreadable(session, spec.account_id, spec.id, key, message,
                                    run.started, failure):
            entries.append(AuditEntry(
                account_id=spec.account_id, board_sync_id=spec.id, board_id=spec.board_id,
                syspro_id=key, poll_at=run.started, action="failed",
                detail={"stage": "read", "poll_run_id": run.result.run_id, "failure": failure},
                error_chain=[{"type": "UnreadableRecord", "message": message}],
            ))
    audit(session, entries)
