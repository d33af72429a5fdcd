"""The worker class: job modules loaded once before forking, no connection crossing a fork."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import redis
from rq import Queue
from rq.job import Job

from config.settings import Settings
from jobs.runtime import Runtime, current_runtime, set_runtime
from jobs.worker import WORKER_ARGS, Worker
from tests.jobs.horse_probe import PRODUCT_MODULES

ROOT = Path(__file__).resolve().parents[2]
PROBE = "tests.jobs.horse_probe"


def test_the_worker_preloads_every_job_module() -> None:
    """The catalog the worker imports before forking holds every declared job (the scan of
    the tree for `@job` is in tests/jobs/test_declared_jobs.py)."""
    import jobs.catalog

    preloaded = {module.__name__ for module in jobs.catalog.JOB_MODULES}
    declared = jobs.catalog.declared_jobs()
    assert "poll_board_sync" in declared and "enqueue_due_polls" in declared  # the scan works
    assert {job.function.__module__ for job in declared.values()} <= preloaded


def _run_burst_worker(worker_class: str, redis_url: str) -> None:
    args = list(WORKER_ARGS)
    args[args.index("-w") + 1] = worker_class
    subprocess.run([sys.executable, "-m", "rq.cli", "worker", *args, "--burst", "--url",
                    redis_url, "default"], cwd=ROOT, check=True, timeout=60,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.parametrize(("worker_class", "inherited"), [
    ("jobs.worker.Worker", list(PRODUCT_MODULES)),
    ("rq.Worker", []),  # the control: rq's own worker leaves every import to the horse
])
def test_a_work_horse_inherits_the_product_from_its_worker(
    redis_conn: redis.Redis, redis_url: str, worker_class: str, inherited: list[str]
) -> None:
    job = Queue("default", connection=redis_conn).enqueue(
        f"{PROBE}.product_modules_loaded", result_ttl=60)
    _run_burst_worker(worker_class, redis_url)
    assert Job.fetch(job.id, connection=redis_conn).return_value() == inherited


def test_a_work_horse_never_uses_the_database_pool_of_its_worker(
    redis_conn: redis.Redis, app_config: dict[str, object]
) -> None:
    runtime = Runtime(Settings.from_env(app_config))
    previous = current_runtime()
    set_runtime(runtime)
    try:
        runtime.db.check()  # the worker's pool now holds one idle connection
        assert runtime.db.engine.pool.checkedin() == 1
        queue = Queue("default", connection=redis_conn)
        job = queue.enqueue(f"{PROBE}.inherited_pooled_connections", result_ttl=60)
        Worker([queue], connection=redis_conn).work(burst=True)
        assert Job.fetch(job.id, connection=redis_conn).return_value() == 0
        runtime.db.check()  # and the worker's own connection still answers
        assert runtime.db.engine.pool.checkedin() == 1
    finally:
        set_runtime(previous)
        runtime.db.dispose()


def test_a_job_queued_under_an_old_name_runs_as_the_function_that_replaced_it(
        redis_conn: redis.Redis) -> None:
    """A deploy that renamed job functions must not fail the jobs waiting under the old names
    (a write-back of a person's edit among them): the worker's job class maps them."""
    from jobs.renamed import OLD_NAMES, RenameAwareJob, renamed_jobs
    from jobs.sync_jobs import set_up_board_sync
    from jobs.writeback import write_back_board_edit

    assert set(renamed_jobs()) == OLD_NAMES
    # The worker takes jobs as RenameAwareJob whatever rq's command line passes (its own Job).
    assert Worker([], connection=redis_conn, job_class=Job).job_class is RenameAwareJob
    queue = Queue("default", connection=redis_conn, job_class=RenameAwareJob)
    for old, current in [("jobs.writeback.apply_board_edit", write_back_board_edit),
                         ("jobs.sync_jobs.provision_board_sync", set_up_board_sync)]:
        queued = queue.enqueue(old, 1)  # as the earlier release's web app queued it
        taken = RenameAwareJob.fetch(queued.id, connection=redis_conn)
        assert taken.func is current
        # rq's own Job finds the engine's function of that name there, with other arguments.
        assert Job.fetch(queued.id, connection=redis_conn).func is not current
