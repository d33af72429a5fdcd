"""The schedule, loaded by `rq cron jobs.cron_config` (the Procfile's cron process).

rq cron enqueues a tick every interval whether or not the last one has run. A worker busy with
a long poll, or slowed down, would collect a backlog of ticks, and every poll, push and
write-back queued behind them would wait for it. Each tick therefore lives one interval
(`ttl`): one still waiting when the next is due is dropped unrun, which loses nothing, since
every tick looks at the whole state afresh.
"""

import os
from typing import Any

from rq import cron

from jobs.declare import DeclaredJob
from jobs.maintenance import recover_abandoned_jobs
from jobs.process_logging import configure_process_logging
from jobs.reconcile_schedule import enqueue_due_reconciliations
from jobs.schedule import enqueue_due_polls

# The schedule process's log: the same redacted handler and LOG_FORMAT as the others.
configure_process_logging()

# Demos and benchmarks may run the schedule faster (SYNC_CLOCK_SPEED); production never does.
SPEED = max(1.0, float(os.environ.get("SYNC_CLOCK_SPEED") or 1))


def every(seconds: float) -> dict[str, Any]:
    """rq cron options for a tick every `seconds` (sped up) that expires unrun at the next."""
    interval = max(1, round(seconds / SPEED))
    return {"interval": interval, "ttl": interval, "result_ttl": 0}


def schedule(declared: DeclaredJob[..., Any], seconds: float) -> None:
    """Register a declared job with rq's cron: its queue and options come from its declaration
    (rq's cron names it by the function, the same path its declaration computes)."""
    cron.register(declared.function, declared.spec.queue,
                  **(every(seconds) | declared.spec.rq_options()))


# Every minute: find board syncs that are due and enqueue one poll each (unique job ids, so a
# slow poll is never doubled and a restart after downtime does not pile polls up).
schedule(enqueue_due_polls, 60)

# Every ten minutes: board syncs whose last full compare is older than SYNC_RECONCILE_HOURS.
schedule(enqueue_due_reconciliations, 600)

# Every minute: jobs whose worker died are run again (write-backs) or recorded failed at once,
# not at a worker's next 10-minute maintenance.
schedule(recover_abandoned_jobs, 60)
