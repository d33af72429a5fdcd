"""The reconciliation schedule: each polled sync is compared once per interval, never twice at
once; never-polled and disabled syncs wait."""

from __future__ import annotations

from datetime import timedelta

from rq import Queue

from jobs.declare import QUEUE_NAME
from jobs.reconcile_schedule import enqueue_due_reconciliations
from jobs.sync_jobs import poll_board_sync, reconcile_board_sync
from store.models import BoardSync
from store.types import utcnow
from tests.jobs.test_schedule import _make_syncs, rt  # noqa: F401 (fixture)


def test_polled_syncs_are_reconciled_once_per_interval(rt) -> None:  # noqa: F811
    polled, never_polled, disabled, recent = _make_syncs(rt, 4)
    now = utcnow()
    with rt.db.session() as session:
        for sync_id in (polled, disabled, recent):
            session.get(BoardSync, sync_id).last_poll_at = now
        session.get(BoardSync, disabled).enabled = False
        session.get(BoardSync, recent).reconciled_at = now - timedelta(hours=1)
    assert enqueue_due_reconciliations() == 1
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    assert queue.job_ids == [reconcile_board_sync.job_id(polled)]
    assert enqueue_due_reconciliations() == 0  # already waiting: not doubled
    with rt.db.session() as session:
        session.get(BoardSync, recent).reconciled_at = now - timedelta(hours=25)
    assert enqueue_due_reconciliations() == 1
    assert never_polled not in [int(j.rsplit("-", 1)[1]) for j in queue.job_ids]


def test_a_compare_never_runs_beside_a_poll_of_the_same_sync(rt) -> None:  # noqa: F811
    (sync_id,) = _make_syncs(rt, 1, due=False)
    with rt.db.session() as session:
        session.get(BoardSync, sync_id).last_poll_at = utcnow()
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    assert poll_board_sync.enqueue(rt.redis, sync_id)
    assert enqueue_due_reconciliations() == 0  # the poll waits: the compare comes later
    assert enqueue_due_reconciliations() == 0
    assert len(queue.job_ids) == 1
