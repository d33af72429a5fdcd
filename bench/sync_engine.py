"""Sync engine benchmark: the cost of a poll, monday requests per record, and freshness.

    python bench/sync_engine.py [--records 100000] [--small 10000] [--first-sync 2000]
                                [--postings 6] [--redis-url URL]

(a) A whole read over N unchanged records (a first poll after an upgrade, or the nightly
    compare): records per second through map + hash + diff (the rows
    come from an in-process reader so the engine alone is measured; bench/syspro_read.py
    measures SYSPRO reads), and the peak Python memory of the poll at 10k and at 100k.
(b) monday requests per record on a first sync and on a no-change poll, for the engine and for
    a naive baseline (one find and one create or update request per record), same run, both
    against the monday sandbox over real HTTP.
(c) Freshness: seconds from an invoice posted in the SYSPRO sandbox to its item on the board,
    with a real worker and schedule, at the shortest interval (5 minutes) on a clock sped up
    60 times (so 5 minutes last 5 seconds).
(d) Change detection over a mixed change set (bench/change_set.py): changes on the board after
    one poll / changes made, SYSPRO rows read per poll, and the drift the nightly compare finds,
    for the rowversion cursor and for the date window (the baseline), same run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402

from bench.change_set import part_d  # noqa: E402
from jobs.embedded_redis import EmbeddedRedis  # noqa: E402
from sandbox.harness import LocalStack, local_stack  # noqa: E402
from sandbox.syspro.seed import SeedSize  # noqa: E402
from store.board_syncs import poll_soon  # noqa: E402
from store.types import utcnow  # noqa: E402
from sync.mapping import build_mapping, map_record  # noqa: E402
from sync.poll import poll  # noqa: E402
from sync.push import push  # noqa: E402

WINDOW_ENV = {"MONDAY_PACE_WINDOW_SECONDS": "1", "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": "200"}


def config(workdir: Path, redis_url: str) -> dict[str, str]:
    return {
        "APP_ENV": "testing", "DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
        "REDIS_URL": redis_url, "SECRET_KEY": "bench", "INSTANCE_PATH": str(workdir),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }


# --- (a) no-change poll --------------------------------------------------------------------


class GeneratedInvoices:
    """A reader of N supplier invoices shaped like the catalogue's rows."""

    def __init__(self, count: int) -> None:
        self.count = count

    def read(self, entity: str, since: Any = None, until: Any = None) -> Any:
        start = date(2024, 1, 1)
        for n in range(self.count):
            value = Decimal(1000 + n % 997) / 4
            paid = value if n % 3 == 0 else Decimal(0)
            yield {
                "_id": f"{n % 500:07d}|INV{n:08d}", "Supplier": f"{n % 500:07d}",
                "Invoice": f"INV{n:08d}", "InvoiceDate": start + timedelta(days=n % 600),
                "DueDate": start + timedelta(days=n % 600 + 30), "JournalDate": None,
                "Reference": f"Ref {n}", "OrigInvValue": value, "Balance": value - paid,
                "MthInvBal1": value - paid, "MthInvBal2": Decimal(0), "MthInvBal3": Decimal(0),
                "Currency": "ZAR",
            }

    def read_open(self, entity: str) -> Any:
        return iter(())

    def probe_rowversion(self, entity: str) -> None:
        return None

    def read_changes(self, entity: str, marks: Any) -> Any:
        """A cursor with no marks reads the whole table: what (a) measures."""
        if marks.start:
            return
        for version, row in enumerate(self.read(entity), start=1):
            marks.see("ApInvoice", version)
            yield row


def _no_change_poll(count: int, measure_memory: bool, queue: Any) -> None:
    """In a child process: stage N records, confirm them, then time a no-change poll."""
    import sqlalchemy as sa  # the benchmark's own setup step; the engine uses store/

    from config.settings import Settings
    from jobs.engine import engine_context
    from jobs.runtime import Runtime
    from sandbox.harness import connect_sandboxes
    from store.board_syncs import create_board_sync
    from store.migrate import upgrade
    from store.models import BoardSync, SyncRecord

    workdir = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    settings = Settings.from_env(config(workdir, "redis://127.0.0.1:1/0"))
    upgrade(settings.database_url)
    runtime = Runtime(settings)
    account_id, connection_id = connect_sandboxes(
        runtime.db, runtime.secret_box, "http://syspro.invalid:1"
    )
    with runtime.db.session() as session:
        sync_id = create_board_sync(session, account_id, {
            "connection_id": connection_id, "board_id": "1", "entity": "supplier_invoices"}).id
    ctx = engine_context(runtime)
    ctx.enqueue_push = None
    ctx.reader_factory = lambda spec: GeneratedInvoices(count)
    started = time.perf_counter()
    staged = poll(ctx, sync_id)
    stage_seconds = time.perf_counter() - started
    with runtime.db.session() as session:  # as if a push had confirmed every record
        session.execute(sa.update(SyncRecord).values(
            content_hash=SyncRecord.pending_hash, synced_values=SyncRecord.pending_values,
            pending_hash=None, pending_values=None, state="synced"))
        session.execute(sa.update(BoardSync).values(cursor_state={}))
    if measure_memory:
        tracemalloc.start()
    started = time.perf_counter()
    result = poll(ctx, sync_id)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if measure_memory else 0
    assert staged.changed == count and result.unchanged == count and result.changed == 0
    queue.put({"seconds": seconds, "stage_seconds": stage_seconds, "peak": peak})


def run_child(count: int, measure_memory: bool) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_no_change_poll, args=(count, measure_memory, queue))
    child.start()
    result = queue.get(timeout=1800)
    child.join()
    return result


def part_a(records: int, small: int) -> None:
    print(f"(a) no-change poll: map + hash + diff, {small:,} and {records:,} supplier invoices")
    rows = list(GeneratedInvoices(2000).read("supplier_invoices"))
    mapping = build_mapping("supplier_invoices")
    started = time.perf_counter()
    for row in rows:
        map_record(row, mapping).content_hash  # noqa: B018 - the work measured
    pure = len(rows) / (time.perf_counter() - started)
    figures = {}
    for count in (small, records):
        speed = run_child(count, measure_memory=False)
        memory = run_child(count, measure_memory=True)
        figures[count] = (speed, memory)
        print(f"    {count:>7,} records: no-change poll {count / speed['seconds']:>9,.0f} rec/s"
              f"   first-poll staging {count / speed['stage_seconds']:>8,.0f} rec/s"
              f"   peak memory {memory['peak'] / 2**20:6.1f} MiB")
    ratio = figures[records][1]["peak"] / max(1, figures[small][1]["peak"])
    print(f"    map + hash alone: {pure:,.0f} rec/s (the poll's ceiling without the database)")
    print(f"    peak memory {records:,} / {small:,}: {ratio:.2f}x for {records // small}x the "
          "records (flat = close to 1)")


# --- (b) requests per record ----------------------------------------------------------------


def monday_requests(stack: LocalStack) -> int:
    return int(requests.get(f"{stack.monday.url}/_sandbox/stats", timeout=10).json()["requests"])


def naive_sync(stack: LocalStack, board_id: str, rows: list[dict[str, Any]]) -> int:
    """One find and one create (or change) request per record, through the same client."""
    client = stack.monday_client()
    mapping = build_mapping("supplier_invoices")
    id_column = client.create_column(board_id, "SYSPRO ID", "text").id
    before = monday_requests(stack)
    for row in rows:
        record = map_record(row, mapping)
        values = {id_column: record.key}
        found = client.find_items_by_column_values(board_id, id_column, [record.key])
        if found:
            client.change_column_values(board_id, found[record.key][0].id, values)
        else:
            client.create_item(board_id, record.name, values)
    return monday_requests(stack) - before


def part_b(redis_url: str, first_sync: int) -> None:
    print(f"(b) monday requests per record, {first_sync:,} supplier invoices")
    os.environ.update(WINDOW_ENV)
    seed = SeedSize(suppliers=50, customers=5, supplier_invoices=first_sync, purchase_orders=5,
                    customer_invoices=5, stock_items=5, gl_accounts=5)
    workdir = Path(tempfile.mkdtemp(prefix="bench-requests-"))
    with local_stack(config(workdir, redis_url), seed, clock_speed=60.0,
                     board_mutations_per_minute=200) as stack:
        stack.ctx.enqueue_push = None
        sync_id, _ = stack.add_board_sync("supplier_invoices", "engine")
        figures = []
        for label in ("first sync", "no-change poll"):
            before = monday_requests(stack)
            polled = poll(stack.ctx, sync_id)
            push(stack.ctx, sync_id)
            figures.append((label, polled.read, monday_requests(stack) - before))
        rows = list(_sandbox_rows(stack, sync_id))
        naive_board = stack.monday_client().create_board("naive").id
        naive_first = naive_sync(stack, naive_board, rows)
        naive_again = naive_sync(stack, naive_board, rows)
    (_, _, r1), (_, _, r2) = figures
    print(f"    engine  first sync     {r1 / first_sync:6.3f} requests/record "
          f"({r1} requests; includes provisioning the board's columns)")
    print(f"    engine  no-change poll {r2 / first_sync:6.3f} requests/record ({r2} requests)")
    print(f"    naive   first sync     {naive_first / first_sync:6.3f} requests/record")
    print(f"    naive   no-change poll {naive_again / first_sync:6.3f} requests/record")
    print(f"    first sync: the engine sends {naive_first / max(1, r1):.0f}x fewer requests")


def _sandbox_rows(stack: LocalStack, sync_id: int) -> Any:
    """The same SYSPRO rows the engine read, through the same reader."""
    from store.board_syncs import load_spec

    with stack.runtime.db.session() as session:
        spec = load_spec(session, stack.runtime.secret_box, sync_id)
    return stack.ctx.reader_factory(spec).read("supplier_invoices")


# --- (c) freshness --------------------------------------------------------------------------


def part_c(redis_url: str, postings: int) -> None:
    print("(c) freshness: posting in SYSPRO -> item on the board, interval 5 min at 60x speed")
    speed = 60
    env_extra = {**WINDOW_ENV, "SYNC_CLOCK_SPEED": str(speed)}
    os.environ.update(env_extra)
    seed = SeedSize(suppliers=20, customers=5, supplier_invoices=200, purchase_orders=5,
                    customer_invoices=5, stock_items=5, gl_accounts=5)
    workdir = Path(tempfile.mkdtemp(prefix="bench-fresh-"))
    cfg = config(workdir, redis_url)
    with local_stack(cfg, seed, clock_speed=float(speed), board_mutations_per_minute=200) as st:
        sync_id, board_id = st.add_board_sync("supplier_invoices", "fresh", interval_minutes=5)
        env = {**os.environ, **cfg, **env_extra, "MONDAY_API_URL": st.monday.api_url,
               "ALLOW_LOOPBACK": "true"}
        python = sys.executable
        procs = [
            subprocess.Popen([python, "-m", "rq.cli", "worker", "--url", redis_url, "default"],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            subprocess.Popen([python, "-m", "rq.cli", "cron", "jobs.cron_config", "--url",
                              redis_url], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL),
        ]
        with st.runtime.db.session() as session:
            # Due now, so the sped-up schedule's polls run every 5 s from the start.
            poll_soon(session, st.account_id, sync_id, utcnow())
        try:
            _wait_items(st, board_id, 200, timeout=120)
            latencies = []
            for n in range(postings):
                time.sleep(1.3 * (n % 4))  # post at different points of the interval
                posted = time.monotonic()
                requests.post(f"{st.syspro.base_url}/_sandbox/ap-invoices", timeout=10, json={
                    "supplier": "0000001", "invoice": f"FRESH{n:04d}", "amount": "10.00",
                }).raise_for_status()
                _wait_items(st, board_id, 201 + n, timeout=60)
                latencies.append(time.monotonic() - posted)
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(timeout=10)
    interval = 5 * 60 / speed
    mean = sum(latencies) / len(latencies)
    print(f"    {len(latencies)} postings: mean {mean:.2f}s, max {max(latencies):.2f}s "
          f"(interval {interval:.0f}s; mean / interval = {mean / interval:.2f}; "
          f"real-time equivalent mean {mean * speed / 60:.1f} min)")


def _wait_items(stack: LocalStack, board_id: str, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    url = f"{stack.monday.url}/_sandbox/boards/{board_id}/items"
    while time.monotonic() < deadline:
        body = requests.get(url, timeout=10).json()
        items = body["items"] if isinstance(body, dict) else body
        if len(items) >= count:
            return
        time.sleep(0.1)
    raise SystemExit(f"board {board_id} did not reach {count} items in {timeout}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--first-sync", type=int, default=2000)
    parser.add_argument("--postings", type=int, default=6)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    parser.add_argument("--changes", type=int, default=240)
    parser.add_argument("--parts", default="abcd", help="which parts to run, e.g. 'ab'")
    args = parser.parse_args()
    embedded = None
    if not args.redis_url:
        embedded = EmbeddedRedis().start()
        args.redis_url = embedded.url
    try:
        if "a" in args.parts:
            part_a(args.records, args.small)
        if "b" in args.parts:
            part_b(args.redis_url, args.first_sync)
        if "c" in args.parts:
            part_c(args.redis_url, args.postings)
        if "d" in args.parts:
            part_d(args.redis_url, args.changes, config)
    finally:
        if embedded:
            embedded.stop()


if __name__ == "__main__":
    main()
