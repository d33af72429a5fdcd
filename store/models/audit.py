"""The audit trail: append-only, one row per outcome per record."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base
from store.types import utcnow

ACTIONS = (
    "created",
    "updated",
    "unchanged_skipped",
    "failed",
    "retried",
    "marked_vanished",
    "recreated",
    "reconciled",
    "conflict",
    "written_back",
    "account_installed",
    "account_uninstalled",
    "keys_rotated",
    "health_alerted",
    "archived",  # a settled record's item archived on monday (capacity policy)
    "rolled_over",  # the sync moved its new records to a new board (capacity policy)
)


class AuditEventImmutable(RuntimeError):
    """Audit events are never changed or deleted once written."""


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        sa.Index("ix_audit_events_record", "account_id", "board_id", "syspro_id"),
        sa.Index("ix_audit_events_time", "account_id", "synced_at"),
        # The board view: one sync's trail, newest first, and its hourly history.
        sa.Index("ix_audit_events_sync_time", "board_sync_id", "synced_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No cascade from accounts: the audit outlives an uninstall.
    account_id: Mapped[int] = mapped_column(sa.ForeignKey("accounts.id"), index=False)
    board_sync_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("board_syncs.id", ondelete="SET NULL")
    )
    syspro_id: Mapped[str | None] = mapped_column(sa.String(200))
    poll_at: Mapped[datetime | None]
    board_id: Mapped[str | None] = mapped_column(sa.String(32))
    item_id: Mapped[str | None] = mapped_column(sa.String(32))
    synced_at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(sa.String(40))
    detail: Mapped[dict[str, Any] | None]
    # Outermost error first, each link {type, message, ...}; secrets scrubbed before writing.
    error_chain: Mapped[list[Any] | None] = mapped_column(sa.JSON)


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_change(_mapper: object, _connection: object, target: AuditEvent) -> None:
    raise AuditEventImmutable(f"audit event {target.id} is append-only")
