"""A write-back killed after SYSPRO applied the edit is run again and audited exactly once.

The way it happens: a real `rq worker` (the Procfile's, scheduler included) runs the job; SYSPRO
answers slowly, so the Setup call is applied while the job is still waiting on its read-back;
the worker's whole process tree is SIGKILLed there. Before rq's retry runs, the lookup board's
next poll reads SYSPRO's new telephone (the edit itself) and records it as synced. The retry
must still recognise the edit as its own, send no second Setup call and audit it
`written_back` once, as soon as the dead run is known dead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

import pytest
import requests
from rq import Queue
from rq.job import Job, JobStatus

from jobs.declare import QUEUE_NAME
from jobs.maintenance import recover_abandoned_jobs
from jobs.worker import WORKER_ARGS
from jobs.writeback import write_back_board_edit
from sync.poll import poll
from sync.push import push
from tests.processes import kill_tree
from tests.sync.test_writeback import _audit, _edit, _supplier, job_kwargs

pytestmark = pytest.mark.slow


# The kill to the re-run's end: the dead run's record expires 10-15 s after the kill, then the
# job runs again at once. rq's own first retry would wait 30 s more (and for a live scheduler).
RERUN_WITHIN_SECONDS = 35


def start_worker(env: Any) -> subprocess.Popen[bytes]:
    """`rq worker` as the Procfile runs it, in a session of its own."""
    settings = env.runtime.settings
    worker_env = {
        **os.environ, "APP_ENV": "testing", "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url or "", "SECRET_KEY": settings.secret_key,
        "ENCRYPTION_KEYS": ",".join(settings.encryption_keys),
        "INSTANCE_PATH": str(settings.instance_path), "MONDAY_API_URL": env.monday.api_url,
        "ALLOW_LOOPBACK": "true",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "rq.cli", "worker", *WORKER_ARGS, "--with-scheduler", "--url",
         worker_env["REDIS_URL"], QUEUE_NAME],
        env=worker_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)


def wait_until(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never saw {what} within {timeout}s"
        time.sleep(0.02)


def _job_state(env: Any, job_id: str) -> str:
    """What became of the job, for the failure message."""
    job = Job.fetch(job_id, connection=env.runtime.redis)
    result = job.latest_result()
    return f"{job.get_status()}, {result.type.name if result else 'no result'}: " + (
        str(result.return_value or result.exc_string)[-300:] if result else "")


def test_a_writeback_killed_after_syspro_applied_it_is_audited_once(
    lookup_board: Any, receiver: Any
) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    item = items[1]
    code = _supplier(env, item, columns)["Supplier"]
    table = env.syspro.app.state.data.table("ApSupplier")
    _edit(env, item["id"], columns["telephone"]["id"], "+27 21 555 0101")
    event = receiver.wait_for(1)[0]
    faults = f"{env.syspro.base_url}/_sandbox/faults"
    requests.post(faults, json={"kind": "slow", "delay": 3, "count": 20},
                  timeout=10).raise_for_status()

    worker = start_worker(env)
    replacement = None
    try:
        job_id = f"writeback-{event['triggerUuid']}"
        queue = Queue(QUEUE_NAME, connection=env.runtime.redis)
        assert write_back_board_edit.enqueue(env.runtime.redis, **job_kwargs(env, event))
        # Setup applied: the job now waits 3 s for its read-back answer.
        wait_until(lambda: table.find((code,))["Telephone"] == "+27 21 555 0101", 60,
                   "SYSPRO applying the edit")
        assert len(kill_tree(worker.pid)) >= 2, "the worker and its work horse"
        killed = time.monotonic()
        worker.wait(timeout=10)
        assert Job.fetch(job_id, connection=env.runtime.redis).get_status() == JobStatus.STARTED
        requests.delete(faults, timeout=10).raise_for_status()

        # The board's next poll sees SYSPRO's new telephone before the retry runs.
        assert poll(env.ctx, sync_id).changed == 1
        push(env.ctx, sync_id)
        replacement = start_worker(env)
        while not _audit(env, sync_id, "written_back"):
            # What the schedule enqueues every minute (here every second, one at a time).
            if not queue.count:
                recover_abandoned_jobs.enqueue(env.runtime.redis)
            assert time.monotonic() - killed < RERUN_WITHIN_SECONDS + 15, \
                f"the killed write-back was never run again to its end: {_job_state(env, job_id)}"
            time.sleep(1)
        rerun = time.monotonic() - killed
    finally:
        for process in (worker, replacement):
            if process is not None and process.poll() is None:
                kill_tree(process.pid)
                process.wait(timeout=10)

    print(f"killed write-back audited {rerun:.1f} s after the kill")
    [(syspro_id, item_id, detail, _)] = _audit(env, sync_id, "written_back")
    assert (syspro_id, item_id) == (code, item["id"])
    assert detail["already_applied"] is True, "a second Setup call was sent"
    assert table.find((code,))["Telephone"] == "+27 21 555 0101"
    assert rerun <= RERUN_WITHIN_SECONDS
