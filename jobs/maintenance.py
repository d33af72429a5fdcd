"""Every minute: run jobs abandoned by a dead worker again, at once.

rq moves a job whose worker died (its execution heartbeat expired) out of the started registry
only in a live worker's maintenance, every 10 minutes, and a worker restarted at once runs its
first maintenance before the dead run has expired. Until then a write-back killed half-way
(enqueued with retries) waits. Running that same cleanup from the schedule handles it within a
minute of the heartbeat's expiry: rq retries it under its `Retry`, or records it failed when
no retry is left.

rq's retry waits the job's first interval (30 s for a write-back), meant for a SYSPRO that
failed or was busy. A dead worker says nothing about SYSPRO, and that wait would also need a
live scheduler, the one that usually died with the worker. So the retried job is moved from
the scheduled registry to the front of the queue: it runs as soon as a worker is free. Its
retry count is still used up, so a job that kills its worker every time ends failed.
"""

from __future__ import annotations

import logging

from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.registry import ScheduledJobRegistry, StartedJobRegistry

from jobs.declare import QUEUE_NAME, RQ_DEFAULT_TIMEOUT, job
from jobs.runtime import runtime

log = logging.getLogger(__name__)


# Each tick looks at the whole state afresh: nothing to keep of the last one.
@job(timeout=RQ_DEFAULT_TIMEOUT, result_ttl=0)
def recover_abandoned_jobs() -> int:
    """Returns how many abandoned jobs were run again or recorded failed."""
    queue = Queue(QUEUE_NAME, connection=runtime().redis)
    abandoned = abandoned_job_ids(queue)
    StartedJobRegistry(queue.name, connection=queue.connection).cleanup()
    run_again(queue, abandoned)
    return len(abandoned)


def abandoned_job_ids(queue: Queue) -> set[str]:
    """Jobs whose run's record expired: what rq's cleanup is about to retry or fail. Read
    before it, since the cleanup removes them from the started registry."""
    return set(StartedJobRegistry(queue.name, connection=queue.connection).get_expired_job_ids())


def run_again(queue: Queue, job_ids: set[str]) -> None:
    """After rq's cleanup (ours on the schedule, or a worker's own maintenance in
    `jobs/worker.py`, whichever came first), move the retries it scheduled to the front."""
    for job_id in job_ids:
        if run_again_now(queue, job_id):
            log.warning("job %s: its worker died; running it again now", job_id)


def run_again_now(queue: Queue, job_id: str) -> bool:
    """Move a scheduled retry to the front of the queue. False when it is not scheduled (rq
    recorded it failed) or the scheduler took it first: the registry removal is the claim,
    so the job is never queued twice."""
    if not ScheduledJobRegistry(queue.name, connection=queue.connection).remove(job_id):
        return False
    try:
        job = Job.fetch(job_id, connection=queue.connection)
    except NoSuchJobError:
        return False
    queue.enqueue_job(job, at_front=True)
    return True
