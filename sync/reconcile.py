"""Reconciliation: the scheduled full compare of a board sync with SYSPRO and with its board.

The change cursor should leave nothing to repair, so drift found here is a bug signal. One run:
- reads the entity whole from SYSPRO (streamed, a batch at a time), maps and hashes each row,
  and stages through the normal outbox every record whose hash differs from what monday has
  (or that the board never got);
- marks records SYSPRO no longer returns as removed (with the same guard as a whole poll read);
- lists the board's items and restages records whose item is gone (deleted by a person), so
  the push creates them again.
It records the drift count on the board sync, in the audit, and in the health reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from store import outbox, staging
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec, load_spec
from store.poll_runs import record_reconciliation
from sync.context import EngineContext
from sync.mapping import ID_COLUMN_KEY, BoardMapping, build_mapping, map_record
from sync.vanish import mark_removed, too_many_gone
from syspro import first_sync
from syspro.readers.base import ROW_ERRORS

log = logging.getLogger(__name__)


@dataclass
class ReconcileResult:
    board_sync_id: int
    read: int = 0
    hash_mismatch: int = 0  # monday has (or will get) other values than SYSPRO's row
    missing_items: int = 0  # the record's item is no longer on the board
    vanished: int = 0  # SYSPRO no longer returns the record
    skipped_reason: str | None = None

    @property
    def drift(self) -> int:
        return self.hash_mismatch + self.missing_items + self.vanished


def reconcile(ctx: EngineContext, board_sync_id: int) -> ReconcileResult:
    result = ReconcileResult(board_sync_id)
    with ctx.db.session() as session:
        spec = load_spec(session, ctx.secret_box, board_sync_id)
    if not (spec.enabled and spec.account_active):
        result.skipped_reason = "board sync disabled" if spec.account_active else "uninstalled"
        return result
    # Items gone from the board first: their records are then restaged by the compare.
    missing: set[str] = set()
    if spec.provisioned_columns.get(ID_COLUMN_KEY):
        missing = _forget_missing_items(ctx, spec)
        result.missing_items = len(missing)
    mapping = build_mapping(spec.entity, spec.column_mapping)
    seen = _compare_rows(ctx, spec, mapping, result, missing)
    _mark_removed(ctx, spec, mapping, seen, result)
    with ctx.db.session() as session:
        record_reconciliation(session, spec.id, ctx.clock(), result.drift)
        audit(session, [AuditEntry(
            account_id=spec.account_id, board_sync_id=spec.id, board_id=spec.board_id,
            action="reconciled", poll_at=ctx.clock(),
            detail={"drift": result.drift, "read": result.read,
                    "hash_mismatch": result.hash_mismatch,
                    "missing_items": result.missing_items, "vanished": result.vanished},
        )])
        push_due = outbox.has_due(session, spec.id, ctx.clock())
    if result.drift:
        log.warning("board sync %s: reconciliation repaired %s drifted record(s)",
                    spec.id, result.drift)
    if push_due and ctx.enqueue_push:
        ctx.enqueue_push(spec.id, None)
    return result


def _compare_rows(ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping,
                  result: ReconcileResult,
                  missing: set[str]) -> set[str]:
    reader = ctx.reader_factory(spec)
    in_scope = first_sync.row_filter(spec.entity, spec.first_sync)
    seen: set[str] = set()
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        with ctx.db.session() as session:
            _stage_differences(session, spec, mapping, batch, result, ctx.clock(), missing,
                               in_scope)
        batch.clear()

    for row in reader.read(spec.entity):
        result.read += 1
        seen.add(str(row["_id"]))
        if ROW_ERRORS not in row:
            batch.append(row)
        if len(batch) >= ctx.settings.poll_batch_size:
            flush()
    flush()
    return seen


def _stage_differences(session: Any, spec: BoardSyncSpec, mapping: BoardMapping,
                       rows: list[dict[str, Any]], result: ReconcileResult, now: Any,
                       missing: set[str], in_scope: Any = None) -> None:
    records = {str(r["_id"]): map_record(r, mapping) for r in rows}
    known = staging.known_records(session, spec.id, records.keys())
    # A record that never reached the board and is outside the first-sync scope stays off it.
    left_out = {str(r["_id"]) for r in rows if in_scope is not None and not in_scope(r)}
    records = {k: v for k, v in records.items() if k in known or k not in left_out}
    changes = [
        staging.StagedChange(key, rec.name, rec.values, rec.content_hash, [])
        for key, rec in records.items()
        if key not in known or known[key].current_hash != rec.content_hash
    ]
    staging.stage_changes(session, spec.account_id, spec.id, changes, known, now)
    result.hash_mismatch += sum(1 for c in changes if c.key not in missing)


def _mark_removed(ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping,
                  seen: set[str], result: ReconcileResult) -> None:
    with ctx.db.session() as session:
        gone = list(staging.unseen_keys(session, spec.id, seen))
        if too_many_gone(len(gone), len(gone) + len(seen), ctx.settings.max_vanish_ratio):
            log.warning("board sync %s: SYSPRO stopped returning %s records; none marked",
                        spec.id, len(gone))
            return
        result.vanished += mark_removed(session, spec.id, mapping, gone)


def _forget_missing_items(ctx: EngineContext, spec: BoardSyncSpec) -> set[str]:
    """Records whose item is no longer on the board (deleted by a person): their hash is
    forgotten, so the compare restages them and the push recreates their items."""
    client = ctx.monday_factory(spec)
    id_column = spec.provisioned_columns[ID_COLUMN_KEY]["id"]
    on_board = {str(item.id) for item in client.iter_items(spec.board_id, column_ids=[id_column])}
    with ctx.db.session() as session:
        return staging.forget_missing_items(session, spec.id, spec.board_id, on_board)
