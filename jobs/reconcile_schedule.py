"""The reconciliation schedule: each board sync is compared in full with SYSPRO and its board
every SYNC_RECONCILE_HOURS (default 24), one job per sync at a time (sync/reconcile.py)."""

from __future__ import annotations

import logging

from jobs.declare import RQ_DEFAULT_TIMEOUT, job
from jobs.runtime import runtime
from jobs.sync_jobs import reconcile_board_sync
from store.poll_runs import reconciliations_due
from store.types import utcnow
from sync.context import engine_settings_from

log = logging.getLogger(__name__)


# Each tick looks at the whole state afresh: nothing to keep of the last one.
@job(timeout=RQ_DEFAULT_TIMEOUT, result_ttl=0)
def enqueue_due_reconciliations() -> int:
    """Cron entry point. One sync's trouble never stops the others; returns how many ran."""
    rt = runtime()
    settings = engine_settings_from(rt.settings.sync_tuning)
    with rt.db.session() as session:
        due = reconciliations_due(session, utcnow(), settings.reconcile_interval)
    enqueued = 0
    for board_sync_id in due:
        try:
            if reconcile_board_sync.enqueue(rt.redis, board_sync_id):
                enqueued += 1
        except Exception:  # noqa: BLE001 - contained per sync, logged with its traceback
            log.exception("board sync %s: reconciliation not enqueued", board_sync_id)
    return enqueued
