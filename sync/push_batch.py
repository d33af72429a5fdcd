"""One push batch, in named steps: find the records' items, encode their values, write them
(creates where the capacity policy finds room, updates on the board each item lives on,
deleted items recreated), then settle what monday said (sync/push_settle.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monday_api.classify import board_full, item_gone
from monday_api.errors import ColumnValueEncodingError, MondayUnavailable
from store import outbox
from store.audit import AuditEntry
from store.audit import record as audit
from sync import capacity, push_settle
from sync import push_writes as writes
from sync.capacity import Boards
from sync.mapping import BoardMapping
from sync.push_writes import Board, Outcome
from sync.values import encode_values

if TYPE_CHECKING:
    from sync.context import EngineContext
    from sync.push import PushResult

ItemIds = dict[int, str | None]


def write_batch(
    ctx: EngineContext, boards: Boards, mapping: BoardMapping, due: list[outbox.DueRecord],
    result: PushResult,
) -> None:
    item_ids = known_item_ids(ctx, boards.current, due, result)
    encoded = encode_due(ctx, boards, due, item_ids, result)
    outcomes: list[Outcome] = []
    try:
        outcomes += _create(ctx, boards, [r for r in due if r.id in encoded
                                          and not item_ids[r.id]], result)
        outcomes += _update(boards, [r for r in due if r.id in encoded and item_ids[r.id]],
                            encoded, item_ids)
        outcomes = _recreate_deleted(ctx, boards, outcomes, item_ids)
        outcomes = [o for o in outcomes if not board_full(o.error)]  # recreated: next push
    except MondayUnavailable as exc:
        # monday went down mid-batch: save what it had already written, blame nobody else.
        push_settle.record(ctx, boards, mapping, outcomes + exc.outcomes, result)
        raise
    push_settle.settle(ctx, boards, mapping, outcomes, result)


def _create(ctx: EngineContext, boards: Boards, creates: list[outbox.DueRecord],
            result: PushResult) -> list[Outcome]:
    """Creates go where the capacity policy finds room (sync/capacity.py); a full board
    never fails a record: it waits, pending."""
    created, waiting = capacity.place_creates(ctx, boards, creates, encoder)
    result.waiting_for_room += waiting
    return created


def _update(boards: Boards, updates: list[outbox.DueRecord], encoded: dict[int, str],
            item_ids: ItemIds) -> list[Outcome]:
    """Each update on the board its item lives on (a sync that rolled over has several)."""
    first_write = {r.id for r in updates if r.first_write}
    by_board: dict[str, list[outbox.DueRecord]] = {}
    for r in updates:
        by_board.setdefault(boards.of(r).spec.board_id, []).append(r)
    outcomes: list[Outcome] = []
    for mine in by_board.values():
        outcomes += writes.update(boards.of(mine[0]), mine, encoded, item_ids, first_write)
    return outcomes


def _recreate_deleted(ctx: EngineContext, boards: Boards, outcomes: list[Outcome],
                      item_ids: ItemIds) -> list[Outcome]:
    """A person deleted the item on monday: recreate it rather than fail forever."""
    gone = deleted_items(outcomes, item_ids)
    if not gone:
        return outcomes
    refused = [o for o, _ in gone]
    return [o for o in outcomes if o not in refused] + writes.recreate(
        ctx, boards.current, [(o.record, item_id) for o, item_id in gone],
        encoder(boards.current, [o.record for o, _ in gone]),
    )


def deleted_items(outcomes: list[Outcome], item_ids: ItemIds) -> list[tuple[Outcome, str]]:
    """Writes monday refused because a person deleted the item, each with that item's id.
    Only a write to a known item (an update) can find its item gone."""
    return [
        (o, item_id) for o in outcomes
        if o.error is not None and item_gone(o.error.details)
        and (item_id := item_ids[o.record.id]) is not None
    ]


def known_item_ids(
    ctx: EngineContext, board: Board, due: list[outbox.DueRecord], result: PushResult
) -> ItemIds:
    """Each record's item: the one it wrote before, or, for a record that never confirmed
    a write, one found on the board by its SYSPRO ID (an interrupted create, an old install)."""
    item_ids: ItemIds = {r.id: r.monday_item_id for r in due}
    # Only where an item may carry the SYSPRO ID already: a create whose answer was lost, or
    # a board that had items before the sync (an earlier install, a hand-made list). On the
    # usual first sync of an empty board this lookup was most of the complexity spent.
    anyone_elses = board.spec.board_had_items is not False
    missing = [r for r in due if not r.monday_item_id and (anyone_elses or r.create_sent)]
    if not missing or not ctx.settings.lookup_before_create:
        return item_ids
    found = board.find_items([r.key for r in missing])
    with ctx.db.session() as session:
        for due_record in missing:
            if due_record.key in found:
                item_ids[due_record.id] = found[due_record.key]
                outbox.set_item_id(session, due_record.id, found[due_record.key],
                                   board.spec.board_id)
                result.found_existing += 1
    return item_ids


def encoder(board: Board, records: list[outbox.DueRecord]) -> dict[int, str]:
    """Column values of records for one board's columns (a board rolled over to has its own
    column ids)."""
    return {r.id: encode_values(r.pending_values, board.columns) for r in records}


def encode_due(
    ctx: EngineContext, boards: Boards, due: list[outbox.DueRecord], item_ids: ItemIds,
    result: PushResult,
) -> dict[int, str]:
    """Column values as monday takes them, for the board each record's item lives on; a value
    that cannot be encoded fails its record."""
    encoded: dict[int, str] = {}
    entries: list[AuditEntry] = []
    spec = boards.current.spec
    with ctx.db.session() as session:
        for due_record in due:
            try:
                encoded[due_record.id] = encode_values(due_record.pending_values,
                                                       boards.of(due_record).columns)
            except ColumnValueEncodingError as exc:
                push_settle.fail(session, spec, due_record, exc, ctx, entries, result)
            if due_record.state == "failed":
                entries.append(push_settle.entry_for(spec, due_record, "retried",
                                                     item_ids[due_record.id]))
        audit(session, entries)
    return encoded
