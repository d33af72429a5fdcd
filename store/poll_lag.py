"""How far behind the schedule is: the oldest due poll and the board syncs overdue.

Only enabled syncs of active accounts count: a disabled or uninstalled one is meant to stand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.intervals import INTERVAL_RANGE
from store.models import Account, BoardSync

# A sync with no finished poll for this many of its intervals is flagged overdue.
OVERDUE_INTERVALS = 2


@dataclass
class PollLag:
    oldest_due_at: datetime | None = None  # the earliest next_poll_at that has passed
    overdue: list[int] = field(default_factory=list)  # board sync ids, oldest first

    def oldest_due_seconds(self, now: datetime) -> float:
        """0 when nothing is due: the schedule is keeping up."""
        if self.oldest_due_at is None:
            return 0.0
        return max(0.0, (now - self.oldest_due_at).total_seconds())


def _live_syncs() -> sa.Select:
    return (
        sa.select(BoardSync)
        .join(Account, Account.id == BoardSync.account_id)
        .where(BoardSync.enabled.is_(True), Account.status == "active")
    )


def poll_lag(session: Session, now: datetime) -> PollLag:
    """Overdue: the last successful poll (or, never polled, the creation) is older than
    OVERDUE_INTERVALS of the sync's own interval, whatever the reason (schedule stopped,
    queue backed up, every poll failing)."""
    oldest = session.scalar(
        _live_syncs().with_only_columns(sa.func.min(BoardSync.next_poll_at))
        .where(BoardSync.next_poll_at <= now)
    )
    last_seen = sa.func.coalesce(BoardSync.last_poll_at, BoardSync.created_at)
    earliest = now - OVERDUE_INTERVALS * timedelta(minutes=INTERVAL_RANGE[0])
    candidates = session.execute(
        _live_syncs().with_only_columns(BoardSync.id, BoardSync.interval_minutes, last_seen)
        .where(last_seen < earliest).order_by(last_seen)
    )
    overdue = [
        sync_id for sync_id, interval, seen in candidates
        if seen < now - OVERDUE_INTERVALS * timedelta(minutes=interval)
    ]
    return PollLag(oldest, overdue)
