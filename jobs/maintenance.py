"""Every minute: hand jobs abandoned by a dead worker back to rq's own retry rules.

rq moves a job whose worker died (its execution heartbeat expired) out of the started registry
only in a live worker's maintenance, every 10 minutes, and a worker restarted at once runs its
first maintenance before the dead run has expired. Until then a write-back killed half-way
(enqueued with retries) waits. Running that same cleanup from the schedule retries it (or, for
a job without retries left, records it failed) within a minute of the heartbeat's expiry.
"""

from __future__ import annotations

from rq import Queue
from rq.registry import StartedJobRegistry

from jobs.runtime import runtime

QUEUE_NAME = "default"


def recover_abandoned_jobs() -> int:
    """Returns how many abandoned jobs were retried or failed."""
    queue = Queue(QUEUE_NAME, connection=runtime().redis)
    registry = StartedJobRegistry(queue.name, connection=queue.connection)
    before = registry.get_job_count(cleanup=False)
    registry.cleanup()
    return before - registry.get_job_count(cleanup=False)
