"""The writes of one push batch: creates, updates and recreated items, each split when monday
refuses a request as a whole (sync/batch_split.py), each answer one Outcome per record."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from monday_api import MondayClient
from monday_api.errors import MondayUnavailable, RecordError
from monday_api.models import ItemChange, NewItem, WriteResult
from store import outbox
from store.board_syncs import BoardSyncSpec
from sync.batch_split import write_splitting
from sync.mapping import ID_COLUMN_KEY

if TYPE_CHECKING:
    from sync.context import EngineContext


LOOKUP_KEYS_PER_REQUEST = 25
LOOKUP_PAGE_LIMIT = 30  # a few more than the keys: a duplicate or two still fits one page


def _create_key(board_id: str, intent: str) -> str:
    digest = hashlib.sha256(f"{board_id}\n{intent}".encode()).hexdigest()[:32]
    return f"create-item-{digest}"


def create_key(board_id: str, record: outbox.DueRecord) -> str:
    """The Idempotency-Key of a record's create: the same for the same values on the same try,
    so a create whose answer was lost (a timeout, a crash) is replayed, not made twice. monday
    keeps refusals too (30 minutes), so the values and the count of refused tries are in it:
    once a create is refused, the next one, fixed in SYSPRO or only retried, is a new request.
    (A new key after a lost answer is safe as well: the push looks such a record up first.)"""
    return _create_key(board_id, f"{record.key}\n{record.pending_hash}\n{record.attempts}")


def recreate_key(board_id: str, record_key: str, deleted_item_id: str) -> str:
    """A create key of its own for recreating a deleted item: the record's usual key would get
    monday's cached answer to the first create (the deleted item's id) for 30 minutes."""
    return _create_key(board_id, f"{record_key}\nrecreate {deleted_item_id}")


@dataclass(frozen=True)
class Board:
    """One board sync's board as a push writes to it."""

    spec: BoardSyncSpec
    client: MondayClient
    columns: dict[str, dict[str, Any]]
    batch_size: int = 25

    def find_items(self, keys: Iterable[str], skip: set[str] | None = None) -> dict[str, str]:
        """SYSPRO ID -> item id of the oldest item carrying it (two items for one record,
        made by hand?), leaving out item ids in `skip`."""
        id_column = self.columns[ID_COLUMN_KEY]["id"]
        # The fewest fields (the ID column) and a page sized to the keys asked: monday
        # charges complexity by the page limit, and one item per key is the rule.
        found = self.client.find_items_by_column_values(
            self.spec.board_id, id_column, list(keys), batch_size=LOOKUP_KEYS_PER_REQUEST,
            page_limit=LOOKUP_PAGE_LIMIT, column_ids=[id_column],
        )
        oldest: dict[str, str] = {}
        for key, items in found.items():
            ids = [int(i.id) for i in items if i.id not in (skip or set())]
            if ids:
                oldest[key] = str(min(ids))
        return oldest


@dataclass(frozen=True)
class Outcome:
    record: outbox.DueRecord
    item_id: str | None
    error: RecordError | None
    action: str  # created | updated | recreated
    board_id: str | None = None  # the board written to


def _outcomes(
    records: list[outbox.DueRecord], results: list[WriteResult], actions: list[str],
    fallback_ids: list[str | None], board_id: str | None = None,
) -> list[Outcome]:
    return [
        Outcome(r, w.item_id or fallback, w.error, action, board_id)
        for r, w, action, fallback in zip(records, results, actions, fallback_ids, strict=True)
    ]


def _split(
    records: list[outbox.DueRecord],
    rows: list[Any],
    write: Any,
    board: Board,
    recheck: Any,
    actions: list[str],
    fallback_ids: list[str | None],
) -> list[Outcome]:
    """write_splitting, answered as Outcomes; an outage carries the outcomes monday gave."""
    try:
        results, _ = write_splitting(rows, write, board.client.ping, recheck)
    except MondayUnavailable as exc:
        done = sorted(exc.partial)
        exc.outcomes += _outcomes([records[i] for i in done], [exc.partial[i] for i in done],
                                  [actions[i] for i in done], [fallback_ids[i] for i in done],
                                  board.spec.board_id)
        raise
    return _outcomes(records, results, actions, fallback_ids, board.spec.board_id)


def create(
    ctx: EngineContext,
    board: Board,
    records: list[outbox.DueRecord],
    encoded: dict[int, str],
    keys: dict[int, str] | None = None,
    action: str = "created",
) -> list[Outcome]:
    """Create items; `keys` overrides a record's usual Idempotency-Key (recreating)."""
    if not records:
        return []
    spec = board.spec
    rows = [
        (r, NewItem(name=r.pending_name, column_values=encoded[r.id], group_id=spec.group_id,
                    idempotency_key=(keys or {}).get(r.id) or create_key(spec.board_id, r)))
        for r in records
    ]

    def write(batch: list[tuple[outbox.DueRecord, NewItem]]) -> list[WriteResult]:
        with ctx.db.session() as session:
            outbox.mark_create_sent(session, [r.id for r, _ in batch])
        return board.client.create_items(spec.board_id, [item for _, item in batch],
                                         batch_size=board.batch_size,
                                         create_labels_if_missing=True)

    def recheck(batch: list[tuple[outbox.DueRecord, NewItem]]) -> dict[int, str]:
        found = board.find_items(r.key for r, _ in batch)
        return {i: found[r.key] for i, (r, _) in enumerate(batch) if r.key in found}

    return _split(records, rows, write, board,
                  recheck if ctx.settings.lookup_before_create else None,
                  [action] * len(records), [None] * len(records))


def update(
    board: Board,
    records: list[outbox.DueRecord],
    encoded: dict[int, str],
    item_ids: dict[int, str | None],
    first_write: set[int],
    action: str | None = None,
) -> list[Outcome]:
    """Change the owned columns of known items (changes are idempotent: no recheck needed)."""
    if not records:
        return []
    rows = [
        ItemChange(item_ids[r.id], _with_name(encoded[r.id], r.pending_name))  # type: ignore[arg-type]
        for r in records
    ]

    def write(batch: list[ItemChange]) -> list[WriteResult]:
        return board.client.change_column_values_batch(
            board.spec.board_id, batch, batch_size=board.batch_size,
            create_labels_if_missing=True,
        )

    # A record found on the board before its first confirmed write was an interrupted create.
    actions = [action or ("created" if r.id in first_write else "updated") for r in records]
    return _split(records, rows, write, board, None, actions, [item_ids[r.id] for r in records])


def _with_name(encoded: str, name: str) -> str:
    """`name` in change_multiple_column_values renames the item (FACTS §5): a supplier renamed
    in SYSPRO is renamed on the board too, in the same mutation."""
    return json.dumps({**json.loads(encoded), "name": name}, ensure_ascii=False,
                      separators=(",", ":"))


def recreate(
    ctx: EngineContext,
    board: Board,
    gone: list[tuple[outbox.DueRecord, str]],
    encoded: dict[int, str],
) -> list[Outcome]:
    """Records whose item a person deleted: an item still carrying the SYSPRO ID takes over;
    otherwise a new item is created under a key of its own (see push.recreate_key)."""
    deleted = {item_id for _, item_id in gone}
    found = board.find_items((r.key for r, _ in gone), skip=deleted)
    adopt = [r for r, _ in gone if r.key in found]
    fresh = [(r, item_id) for r, item_id in gone if r.key not in found]
    keys = {r.id: recreate_key(board.spec.board_id, r.key, item_id) for r, item_id in fresh}
    item_ids: dict[int, str | None] = {r.id: found[r.key] for r in adopt}
    return update(board, adopt, encoded, item_ids, set(), action="recreated") + create(
        ctx, board, [r for r, _ in fresh], encoded, keys, action="recreated"
    )
