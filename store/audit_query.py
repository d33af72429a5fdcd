"""The board view's audit trail: one board sync's events, filtered and paged, newest first.

Filters are store/audit.py's (one place for SYSPRO-key matching: with or without SYSPRO's
leading spaces). Without a SYSPRO id the database counts and pages; with one, the LIKE on
each key part narrows the rows and the exact comparison is made here before paging.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.audit import AuditFilter, matching_key, statement
from store.models import AuditEvent

# The actions a board sync's trail holds, as the filter offers them, in words.
ACTION_LABELS = {
    "created": "Created",
    "updated": "Updated",
    "unchanged_skipped": "Unchanged (skipped)",
    "failed": "Failed",
    "retried": "Retried",
    "recreated": "Recreated (item was deleted)",
    "marked_vanished": "Marked removed in SYSPRO",
    "reconciled": "Compared with SYSPRO",
    "conflict": "Conflict",
    "written_back": "Written back to SYSPRO",
}
MAX_PER_PAGE = 100


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEvent]
    total: int


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def day_end(day: date) -> datetime:
    """The last moment of a UTC day: `until` is inclusive of the whole day."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC) - timedelta(
        microseconds=1)


def audit_page(
    session: Session,
    account_id: int,
    board_sync_id: int,
    *,
    syspro_id: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    page: int = 1,
    per_page: int = 25,
) -> AuditPage:
    """Page `page` (1-based) of the sync's events matching the filters, and their total."""
    where = AuditFilter(
        account_id=account_id, board_sync_id=board_sync_id,
        syspro_id=syspro_id or None, actions=(action,) if action else (),
        since=day_start(since) if since else None, until=day_end(until) if until else None,
    )
    stmt = statement(where)
    offset = (page - 1) * per_page
    if where.syspro_id is None:
        counted = stmt.order_by(None).with_only_columns(sa.func.count())
        total = session.scalar(counted) or 0
        entries = list(session.scalars(stmt.offset(offset).limit(per_page)))
        return AuditPage(entries, int(total))
    matched = list(matching_key(session.scalars(stmt), where.syspro_id))
    return AuditPage(list(islice(matched, offset, offset + per_page)), len(matched))
