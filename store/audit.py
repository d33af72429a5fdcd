"""Writing and reading the audit trail (append-only)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import ACTIONS, AuditEvent, SyncRecord
from store.types import utcnow
from syspro.entities import make_transaction_id, split_transaction_id


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


def retry_asked(
    session: Session, records: Iterable[SyncRecord], board_id: str | None, *,
    asked_by: int | None, via: str,
) -> None:
    """One "retried" event per record a person asked to retry, saying who and from where.
    The push's own "retried" events (a failed record sent again) carry the attempt instead,
    so the trail tells a person's retry from the backoff's."""
    now = utcnow()
    record(session, [
        AuditEntry(account_id=r.account_id, board_sync_id=r.board_sync_id,
                   syspro_id=r.syspro_key, board_id=r.monday_board_id or board_id,
                   item_id=r.monday_item_id, action="retried",
                   detail={"asked_by": asked_by, "via": via}, synced_at=now)
        for r in records
    ])


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
    """Events matching the filter, newest first.

    `syspro_id` matches the id as stored or as a person types it: SYSPRO pads many keys with
    spaces ("   1001"), so each key part is compared without leading or trailing ones."""
    stmt = statement(where)
    if where.syspro_id is None:
        yield from session.scalars(stmt.limit(where.limit))
        return
    yield from islice(matching_key(session.scalars(stmt), where.syspro_id), where.limit)


def statement(where: AuditFilter) -> sa.Select[tuple[AuditEvent]]:
    """The filter as one SELECT, newest first; a `syspro_id` only narrows it (LIKE on each
    key part): pass the rows through `matching_key` for the exact comparison."""
    stmt = sa.select(AuditEvent)
    if where.account_id is not None:
        stmt = stmt.where(AuditEvent.account_id == where.account_id)
    if where.board_id:
        stmt = stmt.where(AuditEvent.board_id == where.board_id)
    if where.board_sync_id is not None:
        stmt = stmt.where(AuditEvent.board_sync_id == where.board_sync_id)
    if where.actions:
        stmt = stmt.where(AuditEvent.action.in_(where.actions))
    if where.since:
        stmt = stmt.where(AuditEvent.synced_at >= where.since)
    if where.until:
        stmt = stmt.where(AuditEvent.synced_at <= where.until)
    for part in _loose_key(where.syspro_id) if where.syspro_id is not None else ():
        stmt = stmt.where(AuditEvent.syspro_id.like(f"%{_like_literal(part)}%", escape="\\"))
    return stmt.order_by(AuditEvent.synced_at.desc(), AuditEvent.id.desc())


def matching_key(events: Iterable[AuditEvent], syspro_id: str) -> Iterator[AuditEvent]:
    """The events whose SYSPRO id equals `syspro_id`, leading and trailing spaces aside."""
    wanted = _loose_key(syspro_id)
    return (e for e in events if _loose_key(e.syspro_id or "") == wanted)


def _loose_key(syspro_id: str) -> list[str]:
    return [part.strip(" ") for part in split_transaction_id(syspro_id)]


def _like_literal(part: str) -> str:
    stored = make_transaction_id([part])
    return stored.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count(session: Session, board_sync_id: int, action: str) -> int:
    return session.scalar(
        sa.select(sa.func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.board_sync_id == board_sync_id, AuditEvent.action == action)
    ) or 0
