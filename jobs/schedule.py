"""The every-minute schedule: enqueue one poll per due board sync, never two at once."""

from __future__ import annotations

import logging

from rq import Queue
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.job import Job, JobStatus

from jobs.runtime import runtime
from store.board_syncs import advance_schedule, due_board_syncs
from store.types import utcnow

log = logging.getLogger(__name__)

POLL_FUNCTION = "jobs.sync_jobs.poll_board_sync"
QUEUE_NAME = "default"
FINISHED_STATES = {JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED}


def poll_job_id(board_sync_id: int) -> str:
    return f"poll-board-sync-{board_sync_id}"


def enqueue_poll(queue: Queue, board_sync_id: int) -> bool:
    """Enqueue a poll unless one for this sync is already waiting or running."""
    job_id = poll_job_id(board_sync_id)
    for _ in range(2):
        try:
            queue.enqueue(
                POLL_FUNCTION,
                board_sync_id,
                job_id=job_id,
                unique=True,
                result_ttl=0,
                failure_ttl=24 * 3600,
                job_timeout=30 * 60,
            )
            return True
        except DuplicateJobError:
            try:
                job = Job.fetch(job_id, connection=queue.connection)
            except NoSuchJobError:
                continue  # it just finished and vanished: try once more
            if job.get_status(refresh=True) not in FINISHED_STATES:
                return False
            # A finished or failed run leaves its record behind; clear it to make room.
            job.delete()
    return False


def enqueue_due_polls() -> int:
    """Cron entry point. Returns how many polls were enqueued."""
    rt = runtime()
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    now = utcnow()
    enqueued = 0
    with rt.db.session() as session:
        for sync in due_board_syncs(session, now):
            if enqueue_poll(queue, sync.id):
                enqueued += 1
            else:
                log.info("board sync %s: previous poll still running; not doubled", sync.id)
            advance_schedule(sync, now)
    return enqueued
