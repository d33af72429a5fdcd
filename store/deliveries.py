"""Delivery dedupe: monday retries recipes and may deliver a webhook twice; handle each once.

Inserting (kind, external_id) is the claim. The insert skips on conflict, so the second
delivery of the same id learns "already handled" without an error or a rolled-back session.
"""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from store.db import rows_affected
from store.models import ProcessedDelivery
from store.types import utcnow

KINDS = ("board_webhook", "recipe_action", "oauth_code", "lifecycle")


def claim_delivery(
    session: Session, kind: str, external_id: str, account_id: int | None = None
) -> bool:
    """True if this call claimed the delivery (first time seen), False if it was handled."""
    if kind not in KINDS:
        raise ValueError(f"unknown delivery kind {kind!r}")
    if not external_id:
        raise ValueError("a delivery id is required")
    values = {
        "kind": kind,
        "external_id": external_id[:128],
        "account_id": account_id,
        "received_at": utcnow(),
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(ProcessedDelivery)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["kind", "external_id"])
    )
    return bool(rows_affected(session, statement))
