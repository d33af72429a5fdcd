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
from datetime import date, datetime, timedelta

from rq import Queue
from rq.exceptions import DuplicateJobError

from jobs.alerts import enqueue_due_alerts
from jobs.liveness import beat_schedule
from jobs.queueing import enqueue_unique
from jobs.runtime import Runtime, runtime
from store.board_syncs import advance_schedule, due_board_syncs
from store.models import BoardSync
from store.types import utcnow
from sync.context import engine_settings_from

log = logging.getLogger(__name__)

POLL_FUNCTION = "jobs.sync_jobs.poll_board_sync"
PROVISION_FUNCTION = "jobs.sync_jobs.provision_board_sync"
QUEUE_NAME = "default"
# A sync whose poll could not be enqueued is tried again this much later.
RETRY_AFTER = timedelta(minutes=1)
# Syncs read and enqueued per transaction.
BATCH_SIZE = 500
# Most of the minute between two ticks: a tick that would run longer leaves the rest, still
# due, to the next one (which starts with the syncs due longest).
TICK_BUDGET = timedelta(seconds=45)


def poll_job_id(board_sync_id: int) -> str:
    return f"poll-board-sync-{board_sync_id}"


def enqueue_poll(queue: Queue, board_sync_id: int) -> bool:
    """Enqueue a poll unless one for this sync is already waiting or running."""
    return enqueue_unique(
        queue, POLL_FUNCTION, board_sync_id, poll_job_id(board_sync_id), follow_up=False
    )


def enqueue_provision(queue: Queue, board_sync_id: int) -> bool:
    """Queue a new board sync's column provisioning, which polls it at once when done;
    False when it is already queued or running."""
    try:
        queue.enqueue(PROVISION_FUNCTION, board_sync_id,
                      job_id=f"provision-board-sync-{board_sync_id}", unique=True)
    except DuplicateJobError:
        return False
    return True


BACKFILL_FUNCTION = "jobs.sync_jobs.backfill_board_sync"
REMAP_FUNCTION = "jobs.sync_jobs.remap_board_sync"


def enqueue_backfill(queue: Queue, board_sync_id: int, since: date, until: date | None) -> bool:
    """Queue a bounded import of [since, until] (the live cursor stays where it is), as
    `ml-connector sync backfill` runs it inline; False while one for this sync waits or runs."""
    request = {"board_sync_id": board_sync_id, "since": since.isoformat(),
               "until": until.isoformat() if until else None}
    return enqueue_unique(queue, BACKFILL_FUNCTION, request,
                          f"backfill-board-sync-{board_sync_id}", follow_up=False)


def enqueue_remap(queue: Queue, board_sync_id: int) -> bool:
    """After a column mapping is saved: provision the columns again, then compare every
    record with SYSPRO so only those whose converted values changed are pushed again."""
    return enqueue_unique(queue, REMAP_FUNCTION, board_sync_id,
                          f"remap-board-sync-{board_sync_id}")


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


def enqueue_due_polls(batch_size: int = BATCH_SIZE) -> int:
    """Cron entry point. Returns how many polls were enqueued.

    Every sync due at the tick's start is handled unless the tick runs out of TICK_BUDGET.
    One sync's failure (an odd job record, a Redis hiccup) is logged and retried a minute
    later; it never stops the loop, so every other due sync still gets its poll."""
    rt = runtime()
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    tick = Tick(utcnow(), engine_settings_from(rt.settings.sync_tuning).clock_speed)
    deadline = time.monotonic() + (TICK_BUDGET / tick.speed).total_seconds()
    while True:
        with rt.db.session() as session:
            batch = due_board_syncs(session, tick.now, limit=batch_size)
            for sync in batch:
                _enqueue_one(queue, sync, tick)
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


def _enqueue_one(queue: Queue, sync: BoardSync, tick: Tick) -> None:
    """Enqueue the sync's poll and move its next poll time past the tick's start."""
    try:
        if enqueue_poll(queue, sync.id):
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
