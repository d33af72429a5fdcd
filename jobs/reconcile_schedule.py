"""The reconciliation schedule: each board sync is compared in full with SYSPRO and its board
every SYNC_RECONCILE_HOURS (default 24), one job per sync at a time (sync/reconcile.py)."""

from __future__ import annotations

import logging

from rq import Queue

from jobs.queueing import enqueue_unique
from jobs.runtime import runtime
from jobs.schedule import poll_job_id
from store.poll_runs import reconciliations_due
from store.types import utcnow
from sync.context import engine_settings_from

log = logging.getLogger(__name__)

RECONCILE_FUNCTION = "jobs.sync_jobs.reconcile_board_sync"
QUEUE_NAME = "default"


def reconcile_job_id(board_sync_id: int) -> str:
    # The poll's own job id: a compare and a poll of one sync never run at once (a compare
    # that read a row before a poll staged a newer one would stage the older values again).
    return poll_job_id(board_sync_id)


def enqueue_due_reconciliations() -> int:
    """Cron entry point. One sync's trouble never stops the others; returns how many ran."""
    rt = runtime()
    settings = engine_settings_from(rt.settings.sync_tuning)
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    with rt.db.session() as session:
        due = reconciliations_due(session, utcnow(), settings.reconcile_interval)
    enqueued = 0
    for board_sync_id in due:
        try:
            if enqueue_unique(queue, RECONCILE_FUNCTION, board_sync_id,
                              reconcile_job_id(board_sync_id), follow_up=False):
                enqueued += 1
        except Exception:  # noqa: BLE001 - contained per sync, logged with its traceback
            log.exception("board sync %s: reconciliation not enqueued", board_sync_id)
    return enqueued
