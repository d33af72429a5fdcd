"""Which of an account's connections automations use by default, and removing one safely.

Invariant: an account with connections has exactly one default (the partial unique index
`uq_syspro_connections_default` allows at most one; creating the first connection, making
another the default and removing the default keep it at exactly one).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.connections import get_connection
from store.models import BoardSync, SysproConnection
from syspro.entities import CATALOGUE


class ConnectionInUse(Exception):
    """Board syncs still read through the connection; `uses` names each in plain words."""

    def __init__(self, connection_name: str, uses: list[str]) -> None:
        self.uses = uses
        self.message = (
            f"Connection {connection_name!r} is still used by {len(uses)} board "
            f"sync{'s' if len(uses) != 1 else ''}: {'; '.join(uses)}. Remove those automations "
            "in monday (or point them at another connection) first."
        )
        super().__init__(self.message)


def default_connection_id(session: Session, account_id: int) -> int | None:
    return session.scalar(sa.select(SysproConnection.id).where(
        SysproConnection.account_id == account_id, SysproConnection.is_default.is_(True)))


def set_default(session: Session, account_id: int, connection_id: int) -> SysproConnection:
    """Make `connection_id` the account's default (the others stop being it)."""
    chosen = get_connection(session, account_id, connection_id)
    # Clear first and flush: the unique index must never see two defaults at once.
    session.execute(sa.update(SysproConnection).where(
        SysproConnection.account_id == account_id, SysproConnection.id != chosen.id,
        SysproConnection.is_default.is_(True)).values(is_default=False))
    session.flush()
    chosen.is_default = True
    session.flush()
    return chosen


def ensure_default(session: Session, account_id: int) -> None:
    """The oldest connection becomes the default when the account has none (a first
    connection, or the default was removed)."""
    if default_connection_id(session, account_id) is not None:
        return
    oldest = session.scalar(sa.select(SysproConnection).where(
        SysproConnection.account_id == account_id).order_by(SysproConnection.id).limit(1))
    if oldest is not None:
        oldest.is_default = True
        session.flush()


def syncs_using(session: Session, account_id: int, connection_id: int) -> list[str]:
    """The board syncs that read through the connection, as a person names them."""
    rows = session.scalars(sa.select(BoardSync).where(
        BoardSync.account_id == account_id, BoardSync.connection_id == connection_id)
        .order_by(BoardSync.id))
    return [f"{_entity_label(row.entity)} on board {row.board_id}" for row in rows]


def _entity_label(entity: str) -> str:
    found = CATALOGUE.get(entity)
    return found.label if found else entity


def remove_connection(session: Session, account_id: int, connection_id: int) -> None:
    """Remove a connection no board sync uses (ConnectionInUse otherwise, nothing removed);
    removing the default makes the oldest remaining connection the default."""
    connection = get_connection(session, account_id, connection_id)
    uses = syncs_using(session, account_id, connection_id)
    if uses:
        raise ConnectionInUse(connection.name, uses)
    session.delete(connection)
    session.flush()
    ensure_default(session, account_id)
