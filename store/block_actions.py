"""What workflow action blocks read and change, scoped to one account.

A run names a monday board; it acts on the enabled board syncs of that board in the account
the run's JWT names, never on another account's, whatever board id it sends.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.audit import retry_asked
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


def retry_failed_on_board(
    session: Session, account_id: int, board_sync_ids: list[int], *, asked_by: int | None,
) -> int:
    """Make every failed record of these syncs due now, each with a "retried" audit event
    naming the monday user whose workflow asked; returns how many. Records already pending or
    synced are untouched, so running it twice retries nothing more."""
    failing = list(session.scalars(
        sa.select(SyncRecord)
        .where(SyncRecord.account_id == account_id,
               SyncRecord.board_sync_id.in_(board_sync_ids),
               SyncRecord.state == "failed")
        .order_by(SyncRecord.id).with_for_update()
    ))
    if not failing:
        return 0
    session.execute(
        sa.update(SyncRecord)
        .where(SyncRecord.id.in_([r.id for r in failing]))
        .values(state="pending", next_attempt_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    boards = dict(session.execute(
        sa.select(BoardSync.id, BoardSync.board_id).where(BoardSync.id.in_(board_sync_ids))
    ).tuples().all())
    for sync_id in sorted({r.board_sync_id for r in failing}):
        retry_asked(session, [r for r in failing if r.board_sync_id == sync_id],
                    boards.get(sync_id), asked_by=asked_by, via="monday workflow")
    return len(failing)
