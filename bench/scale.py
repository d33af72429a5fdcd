"""Scale run on the sandboxes: N accounts, each with one SYSPRO connection and two board syncs
at a 5-minute interval, polled by 1 and then 2 workers over one Redis and one PostgreSQL.

    python bench/scale.py [--accounts 1000] [--workers 1 2] [--speed auto] [--intervals 1]
                          [--syspro-latency 0] [--capacity-only]
                          [--pg-admin-url postgresql://root@127.0.0.1:5432/postgres]

Everything runs as in production: the product's cron entry point, `rq worker` processes of our
worker class, the SYSPRO and monday sandboxes over HTTP in processes of their own, a PostgreSQL
database and an embedded Redis that the bench creates and removes. Each SYSPRO table holds a
few records, so what is measured is the scheduling and job machinery.

1. Initial state: every board sync's first poll, its records then marked as on the board.
2. Capacity, per worker count: every sync due at once; one schedule tick enqueues them all and
   the workers drain the queue. Polls per second from the first poll's start to the last one's
   end; worker CPU per poll; Redis memory per queued job and commands per job.
3. Steady state, per worker count: the syncs' next polls spread evenly over one interval, then
   the cron and the workers run for --intervals intervals on a clock sped up --speed times
   (auto: the speed at which one worker is busy about 60% of the time; the 5-minute interval
   and the cron's minute are both divided by it, job durations are real). Lag from a poll
   being due to its start, polls missed (a due time without a poll) and doubled (two polls
   for one due time), Redis memory and database connections at their peak.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from rq import Worker  # noqa: E402

from bench.scale_stack import (  # noqa: E402
    ENTITIES,
    INTERVAL_MINUTES,
    Sampler,
    ScaleStack,
    cpu_seconds,
    scale_stack,
)
from jobs.engine import engine_context  # noqa: E402
from jobs.runtime import set_runtime  # noqa: E402
from jobs.schedule import enqueue_due_polls  # noqa: E402
from store.models import PollRun, SyncRecord  # noqa: E402
from store.types import utcnow  # noqa: E402
from sync.poll import poll  # noqa: E402

PG_ADMIN_URL = "postgresql://root@127.0.0.1:5432/postgres"
TARGET_UTILISATION = 0.6
MiB = 2**20


@dataclass
class Capacity:
    workers: int
    polls: int
    seconds: float
    cpu_per_poll: float
    tick_seconds: float
    bytes_per_queued_job: float
    commands_per_job: float
    redis_peak: int
    connections_peak: int

    @property
    def rate(self) -> float:
        return self.polls / self.seconds


@dataclass
class Steady:
    workers: int
    due: int
    polls: int
    jobs: int  # every job the workers ran: polls and the cron's own
    lags: list[float]
    missed: int
    doubled: int
    redis_peak: int
    connections_peak: int

    def lag(self, share: float) -> float:
        ordered = sorted(self.lags) or [math.nan]
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def poll_starts(stack: ScaleStack, since: datetime) -> list[tuple[int, datetime, datetime]]:
    """(board sync id, started, finished) of every poll that started since `since`."""
    with stack.runtime.db.session() as session:
        rows = session.execute(
            sa.select(PollRun.board_sync_id, PollRun.started_at, PollRun.finished_at)
            .where(PollRun.started_at >= since)).all()
    stack.runtime.db.dispose()
    return [(r[0], r[1], r[2] or r[1]) for r in rows]


def jobs_done(stack: ScaleStack) -> int:
    return sum(w.successful_job_count + w.failed_job_count
               for w in Worker.all(connection=stack.redis))


def redis_commands(stack: ScaleStack) -> int:
    return int(stack.redis.info("stats")["total_commands_processed"])


def drain(stack: ScaleStack, workers: int, timeout: float) -> tuple[float, int]:
    """Start workers, let them empty the queue, stop them: (their CPU seconds, jobs run)."""
    processes = stack.start_workers(workers, speed=1.0)
    cpu_before = sum(cpu_seconds(p.pid) for p in processes)
    stack.wait_quiet(timeout)
    cpu = sum(cpu_seconds(p.pid) for p in processes) - cpu_before
    jobs = jobs_done(stack)
    stack.stop(processes)
    return cpu, jobs


def initial_state(stack: ScaleStack) -> None:
    """Every sync's first poll, run in the bench's process through the engine (the SYSPRO
    sandbox over HTTP, the bench's database), its records then marked as written to monday:
    the steady state the measured phases start from. (The first sync of a board is not what
    this bench measures; bench/monday_push.py and bench/sync_engine.py do.)"""
    started = time.perf_counter()
    ctx = engine_context(stack.runtime)
    ctx.enqueue_push = None
    ids = stack.sync_ids()
    staged = sum(poll(ctx, sync_id).changed for sync_id in ids)
    with stack.runtime.db.session() as session:  # as if each push had confirmed its records
        session.execute(sa.update(SyncRecord).values(
            content_hash=SyncRecord.pending_hash, synced_values=SyncRecord.pending_values,
            pending_hash=None, pending_values=None, state="synced"))
    stack.runtime.db.dispose()
    print(f"initial state: {len(ids)} first polls ({staged} records) in the bench's process in "
          f"{time.perf_counter() - started:.0f} s")


def capacity(stack: ScaleStack, workers: int, sampler: Sampler) -> Capacity:
    ids = stack.sync_ids()
    since = utcnow()
    stack.set_due(dict.fromkeys(ids, since))
    memory_before, commands_before = sampler.redis_memory(), redis_commands(stack)
    sampler.reset()
    ticked = time.perf_counter()
    enqueued = enqueue_due_polls()
    tick_seconds = time.perf_counter() - ticked
    stack.runtime.db.dispose()
    queued_memory = sampler.redis_memory()
    cpu, jobs = drain(stack, workers, timeout=3600)
    runs = poll_starts(stack, since)
    if enqueued != len(ids) or len(runs) != len(ids):
        print(f"    warning: {len(ids)} syncs due, {enqueued} enqueued, {len(runs)} polled")
    seconds = (max(r[2] for r in runs) - min(r[1] for r in runs)).total_seconds()
    commands = redis_commands(stack) - commands_before - sampler.redis_calls
    return Capacity(workers, len(runs), seconds, cpu / len(runs), tick_seconds,
                    (queued_memory - memory_before) / max(1, enqueued),
                    commands / max(1, jobs), sampler.redis_peak, sampler.connections_peak)


def steady(stack: ScaleStack, workers: int, speed: float, intervals: float,
           sampler: Sampler) -> Steady:
    ids = stack.sync_ids()
    interval = timedelta(minutes=INTERVAL_MINUTES) / speed
    stack.set_due(dict.fromkeys(ids, utcnow() + timedelta(days=1)))  # parked while starting
    processes = stack.start_workers(workers, speed)
    processes.append(stack.start_cron(speed))
    deadline = time.monotonic() + 60
    while jobs_done(stack) < 3 and time.monotonic() < deadline:  # the cron's first three jobs
        time.sleep(0.1)
    first = utcnow() + timedelta(seconds=1)
    phases = {sync_id: first + interval * n / len(ids) for n, sync_id in enumerate(ids)}
    jobs_before = jobs_done(stack)
    sampler.reset()
    stack.set_due(phases)
    end = first + interval * intervals
    time.sleep(max(0.0, (end - utcnow()).total_seconds()))
    stack.stop([processes.pop()])  # the cron: no new polls after the window
    stack.wait_quiet(timeout=3600)
    jobs = jobs_done(stack) - jobs_before
    stack.stop(processes)
    # A due time in the window's last cron period may be enqueued only after the cron stopped.
    cron_period = timedelta(seconds=max(1, round(60 / speed)))
    due, lags, missed, doubled = judge(phases, interval, poll_starts(stack, first),
                                       last_due=end - cron_period - timedelta(seconds=1))
    return Steady(workers, due, len(lags), jobs, lags, missed, doubled, sampler.redis_peak,
                  sampler.connections_peak)


def judge(phases: dict[int, datetime], interval: timedelta,
          runs: list[tuple[int, datetime, datetime]], last_due: datetime
          ) -> tuple[int, list[float], int, int]:
    """(due times, lags in seconds, missed, doubled) of the due times up to `last_due`.

    A poll answers the latest due time of its sync at or before its start; a poll that starts
    before its sync's first due time answers none and counts as doubled."""
    answers: dict[tuple[int, datetime], int] = defaultdict(int)
    lags, early = [], 0
    for sync_id, started, _ in runs:
        phase = phases[sync_id]
        if started < phase:
            early += 1
            continue
        due = phase + interval * ((started - phase) // interval)
        if due <= last_due:
            answers[(sync_id, due)] += 1
            lags.append((started - due).total_seconds())
    expected = [(s, phase + interval * k) for s, phase in phases.items()
                for k in range(int((last_due - phase) / interval) + 1) if phase <= last_due]
    missed = sum(1 for key in expected if not answers.get(key))
    doubled = early + sum(n - 1 for n in answers.values() if n > 1)
    return len(expected), lags, missed, doubled


def auto_speed(polls_per_second: float, syncs: int) -> float:
    """The clock speed at which one worker is busy TARGET_UTILISATION of the time."""
    speed = TARGET_UTILISATION * polls_per_second * INTERVAL_MINUTES * 60 / syncs
    return round(min(60.0, max(1.0, speed)), 2)


def print_capacity(rows: list[Capacity]) -> None:
    print("capacity: every board sync due at once, one schedule tick enqueues them all")
    print("  workers  polls  seconds  polls/s  per worker  CPU ms/poll  tick s  "
          "Redis B/queued job  Redis cmds/job  Redis peak MiB  DB conns max")
    for r in rows:
        print(f"  {r.workers:>7}  {r.polls:>5}  {r.seconds:>7.1f}  {r.rate:>7.1f}  "
              f"{r.rate / r.workers:>10.1f}  {r.cpu_per_poll * 1000:>11.0f}  "
              f"{r.tick_seconds:>6.1f}  {r.bytes_per_queued_job:>18.0f}  "
              f"{r.commands_per_job:>14.1f}  {r.redis_peak / MiB:>14.1f}  "
              f"{r.connections_peak:>12}")


def print_steady(rows: list[Steady], speed: float, intervals: float) -> None:
    interval = INTERVAL_MINUTES * 60 / speed
    print(f"steady state: clock x{speed:g} (the 5-minute interval lasts {interval:.1f} s, the "
          f"cron ticks every {max(1, round(60 / speed))} s), {intervals:g} interval(s); lag in "
          "real seconds")
    print("  workers  due  polls   jobs  lag p50  lag p95  lag max  missed  doubled  "
          "Redis peak MiB  DB conns max")
    for r in rows:
        print(f"  {r.workers:>7}  {r.due:>4}  {r.polls:>5}  {r.jobs:>5}  "
              f"{r.lag(0.5):>7.2f}  {r.lag(0.95):>7.2f}  {max(r.lags, default=math.nan):>7.2f}  "
              f"{r.missed:>6}  {r.doubled:>7}  {r.redis_peak / MiB:>14.1f}  "
              f"{r.connections_peak:>12}")


def run(accounts: int, workers: list[int], speed: float | None, intervals: float,
        pg_admin_url: str, syspro_latency: float = 0.0,
        steady_state: bool = True) -> tuple[list[Capacity], list[Steady]]:
    print(f"scale run: {accounts} accounts x 1 connection x {len(ENTITIES)} board syncs "
          f"({accounts * len(ENTITIES)} syncs), {INTERVAL_MINUTES}-minute interval, "
          f"SYSPRO answering after {syspro_latency * 1000:.0f} ms")
    with scale_stack(accounts, pg_admin_url) as stack:
        set_runtime(stack.runtime)
        try:
            initial_state(stack)
            stack.set_syspro_latency(syspro_latency)
            with Sampler(stack, pg_admin_url) as sampler:
                capacities = [capacity(stack, count, sampler) for count in workers]
                print_capacity(capacities)
                speed = speed or auto_speed(capacities[0].rate / capacities[0].workers,
                                            accounts * len(ENTITIES))
                steadies = [steady(stack, count, speed, intervals, sampler)
                            for count in workers] if steady_state else []
                if steadies:
                    print_steady(steadies, speed, intervals)
        finally:
            set_runtime(None)
    for more in capacities[1:]:
        ratio = more.rate / capacities[0].rate
        print(f"{more.workers} workers / {capacities[0].workers}: {ratio:.2f}x the "
              f"polls per second (ideal {more.workers / capacities[0].workers:g}x)")
    return capacities, steadies


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--speed", type=float, default=None,
                        help="clock speed of the steady state (default: auto)")
    parser.add_argument("--intervals", type=float, default=1.0,
                        help="how many poll intervals the steady state lasts")
    parser.add_argument("--pg-admin-url", default=PG_ADMIN_URL,
                        help="a PostgreSQL database to connect to for creating the bench's own")
    parser.add_argument("--syspro-latency", type=float, default=0.0, metavar="SECONDS",
                        help="SYSPRO answers each request after this long, as across a network "
                             "(default 0: the sandbox answers at once)")
    parser.add_argument("--capacity-only", action="store_true",
                        help="measure the capacity phase only, not the steady state")
    args = parser.parse_args(argv)
    if args.accounts < 1 or min(args.workers) < 1 or args.intervals <= 0:
        parser.error("--accounts, --workers and --intervals must be positive")
    if args.syspro_latency < 0:
        parser.error("--syspro-latency cannot be negative")
    run(args.accounts, sorted(args.workers), args.speed, args.intervals, args.pg_admin_url,
        args.syspro_latency, not args.capacity_only)


if __name__ == "__main__":
    main()
