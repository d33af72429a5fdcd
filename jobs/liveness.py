"""Is the background alive? Heartbeats of the schedule and the workers, read by /readyz,
`ml-connector status` and /metrics.

* The schedule: each every-minute tick (`enqueue_due_polls`, run by a worker for `rq cron`)
  writes its time to SCHEDULE_KEY. A stale key means the cron process, or every worker, is
  down: nothing is being polled.
* The workers: rq keeps a record per worker with `last_heartbeat`, refreshed every 5 s while a
  job runs and at least every IDLE_BEAT_SECONDS while idle (jobs/worker.py). A dead worker's
  record lingers up to rq's TTL; its age gives it away.

Redis holds only these timestamps (liveness, not state: losing them reads as "not yet beaten"
until the next tick, at most a minute).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

import redis
from rq import Worker as RqWorker

from config.settings import Settings
from store.db import Database
from store.poll_lag import PollLag, poll_lag

SCHEDULE_KEY = "ml:heartbeat:schedule"
# Kept well past any threshold, so an absent key means "never beaten", not "expired".
SCHEDULE_KEY_TTL = 7 * 24 * 3600


def beat_schedule(connection: redis.Redis, at: float | None = None) -> None:
    connection.set(SCHEDULE_KEY, repr(time.time() if at is None else at), ex=SCHEDULE_KEY_TTL)


def schedule_age(connection: redis.Redis, now: float | None = None) -> float | None:
    """Seconds since the last schedule tick; None when it never beat."""
    # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
    raw = cast(bytes | None, connection.get(SCHEDULE_KEY))
    if raw is None:
        return None
    return max(0.0, (time.time() if now is None else now) - float(raw))


def worker_ages(connection: redis.Redis, now: float | None = None) -> list[float]:
    """Seconds since each registered rq worker's last heartbeat, freshest first."""
    now = time.time() if now is None else now
    ages = [
        max(0.0, now - worker.last_heartbeat.replace(tzinfo=UTC).timestamp())
        for worker in RqWorker.all(connection=connection)
        if worker.last_heartbeat is not None
    ]
    return sorted(ages)


@dataclass
class Background:
    """One reading of the background's health; `checks` as /readyz shows them."""

    schedule_age: float | None
    worker_ages: list[float]
    lag: PollLag
    now: datetime
    checks: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        freshest = self.worker_ages[0] if self.worker_ages else None
        return {
            "schedule": {"last_tick_age_seconds": _round(self.schedule_age)},
            "workers": {"registered": len(self.worker_ages),
                        "freshest_beat_age_seconds": _round(freshest)},
            "polls": {"oldest_due_seconds": _round(self.lag.oldest_due_seconds(self.now)),
                      "overdue_board_syncs": self.lag.overdue},
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def read_background(
    db: Database, connection: redis.Redis, settings: Settings
) -> Background:
    """Heartbeat ages and the poll lag, judged against the READY_* thresholds."""
    now = datetime.now(UTC)
    with db.session() as session:
        lag = poll_lag(session, now)
    reading = Background(schedule_age(connection), worker_ages(connection), lag, now)
    reading.checks = {
        "schedule": _judge("last schedule tick", reading.schedule_age,
                           settings.ready_schedule_max_age, missing="the schedule never ticked "
                           "(is the cron process running?)"),
        "workers": _judge("freshest worker heartbeat",
                          reading.worker_ages[0] if reading.worker_ages else None,
                          settings.ready_worker_max_age, missing="no worker is registered (is "
                          "the worker process running?)"),
    }
    return reading


def _judge(what: str, age: float | None, limit: int, *, missing: str) -> str:
    if age is None:
        return f"error: {missing}"
    if age > limit:
        return f"error: {what} {age:.0f} s ago (limit {limit} s)"
    return "ok"
