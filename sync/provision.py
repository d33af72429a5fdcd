"""Make the board ready for a mapping: find or create every column the sync writes.

A column the user bound in the mapping must exist with a compatible type; otherwise an existing
column with the same title and type is reused (a reinstall, a second sync to the same board),
and only then is one created, status columns with their labels. The result, logical key ->
monday column id and type, is stored on the board sync.
"""

from __future__ import annotations

import logging
from typing import Any

from monday_api import MondayClient
from monday_api.errors import MondayError
from monday_api.models import Board, Column
from store.board_syncs import BoardSyncSpec
from store.poll_runs import save_provisioned_columns, set_health
from store.writeback import (
    WEBHOOK_GENERATION,
    forget_webhook_ids,
    save_webhook_ids,
    webhook_ids,
)
from sync.context import EngineContext
from sync.errors import scrub
from sync.mapping import BoardMapping, MappingError, build_mapping

log = logging.getLogger(__name__)

# Column types a mapped value may be written to, by the mapping's type.
COMPATIBLE = {
    "text": {"text", "long_text"},
    "numbers": {"numbers"},
    "date": {"date"},
    "status": {"status", "color"},
    "long_text": {"long_text", "text"},
    "email": {"email"},
    "phone": {"phone"},
    "link": {"link"},
    "checkbox": {"checkbox"},
    "dropdown": {"dropdown"},
}


def _reusable(board: Board, title: str, kind: str) -> Column | None:
    wanted = COMPATIBLE.get(kind, {kind})
    return next(
        (c for c in board.columns if c.title.strip().lower() == title.lower() and c.type in wanted),
        None,
    )


def provision_columns(
    client: MondayClient, board_id: str, mapping: BoardMapping
) -> dict[str, dict[str, Any]]:
    board = client.board(board_id)
    if board is None:
        raise MappingError(f"board {board_id} is not visible to the app's token")
    provisioned: dict[str, dict[str, Any]] = {}
    for spec in mapping.columns:
        column: Column | None
        if spec.column_id:
            column = board.column(spec.column_id)
            if column is None:
                raise MappingError(
                    f"columns.{spec.key}: column {spec.column_id!r} is not on board {board_id}"
                )
            if column.type not in COMPATIBLE.get(spec.type, {spec.type}):
                raise MappingError(
                    f"columns.{spec.key}: column {spec.column_id!r} is a {column.type} column; "
                    f"{spec.title} needs {spec.type}"
                )
        else:
            column = _reusable(board, spec.title, spec.type)
        if column is None:
            labels = mapping.status_labels() if spec.key == "status" else None
            column = client.create_column(
                board_id,
                spec.title,
                spec.type,
                labels=labels,
                # One create per board and column, even if provisioning runs twice.
                idempotency_key=f"provision-{board_id}-{spec.key}",
            )
        provisioned[spec.key] = {"id": column.id, "type": column.type}
    return provisioned


def provision_board_sync(
    ctx: EngineContext, spec: BoardSyncSpec, client: MondayClient
) -> dict[str, dict[str, Any]]:
    """Provision a board sync's columns and remember them on it, with whether the board held
    items before the sync's first write (see BoardSync.board_had_items)."""
    had_items = None
    if spec.board_had_items is None and not spec.provisioned_columns:
        board = client.board(spec.board_id)
        had_items = bool(board and board.items_count)
    columns = provision_columns(
        client, spec.board_id, build_mapping(spec.entity, spec.column_mapping)
    )
    with ctx.db.session() as session:
        save_provisioned_columns(session, spec.id, columns, spec.group_id, had_items)
    sync_board_webhooks(ctx, spec, client)
    return columns


# --- Lookup boards: the board webhook that brings edits back (write-back) ---------------------

BOARD_WEBHOOK_PATH = "/monday/webhooks/board"
BOARD_WEBHOOK_EVENT = "change_column_value"
# monday sends an item rename as its own event, not as a column change (FACTS §6).
RENAME_WEBHOOK_EVENT = "change_name"
BOARD_WEBHOOK_EVENTS = (BOARD_WEBHOOK_EVENT, RENAME_WEBHOOK_EVENT)


def ensure_board_webhook(
    ctx: EngineContext, spec: BoardSyncSpec, client: MondayClient
) -> str | None:
    """Create the board's webhooks (column changes and renames) once and remember their ids;
    the column-change webhook's id is returned.

    A webhook remembered earlier and still on the board is kept (provisioning may run twice).
    When monday cannot create one (our address unreachable for its challenge, say), the board
    sync's health says so and write-back stays off until provisioning runs again."""
    with ctx.db.session() as session:
        known = webhook_ids(session, spec.id)
    try:
        on_board = {str(w.id) for w in client.webhooks(spec.board_id)}
        url = f"{ctx.public_base_url.rstrip('/')}{BOARD_WEBHOOK_PATH}"
        # A retried run replays monday's answer instead of creating a second webhook; after
        # the webhooks were deleted (write-back off), the next generation creates new ones.
        generation = known.get(WEBHOOK_GENERATION, 0)
        created = {
            event: str(client.create_webhook(
                spec.board_id, url, event,
                idempotency_key=f"board-webhook-{spec.id}-{event}-{generation}").id)
            for event in BOARD_WEBHOOK_EVENTS
            if not (known.get(event) and str(known[event]) in on_board)
        }
    except MondayError as exc:
        log.warning("board sync %s: board webhook not created: %s", spec.id, scrub(str(exc)))
        with ctx.db.session() as session:
            set_health(session, spec.id, "failing",
                       f"edits on this board cannot reach SYSPRO: monday did not create the "
                       f"board webhook ({scrub(str(exc))[:500]})")
        return None
    with ctx.db.session() as session:
        save_webhook_ids(session, spec.id, created)
    return created.get(BOARD_WEBHOOK_EVENT) or str(known[BOARD_WEBHOOK_EVENT])


def wants_board_webhooks(spec: BoardSyncSpec) -> bool:
    """Edits on the board go to SYSPRO: an enabled lookup sync of an active account."""
    return spec.mode == "lookup" and spec.enabled and spec.account_active


def sync_board_webhooks(ctx: EngineContext, spec: BoardSyncSpec, client: MondayClient) -> None:
    """Make monday's board webhooks match the sync: created while it is an enabled lookup sync,
    deleted otherwise (write-back turned off, the recipe removed). One run at a time per sync,
    so a switch flipped during provisioning never leaves two sets of webhooks."""
    lock = ctx.redis.lock(f"lock:board-webhooks:{spec.id}", timeout=120, blocking_timeout=120)
    with lock:
        if wants_board_webhooks(spec):
            ensure_board_webhook(ctx, spec, client)
        else:
            remove_board_webhooks(ctx, spec, client)


def remove_board_webhooks(ctx: EngineContext, spec: BoardSyncSpec, client: MondayClient) -> None:
    """Delete the board webhooks this sync created. One monday already lost counts as deleted;
    any other failure is raised with the rest kept, so the job's retry deletes them."""
    with ctx.db.session() as session:
        known = webhook_ids(session, spec.id)
    for event in BOARD_WEBHOOK_EVENTS:
        webhook_id = known.get(event)
        if webhook_id is None:
            continue
        try:
            client.delete_webhook(webhook_id)
        except MondayError as exc:
            if (exc.code or "").lower() != "resourcenotfoundexception":
                raise
        with ctx.db.session() as session:
            forget_webhook_ids(session, spec.id, [event])
