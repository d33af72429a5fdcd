"""The schedule, loaded by `rq cron jobs.cron_config` (the Procfile's cron process)."""

import os

from rq import cron

from jobs.maintenance import recover_abandoned_jobs
from jobs.process_logging import configure_process_logging
from jobs.reconcile_schedule import enqueue_due_reconciliations
from jobs.schedule import enqueue_due_polls

# The schedule process's log: the same redacted handler and LOG_FORMAT as the others.
configure_process_logging()

# Demos and benchmarks may run the schedule faster (SYNC_CLOCK_SPEED); production never does.
SPEED = max(1.0, float(os.environ.get("SYNC_CLOCK_SPEED") or 1))

# Every minute: find board syncs that are due and enqueue one poll each (unique job ids, so a
# slow poll is never doubled and a restart after downtime does not pile polls up).
cron.register(enqueue_due_polls, "default", interval=max(1, round(60 / SPEED)), result_ttl=0)

# Every ten minutes: board syncs whose last full compare is older than SYNC_RECONCILE_HOURS.
cron.register(enqueue_due_reconciliations, "default", interval=max(1, round(600 / SPEED)),
              result_ttl=0)

# Every minute: jobs whose worker died are retried (write-backs) or recorded failed at once,
# not at a worker's next 10-minute maintenance.
cron.register(recover_abandoned_jobs, "default", interval=max(1, round(60 / SPEED)), result_ttl=0)
