"""A record SYSPRO stops returning is marked on its item and stored as vanished; the state of
a pending write is stored with it, never read back from the status label."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from store.models import AuditEvent, SyncRecord
from sync.mapping import build_mapping
from sync.poll import poll
from sync.push import push
from sync.reconcile import reconcile
from sync.vanish import VanishGuardError, mark_removed, mark_removed_guarded
from tests.sync.conftest import EngineEnv
from tests.sync.test_change_detection import _board


def _record(env: EngineEnv, record_id: int) -> SyncRecord:
    with env.runtime.db.session() as session:
        record = session.get(SyncRecord, record_id)
        assert record is not None
        session.expunge(record)
        return record


def test_a_removed_record_is_marked_then_comes_back(engine_env: EngineEnv) -> None:
    env = engine_env
    sync_id, board_id = env.add_board_sync("suppliers", "Suppliers")
    env.ctx.enqueue_push = None
    poll(env.ctx, sync_id)
    push(env.ctx, sync_id)
    with env.runtime.db.session() as session:
        record = session.scalars(sa.select(SyncRecord).where(
            SyncRecord.board_sync_id == sync_id).order_by(SyncRecord.id).limit(1)).one()
        key, record_id, synced = record.syspro_key, record.id, dict(record.synced_values or {})
        mark_removed(session, sync_id, build_mapping("suppliers"), [(key, synced)])
    staged = _record(env, record_id)
    assert (staged.state, staged.pending_state) == ("pending", "vanished")

    assert push(env.ctx, sync_id).failed == 0
    marked = _record(env, record_id)
    assert (marked.state, marked.pending_state, marked.pending_hash) == ("vanished", None, None)
    assert _board(env, sync_id, board_id)[key]["status"] == "Removed in SYSPRO"
    with env.runtime.db.session() as session:
        actions = session.scalars(sa.select(AuditEvent.action).where(
            AuditEvent.syspro_id == key).order_by(AuditEvent.id)).all()
    assert actions[-1] == "marked_vanished"

    # SYSPRO still returns it: the full compare stages its live values as an ordinary write.
    reconcile(env.ctx, sync_id)
    assert _record(env, record_id).pending_state == "synced"
    push(env.ctx, sync_id)
    back = _record(env, record_id)
    assert (back.state, back.synced_values) == ("synced", synced)
    assert _board(env, sync_id, board_id)[key]["status"] == synced["status"]


def test_a_read_missing_too_many_marks_nothing() -> None:
    mapping = build_mapping("suppliers")
    with pytest.raises(VanishGuardError, match="stopped returning 2 of 3 suppliers"):
        mark_removed_guarded(None, 1, mapping, [("A", {}), ("B", {})], total=3, max_ratio=0.5)
    assert mark_removed_guarded(None, 1, mapping, [], total=3, max_ratio=0.5) == 0
