"""Pacing lives in Redis: limits hold across processes, and waiting is not an error."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis

from monday_api import (
    BoardLockTimeout,
    MondayClient,
    NewItem,
    PacingSettings,
    RedisPacer,
)
from sandbox.monday.server import start_in_thread
from tests.monday_api.helpers import CLOCK_SPEED, client_settings

WORKER = Path(__file__).with_name("pace_worker.py")
REPO_ROOT = Path(__file__).resolve().parents[2]


def _pacer(redis_conn: redis.Redis, **overrides) -> RedisPacer:
    settings = {"board_mutations_per_minute": 5, "window_seconds": 0.5,
                "window_guard_fraction": 0.0, "poll_seconds": 0.005}
    settings.update(overrides)
    return RedisPacer(redis_conn, PacingSettings(**settings))


def test_board_window_grants_the_cap_then_waits(redis_conn):
    pacer = _pacer(redis_conn)
    started = time.monotonic()
    assert all(pacer.acquire_board_mutations("b1") == 0 for _ in range(5))
    assert pacer.acquire_board_mutations("b2", 5) == 0  # boards are paced separately
    waited = pacer.acquire_board_mutations("b1")
    assert waited > 0.3 and time.monotonic() - started >= 0.45


def test_batch_larger_than_a_window_is_refused(redis_conn):
    from monday_api.pacing import PaceRequestTooLarge

    with pytest.raises(PaceRequestTooLarge):
        _pacer(redis_conn).acquire_board_mutations("b1", 6)


def test_concurrency_slots_are_shared(redis_conn):
    pacer = _pacer(redis_conn, concurrent_requests=1)
    other = _pacer(redis.Redis(connection_pool=redis_conn.connection_pool),
                   concurrent_requests=1)
    with pacer.concurrency_slot("acct"):
        result = {}
        thread = threading.Thread(target=lambda: result.setdefault(
            "waited", other.concurrency_slot("acct").__enter__()))
        thread.start()
        time.sleep(0.1)
        assert "waited" not in result
    thread.join(2)
    assert result["waited"] > 0.05


def test_one_writer_per_board(redis_conn):
    pacer = _pacer(redis_conn)
    with pacer.board_writer("b1"):
        with pytest.raises(BoardLockTimeout):
            with pacer.board_writer("b1", wait_seconds=0.05):
                pass
        with pacer.board_writer("b2", wait_seconds=0.05):
            pass  # another board is free
    with pacer.board_writer("b1", wait_seconds=0.05):
        pass  # released


def test_complexity_budget_reported_by_monday_is_respected(redis_conn):
    pacer = _pacer(redis_conn, window_seconds=60.0)
    pacer.record_complexity("acct", "CreateItem",
                            {"before": 20_000, "after": 100, "query": 10_000,
                             "reset_in_x_seconds": 1})  # 1 monday second = 1/60 s here
    started = time.monotonic()
    pacer.reserve_complexity("acct", "CreateItem")
    assert time.monotonic() - started >= 0.01


@pytest.mark.slow
def test_two_worker_processes_share_the_cap(redis_url):
    cap, per_worker = 10, 15
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=cap)
    try:
        client = MondayClient("sandbox-token", client_settings(running.api_url))
        board = client.create_board("Paced")
        window = 60.0 / CLOCK_SPEED
        started = time.monotonic()
        workers = [subprocess.Popen(
            [sys.executable, str(WORKER), running.api_url, redis_url, board.id,
             str(per_worker), str(cap), str(window), f"w{n}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT, text=True)
            for n in range(2)]
        outputs = [w.communicate(timeout=30) for w in workers]
        elapsed = time.monotonic() - started
        assert all(w.returncode == 0 for w in workers), outputs
        reports = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
        stats = running.sandbox.stats.as_dict()
        assert stats["rate_limited_total"] == 0, stats
        assert [r["rate_limited"] for r in reports] == [0, 0]
        assert stats["mutations_by_board"][board.id] == 2 * per_worker
        # 30 writes at 10 per window need at least two further windows in total.
        assert elapsed >= 2 * window
        assert len(list(client.iter_items(board.id))) == 2 * per_worker
    finally:
        running.stop()


def _paced_client(redis_conn, api_url: str) -> tuple[MondayClient, RedisPacer]:
    """A client paced at 10 writes a board per (sped-up) minute against the sandbox."""
    pacer = RedisPacer(redis_conn, PacingSettings(
        board_mutations_per_minute=10, window_seconds=60.0 / CLOCK_SPEED,
        window_guard_fraction=0.15))
    return MondayClient("sandbox-token", client_settings(api_url), pacer=pacer,
                        account_id="1"), pacer


def test_batched_creates_are_paced_without_rate_limit_errors(redis_conn):
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=10)
    try:
        client, _ = _paced_client(redis_conn, running.api_url)
        board = client.create_board("Batched")
        with client.board_writer(board.id):
            results = client.create_items(board.id, [NewItem(name=f"n{i}") for i in range(25)],
                                          batch_size=25)
        assert all(r.ok for r in results) and len(results) == 25
        assert client.stats.requests == 4  # 1 board + 3 batches of at most 10
        assert running.sandbox.stats.as_dict()["rate_limited_total"] == 0
    finally:
        running.stop()


def test_batches_fill_the_window_exactly(redis_conn):
    """Cap 10, batches of 4: 4 + 4 + 2 in the first window (not 4 + 4, then a wait)."""
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=10)
    try:
        client, pacer = _paced_client(redis_conn, running.api_url)
        board = client.create_board("Window")
        pacer.acquire_board_mutations(board.id, 1)  # the board's creation, as monday counts it
        sizes: list[int] = []
        sent = client._mutate

        def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
            sizes.append(kwargs["count"])  # the rows of one aliased request
            return sent(*args, **kwargs)

        client._mutate = recording  # type: ignore[method-assign]
        with client.board_writer(board.id):
            results = client.create_items(board.id, [NewItem(name=f"n{i}") for i in range(20)],
                                          batch_size=4)
        assert [r.index for r in results] == list(range(20)) and all(r.ok for r in results)
        assert sizes[:3] == [4, 4, 1]  # 9 slots were free: the third batch takes the one left
        assert sum(sizes) == 20 and max(sizes) == 4
        assert running.sandbox.stats.as_dict()["rate_limited_total"] == 0
    finally:
        running.stop()
