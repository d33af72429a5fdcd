"""What workflow action blocks read and change, scoped to one account.

A run names a monday board; it acts on the enabled board syncs of that board in the account
the run's JWT names, never on another account's, whatever board id it sends.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import BoardSync, SyncRecord
from store.types import utcnow


class BoardNotSynced(Exception):
    """The board has no enabled SYSPRO sync in this account; the message says what to do."""


def board_syncs_on_board(session: Session, account_id: int, board_id: str) -> list[BoardSync]:
    syncs = list(session.scalars(
        sa.select(BoardSync)
        .where(BoardSync.account_id == account_id, BoardSync.board_id == board_id,
               BoardSync.enabled.is_(True))
        .order_by(BoardSync.id)
    ))
    if not syncs:
        raise BoardNotSynced(
            f"Board {board_id} has no SYSPRO sync turned on. Add the ml-connector sync to "
            "this board first (board automations or workflows), then run this workflow again."
        )
    return syncs


def retry_failed_on_board(session: Session, account_id: int, board_sync_ids: list[int]) -> int:
    """Make every failed record of these syncs due now; returns how many. Records already
    pending or synced are untouched, so running it twice retries nothing more."""
    result = session.execute(
        sa.update(SyncRecord)
        .where(SyncRecord.account_id == account_id,
               SyncRecord.board_sync_id.in_(board_sync_ids),
               SyncRecord.state == "failed")
        .values(state="pending", next_attempt_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
