"""The schedule, loaded by `rq cron jobs.cron_config` (the Procfile's cron process)."""

from rq import cron

from jobs.schedule import enqueue_due_polls

# Every minute: find board syncs that are due and enqueue one poll each (unique job ids, so a
# slow poll is never doubled and a restart after downtime does not pile polls up).
cron.register(enqueue_due_polls, "default", interval=60, result_ttl=0)
