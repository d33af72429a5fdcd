"""Full boards: monday takes at most 10,000 items created through the API per board (FACTS §2).

Each board sync has a capacity policy (store.board_capacity):
- archive (default): items of records settled (sync.entity_defaults.SETTLED) for more than the
  sync's N days are archived on monday: whenever creates would not fit, and at the end of
  every push once the board has reached the warning ratio (from then on, every push);
- rollover: when the board is full a new board ("Supplier invoices 2027") is made with the
  same columns; new records go there, items on the old board keep being updated there;
- stop: creates wait (pending, nothing lost) with health "board_full"; updates go on.

The room is counted locally (store.board_capacity.items_on_board) before creates are sent;
when monday refuses anyway (ItemsLimitationException: the count drifted) the same policy is
applied to the refused records. A record is never failed for a full board.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from monday_api.classify import board_full, item_gone
from monday_api.errors import MondayError
from store import board_capacity as store
from store import outbox
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec
from sync.entity_defaults import SETTLED
from sync.errors import scrub
from sync.mapping import STATUS_COLUMN_KEY, VANISHED_LABEL, BoardMapping, build_mapping
from sync.push_writes import Board, Outcome
from sync.values import day

if TYPE_CHECKING:
    from sync.context import EngineContext

log = logging.getLogger(__name__)
ENTITY_TITLES = {"supplier_invoices": "Supplier invoices", "customer_invoices":
                 "Customer invoices", "purchase_orders": "Purchase orders", "goods_receipts":
                 "Goods receipts", "suppliers": "Suppliers", "customers": "Customers",
                 "gl_accounts": "GL accounts", "stock_items": "Stock items"}


def settled_on(mapping: BoardMapping, values: dict[str, Any], today: date) -> date | None:
    """The day a record with these values settled (None: open, or an entity that never
    settles): the latest of its entity's date columns, else `today`."""
    rule = SETTLED.get(mapping.entity)
    if rule is None:
        return None
    labels = {mapping.labels.get(label, label) for label in (*rule.labels, VANISHED_LABEL)}
    if values.get(STATUS_COLUMN_KEY) not in labels:
        return None
    # A column not set, or not a date, leaves the others to decide.
    days = [d for key in rule.dates if (d := day(values.get(key))) is not None]
    return max(days) if days else today


@dataclass
class Boards:
    """The sync's current board (new records go there) and the boards it rolled over from
    (their items are updated there, with that board's columns)."""

    current: Board
    past: dict[str, Board] = field(default_factory=dict)
    # Items monday counts on a board beyond the connector's own (learnt from a refusal).
    drift: dict[str, int] = field(default_factory=dict)
    # Items created during the current batch whose ids are not saved yet (not counted locally).
    unsaved: int = 0

    def of(self, record: outbox.DueRecord) -> Board:
        board_id = record.monday_board_id
        if record.monday_item_id and board_id and board_id in self.past:
            return self.past[board_id]
        return self.current


def boards_for(board: Board) -> Boards:
    """The Boards of a push, from its current Board and the spec's past boards."""
    past = {}
    for entry in board.spec.past_boards:
        spec = replace(board.spec, board_id=str(entry["board_id"]),
                       group_id=entry.get("group_id"),
                       provisioned_columns=dict(entry.get("columns") or {}))
        past[spec.board_id] = replace(board, spec=spec, columns=spec.provisioned_columns)
    return Boards(board, past)


def room(ctx: EngineContext, boards: Boards) -> int:
    """How many more items may be created on the current board: the local count, plus the
    items monday showed it has beyond it (learnt from a refusal during this push)."""
    board, limits = boards.current, ctx.settings.capacity
    with ctx.db.session() as session:
        used = store.items_on_board(session, board.spec.account_id, board.spec.board_id, limits)
    used += boards.unsaved + boards.drift.get(board.spec.board_id, 0)
    return max(0, limits.item_limit - used)


def archive_settled(ctx: EngineContext, boards: Boards, limit: int) -> int:
    """Archive policy: archive the items of records settled more than N days ago (at most
    `limit`, oldest first), on whichever board they live. Returns how many were archived."""
    spec = boards.current.spec
    if spec.capacity_policy != "archive" or limit <= 0:
        return 0
    before = ctx.clock().date() - timedelta(days=spec.archive_after_days)
    with ctx.db.session() as session:
        due = store.archivable(session, spec.id, before, limit)
    done = 0
    for board_id in dict.fromkeys(a.board_id for a in due):
        rows = [a for a in due if a.board_id == board_id]
        client = boards.current.client
        results = client.archive_items(board_id, [a.item_id for a in rows],
                                       batch_size=boards.current.batch_size)
        archived = [a for a, w in zip(rows, results, strict=True)
                    if w.error is None and w.refused is None or (
                        w.error is not None and item_gone(w.error.details))]
        for a, w in zip(rows, results, strict=True):
            if a not in archived:
                log.warning("board sync %s: item %s not archived: %s", spec.id, a.item_id,
                            scrub(str(w.error or w.refused)))
        with ctx.db.session() as session:
            store.mark_archived(session, [a.record_id for a in archived], ctx.clock())
            audit(session, [AuditEntry(
                account_id=spec.account_id, board_sync_id=spec.id, syspro_id=a.key,
                board_id=a.board_id, item_id=a.item_id, action="archived",
                detail={"archive_after_days": spec.archive_after_days}) for a in archived])
        done += len(archived)
    return done


def roll_over(ctx: EngineContext, boards: Boards, mapping: BoardMapping) -> Board:
    """Make the next board with the sync's columns and send new records there. The old
    board's columns and group are kept for its items' updates."""
    from sync.provision import provision_columns  # provision imports push-side modules

    old = boards.current
    spec, client = old.spec, old.client
    year = ctx.clock().year
    same_year = sum(1 for b in spec.past_boards if str(b.get("rolled_at", ""))[:4] == str(year))
    title = ENTITY_TITLES.get(spec.entity, spec.entity)
    name = f"{title} {year}" + (f" ({same_year + 1})" if same_year else "")
    board = client.create_board(name, kind="public", empty=True,
                                description="Continued from board " + spec.board_id,
                                idempotency_key=f"rollover-{spec.id}-{len(spec.past_boards)}")
    # The new board has only the columns made for it: bindings to the old board's ids go.
    columns_only = replace(mapping, columns=tuple(replace(c, column_id=None)
                                                   for c in mapping.columns))
    columns = provision_columns(client, board.id, columns_only)
    at = ctx.clock()
    with ctx.db.session() as session:
        store.roll_over(session, spec.id, board.id, columns, at)
        audit(session, [AuditEntry(
            account_id=spec.account_id, board_sync_id=spec.id, syspro_id="",
            board_id=board.id, action="rolled_over",
            detail={"from_board_id": spec.board_id, "name": name})])
    new_spec = replace(spec, board_id=board.id, group_id=None, provisioned_columns=columns,
                       board_had_items=False,
                       past_boards=(*spec.past_boards, {"board_id": spec.board_id,
                                                        "columns": old.columns,
                                                        "group_id": spec.group_id}))
    boards.past[spec.board_id] = old
    boards.unsaved = 0  # what this batch made so far is on the old board
    boards.current = replace(old, spec=new_spec, columns=columns)
    log.info("board sync %s: board %s full; rolled over to %s (%s)", spec.id, spec.board_id,
             board.id, name)
    return boards.current


def full_reason(ctx: EngineContext, spec: BoardSyncSpec, waiting: int) -> str:
    limit = ctx.settings.capacity.item_limit
    what = {"stop": "the sync's capacity policy is stop: choose archive or rollover, or make "
                    "room on the board",
            "archive": f"no settled record older than {spec.archive_after_days} days is left "
                       "to archive",
            "rollover": "a new board could not be made"}[spec.capacity_policy]
    noun = "record waits" if waiting == 1 else "records wait"
    return (f"Board full: {limit:,} items created through the API is monday's limit for board "
            f"{spec.board_id}; {waiting} new {noun} ({what}). Updates to existing items "
            "continue.")


def place_creates(
    ctx: EngineContext, boards: Boards, creates: list[outbox.DueRecord], encode: Any,
) -> tuple[list[Outcome], int]:
    """Create `creates` where the policy allows, making room first when they would not fit;
    a create monday refuses as over the cap (the count drifted) teaches the push monday's
    count and gets the policy too. Returns the outcomes (no board-full refusal among them)
    and how many records wait, pending, for a later push."""
    from sync import push_writes as writes

    outcomes: list[Outcome] = []
    waiting = list(creates)
    boards.unsaved = 0
    mapping = build_mapping(boards.current.spec.entity, boards.current.spec.column_mapping)
    for _ in range(4):  # make room, create what fits; a few rounds at most per batch
        if not waiting:
            break
        free = room(ctx, boards)
        # Archive as soon as creates would not fit; roll over only once the board is full.
        policy = boards.current.spec.capacity_policy
        if free < len(waiting) and (policy == "archive" or free == 0):
            free = _make_room(ctx, boards, mapping, len(waiting) - free) or free
        if free <= 0:
            break
        batch, waiting = waiting[:free], waiting[free:]
        sent = writes.create(ctx, boards.current, batch, encode(boards.current, batch))
        outcomes += [o for o in sent if not board_full(o.error)]
        boards.unsaved += sum(1 for o in sent if o.error is None and o.item_id)
        refused = [o.record for o in sent if board_full(o.error)]
        waiting = refused + waiting
        if refused:
            _learn_count(ctx, boards)
    boards.unsaved = 0  # the caller saves the outcomes next
    if outcomes:
        # Progress: once this batch's items are saved (settled ones become archivable), the
        # next batch of the push takes the rest again, at once.
        return outcomes, 0
    _defer(ctx, boards.current.spec, waiting)
    return outcomes, len(waiting)


def _learn_count(ctx: EngineContext, boards: Boards) -> None:
    """monday refused a create the local count had room for: items the connector did not
    make are on the board. Take monday's count of the board's items (items_count) as the
    truth for the rest of this push; unknown, count the board as full."""
    board = boards.current
    local = ctx.settings.capacity.item_limit - room(ctx, Boards(board, unsaved=boards.unsaved))
    try:
        found = board.client.board(board.spec.board_id)
        counted = found.items_count if found is not None else None
    except MondayError:
        counted = None
    if counted is None:
        counted = ctx.settings.capacity.item_limit
    boards.drift[board.spec.board_id] = max(0, int(counted) - local)
    log.info("board sync %s: monday counts %s items on board %s, the connector %s",
             board.spec.id, counted, board.spec.board_id, local)


def _make_room(ctx: EngineContext, boards: Boards, mapping: BoardMapping, needed: int) -> int:
    """Apply the policy to a board without room; returns the room there is afterwards."""
    policy = boards.current.spec.capacity_policy
    try:
        if policy == "archive":
            archived = archive_settled(ctx, boards, needed + ctx.settings.archive_batch)
            if not archived or ctx.settings.capacity.archived_items_count:
                return 0
        elif policy == "rollover":
            roll_over(ctx, boards, mapping)
        else:
            return 0
    except MondayError as exc:
        log.warning("board sync %s: no room made (%s): %s", boards.current.spec.id, policy,
                    scrub(str(exc)))
        return 0
    return room(ctx, boards)


def _defer(ctx: EngineContext, spec: BoardSyncSpec, waiting: list[outbox.DueRecord]) -> None:
    if not waiting:
        return
    with ctx.db.session() as session:
        store.defer_creates(session, [r.id for r in waiting],
                            ctx.clock() + ctx.settings.board_full_retry,
                            full_reason(ctx, spec, len(waiting)))


def house_keeping(ctx: EngineContext, boards: Boards) -> int:
    """Archive policy, at the end of a push: once the board has reached the warning ratio
    (or the sync has archived before), archive what has been settled long enough (at most
    SYNC_ARCHIVE_BATCH). Below that nothing is archived: a board far from full is left as
    people know it."""
    board = boards.current
    if board.spec.capacity_policy != "archive":
        return 0
    limits = ctx.settings.capacity
    with ctx.db.session() as session:
        started = store.has_archived(session, board.spec.id)
    if not started and room(ctx, boards) > limits.item_limit * (1 - limits.warn_ratio):
        return 0
    return archive_settled(ctx, boards, ctx.settings.archive_batch)

