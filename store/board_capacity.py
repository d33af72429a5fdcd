"""What the connector knows about how full its boards are, and the capacity policy per sync.

monday refuses creates past a cap of items created through the API per board (FACTS §2:
10,000, `ItemsLimitationException`). The count here is the connector's own: items it created
on a board (of every sync writing there) and, unless archived items count too, not archived.
It can drift (items a person made through another app); monday's refusal then corrects the
push (sync/capacity.py). The key -> item map (sync_records.monday_item_id with its board) is
authoritative: archived items and items on boards rolled over from keep being updated there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.errors import ValidationError
from store.models import (
    CAPACITY_POLICIES,
    DEFAULT_ARCHIVE_AFTER_DAYS,
    DEFAULT_CAPACITY_POLICY,
    BoardSync,
    SyncRecord,
)
from store.types import utcnow

MAX_ARCHIVE_AFTER_DAYS = 3650


@dataclass(frozen=True)
class CapacityLimits:
    """The cap and when to warn. SYNC_BOARD_ITEM_LIMIT, SYNC_CAPACITY_WARN_RATIO and
    SYNC_ARCHIVED_ITEMS_COUNT set them (docs/configuration.md)."""

    item_limit: int = 10_000  # monday's cap on items created through the API per board
    warn_ratio: float = 0.8
    # Whether archived items still count toward the cap: FACTS does not say [U]. Default: they
    # do not (else archiving could never make room).
    archived_items_count: bool = False


def limits_from(tuning: Mapping[str, str]) -> CapacityLimits:
    """CapacityLimits from SYNC_* variables; a malformed value names the variable."""
    base = CapacityLimits()

    def raw(name: str) -> str:
        return str(tuning.get(name, "")).strip()

    try:
        limit = int(raw("SYNC_BOARD_ITEM_LIMIT") or base.item_limit)
        ratio = float(raw("SYNC_CAPACITY_WARN_RATIO") or base.warn_ratio)
    except ValueError as exc:
        raise ValueError(f"SYNC_BOARD_ITEM_LIMIT / SYNC_CAPACITY_WARN_RATIO: {exc}") from exc
    if limit < 1 or not 0 < ratio <= 1:
        raise ValueError(
            "SYNC_BOARD_ITEM_LIMIT must be >= 1 and SYNC_CAPACITY_WARN_RATIO in (0, 1]")
    counted = raw("SYNC_ARCHIVED_ITEMS_COUNT").lower() in ("1", "true", "yes")
    return CapacityLimits(limit, ratio, counted)


def checked_policy(policy: object, days: object) -> tuple[str, int]:
    """A valid (policy, archive_after_days), or a ValidationError saying what to fix."""
    policy = DEFAULT_CAPACITY_POLICY if policy in (None, "") else policy
    if policy not in CAPACITY_POLICIES:
        raise ValidationError(
            "policy", f"{policy!r} is not one of {', '.join(CAPACITY_POLICIES)}")
    if days in (None, ""):
        days = DEFAULT_ARCHIVE_AFTER_DAYS
    try:
        number = int(str(days).strip())
    except ValueError:
        raise ValidationError(
            "archive_after_days", f"{days!r} is not a whole number of days") from None
    if isinstance(days, float | bool) or not 0 <= number <= MAX_ARCHIVE_AFTER_DAYS:
        raise ValidationError(
            "archive_after_days", f"must be a whole number from 0 to {MAX_ARCHIVE_AFTER_DAYS}")
    return str(policy), number


def set_capacity_policy(
    session: Session, sync: BoardSync, policy: object, days: object
) -> BoardSync:
    """The one place a sync's capacity policy changes (CLI, recipe, admin API)."""
    sync.capacity_policy, sync.archive_after_days = checked_policy(policy, days)
    session.flush()
    return sync


def items_on_board(
    session: Session, account_id: int, board_id: str, limits: CapacityLimits
) -> int:
    """Items the connector created on the board (every sync of the account writing there)."""
    query = sa.select(sa.func.count()).where(
        SyncRecord.account_id == account_id, SyncRecord.monday_board_id == board_id,
        SyncRecord.monday_item_id.is_not(None),
    )
    if not limits.archived_items_count:
        query = query.where(SyncRecord.archived_at.is_(None))
    return int(session.scalar(query) or 0)


def capacity_summary(
    session: Session, sync: BoardSync, limits: CapacityLimits
) -> dict[str, Any]:
    """{items, limit, ratio, warn, policy} of the sync's current board, for views and CLI."""
    items = items_on_board(session, sync.account_id, sync.board_id, limits)
    ratio = round(items / limits.item_limit, 4)
    return {"items": items, "limit": limits.item_limit, "ratio": ratio,
            "warn": ratio >= limits.warn_ratio, "policy": sync.capacity_policy,
            "archive_after_days": sync.archive_after_days,
            "past_boards": [b.get("board_id") for b in sync.past_boards or ()]}


def capacity_reason(summary: Mapping[str, Any]) -> str | None:
    """The capacity state in words (None below the warning ratio)."""
    if not summary["warn"]:
        return None
    items, limit = summary["items"], summary["limit"]
    what = {"archive": "settled records older than "
                       f"{summary['archive_after_days']} days are archived to make room",
            "rollover": "new records will go to a new board when it is full",
            "stop": "new records will wait when it is full (updates go on)"}[summary["policy"]]
    if items >= limit:
        return f"Board full: {items:,} of {limit:,} items created through the API; {what}."
    return (f"Board {summary['ratio']:.0%} full: {items:,} of {limit:,} items created through "
            f"the API; {what}.")


@dataclass(frozen=True)
class Archivable:
    record_id: int
    key: str
    item_id: str
    board_id: str


def archivable(
    session: Session, board_sync_id: int, settled_before: date, limit: int
) -> list[Archivable]:
    """Records written settled on or before `settled_before`, whose item is not archived yet,
    oldest settled first."""
    rows = session.execute(
        sa.select(SyncRecord.id, SyncRecord.syspro_key, SyncRecord.monday_item_id,
                  SyncRecord.monday_board_id)
        .where(SyncRecord.board_sync_id == board_sync_id,
               SyncRecord.settled_on.is_not(None), SyncRecord.settled_on <= settled_before,
               SyncRecord.archived_at.is_(None), SyncRecord.monday_item_id.is_not(None),
               SyncRecord.monday_board_id.is_not(None))
        .order_by(SyncRecord.settled_on, SyncRecord.id)
        .limit(limit)
    )
    return [Archivable(rid, key, str(item), str(board)) for rid, key, item, board in rows]


def has_archived(session: Session, board_sync_id: int) -> bool:
    """Has the sync archived any item yet (the archive policy, once started, keeps going)?"""
    return session.scalar(sa.select(SyncRecord.id).where(
        SyncRecord.board_sync_id == board_sync_id, SyncRecord.archived_at.is_not(None)
    ).limit(1)) is not None


def mark_archived(session: Session, record_ids: list[int], at: datetime | None = None) -> None:
    if record_ids:
        session.execute(sa.update(SyncRecord).where(SyncRecord.id.in_(record_ids))
                        .values(archived_at=at or utcnow()))


def defer_creates(
    session: Session, record_ids: list[int], until: datetime, reason: str
) -> None:
    """Records that cannot be created now (board full): they stay pending, with the reason,
    and are due again at `until`. Nothing is lost, no attempt is spent."""
    if record_ids:
        session.execute(sa.update(SyncRecord).where(SyncRecord.id.in_(record_ids))
                        .values(next_attempt_at=until, last_error=reason[:4000]))


FULL_PREFIX = "Board full:"


def waiting_health(session: Session, board_sync_id: int) -> tuple[str, str] | None:
    """("board_full", reason) while new records wait for room on a full board, else None."""
    query = sa.select(SyncRecord.last_error).where(
        SyncRecord.board_sync_id == board_sync_id, SyncRecord.state == "pending",
        SyncRecord.monday_item_id.is_(None), SyncRecord.last_error.like(f"{FULL_PREFIX}%"))
    waiting = session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    if not waiting:
        return None
    reason = session.scalar(query.order_by(SyncRecord.updated_at.desc()).limit(1)) or ""
    # The reason names the count when the records were put aside: say how many wait now.
    head, _, tail = reason.partition("; ")
    tail = tail.split(" (", 1)[1] if " (" in tail else tail
    noun = "record waits" if waiting == 1 else "records wait"
    return "board_full", f"{head}; {waiting} new {noun} ({tail}"[:2000]


def roll_over(
    session: Session, board_sync_id: int, new_board_id: str, columns: dict[str, Any],
    at: datetime,
) -> None:
    """The sync's new records go to `new_board_id` from now on; the board it leaves, with its
    columns and group, is remembered for the updates of the items already there."""
    sync = session.get(BoardSync, board_sync_id)
    assert sync is not None
    past = list(sync.past_boards or [])
    past.append({"board_id": sync.board_id, "columns": dict(sync.provisioned_columns or {}),
                 "group_id": sync.group_id, "rolled_at": at.isoformat()})
    sync.past_boards = past
    sync.board_id, sync.group_id, sync.provisioned_columns = new_board_id, None, columns
    sync.provisioned_at = at
    sync.board_had_items = False  # a board we just made: nothing to look up before creates
    session.flush()


__all__ = [
    "Archivable", "CapacityLimits", "archivable", "capacity_reason", "capacity_summary",
    "checked_policy", "defer_creates", "has_archived", "items_on_board", "limits_from",
    "mark_archived", "roll_over", "set_capacity_policy", "waiting_health",
]
