"""What one poll reads from SYSPRO, by the board sync's change cursor (see sync/cursor.py).

- rowversion mode: the rows whose own or followed tables' rowversion rose (one stream), for
  every entity; removed records are found by the nightly reconciliation (sync/reconcile.py);
- date mode: reference entities (suppliers, customers, GL accounts, stock items) are read
  whole (their edits carry no date; a whole read also tells removed records); the others read
  the date window (plus payments in it), the open items, and the records that were open last
  poll and are not any more, read again by key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from store import staging
from sync.context import EngineContext
from sync.cursor import DATE_MODE, ROWVERSION_MODE, Cursor, DateTracker
from syspro.entities import Entity, split_transaction_id
from syspro.readers.base import ChangeMarks

Row = dict[str, Any]


@dataclass
class Stream:
    name: str  # "full" | "changes" | "window" | "open" | "left_open" | "backfill"
    rows: Iterable[Row]


@dataclass
class ReadPlan:
    cursor: Cursor  # the cursor the plan reads from (mode decided)
    streams: list[Stream]
    tracker: DateTracker | None = None  # date mode
    marks: ChangeMarks | None = None  # rowversion mode
    full_read: bool = False  # every record returned: the rest are vanished
    gone: list[str] = field(default_factory=list)  # left the open set and not found by key

    def next_cursor(self, ctx: EngineContext, entity: Entity) -> Cursor:
        if self.marks is not None:
            tables = [entity.table, *(s.table for s in entity.change_sources)]
            seen = self.marks.result(tables)
            return self.cursor.advanced_marks(seen, ctx.settings.rowversion_lag)
        if self.tracker is not None:
            self.cursor.last_value = self.tracker.newest
        return self.cursor


def choose_mode(reader: Any, entity: Entity, cursor: Cursor, now: datetime,
                reprobe_after: Any) -> Cursor:
    """The cursor with its mode decided: the connection's setting, else a probe (auto)."""
    setting = getattr(getattr(reader, "settings", None), "change_cursor", "auto")
    if setting == DATE_MODE:
        return _as_mode(cursor, DATE_MODE, "the connection is set to use the date window")
    if setting == ROWVERSION_MODE:
        return _as_mode(cursor, ROWVERSION_MODE, None)
    if cursor.mode == ROWVERSION_MODE:
        return cursor
    if cursor.mode == DATE_MODE and cursor.probed_at:
        if now - datetime.fromisoformat(cursor.probed_at) < reprobe_after:
            return cursor
    reason = reader.probe_rowversion(entity.name)
    decided = _as_mode(cursor, DATE_MODE if reason else ROWVERSION_MODE, reason)
    decided.probed_at = now.isoformat()
    return decided


def _as_mode(cursor: Cursor, mode: str, reason: str | None) -> Cursor:
    if cursor.mode != mode:
        # A new mode starts from nothing of the other: the first read is a whole one.
        cursor = Cursor(mode=mode, last_value=cursor.last_value if mode == DATE_MODE else None,
                        probed_at=cursor.probed_at)
    cursor.fallback_reason = reason
    return cursor


def plan_read(
    ctx: EngineContext,
    spec: Any,
    entity: Entity,
    reader: Any,
    cursor: Cursor,
    started: datetime,
    *,
    backfill: tuple[date | None, date | None] | None = None,
) -> ReadPlan:
    if backfill is not None:
        return ReadPlan(cursor, [Stream("backfill", reader.read(entity.name, *backfill))])
    cursor = choose_mode(reader, entity, cursor, started, ctx.settings.rowversion_reprobe)
    if entity.full_reread and cursor.mode != ROWVERSION_MODE:
        return ReadPlan(cursor, [Stream("full", reader.read(entity.name))], full_read=True)
    if cursor.mode == ROWVERSION_MODE:
        marks = ChangeMarks(cursor.read_from)
        return ReadPlan(cursor, [Stream("changes", reader.read_changes(entity.name, marks))],
                        marks=marks)
    plan = ReadPlan(cursor, [], tracker=DateTracker(cursor.last_value, started.date()))
    open_seen: set[str] = set()
    plan.streams = [
        Stream("window", reader.read(entity.name, cursor.since(ctx.settings.overlap), None)),
        Stream("open", _recording(reader.read_open(entity.name), open_seen)),
        Stream("left_open", _left_open(ctx, spec.id, reader, entity, open_seen, plan.gone)),
    ]
    return plan


def _recording(rows: Iterable[Row], keys: set[str]) -> Iterator[Row]:
    for row in rows:
        keys.add(str(row["_id"]))
        yield row


def _left_open(
    ctx: EngineContext,
    board_sync_id: int,
    reader: Any,
    entity: Entity,
    open_seen: set[str],
    gone: list[str],
) -> Iterator[Row]:
    """Records open at the last poll that the open read no longer returns: paid, cancelled,
    completed (their dates did not move), or removed. Runs after the open stream is read."""
    if entity.open_filter is None:
        return
    with ctx.db.session() as session:
        left = [k for k in staging.open_keys(session, board_sync_id) if k not in open_seen]
    found: set[str] = set()
    rows = reader.read_keys(entity.name, (split_transaction_id(k) for k in left))
    yield from _recording(rows, found)
    gone.extend(k for k in left if k not in found)

