"""Custom recipe trigger subscriptions ("when a SYSPRO invoice is posted or changes").

monday retries subscribe for up to 30 minutes, so subscribing twice with the same subscriptionId
returns the row stored the first time. Every lookup is scoped by account.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.errors import NotFound, SubscriptionRefused, ValidationError
from store.models import ENTITIES, SysproConnection, TriggerSubscription


def subscribe_trigger(
    session: Session,
    account_id: int,
    subscription_id: str,
    fields: Mapping[str, Any],
) -> tuple[TriggerSubscription, bool]:
    """Store the subscription once. Returns (row, created)."""
    subscription_id = str(subscription_id).strip()
    if not subscription_id:
        raise SubscriptionRefused()
    existing = session.scalar(
        sa.select(TriggerSubscription).where(
            TriggerSubscription.subscription_id == subscription_id
        )
    )
    if existing is not None:
        if existing.account_id != account_id:
            # Another tenant's id: answered like any invalid one, saying nothing about it.
            raise SubscriptionRefused()
        return existing, False
    entity = str(fields.get("entity", ""))
    if entity not in ENTITIES:
        raise ValidationError("entity", f"{entity!r} is not one of {', '.join(ENTITIES)}")
    webhook_url = str(fields.get("webhook_url") or "").strip()
    if not webhook_url.startswith(("https://", "http://")):
        raise ValidationError("webhookUrl", "is missing or not a URL")
    connection_id = fields.get("connection_id")
    if connection_id is not None:
        owned = session.scalar(
            sa.select(SysproConnection.id).where(
                SysproConnection.id == connection_id, SysproConnection.account_id == account_id
            )
        )
        if owned is None:
            raise ValidationError("connection_id", f"connection {connection_id} not found")
    row = TriggerSubscription(
        account_id=account_id,
        subscription_id=subscription_id,
        entity=entity,
        connection_id=connection_id,
        webhook_url=webhook_url,
        recipe_id=_text(fields.get("recipe_id")),
        integration_id=_text(fields.get("integration_id")),
        input_fields=dict(fields.get("input_fields") or {}),
        enabled=True,
    )
    session.add(row)
    session.flush()
    return row, True


def unsubscribe_trigger(session: Session, account_id: int, webhook_id: str) -> TriggerSubscription:
    """Disable the subscription (kept for the record). Repeating it is harmless."""
    row = session.scalar(
        sa.select(TriggerSubscription).where(
            TriggerSubscription.subscription_id == str(webhook_id),
            TriggerSubscription.account_id == account_id,
        )
    )
    if row is None:
        raise NotFound(f"trigger subscription {webhook_id} not found")
    row.enabled = False
    session.flush()
    return row


def enabled_triggers(
    session: Session, account_id: int, entity: str, connection_id: int | None = None
) -> list[TriggerSubscription]:
    """Where to announce a created or changed record of `entity` for this account."""
    query = sa.select(TriggerSubscription).where(
        TriggerSubscription.account_id == account_id,
        TriggerSubscription.entity == entity,
        TriggerSubscription.enabled.is_(True),
    )
    if connection_id is not None:
        query = query.where(
            sa.or_(
                TriggerSubscription.connection_id.is_(None),
                TriggerSubscription.connection_id == connection_id,
            )
        )
    return list(session.scalars(query.order_by(TriggerSubscription.id)))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)[:64]
