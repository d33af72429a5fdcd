"""The worker class: job modules loaded once before forking, no connection crossing a fork."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest
import redis
from rq import Queue
from rq.job import Job

from config.settings import Settings
from jobs import cron_config
from jobs.runtime import Runtime, current_runtime, set_runtime
from jobs.worker import JOB_MODULES, WORKER_ARGS, Worker
from tests.jobs.horse_probe import PRODUCT_MODULES

ROOT = Path(__file__).resolve().parents[2]
PROBE = "tests.jobs.horse_probe"


def _job_function_paths() -> set[str]:
    """Every "jobs.<module>.<function>" string in the product that names a function: what it
    enqueues by name (the worker class, also named so, is not a job)."""
    found = set()
    for package in ("jobs", "monday_app", "sync", "store"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                        and node.value.startswith("jobs.") and node.value.count(".") == 2
                        and node.value.replace(".", "").replace("_", "").isalnum()):
                    found.add(node.value)
    return {path for path in found if inspect.isfunction(_resolve(path))}


def _resolve(path: str) -> object:
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def _scheduled_modules() -> set[str]:
    """The modules of the functions jobs/cron_config.py registers with rq's cron."""
    tree = ast.parse(Path(cron_config.__file__).read_text())
    return {
        getattr(cron_config, node.args[0].id).__module__
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "cron.register"
        and isinstance(node.args[0], ast.Name)
    }


def test_every_job_function_lives_in_a_preloaded_module() -> None:
    enqueued = {path.rsplit(".", 1)[0] for path in _job_function_paths()}
    scheduled = _scheduled_modules()
    assert "jobs.sync_jobs" in enqueued and "jobs.schedule" in scheduled  # the scan works
    assert (enqueued | scheduled) - set(JOB_MODULES) == set()


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
