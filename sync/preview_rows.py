"""Which SYSPRO rows the column-mapping preview shows: the ones the next poll would write.

The next poll's read is planned exactly as the poll plans it (sync/streams.py `plan_read` from
the board sync's saved cursor, the recipe's filters, the first-sync scope while no cursor
exists), and a row counts when the poll would stage it: new, changed under the saved mapping,
or unreadable (it fails alone). When that read would write nothing, the preview falls back to
the records last written to the board, read again from SYSPRO by key, and says so. Nothing is
written: the cursor is planned on a copy, and no record, cursor or audit row is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from store import staging
from store.board_syncs import BoardSyncSpec
from store.board_view import recently_written_keys
from sync.context import EngineContext
from sync.cursor import Cursor
from sync.mapping import MappingError, build_mapping, map_record
from sync.poll import row_filter
from sync.streams import plan_read
from syspro import first_sync
from syspro.entities import CATALOGUE, split_transaction_id
from syspro.readers.base import ROW_ERRORS

Row = dict[str, Any]
# At most this many rows of the next poll's read are looked at: a date-window poll re-reads
# many unchanged records, and a person is waiting for the preview.
SCAN_LIMIT = 2000
CHUNK = 200
SOURCES = {
    "next_poll": "the next {n} records the next poll would write",
    "recent": "the next poll would write nothing now: the {n} records last written to the "
              "board, as they would be written with this mapping",
    "first": "nothing has been written yet and the next poll would write nothing: the first "
             "{n} records SYSPRO returns",
}


@dataclass(frozen=True)
class PreviewRows:
    rows: list[Row]
    source: str  # a key of SOURCES

    def describe(self) -> str:
        return SOURCES[self.source].format(n=len(self.rows))


def preview_rows(ctx: EngineContext, spec: BoardSyncSpec, reader: Any, limit: int) -> PreviewRows:
    """Up to `limit` rows: the next poll's writes, else the records last written."""
    found = list(islice(_next_poll_writes(ctx, spec, reader), limit))
    if found:
        return PreviewRows(found, "next_poll")
    with ctx.db.session() as session:
        keys = recently_written_keys(session, spec.id, limit)
    if keys:
        by_key = {str(row["_id"]): row for row in reader.read_keys(
            spec.entity, [split_transaction_id(k) for k in keys])}
        recent = [by_key[k] for k in keys if k in by_key]
        if recent:
            return PreviewRows(recent, "recent")
    return PreviewRows(list(islice(reader.read(spec.entity), limit)), "first")


def _next_poll_writes(ctx: EngineContext, spec: BoardSyncSpec, reader: Any) -> Iterator[Row]:
    entity = CATALOGUE[spec.entity]
    plan = plan_read(ctx, spec, entity, reader, Cursor.load(spec.cursor_state), ctx.clock())
    accept = _accepted(spec, entity)
    mapping = build_mapping(spec.entity, spec.column_mapping)  # the saved one: the poll's
    rows = islice((row for stream in plan.streams for row in stream.rows), SCAN_LIMIT)
    seen: set[str] = set()
    for chunk in _chunks(rows):
        fresh = [row for row in chunk if accept(row) and _first_time(row, seen)]
        with ctx.db.session() as session:
            known = staging.known_records(session, spec.id, (str(r["_id"]) for r in fresh))
        for row in fresh:
            if _would_write(row, mapping, known.get(str(row["_id"]))):
                yield row


def _accepted(spec: BoardSyncSpec, entity: Any) -> Callable[[Row], bool]:
    recipe = row_filter(spec, entity)
    if spec.cursor_state:
        return recipe
    scope = first_sync.row_filter(spec.entity, spec.first_sync)  # the first poll's scope
    return lambda row: recipe(row) and scope(row)


def _first_time(row: Row, seen: set[str]) -> bool:
    """A record read by two streams (the window and the open items) is staged once."""
    key = str(row["_id"])
    if key in seen:
        return False
    seen.add(key)
    return True


def _would_write(row: Row, mapping: Any, known: staging.KnownRecord | None) -> bool:
    if ROW_ERRORS in row or known is None:
        return True
    try:
        return map_record(row, mapping).content_hash != known.current_hash
    except (MappingError, ValueError, TypeError, ArithmeticError):
        return True  # the poll fails it alone: written as a failure


def _chunks(rows: Iterable[Row]) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk
