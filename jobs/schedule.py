"""The every-minute schedule: enqueue one poll per due board sync, never two at once."""

from __future__ import annotations

import logging
from datetime import timedelta

from rq import Queue
from rq.exceptions import DuplicateJobError

from jobs.alerts import enqueue_due_alerts
from jobs.liveness import beat_schedule
from jobs.queueing import enqueue_unique
from jobs.runtime import Runtime, runtime
from store.board_syncs import advance_schedule, due_board_syncs
from store.types import utcnow
from sync.context import engine_settings_from

log = logging.getLogger(__name__)

POLL_FUNCTION = "jobs.sync_jobs.poll_board_sync"
PROVISION_FUNCTION = "jobs.sync_jobs.provision_board_sync"
QUEUE_NAME = "default"
# A sync whose poll could not be enqueued is tried again this much later.
RETRY_AFTER = timedelta(minutes=1)


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


def _enqueue_alerts(rt: Runtime) -> None:
    """Health changes since the last tick (jobs/alerts.py); a failure here never stops polls."""
    try:
        enqueue_due_alerts(rt)
    except Exception:  # noqa: BLE001
        log.warning("schedule: health alerts not enqueued; next tick", exc_info=True)


def enqueue_due_polls() -> int:
    """Cron entry point. Returns how many polls were enqueued.

    One sync's failure (an odd job record, a Redis hiccup) is logged and retried a minute
    later; it never stops the loop, so every other due sync still gets its poll."""
    rt = runtime()
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    speed = engine_settings_from(rt.settings.sync_tuning).clock_speed
    now = utcnow()
    enqueued = failed = 0
    with rt.db.session() as session:
        for sync in due_board_syncs(session, now):
            try:
                if enqueue_poll(queue, sync.id):
                    enqueued += 1
                else:
                    log.info("board sync %s: previous poll still running; not doubled", sync.id)
            except Exception:  # noqa: BLE001 - contained per sync, see the docstring
                failed += 1
                log.warning("board sync %s: poll not enqueued", sync.id, exc_info=failed == 1)
                # Behind the syncs due longer, so a sync that keeps failing cannot crowd
                # them out of the next minute's batch.
                sync.next_poll_at = now + RETRY_AFTER / speed
                continue
            advance_schedule(sync, now, speed)
    if failed:
        log.error("schedule: %d due board syncs could not be enqueued; retrying", failed)
    _enqueue_alerts(rt)
    # The tick worked: /readyz and `ml-connector status` read its age (jobs/liveness.py).
    beat_schedule(rt.redis)
    return enqueued
