"""Schedule ticks never pile up behind a busy worker: one still waiting at the next is dropped."""

from __future__ import annotations

import time

import redis
from rq import Queue, SimpleWorker
from rq.cron import CronJob
from rq.job import Job

from jobs.cron_config import every
from jobs.declare import QUEUE_NAME


def test_a_tick_still_waiting_when_the_next_is_due_is_dropped(redis_conn: redis.Redis) -> None:
    tick = CronJob(QUEUE_NAME, func=time.sleep, args=(0,), **every(1))
    job = tick.enqueue(redis_conn)
    assert Job.exists(job.id, connection=redis_conn)
    time.sleep(1.5)  # no worker took it within its interval
    assert not Job.exists(job.id, connection=redis_conn)
    queue = Queue(QUEUE_NAME, connection=redis_conn)
    worked = SimpleWorker([queue], connection=redis_conn).work(burst=True)
    assert worked is False, "the stale tick was run anyway"


def test_a_tick_lives_one_interval() -> None:
    assert every(60) == {"interval": 60, "ttl": 60, "result_ttl": 0}


def test_a_tick_taken_in_time_runs(redis_conn: redis.Redis) -> None:
    CronJob(QUEUE_NAME, func=time.sleep, args=(0,), **every(60)).enqueue(redis_conn)
    queue = Queue(QUEUE_NAME, connection=redis_conn)
    assert SimpleWorker([queue], connection=redis_conn).work(burst=True) is True
