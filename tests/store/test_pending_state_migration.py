"""Migration 0013: writes already waiting keep their meaning when the state is stored."""

from __future__ import annotations

import sqlalchemy as sa

from store.db import Database
from store.migrate import downgrade, upgrade
from store.models import Account, BoardSync, SyncRecord, SysproConnection


def _board_sync(session, labels: dict[str, str] | None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    account = session.scalar(sa.select(Account))
    if account is None:
        account = Account(monday_account_id=1001, name="Acme", slug="acme")
        session.add(account)
        session.flush()
    conn = SysproConnection(account_id=account.id, name=f"c{labels}", server_url="http://h:1",
                            operator="o", company_id="c")
    session.add(conn)
    session.flush()
    sync = BoardSync(account_id=account.id, connection_id=conn.id, board_id=str(conn.id),
                     entity="supplier_invoices",
                     column_mapping={"labels": labels} if labels else {})
    session.add(sync)
    session.flush()
    return account.id, sync.id


def test_pending_writes_get_their_state_from_the_label_rule(database_url: str) -> None:
    upgrade(database_url)
    db = Database(database_url)
    try:
        with db.session() as s:
            plain = _board_sync(s, None)
            renamed = _board_sync(s, {"Removed in SYSPRO": "Gone"})
            rows = {
                "gone": (plain, {"status": "Removed in SYSPRO"}),
                "open": (plain, {"status": "Open"}),
                "renamed gone": (renamed, {"status": "Gone"}),
                # The default label on a board that renamed it is an ordinary status there.
                "renamed default": (renamed, {"status": "Removed in SYSPRO"}),
            }
            for key, ((account_id, sync_id), values) in rows.items():
                s.add(SyncRecord(account_id=account_id, board_sync_id=sync_id, syspro_key=key,
                                 pending_hash="h", pending_values=values))
            s.add(SyncRecord(account_id=plain[0], board_sync_id=plain[1], syspro_key="done",
                             content_hash="h", synced_values={"status": "Removed in SYSPRO"},
                             state="vanished"))
    finally:
        db.dispose()
    downgrade(database_url, "0012")
    upgrade(database_url)
    db = Database(database_url)
    try:
        with db.session() as s:
            states = {key: state for key, state in s.execute(
                sa.select(SyncRecord.syspro_key, SyncRecord.pending_state))}
    finally:
        db.dispose()
    assert states == {"gone": "vanished", "open": "synced", "renamed gone": "vanished",
                      "renamed default": "synced", "done": None}
