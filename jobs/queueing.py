"""Enqueue a job at most once at a time (unique job ids), with a follow-up when it is running.

Polls and pushes are keyed by board sync: a second request while one waits is dropped; while
one runs, a single follow-up is queued so work staged after the runner's last look still goes.

A record left under the id never blocks the next job for long: finished and failed runs,
records in an unexpected state, and runs whose worker died (its execution heartbeat expired)
are cleared, and a clearing that rq itself cannot do (its `Job.delete` raises on the records a
SIGKILLed worker leaves) falls back to removing the keys directly.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from enum import Enum
from typing import Any, cast

from redis import Redis
from rq import Queue
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.executions import Execution, ExecutionRegistry
from rq.job import Job, JobStatus
from rq.registry import (
    CanceledJobRegistry,
    DeferredJobRegistry,
    FailedJobRegistry,
    FinishedJobRegistry,
    ScheduledJobRegistry,
    StartedJobRegistry,
)
from rq.results import Result

log = logging.getLogger(__name__)

WAITING_STATES = {JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
# Enqueue attempts per id: a record cleared in between may be re-created by a racing caller.
ATTEMPTS_PER_ID = 3


class Holder(Enum):
    """What occupies a job id."""

    NONE = "none"  # nothing: the id is free
    WAITING = "waiting"  # queued or scheduled: an equal job will run
    RUNNING = "running"  # a live worker runs it
    STALE = "stale"  # done, abandoned by a dead worker, or unreadable: clear it


def _enqueue(queue: Queue, func: str, args: tuple[Any, ...], kwargs: dict[str, Any],
             job_id: str, delay: timedelta | None, options: dict[str, Any]) -> None:
    options = {**options, "job_id": job_id, "unique": True}
    if delay and delay > timedelta(0):
        queue.enqueue_in(delay, func, args=args, kwargs=kwargs, **options)
    else:
        queue.enqueue(func, args=args, kwargs=kwargs, **options)


def enqueue_unique(
    queue: Queue,
    func: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    job_id: str,
    delay: timedelta | None = None,
    *,
    options: dict[str, Any],
    follow_up: bool = True,
) -> bool:
    """True when a job was enqueued; False when an equal one already waits (or runs, without
    a follow-up). Only Redis being unreachable raises. Called by a job's declaration
    (jobs/declare.py), which supplies the path, the id and rq's options."""
    for candidate in (job_id, f"{job_id}-next") if follow_up else (job_id,):
        for _ in range(ATTEMPTS_PER_ID):
            try:
                _enqueue(queue, func, args, kwargs, candidate, delay, options)
                return True
            except DuplicateJobError:
                holder = job_holder(queue.connection, candidate)
            if holder is Holder.STALE:
                discard_job(queue, candidate)
            elif holder is Holder.RUNNING:
                break  # fall through to the follow-up id
            elif holder is Holder.WAITING:
                return False
            # Holder.NONE: finished and vanished in between; try again.
    return False


def job_holder(connection: Redis, job_id: str) -> Holder:
    """Classify the record under `job_id` from Redis alone (no job deserialisation)."""
    key = Job.key_for(job_id)
    if not connection.exists(key):
        return Holder.NONE
    status = _stored_status(connection, key)
    if status in WAITING_STATES:
        return Holder.WAITING
    if status == JobStatus.STARTED:
        return Holder.RUNNING if _has_live_execution(connection, job_id) else Holder.STALE
    # Finished, failed, stopped, cancelled, or a status we do not know: nothing will run it.
    return Holder.STALE


def _stored_status(connection: Redis, key: str) -> JobStatus | None:
    raw = connection.hget(key, "status")
    try:
        return JobStatus(raw.decode() if isinstance(raw, bytes) else raw)
    except (ValueError, AttributeError, UnicodeDecodeError):
        return None


def _has_live_execution(connection: Redis, job_id: str) -> bool:
    """A running job's worker refreshes its execution hash every heartbeat; when the worker
    dies, the hash expires (job heartbeat TTL, ~90 s) while the registry entry lingers."""
    registry_key = ExecutionRegistry(job_id=job_id, connection=connection).key
    for raw in cast(list[bytes], connection.zrange(registry_key, 0, -1)):
        execution_id = raw.decode() if isinstance(raw, bytes) else str(raw)
        if connection.exists(Execution(execution_id, job_id, connection).key):
            return True
    return False


def discard_job(queue: Queue, job_id: str) -> None:
    """Remove a stale record under `job_id` with rq's own delete, then make sure nothing of it
    is left: rq 3.0's delete raises on an execution whose hash expired, and a leftover entry
    in the started registry would later make rq fail the *next* job of that id as abandoned."""
    try:
        Job.fetch(job_id, connection=queue.connection).delete()
    except NoSuchJobError:
        pass
    except Exception as exc:  # noqa: BLE001 - any rq error: fall back to removing the keys
        log.warning("job %s: rq could not delete it (%s); removing its keys", job_id, exc)
    _purge_leftovers(queue, job_id)


def _purge_leftovers(queue: Queue, job_id: str) -> None:
    conn = queue.connection
    started = StartedJobRegistry(queue.name, connection=conn)
    prefix = f"{job_id}:".encode()
    members = cast(list[bytes], conn.zrange(started.key, 0, -1))
    stale_started = [m for m in members if bytes(m).startswith(prefix)]
    with conn.pipeline() as pipe:
        for registry_class in (
            FailedJobRegistry,
            FinishedJobRegistry,
            CanceledJobRegistry,
            ScheduledJobRegistry,
            DeferredJobRegistry,
        ):
            pipe.zrem(registry_class(queue.name, connection=conn).key, job_id)
        if stale_started:
            pipe.zrem(started.key, *stale_started)
        pipe.lrem(queue.key, 0, job_id)
        pipe.delete(
            Job.key_for(job_id),
            Job.dependents_key_for(job_id),
            f"{Job.redis_job_namespace_prefix}:{job_id}:dependencies",  # rq's own spelling
            ExecutionRegistry(job_id=job_id, connection=conn).key,
            Result.get_key(job_id),
        )
        pipe.execute()
