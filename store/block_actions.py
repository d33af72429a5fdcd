"""What workflow action blocks read and change, scoped to one account.

A run names a monday board; it acts on the enabled board syncs of that board in the account
the run's JWT names, never on another account's, whatever board id it sends.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import BoardSync


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
