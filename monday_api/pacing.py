"""Pacing shared by every worker process through Redis.

All counters live in Redis and change only inside Lua scripts, which Redis runs atomically and
timestamps with its own clock (``TIME``), so processes on different hosts agree on one window.
Waiting for the pace is normal flow, not an error: the pacer sleeps and returns how long it
waited. The limits:

* mutations per board per window (sliding log; product cap, default 40/min),
* requests per account per window (sliding log; by plan),
* complexity budgets per account, reads and writes apart for app tokens (learnt from monday's
  ``complexity`` answers),
* monday's daily call limit per account, spread over the day (``daily_calls.py``),
* concurrent requests per account (a leased semaphore, reclaimed if a worker dies),
* one writer per board (a lock with a token, so only its owner can release it; a short lease
  that a heartbeat thread of the holder renews, so a dead holder's lock frees itself quickly).
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

import redis

from monday_api.daily_calls import DailyCallPacer
from monday_api.settings import PacingSettings

log = logging.getLogger("monday_api.pacing")

# Sliding-window log. Returns {granted(1|0|-1), wait_ms as string}.
SLIDING_WINDOW_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local count = tonumber(ARGV[3])
if count > limit then return {-1, '0'} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
if used + count <= limit then
  for i = 1, count do redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. i) end
  redis.call('PEXPIRE', KEYS[1], math.ceil(window * 2))
  return {1, '0'}
end
local idx = used + count - limit - 1
local entry = redis.call('ZRANGE', KEYS[1], idx, idx, 'WITHSCORES')
return {0, tostring(tonumber(entry[2]) + window - now)}
"""

# Free slots in a sliding-window log, without taking any: {free, wait_ms until one frees}.
SLIDING_WINDOW_FREE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local free = limit - redis.call('ZCARD', KEYS[1])
if free > 0 then return {free, '0'} end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tostring(tonumber(oldest[2]) + window - now)}
"""

# Leased semaphore: members are holder tokens scored by lease expiry.
SEMAPHORE_ACQUIRE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2]) * 2))
  return 1
end
return 0
"""

# Complexity budget: {remaining, reset_at_ms}. Reserve the estimate or say how long to wait.
COMPLEXITY_RESERVE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local estimate = tonumber(ARGV[1])
local budget = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local remaining = tonumber(redis.call('HGET', KEYS[1], 'remaining') or budget)
local reset_at = tonumber(redis.call('HGET', KEYS[1], 'reset_at') or 0)
if reset_at <= now then
  remaining = budget
  reset_at = now + window
end
if remaining >= estimate or remaining >= budget then
  redis.call('HSET', KEYS[1], 'remaining', tostring(remaining - estimate),
             'reset_at', tostring(reset_at))
  redis.call('PEXPIRE', KEYS[1], math.ceil(window * 2))
  return '0'
end
return tostring(reset_at - now)
"""

# monday's report is the truth: overwrite our estimate with it.
COMPLEXITY_RECORD_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
redis.call('HSET', KEYS[1], 'remaining', ARGV[1], 'reset_at', tostring(now + tonumber(ARGV[2])))
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[3]) * 2))
if ARGV[4] ~= '' then redis.call('HSET', KEYS[2], ARGV[4], ARGV[5]) end
return 1
"""

RELEASE_IF_OWNER_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

EXTEND_IF_OWNER_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class PaceRequestTooLarge(ValueError):
    """More mutations in one request than the window allows at all: split the batch."""


class BoardLockTimeout(TimeoutError):
    """Another live writer kept the board's lock for longer than we were willing to wait."""


class RedisPacer:
    """Pacing state shared through an injected ``redis.Redis`` connection."""

    def __init__(
        self,
        redis_conn: redis.Redis,
        settings: PacingSettings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.redis = redis_conn
        self.settings = settings or PacingSettings()
        self._sleep = sleep
        self._window = redis_conn.register_script(SLIDING_WINDOW_LUA)
        self._window_free = redis_conn.register_script(SLIDING_WINDOW_FREE_LUA)
        self._sem_acquire = redis_conn.register_script(SEMAPHORE_ACQUIRE_LUA)
        self._complexity_reserve = redis_conn.register_script(COMPLEXITY_RESERVE_LUA)
        self._complexity_record = redis_conn.register_script(COMPLEXITY_RECORD_LUA)
        self._release = redis_conn.register_script(RELEASE_IF_OWNER_LUA)
        self._extend = redis_conn.register_script(EXTEND_IF_OWNER_LUA)
        self.daily = DailyCallPacer(redis_conn, self.settings, self._key, sleep)

    # -- keys ----------------------------------------------------------------------------
    def _key(self, *parts: object) -> str:
        return ":".join([self.settings.key_prefix, *(str(p) for p in parts)])

    # -- sliding windows -----------------------------------------------------------------
    def _take_from_window(self, key: str, limit: int, count: int) -> float:
        """Block until `count` slots are free in the window; return the seconds waited."""
        window_ms = self.settings.guarded_window_seconds * 1000.0
        waited = 0.0
        member = uuid.uuid4().hex
        while True:
            granted, wait_ms = self._window(keys=[key], args=[limit, window_ms, count, member])
            if int(granted) == 1:
                return waited
            if int(granted) == -1:
                raise PaceRequestTooLarge(f"{count} slots requested from {key}, limit {limit}")
            pause = max(float(wait_ms) / 1000.0, 0.001)
            self._sleep(pause)
            waited += pause

    def acquire_board_mutations(self, board_id: str | int, count: int = 1) -> float:
        limit = self.settings.board_mutations_per_minute
        return self._take_from_window(self._key("board", board_id, "mutations"), limit, count)

    def board_batch_size(self, board_id: str | int, wanted: int) -> int:
        """How many mutations the next request to this board should carry: up to `wanted`,
        no more than the window has free now, waiting until at least one slot is free.

        Sizing each batch to the free slots fills the window exactly: with a cap of 40 and
        batches of 25, the second batch takes the 15 slots left instead of waiting a whole
        window for 25 (which held the rate at 25 a minute)."""
        limit = self.settings.board_mutations_per_minute
        window_ms = self.settings.guarded_window_seconds * 1000.0
        key = self._key("board", board_id, "mutations")
        while True:
            free, wait_ms = self._window_free(keys=[key], args=[limit, window_ms])
            if int(free) > 0:
                return max(1, min(wanted, int(free)))
            self._sleep(max(float(wait_ms) / 1000.0, 0.001))

    def acquire_account_request(self, account_id: str | int) -> float:
        limit = self.settings.effective_requests_per_minute
        return self._take_from_window(self._key("account", account_id, "requests"), limit, 1)

    # -- complexity ----------------------------------------------------------------------
    def estimated_cost(self, account_id: str | int, operation: str) -> int:
        # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
        costs = self._key("account", account_id, "costs")
        raw = cast(bytes | None, self.redis.hget(costs, operation))
        return int(raw) if raw is not None else 0

    def _complexity_key(self, account_id: str | int, kind: str) -> str:
        return self._key("account", account_id, "complexity",
                         self.settings.complexity_bucket(kind))

    def reserve_complexity(self, account_id: str | int, operation: str,
                           kind: str = "read") -> float:
        """Wait until the learnt budget of this kind ("read" or "write") covers this
        operation's last known cost."""
        estimate = self.estimated_cost(account_id, operation)
        window_ms = self.settings.window_seconds * 1000.0
        budget = self.settings.complexity_budget(kind)
        waited = 0.0
        key = self._complexity_key(account_id, kind)
        while True:
            answer = self._complexity_reserve(keys=[key], args=[estimate, budget, window_ms])
            wait_ms = float(answer)
            if wait_ms <= 0:
                return waited
            pause = wait_ms / 1000.0
            self._sleep(pause)
            waited += pause

    def record_complexity(
        self, account_id: str | int, operation: str, complexity: Mapping[str, Any],
        kind: str = "read",
    ) -> None:
        """Store what monday reported for the budget of this kind: budget left, reset time,
        and this operation's cost."""
        try:
            after = int(complexity["after"])
            reset_in = float(complexity["reset_in_x_seconds"])
            cost = int(complexity.get("query") or 0)
        except (KeyError, TypeError, ValueError):
            return
        reset_ms = reset_in * self.settings.seconds_per_monday_second * 1000.0
        self._complexity_record(
            keys=[
                self._complexity_key(account_id, kind),
                self._key("account", account_id, "costs"),
            ],
            args=[after, reset_ms, self.settings.window_seconds * 1000.0, operation, cost],
        )

    # -- concurrency ---------------------------------------------------------------------
    @contextlib.contextmanager
    def concurrency_slot(self, account_id: str | int) -> Iterator[float]:
        key = self._key("account", account_id, "inflight")
        token = uuid.uuid4().hex
        lease_ms = self.settings.concurrency_lease_seconds * 1000.0
        limit = self.settings.effective_concurrent_requests
        waited = 0.0
        while not int(self._sem_acquire(keys=[key], args=[limit, lease_ms, token])):
            pause = self.settings.poll_seconds * (0.5 + random.random())
            self._sleep(pause)
            waited += pause
        try:
            yield waited
        finally:
            self.redis.zrem(key, token)

    # -- one writer per board ------------------------------------------------------------
    @contextlib.contextmanager
    def board_writer(
        self, board_id: str | int, *, wait_seconds: float | None = None
    ) -> Iterator[BoardWriterLock]:
        """Hold the board's writer lock while its heartbeat keeps the lease alive.

        Waits at most `wait_seconds` (default: the settings' bounded wait), then raises
        BoardLockTimeout: a busy board never holds the caller unbounded."""
        if wait_seconds is None:
            wait_seconds = self.settings.board_lock_wait_seconds
        lock = BoardWriterLock(self, self._key("board", board_id, "writer"))
        lock.acquire(wait_seconds)
        try:
            yield lock
        finally:
            lock.release()

    # -- all at once ---------------------------------------------------------------------
    def before_request(self, account_id: str | int | None, operation: str,
                       kind: str = "read") -> float:
        """Wait for the account-wide limits (daily calls, requests, the complexity budget of
        this kind); return seconds waited. Raises RunError when the daily pace is too far off."""
        if account_id is None:
            return 0.0
        return (self.daily.reserve(account_id, operation)
                + self.acquire_account_request(account_id)
                + self.reserve_complexity(account_id, operation, kind))

    def before_send(self, board_mutations: Mapping[str, int] | None) -> float:
        """Wait for per-board mutation windows.

        Called last, right before the request leaves, so the time between the grant and
        monday's own count is as short as possible (the window guard covers the rest).
        """
        waited = 0.0
        for board_id, count in (board_mutations or {}).items():
            waited += self.acquire_board_mutations(board_id, count)
        return waited


class BoardWriterLock:
    """A lease on one board. While held, a daemon thread renews it every third of the lease:
    the lock lives exactly as long as its holder's process, and a SIGKILLed holder's lock is
    free one lease after its last beat, with no fixed wait and no person acting."""

    def __init__(self, pacer: RedisPacer, key: str):
        self.pacer = pacer
        self.key = key
        self.token = uuid.uuid4().hex
        self.ttl_ms = int(pacer.settings.board_lock_seconds * 1000)
        self.lost = False
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None

    def acquire(self, wait_seconds: float) -> None:
        deadline = time.monotonic() + wait_seconds
        while not self.pacer.redis.set(self.key, self.token, nx=True, px=self.ttl_ms):
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardLockTimeout(f"board writer lock {self.key} is held by another worker")
            # Re-check often enough to take a dead holder's lease soon after it lapses.
            self.pacer._sleep(min(left, 0.05 * (1.0 + random.random())))
        self._heartbeat = threading.Thread(
            target=self._beat, name=f"heartbeat {self.key}", daemon=True)
        self._heartbeat.start()

    def _beat(self) -> None:
        while not self._stop.wait(self.ttl_ms / 3000.0):
            try:
                if not self.extend():
                    return
            except redis.RedisError as exc:
                # Redis away for a moment: try again next beat; if the lease lapses meanwhile,
                # the next renewal fails and the holder learns it lost the board.
                log.warning("board lock %s: heartbeat failed: %s", self.key, exc)

    def extend(self) -> bool:
        """Renew the lease; False (and `lost`) once another writer may own the board."""
        if self.lost:
            return False
        if not int(self.pacer._extend(keys=[self.key], args=[self.token, self.ttl_ms])):
            self.lost = True
            log.warning("board lock %s: lease lost; stopping writes", self.key)
        return not self.lost

    def release(self) -> None:
        self._stop.set()
        if self._heartbeat is not None and self._heartbeat is not threading.current_thread():
            self._heartbeat.join(timeout=5)
        self.pacer._release(keys=[self.key], args=[self.token])
