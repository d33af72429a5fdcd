"""A push that finds its board held by another live writer never holds the worker: it comes
back later with a delay, and the records wait in the outbox untouched."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from monday_api import PacingSettings, RedisPacer
from store.outbox import outbox_counts
from sync.poll import poll
from sync.push import push
from tests.sync.conftest import EngineEnv


def test_a_busy_board_re_enqueues_the_push_with_a_delay(
    engine_env: EngineEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONDAY_PACE_BOARD_LOCK_WAIT_SECONDS", "0.5")
    sync_id, board_id = engine_env.add_board_sync("supplier_invoices", "Busy board")
    enqueued: list[tuple[int, timedelta | None]] = []
    engine_env.ctx.enqueue_push = lambda i, delay: enqueued.append((i, delay))
    staged = poll(engine_env.ctx, sync_id).changed
    enqueued.clear()
    other_writer = RedisPacer(engine_env.runtime.redis, PacingSettings())
    with other_writer.board_writer(board_id, wait_seconds=1):
        started = time.monotonic()
        result = push(engine_env.ctx, sync_id)
        took = time.monotonic() - started
    assert took < 5, f"the push waited {took:.1f}s on a busy board"
    assert result.remaining and result.created == 0
    assert enqueued == [(sync_id, engine_env.ctx.settings.board_busy_retry)]
    with engine_env.runtime.db.session() as session:
        assert outbox_counts(session, sync_id).get("pending") == staged
