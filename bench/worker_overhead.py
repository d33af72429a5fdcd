"""What a job costs the worker beyond its own work: rq's worker against ours, same run.

    python bench/worker_overhead.py [--jobs 30]

rq forks a work horse for every job. With rq's own worker class the horse imports the product
(SQLAlchemy, requests, the engine) before it can run the job; ours (jobs.worker.Worker) imports
the job modules once, before the first fork. Each class runs the same N real jobs, a poll of a
disabled board sync (the job loads the sync from the database and returns at once, so what is
measured is the overhead: fork, imports, runtime, one database round trip), in an `rq worker
--burst` process. Prints the mean seconds per job in the horse, jobs per second over the burst,
and the ratio of the two classes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rq import Queue  # noqa: E402
from rq.job import Job  # noqa: E402

from config.settings import Settings  # noqa: E402
from jobs.embedded_redis import EmbeddedRedis  # noqa: E402
from jobs.runtime import Runtime  # noqa: E402
from jobs.sync_jobs import poll_board_sync  # noqa: E402
from jobs.worker import WORKER_ARGS  # noqa: E402
from sandbox.harness import connect_sandboxes  # noqa: E402
from store.board_syncs import create_board_sync, set_enabled  # noqa: E402
from store.migrate import upgrade  # noqa: E402

CLASSES = (("rq.Worker", "rq's worker"), ("jobs.worker.Worker", "ours (preloading)"))


def prepared_database(workdir: Path, redis_url: str) -> tuple[dict[str, str], int]:
    """A migrated SQLite database with one disabled board sync: (worker env, its id)."""
    env = {"APP_ENV": "testing", "DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
           "REDIS_URL": redis_url, "SECRET_KEY": "bench", "INSTANCE_PATH": str(workdir),
           "ENCRYPTION_KEYS": Fernet.generate_key().decode()}
    upgrade(env["DATABASE_URL"])
    runtime = Runtime(Settings.from_env(env))
    account_id, connection_id = connect_sandboxes(runtime.db, runtime.secret_box,
                                                  "http://syspro.invalid:1")
    with runtime.db.session() as session:
        sync = create_board_sync(session, account_id, {
            "connection_id": connection_id, "board_id": "1", "entity": "supplier_invoices"})
        set_enabled(session, account_id, sync.id, False)
        sync_id = sync.id
    runtime.db.dispose()
    return env, sync_id


def run_class(worker_class: str, env: dict[str, str], sync_id: int, jobs: int,
              queue: Queue) -> tuple[float, float]:
    """(mean seconds per job in the horse, jobs per second over the burst)."""
    # Past the poll's declaration on purpose: the same sync polled `jobs` times, no unique id.
    enqueued = [queue.enqueue(poll_board_sync.path, sync_id, result_ttl=600)
                for _ in range(jobs)]
    args = list(WORKER_ARGS)
    args[args.index("-w") + 1] = worker_class
    subprocess.run([sys.executable, "-m", "rq.cli", "worker", *args, "--burst", "--url",
                    env["REDIS_URL"], queue.name], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    done = [Job.fetch(job.id, connection=queue.connection) for job in enqueued]
    failed = [job.id for job in done if job.get_status() != "finished"]
    if failed:
        raise SystemExit(f"{worker_class}: {len(failed)} jobs did not finish (first {failed[0]})")
    in_horse = statistics.mean((j.ended_at - j.started_at).total_seconds() for j in done)
    span = (max(j.ended_at for j in done) - min(j.started_at for j in done)).total_seconds()
    return in_horse, jobs / span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=30)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-overhead-"))
    with EmbeddedRedis() as redis_server:
        env, sync_id = prepared_database(workdir, redis_server.url)
        env = {**os.environ, **env}
        queue = Queue("default", connection=Runtime(Settings.from_env(env)).redis)
        print(f"per-job overhead: {args.jobs} polls of a disabled board sync per worker class")
        figures = {}
        for worker_class, label in CLASSES:
            started = time.perf_counter()
            figures[worker_class] = run_class(worker_class, env, sync_id, args.jobs, queue)
            in_horse, rate = figures[worker_class]
            print(f"    {label:<20} {in_horse:6.3f} s per job in the horse   {rate:6.2f} jobs/s"
                  f"   (burst {time.perf_counter() - started:.1f} s with start-up)")
    (before, before_rate), (after, after_rate) = figures.values()
    print(f"    ratio rq / ours: {before / after:.1f}x the time per job, "
          f"{after_rate / before_rate:.1f}x the jobs per second")


if __name__ == "__main__":
    main()
