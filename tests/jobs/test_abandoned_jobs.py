"""Job records a dead worker leaves behind never block the next poll or push of that sync.

The records are made the way they happen: a real `rq worker` process runs the job and its
whole process tree is SIGKILLed. One test waits for the real heartbeat TTL of our Worker class
(~15 s); the others skip it by expiring that one key, exactly as Redis would.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
import redis
from rq import Queue, Worker
from rq.executions import Execution, ExecutionRegistry, prepare_execution
from rq.job import Job, JobStatus
from rq.registry import StartedJobRegistry
from rq.scheduler import RQScheduler

from jobs.declare import QUEUE_NAME
from jobs.queueing import Holder, job_holder
from jobs.sync_jobs import poll_board_sync, push_board_sync
from jobs.worker import SCHEDULER_LOCK_TTL, WORKER_ARGS, release_dead_scheduler_locks
from tests.processes import kill_tree

SYNC_ID = 7


@pytest.fixture
def queue(redis_conn: redis.Redis) -> Queue:
    return Queue(QUEUE_NAME, connection=redis_conn)


class RealWorker:
    """`rq worker` (our Worker class, as the Procfile runs it) in a session of its own."""

    def __init__(self, redis_url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rq.cli", "worker", *WORKER_ARGS, "--url", redis_url,
             QUEUE_NAME],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill_tree(self) -> list[int]:
        """The worker and its work horse (which sits in a process group of its own)."""
        killed = kill_tree(self.process.pid) if self.process.poll() is None else []
        self.process.wait(timeout=10)
        return killed


@pytest.fixture
def worker(redis_url: str) -> Iterator[RealWorker]:
    started = RealWorker(redis_url)
    try:
        yield started
    finally:
        started.kill_tree()


def wait_for_status(queue: Queue, job_id: str, status: JobStatus, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Job.fetch(job_id, connection=queue.connection).get_status() == status:
            return
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} never reached {status}")


def expire_heartbeat(queue: Queue, job_id: str) -> None:
    """What Redis does ~90 s after a worker's last heartbeat: the execution hash expires while
    the execution registry entry (60 s longer) and the started-registry entry stay."""
    conn = queue.connection
    registry = ExecutionRegistry(job_id=job_id, connection=conn)
    ids = [i.decode() for i in conn.zrange(registry.key, 0, -1)]
    assert ids, "the worker left no execution record"
    for execution_id in ids:
        conn.delete(Execution(execution_id, job_id, conn).key)


def kill_mid_job(queue: Queue, worker: RealWorker, job_id: str) -> None:
    """A job under `job_id` that a real worker starts and dies in."""
    queue.enqueue("time.sleep", 120, job_id=job_id, unique=True, job_timeout=600)
    wait_for_status(queue, job_id, JobStatus.STARTED)
    worker.kill_tree()


def maintenance_runs(queue: Queue) -> None:
    """A live worker's registry maintenance: abandoned STARTED jobs become FAILED."""
    StartedJobRegistry(queue.name, connection=queue.connection).cleanup(
        timestamp=time.time() + 3600
    )


def test_a_poll_abandoned_by_a_killed_worker_makes_room_for_the_next(
    queue: Queue, worker: RealWorker
) -> None:
    job_id = poll_board_sync.job_id(SYNC_ID)
    queue.enqueue("time.sleep", 120, job_id=job_id, unique=True, job_timeout=600)
    wait_for_status(queue, job_id, JobStatus.STARTED)
    # While the worker lives, the poll is never doubled.
    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is False
    worker.kill_tree()
    expire_heartbeat(queue, job_id)
    assert job_holder(queue.connection, job_id) is Holder.STALE

    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is True
    assert Job.fetch(job_id, connection=queue.connection).get_status() == JobStatus.QUEUED
    assert queue.job_ids == [job_id]
    # Nothing of the dead run is left to make rq fail the new run as abandoned later.
    started = StartedJobRegistry(queue.name, connection=queue.connection)
    assert not [m for m in queue.connection.zrange(started.key, 0, -1)
                if m.decode().startswith(job_id + ":")]


def test_a_killed_workers_poll_is_recognised_as_dead_within_20_seconds(
    queue: Queue, worker: RealWorker
) -> None:
    """No expiry faked here: the real heartbeat TTL of our Worker class decides."""
    job_id = poll_board_sync.job_id(SYNC_ID)
    queue.enqueue("time.sleep", 120, job_id=job_id, unique=True, job_timeout=600)
    wait_for_status(queue, job_id, JobStatus.STARTED)
    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is False
    assert len(worker.kill_tree()) == 2, "the worker and its work horse"
    killed = time.monotonic()
    while not poll_board_sync.enqueue(queue.connection, SYNC_ID):
        assert time.monotonic() - killed < 25, "the dead poll still blocks its sync"
        time.sleep(0.25)
    recognised = time.monotonic() - killed
    print(f"dead poll recognised {recognised:.1f} s after the kill")
    assert recognised <= 20


def test_the_failed_record_rq_makes_of_it_is_cleared_too(
    queue: Queue, worker: RealWorker
) -> None:
    job_id = poll_board_sync.job_id(SYNC_ID)
    kill_mid_job(queue, worker, job_id)
    expire_heartbeat(queue, job_id)
    maintenance_runs(queue)
    assert Job.fetch(job_id, connection=queue.connection).get_status() == JobStatus.FAILED
    # This is the record on which rq 3.0's Job.delete raises "Execution ... not found".
    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is True
    assert Job.fetch(job_id, connection=queue.connection).get_status() == JobStatus.QUEUED


def fabricate_abandoned(queue: Queue, job_id: str, *, failed: bool) -> None:
    """The same records without a process: rq's own calls for "a worker took the job", then
    the heartbeat expires; with `failed`, rq's maintenance has also moved it to failed."""
    job = queue.enqueue("time.sleep", 1, job_id=job_id, unique=True)
    queue.remove(job)
    fake = Worker([queue], connection=queue.connection, name=f"dead-{job_id}")
    prepare_execution(fake, job)
    with queue.connection.pipeline() as pipe:
        job.prepare_for_execution(fake.name, pipe)
        pipe.execute()
    expire_heartbeat(queue, job_id)
    if failed:
        maintenance_runs(queue)


@pytest.mark.parametrize("failed", [False, True])
def test_an_abandoned_push_does_not_block_the_next_push(queue: Queue, failed: bool) -> None:
    job_id = push_board_sync.job_id(SYNC_ID)
    fabricate_abandoned(queue, job_id, failed=failed)
    assert push_board_sync.enqueue(queue.connection, SYNC_ID) is True
    # The push itself is queued again, not parked behind a dead run as a follow-up.
    assert queue.job_ids == [job_id]


def test_a_delayed_push_replaces_a_dead_one(queue: Queue) -> None:
    job_id = push_board_sync.job_id(SYNC_ID)
    fabricate_abandoned(queue, job_id, failed=True)
    assert push_board_sync.enqueue_in(queue.connection, timedelta(seconds=30), SYNC_ID)
    assert Job.fetch(job_id, connection=queue.connection).get_status() == JobStatus.SCHEDULED


@pytest.mark.parametrize(
    "record",
    [
        {"status": "no-such-status"},
        {"data": "not a pickle"},  # no status at all
        {"status": "finished", "data": "not a pickle"},
    ],
)
def test_odd_records_never_block(queue: Queue, record: dict[str, str]) -> None:
    job_id = poll_board_sync.job_id(SYNC_ID)
    queue.connection.hset(Job.key_for(job_id), mapping=record)
    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is True
    assert Job.fetch(job_id, connection=queue.connection).get_status() == JobStatus.QUEUED


def test_a_waiting_poll_is_still_not_doubled(queue: Queue) -> None:
    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is True
    assert poll_board_sync.enqueue(queue.connection, SYNC_ID) is False
    assert queue.job_ids == [poll_board_sync.job_id(SYNC_ID)]


def test_a_dead_schedulers_lock_is_released_and_a_live_ones_kept(queue: Queue) -> None:
    """A live scheduler refreshes its lock every second; one silent for 15 s is dead, and the
    next worker's maintenance must not wait the rest of rq's 61 s (or 10 minutes) for it."""
    key = RQScheduler.get_locking_key(QUEUE_NAME)
    queue.connection.set(key, "live-scheduler", ex=SCHEDULER_LOCK_TTL)
    assert release_dead_scheduler_locks(queue.connection, [QUEUE_NAME]) == 0
    assert queue.connection.get(key) == b"live-scheduler"
    queue.connection.set(key, "dead-scheduler", px=(SCHEDULER_LOCK_TTL - 20) * 1000)
    assert release_dead_scheduler_locks(queue.connection, [QUEUE_NAME]) == 1
    assert not queue.connection.exists(key)
