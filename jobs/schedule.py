"""The every-minute schedule: enqueue one poll per due board sync, never two at once."""

from __future__ import annotations

import logging

from rq import Queue

from jobs.queueing import enqueue_unique
from jobs.runtime import runtime
from store.board_syncs import advance_schedule, due_board_syncs
from store.types import utcnow
from sync.context import engine_settings_from

log = logging.getLogger(__name__)

POLL_FUNCTION = "jobs.sync_jobs.poll_board_sync"
QUEUE_NAME = "default"


def poll_job_id(board_sync_id: int) -> str:
    return f"poll-board-sync-{board_sync_id}"


def enqueue_poll(queue: Queue, board_sync_id: int) -> bool:
    """Enqueue a poll unless one for this sync is already waiting or running."""
    return enqueue_unique(
        queue, POLL_FUNCTION, board_sync_id, poll_job_id(board_sync_id), follow_up=False
    )


def enqueue_due_polls() -> int:
    """Cron entry point. Returns how many polls were enqueued."""
    rt = runtime()
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    speed = engine_settings_from(rt.settings.sync_tuning).clock_speed
    now = utcnow()
    enqueued = 0
    with rt.db.session() as session:
        for sync in due_board_syncs(session, now):
            if enqueue_poll(queue, sync.id):
                enqueued += 1
            else:
                log.info("board sync %s: previous poll still running; not doubled", sync.id)
            advance_schedule(sync, now, speed)
    return enqueued
