"""The every-minute schedule: enqueue one poll per due board sync, never two at once.

A tick reaches every sync due when it started, a batch (BATCH_SIZE) per transaction, so 2,000
syncs due at once are all enqueued by the same tick rather than a thousand a minute. Each batch
commits the syncs' next poll times, which takes them out of the due set: the next query finds
the next batch, and a tick cut short (a crash, the time budget) loses nothing already done.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from redis import Redis

from jobs.alerts import enqueue_due_alerts
from jobs.declare import RQ_DEFAULT_TIMEOUT, job
from jobs.liveness import beat_schedule
from jobs.runtime import Runtime, runtime
from jobs.sync_jobs import poll_board_sync
from store.board_syncs import advance_schedule, due_board_syncs
from store.models import BoardSync
from store.types import utcnow
from sync.context import engine_settings_from

log = logging.getLogger(__name__)

# A sync whose poll could not be enqueued is tried again this much later.
RETRY_AFTER = timedelta(minutes=1)
# Syncs read and enqueued per transaction.
BATCH_SIZE = 500
# Most of the minute between two ticks: a tick that would run longer leaves the rest, still
# due, to the next one (which starts with the syncs due longest).
TICK_BUDGET = timedelta(seconds=45)


def _enqueue_alerts(rt: Runtime) -> None:
    """Health changes since the last tick (jobs/alerts.py); a failure here never stops polls."""
    try:
        enqueue_due_alerts(rt)
    except Exception:  # noqa: BLE001
        log.warning("schedule: health alerts not enqueued; next tick", exc_info=True)


@dataclass
class Tick:
    """One run of the schedule: when it started, and what it did so far."""

    now: datetime
    speed: float
    enqueued: int = 0
    failed: int = 0


# Each tick looks at the whole state afresh: nothing to keep of the last one.
@job(timeout=RQ_DEFAULT_TIMEOUT, result_ttl=0)
def enqueue_due_polls(batch_size: int = BATCH_SIZE) -> int:
    """Cron entry point. Returns how many polls were enqueued.

    Every sync due at the tick's start is handled unless the tick runs out of TICK_BUDGET.
    One sync's failure (an odd job record, a Redis hiccup) is logged and retried a minute
    later; it never stops the loop, so every other due sync still gets its poll."""
    rt = runtime()
    tick = Tick(utcnow(), engine_settings_from(rt.settings.sync_tuning).clock_speed)
    deadline = time.monotonic() + (TICK_BUDGET / tick.speed).total_seconds()
    while True:
        with rt.db.session() as session:
            batch = due_board_syncs(session, tick.now, limit=batch_size)
            for sync in batch:
                _enqueue_one(rt.redis, sync, tick)
        if len(batch) < batch_size:
            break
        if time.monotonic() > deadline:
            log.warning("schedule: time budget spent after %d polls; the next tick goes on",
                        tick.enqueued)
            break
    if tick.failed:
        log.error("schedule: %d due board syncs could not be enqueued; retrying", tick.failed)
    _enqueue_alerts(rt)
    # The tick worked: /readyz and `ml-connector status` read its age (jobs/liveness.py).
    beat_schedule(rt.redis)
    return tick.enqueued


def _enqueue_one(connection: Redis, sync: BoardSync, tick: Tick) -> None:
    """Enqueue the sync's poll and move its next poll time past the tick's start."""
    try:
        if poll_board_sync.enqueue(connection, sync.id):
            tick.enqueued += 1
        else:
            log.info("board sync %s: previous poll still running; not doubled", sync.id)
    except Exception:  # noqa: BLE001 - contained per sync, see enqueue_due_polls
        tick.failed += 1
        log.warning("board sync %s: poll not enqueued", sync.id, exc_info=tick.failed == 1)
        # Behind the syncs due longer, so a sync that keeps failing cannot crowd them out of
        # the next tick.
        sync.next_poll_at = tick.now + RETRY_AFTER / tick.speed
        return
    advance_schedule(sync, tick.now, tick.speed)
