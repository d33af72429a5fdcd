"""Health alerts: which board syncs changed state since their people were last told, and the
claim that makes sure each change is told at most once.

A sync's alert state is "failing" while its health is one a person must act on (failing
records, SYSPRO refusing, monday refusing the token or unavailable) and "ok" otherwise.
`alerted_health` keeps the state last alerted (null: ok, never alerted). The schedule asks
`alerts_due` every tick; `claim_alert` moves `alerted_health` to the current state in one
conditional UPDATE, so of two workers racing for the same change only one wins, and a change
back and forth between two ticks alerts nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.db import rows_affected
from store.errors import NotFound
from store.models import Account, BoardSync

FAILING_HEALTH = ("failing", "needs_reauth", "monday_unavailable", "board_full")


def _state_sql() -> sa.ColumnElement[str]:
    return sa.case((BoardSync.health.in_(FAILING_HEALTH), "failing"), else_="ok")


def _alerted_sql() -> sa.ColumnElement[str | None]:
    # Never NULL ("ok" before the first alert), but SQLAlchemy types coalesce() as the common
    # type of its arguments.
    return sa.func.coalesce(BoardSync.alerted_health, "ok")


@dataclass(frozen=True)
class AlertTarget:
    """Who to tell what about one change of one board sync."""

    board_sync_id: int
    account_id: int
    board_id: str
    entity: str
    state: str  # "failing" | "ok": the new state
    reason: str | None
    monday_user_id: int | None  # who set the sync up
    webhook_url: str | None  # the account's, if it set one


def alerts_due(session: Session, limit: int = 500) -> list[int]:
    """Enabled syncs of active accounts whose state differs from the one last alerted."""
    return list(session.scalars(
        sa.select(BoardSync.id)
        .join(Account, Account.id == BoardSync.account_id)
        .where(BoardSync.enabled.is_(True), Account.status == "active",
               _state_sql() != _alerted_sql())
        .order_by(BoardSync.id).limit(limit)
    ))


def claim_alert(session: Session, board_sync_id: int) -> AlertTarget | None:
    """Record the current state as alerted and return what to send; None when there is
    nothing to send (no change, or another worker claimed it first)."""
    row = session.execute(
        sa.select(BoardSync, Account.alert_webhook_url, _state_sql())
        .join(Account, Account.id == BoardSync.account_id)
        .where(BoardSync.id == board_sync_id, BoardSync.enabled.is_(True),
               Account.status == "active")
    ).first()
    if row is None:
        return None
    sync, webhook_url, state = row
    claimed = rows_affected(
        session,
        sa.update(BoardSync)
        .where(BoardSync.id == board_sync_id, _state_sql() == state, _alerted_sql() != state)
        .values(alerted_health=state)
        .execution_options(synchronize_session=False),
    )
    if claimed != 1:
        return None
    return AlertTarget(sync.id, sync.account_id, sync.board_id, sync.entity, state,
                       sync.health_reason, sync.monday_user_id, webhook_url)


def set_alert_webhook(session: Session, monday_account_id: int, url: str | None) -> Account:
    account = session.scalar(
        sa.select(Account).where(Account.monday_account_id == monday_account_id))
    if account is None:
        raise NotFound(f"monday account {monday_account_id} is not installed")
    account.alert_webhook_url = url or None
    return account
