"""The one-writer-per-board lock: held exactly as long as its holder lives, never waited on
unbounded, and taken over as soon as a killed holder's heartbeat stops."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import pytest
import redis

from monday_api import BoardLockTimeout, PacingSettings, RedisPacer

HOLDER = """
import sys, time, redis
from monday_api import PacingSettings, RedisPacer
pacer = RedisPacer(redis.Redis.from_url(sys.argv[1]), PacingSettings(board_lock_seconds=1.0))
with pacer.board_writer("b1", wait_seconds=5):
    print("held", flush=True)
    time.sleep(600)
"""


def _pacer(redis_conn: redis.Redis, **settings: float) -> RedisPacer:
    return RedisPacer(redis_conn, PacingSettings(**settings))  # type: ignore[arg-type]


def test_a_live_holder_keeps_the_board_past_its_lease(redis_conn: redis.Redis) -> None:
    holder = _pacer(redis_conn, board_lock_seconds=0.3)
    rival = _pacer(redis_conn, board_lock_seconds=0.3)
    with holder.board_writer("b1", wait_seconds=1) as lock:
        # Three leases long, with no explicit extend: the heartbeat keeps it.
        with pytest.raises(BoardLockTimeout):
            with rival.board_writer("b1", wait_seconds=1.0):
                pass
        assert not lock.lost and lock.extend()
    with rival.board_writer("b1", wait_seconds=0.1):
        pass  # released on exit


def test_a_killed_holders_lock_is_taken_over_one_lease_later(
    redis_conn: redis.Redis, redis_url: str
) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, redis_url],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        time.sleep(1.5)  # past one lease: still held, the holder's heartbeat renews it
        assert redis_conn.exists("monday:pace:board:b1:writer")
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        killed = time.monotonic()
        with _pacer(redis_conn).board_writer("b1", wait_seconds=10):
            taken_after = time.monotonic() - killed
    finally:
        if holder.poll() is None:
            holder.kill()
    assert taken_after < 1.5, f"taken over {taken_after:.2f}s after the kill (lease 1 s)"


def test_a_waiter_gives_up_after_the_bounded_default_wait(redis_conn: redis.Redis) -> None:
    pacer = _pacer(redis_conn, board_lock_wait_seconds=0.3)
    outcome: list[object] = []

    def wait_for_board() -> None:
        try:
            with pacer.board_writer("b1"):
                outcome.append("acquired")
        except BoardLockTimeout as exc:
            outcome.append(exc)

    with pacer.board_writer("b1", wait_seconds=0.1):
        waiter = threading.Thread(target=wait_for_board, daemon=True)
        waiter.start()
        waiter.join(timeout=3)
        assert not waiter.is_alive(), "the waiter blocked past its bounded wait"
    assert isinstance(outcome[0], BoardLockTimeout)
