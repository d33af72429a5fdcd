"""The rq worker class our worker processes run (`rq worker -w jobs.worker.Worker`).

rq keeps a running job's execution record alive with a heartbeat every
`--job-monitoring-interval` seconds and gives it a TTL of that interval plus a fixed 60 s.
`jobs/queueing.py` knows a run is dead when that record has expired, so with rq's defaults a
killed worker's poll blocks its sync for ~90 s. This class keeps rq's heartbeat but shortens
the margin: with the interval of WORKER_ARGS (5 s) a dead run is recognised 15 s after its last
beat, while a live one, beating every 5 s, never comes close to expiring.
"""

from __future__ import annotations

from rq import Worker as RqWorker
from rq.job import Job

# Seconds a run's execution record outlives its last heartbeat (rq: 60).
HEARTBEAT_GRACE = 10
# How often the worker beats for a running job; passed on every worker command line.
MONITORING_INTERVAL = 5
WORKER_ARGS = ("-w", "jobs.worker.Worker", "--job-monitoring-interval", str(MONITORING_INTERVAL))


class Worker(RqWorker):
    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        rq_ttl = super().get_heartbeat_ttl(job, working_time)  # interval (or less) + 60
        return max(1, rq_ttl - 60 + HEARTBEAT_GRACE)
