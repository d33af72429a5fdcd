"""The rq worker class our worker processes run (`rq worker -w jobs.worker.Worker`).

Two of rq's waits are far longer than a killed worker needs:

* A running job's execution record gets a TTL of the monitoring interval plus a fixed 60 s.
  `jobs/queueing.py` knows a run is dead when that record has expired, so with rq's defaults a
  killed worker's poll blocks its sync for ~90 s. Here the margin is HEARTBEAT_GRACE: with the
  interval of WORKER_ARGS (5 s) a dead run is recognised 15 s after its last beat, while a
  live one, beating every 5 s, never comes close to expiring.
* The scheduler (delayed pushes, write-back retries) holds a lock that lives 61 s past its
  last refresh, and a new worker tries to take it only at maintenance, every 10 minutes: after
  a kill, nothing scheduled ran for up to 10 minutes. A live scheduler refreshes its lock every
  second, so a lock silent for SCHEDULER_SILENCE is a dead one's; maintenance (every 15 s
  here) releases it and takes the scheduler over.

rq forks a work horse for every job, and a horse that imports the product itself (Flask,
SQLAlchemy, requests, the engine: about a second) spends most of a short poll doing so. The
worker imports every job module (jobs/catalog.py) once, before its first fork, so horses
inherit them. Only code is shared that way: a connection pool that crossed a fork would hand the
parent's sockets to a child, so each horse drops any database pool it inherited before its job runs
(Redis clients notice the new process id themselves and reconnect).
"""

from __future__ import annotations

import gc
import logging
from typing import Any

from rq import Queue
from rq import Worker as RqWorker
from rq.job import Job
from rq.scheduler import RQScheduler

from jobs.maintenance import abandoned_job_ids, run_again
from jobs.renamed import RenameAwareJob

log = logging.getLogger(__name__)

# Seconds a run's execution record outlives its last heartbeat (rq: 60).
HEARTBEAT_GRACE = 10
# How often the worker beats for a running job; passed on every worker command line.
MONITORING_INTERVAL = 5
MAINTENANCE_INTERVAL = 15
WORKER_ARGS = ("-w", "jobs.worker.Worker", "--job-monitoring-interval", str(MONITORING_INTERVAL),
               "--maintenance-interval", str(MAINTENANCE_INTERVAL))
# rq's scheduler lock TTL is its interval (1 s) + 60 s, refreshed every interval.
SCHEDULER_LOCK_TTL = 61
SCHEDULER_SILENCE = 15

RELEASE_IF_SILENT_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] and redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2])
then return redis.call('DEL', KEYS[1]) end
return 0
"""


# An idle worker beats (rq's last_heartbeat) at least this often; rq's own wait is 405 s, far
# past the age at which /readyz calls the workers gone (jobs/liveness.py).
IDLE_BEAT_SECONDS = 20


class Worker(RqWorker):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Whatever job class the command line names (rq's CLI always passes its own): jobs
        # queued under a renamed job's old path must still run (jobs/renamed.py).
        self.job_class = RenameAwareJob

    @property
    def dequeue_timeout(self) -> int:
        return min(super().dequeue_timeout, IDLE_BEAT_SECONDS)

    def bootstrap(self, *args: Any, **kwargs: Any) -> None:
        # Before rq adds its own handlers: with the root logger configured, rq's lines and the
        # jobs' lines share one redacted handler (text or JSON, LOG_FORMAT).
        from jobs.process_logging import configure_process_logging

        configure_process_logging()
        super().bootstrap(*args, **kwargs)
        preload_job_modules()

    def main_work_horse(self, job: Job, queue: Queue) -> None:
        forget_inherited_pools()
        super().main_work_horse(job, queue)

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        rq_ttl = super().get_heartbeat_ttl(job, working_time)  # interval (or less) + 60
        return max(1, rq_ttl - 60 + HEARTBEAT_GRACE)

    def clean_registries(self) -> None:
        """rq's cleanup retries an abandoned job after its first retry interval; that retry
        is moved to the front of the queue, as the schedule's cleanup does."""
        abandoned = {queue.name: abandoned_job_ids(queue) for queue in self.queues}
        super().clean_registries()
        for queue in self.queues:
            run_again(queue, abandoned[queue.name])

    def run_maintenance_tasks(self) -> None:
        scheduler = self.scheduler
        if scheduler is not None and not (scheduler._process and scheduler._process.is_alive()):
            release_dead_scheduler_locks(self.connection, self.queue_names())
        super().run_maintenance_tasks()


def preload_job_modules() -> None:
    """Import the job modules in the worker, so every work horse forked later has them."""
    # Imported here, not at the top: the supervisor imports this module for WORKER_ARGS and
    # needs none of the product. A job in a module the catalog misses still runs, only slower
    # (its horse imports the module); tests/jobs/test_declared_jobs.py checks the catalog.
    import jobs.catalog  # noqa: F401
    from store.db import preload  # loaded by the job modules just now

    preload()
    # The objects that exist now leave the collector's view: each horse's collections then do
    # not touch (and so copy) the memory pages it shares with the worker.
    gc.freeze()


def forget_inherited_pools() -> None:
    """In a new work horse: leave the database connections a runtime built before the fork to
    the worker, without closing them (closing would end the worker's sessions too)."""
    # Imported here: the supervisor imports this module for WORKER_ARGS and needs none of the
    # product; in a horse the module is already loaded.
    from jobs.runtime import current_runtime

    current = current_runtime()
    if current is not None and "db" in current.__dict__:
        current.db.engine.dispose(close=False)


def release_dead_scheduler_locks(connection: object, queue_names: list[str]) -> int:
    """Delete scheduler locks whose holder has not refreshed them for SCHEDULER_SILENCE."""
    release = connection.register_script(RELEASE_IF_SILENT_LUA)  # type: ignore[attr-defined]
    below_ms = (SCHEDULER_LOCK_TTL - SCHEDULER_SILENCE) * 1000
    released = 0
    for name in queue_names:
        key = RQScheduler.get_locking_key(name)
        holder = connection.get(key)  # type: ignore[attr-defined]
        if holder is not None and int(release(keys=[key], args=[holder, below_ms])):
            log.warning("scheduler lock of %s held by a dead scheduler (%s): released",
                        name, holder)
            released += 1
    return released
