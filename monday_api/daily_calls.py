"""Pacing of monday's daily call limit, shared by every worker through Redis.

monday counts an account's calls per UTC day (FACTS §2: 1,000 on Basic/Standard, 10,000 on
Pro, 25,000 on Enterprise; marketplace apps are excluded, so the limit is a setting and off by
default). Failing on `DAILY_LIMIT_EXCEEDED` at 10 in the morning leaves boards stale for the
rest of the day, so calls are spread over it instead: at any moment an account may have used
a burst (a fraction of the day's limit) plus the share of the limit for the part of the day
gone by. A call past that waits for its share; a wait longer than the caller will sleep stops
the run with a clear reason (the next poll tries again), and nothing is sent. Once monday says
the limit is reached anyway, no call for that account leaves until 00:00 UTC.

Counting is one Lua script, timed by Redis's clock, so every process agrees on one day.
Each request counts as one call; monday weighs some less (rate-limited requests and
`complexity`-only queries 0.1), so the count errs on the safe side.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import cast

import redis

from monday_api.errors import ErrorAction, ErrorDetails, RunError
from monday_api.settings import PacingSettings

DAILY_CODE = "DAILY_LIMIT_PACED"

# Take one call of today's allowance, or say why not and for how many seconds:
# {0, '0'} granted, {1, wait} monday said the day is used up, {2, wait} paced.
# KEYS[1] counter prefix, KEYS[2] "blocked until" (epoch seconds).
# ARGV: limit (0: not paced), burst (calls), day length (seconds).
DAILY_RESERVE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local limit = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local day = tonumber(ARGV[3])
local blocked = tonumber(redis.call('GET', KEYS[2]) or 0)
if blocked > now then return {1, tostring(blocked - now)} end
if limit <= 0 then return {0, '0'} end
local index = math.floor(now / day)
local key = KEYS[1] .. ':' .. index
local used = tonumber(redis.call('GET', key) or 0)
local elapsed = now - index * day
local allowed = math.min(limit, burst + limit * elapsed / day)
if used + 1 <= allowed then
  redis.call('INCR', key)
  redis.call('EXPIRE', key, math.ceil(day * 2))
  return {0, '0'}
end
if used + 1 > limit then return {2, tostring(day - elapsed)} end
return {2, tostring((used + 1 - burst) * day / limit - elapsed)}
"""


class DailyCallPacer:
    """Spreads one account's calls over monday's day. Inactive when the limit is 0."""

    def __init__(self, redis_conn: redis.Redis, settings: PacingSettings,
                 key: Callable[..., str], sleep: Callable[[float], None]):
        self.redis = redis_conn
        self.settings = settings
        self._key = key
        self._sleep = sleep
        self._reserve = redis_conn.register_script(DAILY_RESERVE_LUA)

    def _keys(self, account_id: str | int) -> list[str]:
        return [self._key("account", account_id, "daily"),
                self._key("account", account_id, "daily-blocked")]

    def reserve(self, account_id: str | int, operation: str) -> float:
        """Wait for this call's share of the day; seconds waited. Raises RunError (nothing
        sent) while monday's answer says the day is used up, or when the wait would be
        longer than `daily_max_wait_seconds`."""
        limit = max(self.settings.daily_call_limit, 0)
        burst = max(1.0, limit * self.settings.daily_call_burst_fraction)
        waited = 0.0
        while True:
            state, raw_wait = self._reserve(keys=self._keys(account_id),
                                            args=[limit, burst, self.settings.day_seconds])
            wait = float(raw_wait)
            if int(state) == 0:
                return waited
            if int(state) == 1:
                raise RunError(self._used_up(operation, wait))
            if waited + wait > self.settings.daily_max_wait_seconds:
                raise RunError(self._paced_out(operation, wait))
            self._sleep(wait)
            waited += wait

    def limit_reached(self, account_id: str | int, wait_seconds: float | None) -> None:
        """monday said DAILY_LIMIT_EXCEEDED: send nothing more for this account until its
        day ends (the wait the classifier computed, else the rest of our own day)."""
        if wait_seconds is None or wait_seconds <= 0:
            wait_seconds = self.settings.day_seconds
        now_seconds, now_micro = cast(tuple[int, int], self.redis.time())
        until = now_seconds + now_micro / 1_000_000 + wait_seconds
        self.redis.set(self._keys(account_id)[1], repr(until), ex=math.ceil(wait_seconds) + 1)

    def _paced_out(self, operation: str, wait: float) -> ErrorDetails:
        message = (
            f"monday's daily call limit for this account ({self.settings.daily_call_limit} "
            f"calls a day) is paced across the day; the next call is due {_in(wait)}. "
            "Syncing goes on then by itself; raise MONDAY_PACE_DAILY_CALL_LIMIT if the "
            "account's plan allows more."
        )
        return ErrorDetails(action=ErrorAction.FAIL_RUN, operation=operation, message=message,
                            code=DAILY_CODE, wait_seconds=wait)

    def _used_up(self, operation: str, wait: float) -> ErrorDetails:
        message = (
            "monday says this account's daily call limit is used up; nothing is sent until "
            f"its day ends (00:00 UTC, {_in(wait)}), then syncing goes on by itself."
        )
        return ErrorDetails(action=ErrorAction.FAIL_RUN, operation=operation, message=message,
                            code=DAILY_CODE, wait_seconds=wait)


def _in(seconds: float) -> str:
    hours = seconds / 3600.0
    return f"in {hours:.1f} hours" if hours >= 1 else f"in {math.ceil(seconds / 60)} minutes"
