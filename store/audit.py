"""Writing and reading the audit trail (append-only)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import ACTIONS, AuditEvent
from store.types import utcnow


@dataclass
class AuditEntry:
    account_id: int
    action: str
    board_sync_id: int | None = None
    syspro_id: str | None = None
    poll_at: datetime | None = None
    board_id: str | None = None
    item_id: str | None = None
    detail: dict[str, Any] | None = None
    error_chain: list[dict[str, Any]] | None = None
    synced_at: datetime = field(default_factory=utcnow)


def record(session: Session, entries: Sequence[AuditEntry]) -> None:
    for entry in entries:
        if entry.action not in ACTIONS:
            raise ValueError(f"unknown audit action {entry.action!r}")
    if entries:
        session.execute(sa.insert(AuditEvent), [vars(e) for e in entries])


@dataclass(frozen=True)
class AuditFilter:
    account_id: int | None = None  # None only for operators' own CLI use across tenants
    board_id: str | None = None
    board_sync_id: int | None = None
    syspro_id: str | None = None
    actions: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 100


def query(session: Session, where: AuditFilter) -> Iterator[AuditEvent]:
    """Events matching the filter, newest first."""
    stmt = sa.select(AuditEvent)
    if where.account_id is not None:
        stmt = stmt.where(AuditEvent.account_id == where.account_id)
    if where.board_id:
        stmt = stmt.where(AuditEvent.board_id == where.board_id)
    if where.board_sync_id is not None:
        stmt = stmt.where(AuditEvent.board_sync_id == where.board_sync_id)
    if where.syspro_id is not None:
        stmt = stmt.where(AuditEvent.syspro_id == where.syspro_id)
    if where.actions:
        stmt = stmt.where(AuditEvent.action.in_(where.actions))
    if where.since:
        stmt = stmt.where(AuditEvent.synced_at >= where.since)
    if where.until:
        stmt = stmt.where(AuditEvent.synced_at <= where.until)
    stmt = stmt.order_by(AuditEvent.synced_at.desc(), AuditEvent.id.desc()).limit(where.limit)
    yield from session.scalars(stmt)


def count(session: Session, board_sync_id: int, action: str) -> int:
    return session.scalar(
        sa.select(sa.func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.board_sync_id == board_sync_id, AuditEvent.action == action)
    ) or 0
