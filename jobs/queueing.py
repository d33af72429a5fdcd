"""Enqueue a job at most once at a time (unique job ids), with a follow-up when it is running.

Polls and pushes are keyed by board sync: a second request while one waits is dropped; while
one runs, a single follow-up is queued so work staged after the runner's last look still goes.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from rq import Queue
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.job import Job, JobStatus

DONE_STATES = {JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED}
JOB_OPTIONS: dict[str, Any] = {
    "result_ttl": 0,  # nothing reads results; the database has the outcome
    "failure_ttl": 24 * 3600,
    "job_timeout": 30 * 60,
}


def _enqueue(queue: Queue, func: str, arg: Any, job_id: str, delay: timedelta | None) -> None:
    if delay and delay > timedelta(0):
        queue.enqueue_in(delay, func, arg, job_id=job_id, unique=True, **JOB_OPTIONS)
    else:
        queue.enqueue(func, arg, job_id=job_id, unique=True, **JOB_OPTIONS)


def enqueue_unique(
    queue: Queue,
    func: str,
    arg: Any,
    job_id: str,
    delay: timedelta | None = None,
    *,
    follow_up: bool = True,
) -> bool:
    """True when a job was enqueued; False when an equal one already waits."""
    for candidate in (job_id, f"{job_id}-next") if follow_up else (job_id,):
        for _ in range(2):
            try:
                _enqueue(queue, func, arg, candidate, delay)
                return True
            except DuplicateJobError:
                try:
                    job = Job.fetch(candidate, connection=queue.connection)
                except NoSuchJobError:
                    continue  # finished and vanished in between: try again
                status = job.get_status(refresh=True)
                if status in DONE_STATES:
                    job.delete()  # a finished run leaves its record; make room
                    continue
                if status == JobStatus.STARTED:
                    break  # running: fall through to the follow-up id
                return False  # already waiting
    return False
