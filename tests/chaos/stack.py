"""The product as it runs, to attack: both sandboxes over HTTP, a Redis we can restart, a
database we can take away (PostgreSQL behind a proxy we cut when a server is available, else a
SQLite file we lock), and the Procfile's supervised worker and schedule as processes.

The schedule runs on a clock sped up SPEED times (a 5-minute interval lasts 15 s); heartbeats,
leases and backoffs keep their real durations, so the recovery figures are the product's own.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import requests
from cryptography.fernet import Fernet

from cli.run import process_commands
from jobs.embedded_redis import EmbeddedRedis, free_port
from jobs.runtime import set_runtime
from sandbox.harness import LocalStack, local_stack
from sandbox.syspro.seed import SeedSize
from store.audit import AuditFilter, query
from store.board_syncs import load_spec, poll_soon
from store.outbox import outbox_counts
from store.types import utcnow
from sync.mapping import build_mapping, map_record
from tests.chaos.postgres import postgres_available, proxied_database
from tests.chaos.tcp_proxy import TcpProxy
from tests.processes import descendants, kill_tree
from tests.sync.receiver import Receiver

SPEED = 20  # cron every 3 s: a one-second schedule job every second would saturate the worker
INTERVAL_SECONDS = 5 * 60 / SPEED  # the shortest poll interval, sped up
SEED = SeedSize(suppliers=10, customers=5, supplier_invoices=60, purchase_orders=5,
                customer_invoices=5, stock_items=5, gl_accounts=5)
WORKER_ENV = {
    "SYNC_CLOCK_SPEED": str(SPEED),
    "SYNC_PUSH_BATCH_SIZE": "5",  # small batches: kills land between and inside them
    "MONDAY_PACE_WINDOW_SECONDS": "1",
    "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": "20",  # per (one-second) window
    "MONDAY_READ_TIMEOUT": "3",  # so a hung monday answer times out within a fault
    "MONDAY_BACKOFF_CAP_SECONDS": "2",
}


@dataclass
class Check:
    records: int
    lost: int
    duplicated: int
    wrong: int
    created_events_off: int  # records without exactly one `created` audit event

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.wrong or self.created_events_off)


class ChaosStack:
    def __init__(self, stack: LocalStack, redis: EmbeddedRedis, env: dict[str, str],
                 workdir: Path, receiver: Any, proxy: TcpProxy | None = None) -> None:
        self.stack, self.redis, self.env, self.workdir = stack, redis, env, workdir
        self.proxy = proxy  # PostgreSQL runs are reached through it; None: SQLite
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.sync_id, self.board_id = stack.add_board_sync(
            "supplier_invoices", "Chaos invoices", interval_minutes=5)
        with stack.runtime.db.session() as session:  # due now: the first sync starts at once
            poll_soon(session, stack.account_id, self.sync_id, utcnow())
        self.posted = 0
        self.receiver = receiver
        self.lookup: Any = None  # the write-back scenarios' board, made on first use

    # -- processes -----------------------------------------------------------------------
    def start(self) -> None:
        # Exactly what `ml-connector run` (and so the Procfile) starts.
        commands = process_commands(8000, self.redis.url)
        for name in ("worker", "cron"):
            command = shlex.split(commands[name])
            log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - the child owns it
            self.processes[name] = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
            log.close()

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                kill_tree(process.pid)
                process.wait(timeout=5)

    def rq_worker_pid(self, timeout: float = 30) -> int:
        """The rq worker under the supervisor (restarted ones included)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            below = descendants(self.processes["worker"].pid)
            if below:
                return below[0]
            time.sleep(0.05)
        raise AssertionError("the supervisor runs no rq worker")

    def kill_worker_tree(self) -> int:
        """SIGKILL the rq worker and its work horse, as a machine dying would; the supervisor
        (the platform's restart policy) starts a new one. Returns how many processes died."""
        return len(kill_tree(self.rq_worker_pid()))

    # -- faults outside the worker ---------------------------------------------------------
    def restart_redis(self, down_seconds: float) -> None:
        self.redis.stop()
        time.sleep(down_seconds)
        self.redis.start()

    @property
    def database_kind(self) -> str:
        return "PostgreSQL, proxy cut" if self.proxy is not None else "SQLite, exclusive lock"

    @contextmanager
    def database_unreachable(self) -> Iterator[None]:
        """No process of the stack reaches the database for the block's duration."""
        if self.proxy is not None:
            with self.proxy.down():
                yield
        else:
            with self._sqlite_locked():
                yield

    @contextmanager
    def _sqlite_locked(self) -> Iterator[None]:
        """SQLite has no network: an exclusive lock makes every other connection wait, then
        fail, which is the closest a file database comes to being unreachable."""
        path = self.stack.runtime.settings.database_url.removeprefix("sqlite:///")
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()

    # -- SYSPRO ----------------------------------------------------------------------------
    def post_invoices(self, count: int) -> None:
        for _ in range(count):
            self.posted += 1
            requests.post(f"{self.stack.syspro.base_url}/_sandbox/ap-invoices", timeout=10,
                          json={"supplier": "0000001", "invoice": f"CH{self.posted:06d}",
                                "amount": f"{10 + self.posted}.25"}).raise_for_status()

    def syspro_requests(self) -> int:
        """Requests the SYSPRO sandbox has seen. Read in-process: asking over HTTP would count
        the asking, and a wait for "the poll's n-th request" would end before the poll began."""
        return int(self.stack.syspro.app.state.requests_seen)

    def mutations(self) -> int:
        stats = requests.get(f"{self.stack.monday.url}/_sandbox/stats", timeout=10).json()
        return int(stats["mutations_by_board"].get(self.board_id, 0))

    def faults_pending(self) -> bool:
        syspro = self.stack.syspro.app.state.faults.items
        return bool(syspro or self.stack.monday.sandbox.faults.faults)

    # -- what the board should be ------------------------------------------------------------
    def expected(self) -> dict[str, dict[str, Any]]:
        with self.stack.runtime.db.session() as session:
            spec = load_spec(session, self.stack.runtime.secret_box, self.sync_id)
        mapping = build_mapping(spec.entity, spec.column_mapping)
        reader = self.stack.ctx.reader_factory(spec)
        columns = spec.provisioned_columns or {}
        expected = {}
        for row in reader.read(spec.entity):
            record = map_record(row, mapping)
            expected[record.key] = {columns[k]["id"]: v for k, v in record.values.items()
                                    if k in columns}
        self.id_column = columns["syspro_id"]["id"]
        return expected

    def board(self) -> list[dict[str, Any]]:
        url = f"{self.stack.monday.url}/_sandbox/boards/{self.board_id}/items"
        body = requests.get(url, timeout=30).json()
        return body["items"] if isinstance(body, dict) else body

    def pending(self) -> int:
        with self.stack.runtime.db.session() as session:
            return int(outbox_counts(session, self.sync_id).get("pending", 0))

    def check(self) -> Check:
        expected = self.expected()
        items = self.board()
        texts = [{c: v.get("text") for c, v in i["column_values"].items()} for i in items]
        on_board = Counter(t.get(self.id_column) for t in texts)
        wrong = sum(1 for t in texts if t.get(self.id_column) in expected
                    and not _same(t, expected[t[self.id_column]]))
        with self.stack.runtime.db.session() as session:
            created = Counter(e.syspro_id for e in query(session, AuditFilter(
                account_id=self.stack.account_id, board_sync_id=self.sync_id,
                actions=("created",), limit=1_000_000)))
        return Check(
            records=len(expected),
            lost=sum(1 for k in expected if not on_board[k]),
            duplicated=sum(n - 1 for n in on_board.values() if n > 1),
            wrong=wrong,
            created_events_off=sum(1 for k in expected if created[k] != 1),
        )

    def board_settled(self) -> Check:
        """The invoices board against SYSPRO; lost = -1 while work still waits."""
        result = self.check()
        return result if not self.pending() else Check(result.records, -1, 0, 0, 0)

    def wait_until(self, verify: Callable[[ChaosStack], Check], timeout: float) -> Check:
        """Poll `verify` until it finds nothing wrong, or the timeout passes."""
        deadline = time.monotonic() + timeout
        result = Check(0, -1, -1, -1, -1)
        while True:
            try:
                result = verify(self)
                if result.ok:
                    return result
            except (requests.RequestException, OSError, KeyError):
                pass  # a fault still in the way
            if time.monotonic() > deadline:
                return result
            time.sleep(0.5)


def _same(texts: dict[str, Any], expected: dict[str, Any]) -> bool:
    for column, value in expected.items():
        text = texts.get(column)
        if value in (None, ""):
            if text not in (None, ""):
                return False
            continue
        try:
            if Decimal(str(value)) == Decimal(str(text)):
                continue
        except (InvalidOperation, ValueError):
            pass
        if str(value) != str(text):
            return False
    return True


def use_postgres(database: str) -> bool:
    """`database` is auto, sqlite or postgresql; auto takes PostgreSQL when a server answers."""
    if database == "postgresql" and not postgres_available():
        raise SystemExit("--database postgresql: no PostgreSQL server answers "
                         "(set CHAOS_PG_HOST, CHAOS_PG_PORT, CHAOS_PG_USER)")
    return database == "postgresql" or (database == "auto" and postgres_available())


@contextmanager
def chaos_stack(database: str = "auto") -> Iterator[ChaosStack]:
    workdir = Path(tempfile.mkdtemp(prefix="chaos-"))
    with ExitStack() as cleanup:
        proxy = None
        database_url = f"sqlite:///{workdir / 'chaos.db'}"
        if use_postgres(database):  # dropped last (LIFO), after every process has stopped
            proxied = cleanup.enter_context(proxied_database())
            database_url, proxy = proxied.url, proxied.proxy
        redis = EmbeddedRedis(port=free_port()).start()
        cleanup.callback(redis.stop)
        config = {
            "APP_ENV": "testing", "REDIS_URL": redis.url, "SECRET_KEY": "chaos",
            "DATABASE_URL": database_url,
            "INSTANCE_PATH": str(workdir), "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        }
        stack = cleanup.enter_context(local_stack(config, SEED, clock_speed=float(SPEED),
                                                  board_mutations_per_minute=200))
        set_runtime(stack.runtime)
        cleanup.callback(set_runtime, None)
        # Lookup boards' webhooks point at a receiver that answers monday's challenge.
        receiver = Receiver()
        cleanup.callback(receiver.server.shutdown)
        env = {**os.environ, **config, **WORKER_ENV, "MONDAY_API_URL": stack.monday.api_url,
               "ALLOW_LOOPBACK": "true", "PYTHONUNBUFFERED": "1",
               "PUBLIC_BASE_URL": receiver.url}
        chaos = ChaosStack(stack, redis, env, workdir, receiver, proxy)
        chaos.start()
        cleanup.callback(chaos.stop)
        yield chaos
