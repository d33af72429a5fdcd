"""The nightly compare repairs drift and reports it: a corrupted stored hash and an item deleted
by a person on monday are both repaired (drift 2); a clean run reports 0."""

from __future__ import annotations

import sqlalchemy as sa

from store.models import AuditEvent, BoardSync, SyncRecord
from sync.reconcile import reconcile
from tests.sync.test_change_detection import Sync, _board, env  # noqa: F401 (fixture)

DELETE_ITEM = "mutation DeleteItem($id: ID!) { delete_item(item_id: $id) { id } }"


def test_reconcile_repairs_a_corrupt_hash_and_a_deleted_item(env) -> None:  # noqa: F811
    sync = Sync(env, "supplier_invoices")
    clean = reconcile(env.ctx, sync.id)
    assert (clean.drift, clean.read) == (0, len(sync.board()))

    with env.runtime.db.session() as session:
        corrupt, deleted = session.scalars(
            sa.select(SyncRecord).where(SyncRecord.board_sync_id == sync.id)
            .order_by(SyncRecord.id).limit(2)
        ).all()
        corrupt.content_hash = "0" * 64
        corrupt_key, deleted_key, deleted_item = corrupt.syspro_key, deleted.syspro_key, \
            deleted.monday_item_id
    env.monday_client().execute("DeleteItem", DELETE_ITEM, {"id": deleted_item})
    assert deleted_key not in sync.board()

    repaired = reconcile(env.ctx, sync.id)
    assert (repaired.hash_mismatch, repaired.missing_items, repaired.drift) == (1, 1, 2)
    sync.cycle()
    board = sync.board()
    assert deleted_key in board and corrupt_key in board
    assert board[deleted_key]["name"]
    assert reconcile(env.ctx, sync.id).drift == 0
    assert sync.cycle() == 0

    with env.runtime.db.session() as session:
        stored = session.get(BoardSync, sync.id)
        assert stored is not None and stored.last_drift == 0 and stored.reconciled_at
        details = session.scalars(
            sa.select(AuditEvent.detail).where(AuditEvent.action == "reconciled")
            .order_by(AuditEvent.id)
        ).all()
        recreated = session.scalars(
            sa.select(AuditEvent.syspro_id).where(AuditEvent.action == "recreated")
        ).all()
    assert [d["drift"] for d in details] == [0, 2, 0]
    assert recreated == [deleted_key]
