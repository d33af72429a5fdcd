"""Board syncs as integration recipes create and remove them.

Creation itself is `store.board_syncs.create_board_sync`; this adds what a recipe needs on top:
one BoardSync per monday subscriptionId however often subscribe is retried, and unsubscribe
that disables rather than deletes (the records and audit stay).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.board_capacity import set_capacity_policy
from store.board_syncs import checked_mode, create_board_sync
from store.errors import NotFound, SubscriptionRefused, ValidationError
from store.intervals import validate_interval
from store.models import BoardSync

RECIPE_REMOVED = "recipe removed"


def find_recipe_sync(session: Session, subscription_id: str) -> BoardSync | None:
    return session.scalar(
        sa.select(BoardSync).where(BoardSync.recipe_subscription_id == str(subscription_id))
    )


def subscribe_board_sync(
    session: Session,
    account_id: int,
    subscription_id: str,
    fields: Mapping[str, Any],
    *,
    monday_user_id: int | None,
    filters: Mapping[str, Any] | None = None,
) -> tuple[BoardSync, bool]:
    """The BoardSync for this subscription, created on first call. Returns (sync, created).

    A board whose sync for this entity was removed earlier (disabled, another subscription)
    takes the new subscription over instead of failing on the board+entity uniqueness.
    """
    subscription_id = str(subscription_id).strip()
    if not subscription_id:
        raise SubscriptionRefused()
    existing = find_recipe_sync(session, subscription_id)
    if existing is not None:
        if existing.account_id != account_id:
            # Another tenant's id: answered like any invalid one, saying nothing about it.
            raise SubscriptionRefused()
        return existing, False
    board_id = str(fields.get("board_id", "")).strip()
    previous = session.scalar(
        sa.select(BoardSync).where(
            BoardSync.account_id == account_id,
            BoardSync.board_id == board_id,
            BoardSync.entity == str(fields.get("entity", "")),
        )
    )
    if previous is not None and not previous.enabled:
        previous.connection_id = _owned_connection(session, account_id, fields, previous)
        # The recipe taking the board over decides whether edits go back to SYSPRO.
        previous.mode = checked_mode(previous.entity, fields.get("mode", "one_way"))
        previous.interval_minutes = validate_interval(fields.get("interval_minutes", 15))
        if fields.get("capacity_policy") or fields.get("archive_after_days"):
            set_capacity_policy(session, previous, fields.get("capacity_policy"),
                                fields.get("archive_after_days"))
        previous.enabled = True
        previous.health = "ok"
        previous.health_reason = None
        sync = previous
        created = True
    else:
        sync = create_board_sync(session, account_id, fields)
        created = True
    sync.recipe_subscription_id = subscription_id
    sync.monday_user_id = monday_user_id
    sync.filters = dict(filters or {})
    session.flush()
    return sync, created


def _owned_connection(
    session: Session, account_id: int, fields: Mapping[str, Any], sync: BoardSync
) -> int:
    # create_board_sync checks ownership on creation; a takeover must check it too.
    from store.connections import get_connection

    connection_id = fields.get("connection_id", sync.connection_id)
    try:
        return get_connection(session, account_id, int(connection_id)).id
    except (NotFound, TypeError, ValueError) as exc:
        raise ValidationError("connection_id", f"connection {connection_id} not found") from exc


def unsubscribe_board_sync(session: Session, account_id: int, webhook_id: str) -> BoardSync:
    """Disable the sync the subscription created. `webhook_id` is what subscribe returned."""
    sync = session.scalar(
        sa.select(BoardSync).where(
            BoardSync.account_id == account_id,
            BoardSync.recipe_subscription_id == str(webhook_id),
        )
    )
    if sync is None:
        raise NotFound(f"board sync for subscription {webhook_id} not found")
    sync.enabled = False
    sync.health = "disabled"
    sync.health_reason = RECIPE_REMOVED
    session.flush()
    return sync


def lookup_sync_for_board(
    session: Session, account_id: int | None, board_id: str
) -> BoardSync | None:
    """The enabled lookup-mode sync on this board (write-back target).

    `account_id` None is for signed webhooks whose token names no account: monday board ids
    are unique across accounts, so the board alone says whose it is.
    """
    query = sa.select(BoardSync).where(
        BoardSync.board_id == str(board_id),
        BoardSync.mode == "lookup",
        BoardSync.enabled.is_(True),
    )
    if account_id is not None:
        query = query.where(BoardSync.account_id == account_id)
    return session.scalars(query.order_by(BoardSync.id).limit(1)).first()
