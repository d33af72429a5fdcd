"""The scale bench's stack: a PostgreSQL database and a Redis of its own, both sandboxes in
processes of their own, N accounts each with one SYSPRO connection and two board syncs, and the
product's worker and cron processes started and stopped on demand.

The sandboxes run outside the bench's process so their work never shares an interpreter lock
with the bench's measurements. Each account has a monday token of its own (a sandbox caller of
its own account), boards of its own, and a connection to the one SYSPRO sandbox, whose
second-logon eviction is off: in production each account's connection is its own server.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import redis
import requests
import sqlalchemy as sa
from cryptography.fernet import Fernet
from rq import Queue, Worker
from rq.registry import ScheduledJobRegistry, StartedJobRegistry

from config.settings import Settings
from jobs.embedded_redis import EmbeddedRedis
from jobs.runtime import Runtime
from jobs.worker import WORKER_ARGS
from sandbox.syspro.seed import SeedSize
from store.accounts import install_account, save_token
from store.board_syncs import create_board_sync
from store.connections import create_connection
from store.db import normalise_url
from store.migrate import upgrade
from store.models import BoardSync
from store.types import utcnow
from syspro.urlguard import AddressPolicy

ROOT = Path(__file__).resolve().parents[1]
# A few records per table: the bench measures scheduling and jobs, not reading or writing.
SEED = SeedSize(suppliers=3, customers=3, supplier_invoices=3, purchase_orders=3,
                customer_invoices=3, stock_items=3, gl_accounts=3)
ENTITIES = ("supplier_invoices", "suppliers")  # the two board syncs of every account
INTERVAL_MINUTES = 5


def token_for(account: int) -> str:
    return f"scale-token-{account}"


# --- the PostgreSQL database ----------------------------------------------------------------


@contextmanager
def own_database(admin_url: str) -> Iterator[str]:
    """A new database on the server of `admin_url`, dropped afterwards; yields its URL."""
    name = f"bench_scale_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise SystemExit(f"the scale bench needs PostgreSQL: {admin_url} answered '{reason}'; "
                         "start PostgreSQL or pass --pg-admin-url") from None
    try:
        yield f"{admin_url.rsplit('/', 1)[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --- the sandboxes, each in a process of its own --------------------------------------------


def _serve_syspro(pipe: Any) -> None:
    from sandbox.syspro.server import start_in_thread

    running = start_in_thread(size=SEED, evict_on_second_logon=False)
    pipe.send(running.base_url)
    pipe.recv()  # until told to stop
    running.stop()


def _serve_monday(pipe: Any, accounts: int) -> None:
    from sandbox.monday.server import start_in_thread
    from sandbox.monday.state import Caller

    running = start_in_thread()
    state = running.sandbox.state
    boards = {}
    for account in range(1, accounts + 1):
        caller = Caller(account, 1, "app")
        state.tokens[token_for(account)] = caller
        boards[account] = [state.create_board(caller, f"{entity} {account}", "public", None,
                                              None)["id"] for entity in ENTITIES]
    pipe.send((running.api_url, boards))
    pipe.recv()
    running.stop()


@dataclass
class SandboxProcess:
    process: multiprocessing.process.BaseProcess
    pipe: Any

    def stop(self) -> None:
        self.pipe.send("stop")
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()


def start_sandbox(target: Any, *args: Any) -> tuple[SandboxProcess, Any]:
    """Start a sandbox child; returns it and what it sent back once serving."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=target, args=(theirs, *args), daemon=True)
    process.start()
    if not ours.poll(120):
        raise SystemExit("a sandbox did not start within 120 s")
    return SandboxProcess(process, ours), ours.recv()


# --- the stack ------------------------------------------------------------------------------


@dataclass
class ScaleStack:
    runtime: Runtime
    env: dict[str, str]
    workdir: Path
    accounts: int
    syspro_url: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def redis(self) -> redis.Redis:
        return self.runtime.redis

    @property
    def queue(self) -> Queue:
        return Queue("default", connection=self.redis)

    def start_workers(self, count: int, speed: float) -> list[subprocess.Popen[bytes]]:
        """`count` rq workers of our class, as the Procfile runs them (without the supervisor,
        so their process ids are the rq workers' own)."""
        command = [sys.executable, "-m", "rq.cli", "worker", *WORKER_ARGS, "--with-scheduler",
                   "--url", self.env["REDIS_URL"], "default"]
        started = [self._start(command, f"worker{n}", speed) for n in range(count)]
        deadline = time.monotonic() + 60
        while Worker.count(connection=self.redis) < count:
            if time.monotonic() > deadline:
                raise SystemExit(f"workers did not start; see {self.workdir}/worker*.log")
            time.sleep(0.1)
        return started

    def start_cron(self, speed: float) -> subprocess.Popen[bytes]:
        return self._start([sys.executable, "-m", "rq.cli", "cron", "jobs.cron_config", "--url",
                            self.env["REDIS_URL"]], "cron", speed)

    def _start(self, command: list[str], name: str, speed: float) -> subprocess.Popen[bytes]:
        env = {**self.env, "SYNC_CLOCK_SPEED": str(speed)}
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - the child owns it
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.processes.append(process)
        return process

    def stop(self, processes: list[subprocess.Popen[bytes]]) -> None:
        """Warm shutdown (each finishes its job), then whatever is left is killed."""
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
            self.processes.remove(process)

    def wait_quiet(self, timeout: float) -> None:
        """Until no job waits, runs or is scheduled (twice in a row, a moment apart)."""
        registries = (StartedJobRegistry("default", connection=self.redis),
                      ScheduledJobRegistry("default", connection=self.redis))
        deadline, calm = time.monotonic() + timeout, 0
        while calm < 2:
            busy = self.queue.count + sum(r.get_job_count(cleanup=False) for r in registries)
            calm = 0 if busy else calm + 1
            if time.monotonic() > deadline:
                raise SystemExit(f"jobs still running after {timeout:.0f} s ({busy} left)")
            time.sleep(0.5)

    def set_due(self, times: dict[int, datetime]) -> None:
        """Next poll times by board sync id (the bench's own setup step)."""
        with self.runtime.db.session() as session:
            for sync_id, at in times.items():
                session.execute(sa.update(BoardSync).where(BoardSync.id == sync_id)
                                .values(next_poll_at=at))
        self.runtime.db.dispose()  # the bench holds no connection while workers are measured

    def set_syspro_latency(self, seconds: float) -> None:
        """Every later SYSPRO request waits this long before it is answered, as a real server
        across a network does (the sandbox's "slow" fault, for as many requests as the run
        makes)."""
        if seconds > 0:
            requests.post(f"{self.syspro_url}/_sandbox/faults", timeout=10, json={
                "kind": "slow", "count": 10**9, "delay": seconds}).raise_for_status()

    def sync_ids(self) -> list[int]:
        with self.runtime.db.session() as session:
            ids = list(session.scalars(sa.select(BoardSync.id).order_by(BoardSync.id)))
        self.runtime.db.dispose()
        return ids


def seed_accounts(runtime: Runtime, syspro_url: str, boards: dict[int, list[str]]) -> None:
    """One account per monday account, with a token, a connection and a board sync per
    entity. Their nightly compare counts as done, so none falls due during the bench."""
    box = runtime.secret_box
    for first in range(1, len(boards) + 1, 100):
        with runtime.db.session() as session:
            for number in range(first, min(first + 100, len(boards) + 1)):
                account, _ = install_account(session, number, name=f"Scale account {number}")
                save_token(session, box, account, 1, token_for(number), kind="personal")
                connection = create_connection(session, box, account.id, {
                    "name": "SYSPRO", "server_url": syspro_url, "operator": "ADMIN",
                    "operator_password": "sandbox", "company_id": "DEMO"},
                    policy=AddressPolicy(allow_loopback=True))  # the sandbox is on loopback
                for entity, board_id in zip(ENTITIES, boards[number], strict=True):
                    sync = create_board_sync(session, account.id, {
                        "connection_id": connection.id, "board_id": board_id, "entity": entity,
                        "interval_minutes": INTERVAL_MINUTES})
                    sync.reconciled_at = utcnow()
    runtime.db.dispose()


@contextmanager
def scale_stack(accounts: int, pg_admin_url: str) -> Iterator[ScaleStack]:
    workdir = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    sandboxes: list[SandboxProcess] = []
    with own_database(pg_admin_url) as database_url, EmbeddedRedis() as redis_server:
        try:
            syspro, syspro_url = start_sandbox(_serve_syspro)
            sandboxes.append(syspro)
            monday, (api_url, boards) = start_sandbox(_serve_monday, accounts)
            sandboxes.append(monday)
            env = {**os.environ, "APP_ENV": "testing", "DATABASE_URL": database_url,
                   "REDIS_URL": redis_server.url, "SECRET_KEY": "bench",
                   "INSTANCE_PATH": str(workdir), "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
                   "MONDAY_API_URL": api_url, "ALLOW_LOOPBACK": "true", "PYTHONUNBUFFERED": "1"}
            upgrade(database_url)
            runtime = Runtime(Settings.from_env(env))
            seed_accounts(runtime, syspro_url, boards)
            stack = ScaleStack(runtime, env, workdir, accounts, syspro_url)
            try:
                yield stack
            finally:
                stack.stop(list(stack.processes))
                runtime.db.dispose()
        finally:
            for sandbox in sandboxes:
                sandbox.stop()


def cpu_seconds(pid: int) -> float:
    """CPU time of a live process and of the children it has waited for (a worker's horses)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After ")": state is field 3 of stat(5); utime, stime, cutime, cstime are 14 to 17.
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


class Sampler:
    """Every quarter second: Redis memory in use, and connections the bench's database holds."""

    def __init__(self, stack: ScaleStack, pg_admin_url: str) -> None:
        self.stack = stack
        self.database = stack.env["DATABASE_URL"].rsplit("/", 1)[1]
        self.admin = sa.create_engine(normalise_url(pg_admin_url), pool_size=1)
        self.redis_peak = self.connections_peak = self.redis_calls = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def reset(self) -> None:
        """Start a new phase: peaks and the count of the sampler's own Redis commands."""
        self.redis_peak = self.connections_peak = self.redis_calls = 0

    def redis_memory(self) -> int:
        self.redis_calls += 1
        return int(self.stack.redis.info("memory")["used_memory"])

    def connections(self) -> int:
        with self.admin.connect() as conn:
            return int(conn.execute(sa.text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                {"name": self.database}).scalar_one())

    def __enter__(self) -> Sampler:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.redis_peak = max(self.redis_peak, self.redis_memory())
            self.connections_peak = max(self.connections_peak, self.connections())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self.admin.dispose()
