"""The product end to end: both sandboxes over real HTTP, a real RQ worker process on Redis.

First sync of 1,000 supplier invoices and 300 purchase orders (through ingest_items: more than
MONDAY_INGEST_MIN_RECORDS new records); then 50 new invoices and 20 payments (mutations); then
nothing; then the worker's whole process tree (work horse included) killed with SIGKILL
half-way through a push of mutations, and a new worker settling the board.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal

import pytest
import requests
from rq import Queue
from rq.registry import StartedJobRegistry

from jobs.declare import QUEUE_NAME
from jobs.sync_jobs import poll_board_sync
from jobs.worker import WORKER_ARGS
from sandbox.syspro.seed import SeedSize
from store.audit import AuditFilter, query
from store.board_syncs import load_spec
from store.outbox import outbox_counts
from tests.processes import kill_tree
from tests.sync.conftest import EngineEnv, make_engine_env

pytestmark = pytest.mark.slow

SEED = SeedSize(suppliers=40, customers=20, supplier_invoices=1000, purchase_orders=300,
                customer_invoices=20, stock_items=20, gl_accounts=10)
FAST_CAP = 200  # mutations per board per (one-second) minute for the bulk phases


@pytest.fixture
def env(app_config, monkeypatch):
    yield from make_engine_env(app_config, monkeypatch, seed=SEED,
                               board_mutations_per_minute=FAST_CAP)


class Worker:
    def __init__(self, env: EngineEnv, cap: int, **extra: str) -> None:
        settings = env.runtime.settings
        self.env = {
            **os.environ,
            "APP_ENV": "testing",
            "DATABASE_URL": settings.database_url,
            "REDIS_URL": settings.redis_url or "",
            "SECRET_KEY": settings.secret_key,
            "ENCRYPTION_KEYS": ",".join(settings.encryption_keys),
            "INSTANCE_PATH": str(settings.instance_path),
            "MONDAY_API_URL": env.monday.api_url,
            "ALLOW_LOOPBACK": "true",
            "MONDAY_PACE_WINDOW_SECONDS": "1",
            "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": str(cap),
            **extra,
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Worker:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rq.cli", "worker", *WORKER_ARGS, "--url",
             self.env["REDIS_URL"], QUEUE_NAME],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return self

    def kill_tree(self) -> list[int]:
        """SIGKILL the worker and its work horse (which rq puts in a group of its own), as a
        machine dying would: the push really stops half-way."""
        assert self.process is not None
        killed = kill_tree(self.process.pid)
        self.process.wait(timeout=10)
        return killed

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def settle(env: EngineEnv, sync_ids: list[int], timeout: float = 120) -> None:
    """Wait until the queue is empty, no job runs, and nothing waits in the outboxes."""
    queue = Queue(QUEUE_NAME, connection=env.runtime.redis)
    started = StartedJobRegistry(queue=queue)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with env.runtime.db.session() as session:
            waiting = sum(
                outbox_counts(session, i).get("pending", 0) for i in sync_ids
            )
        if not waiting and queue.count == 0 and started.count == 0:
            return
        time.sleep(0.2)
    raise AssertionError(f"not settled after {timeout}s: {waiting} pending, {queue.count} queued")


def poll_all(env: EngineEnv, sync_ids: list[int]) -> None:
    for sync_id in sync_ids:
        poll_board_sync.enqueue(env.runtime.redis, sync_id)


def board_items(env: EngineEnv, board_id: str) -> list[dict]:
    body = requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=30).json()
    return body["items"] if isinstance(body, dict) else body


def mutations(env: EngineEnv) -> dict[str, int]:
    return requests.get(f"{env.monday.url}/_sandbox/stats", timeout=10).json()[
        "mutations_by_board"
    ]


def column_texts(item: dict) -> dict[str, str]:
    return {cid: cv.get("text") for cid, cv in item["column_values"].items()}


def test_first_sync_changes_and_a_killed_worker(env: EngineEnv) -> None:
    invoices_sync, invoices_board = env.add_board_sync("supplier_invoices", "AP invoices")
    orders_sync, orders_board = env.add_board_sync("purchase_orders", "Purchase orders")
    syncs = [invoices_sync, orders_sync]
    syspro = env.syspro.app.state.data
    worker = Worker(env, FAST_CAP).start()
    try:
        # --- first sync: exactly 1,300 items with the right values ----------------------
        poll_all(env, syncs)
        settle(env, syncs)
        invoices = {r["Supplier"] + "|" + r["Invoice"]: r for r in syspro.table("ApInvoice").rows}
        items = board_items(env, invoices_board)
        assert len(items) == 1000 == len(invoices)
        assert len(board_items(env, orders_board)) == 300
        with env.runtime.db.session() as session:
            columns = load_spec(session, env.runtime.secret_box, invoices_sync).provisioned_columns
        by_id = {column_texts(i)[columns["syspro_id"]["id"]]: column_texts(i) for i in items}
        assert set(by_id) == set(invoices)
        for key, row in invoices.items():
            texts = by_id[key]
            assert Decimal(texts[columns["amount"]["id"]]) == row["OrigInvValue"]
            balance = row["MthInvBal1"] + row["MthInvBal2"] + row["MthInvBal3"]
            assert Decimal(texts[columns["balance"]["id"]]) == balance
            assert texts[columns["invoice_date"]["id"]] == row["InvoiceDate"].isoformat()
            expected = "Paid" if balance == 0 else (
                "Part paid" if abs(balance) < abs(row["OrigInvValue"]) else "Open")
            assert texts[columns["status"]["id"]] == expected

        # --- 50 new invoices and 20 payments: 50 creates, 20 updates, nothing else ------
        before = mutations(env)
        open_invoices = [r for r in invoices.values() if r["MthInvBal1"] > 0][:20]
        for n in range(50):
            requests.post(f"{env.syspro.base_url}/_sandbox/ap-invoices", timeout=10, json={
                "supplier": open_invoices[0]["Supplier"], "invoice": f"NEW{n:05d}",
                "amount": "100.00"}).raise_for_status()
        for row in open_invoices:
            requests.post(f"{env.syspro.base_url}/_sandbox/payments", timeout=10, json={
                "supplier": row["Supplier"], "invoice": row["Invoice"],
                "amount": "1.00"}).raise_for_status()
        poll_all(env, syncs)
        settle(env, syncs)
        after = mutations(env)
        # 50 creates + 20 column changes + 20 "payment posted" updates on the items.
        assert after.get(invoices_board, 0) - before.get(invoices_board, 0) == 90
        assert after.get(orders_board, 0) == before.get(orders_board, 0)
        with env.runtime.db.session() as session:
            actions = Counter(e.action for e in query(session, AuditFilter(
                account_id=env.account_id, board_sync_id=invoices_sync, limit=100_000)))
        assert actions["created"] == 1050 and actions["updated"] == 20

        # --- a third poll sends nothing --------------------------------------------------
        poll_all(env, syncs)
        settle(env, syncs)
        assert mutations(env) == after

        # --- SIGKILL in the middle of a push ---------------------------------------------
        worker.stop()
        # Killed in the middle of mutations (a killed ingest job: tests/sync/test_ingest.py).
        slow = Worker(env, 40, MONDAY_INGEST_ENABLED="false").start()
        for n in range(200):
            requests.post(f"{env.syspro.base_url}/_sandbox/ap-invoices", timeout=10, json={
                "supplier": open_invoices[1]["Supplier"], "invoice": f"KILL{n:05d}",
                "amount": "75.00"}).raise_for_status()
        poll_all(env, syncs)
        deadline = time.monotonic() + 60
        while mutations(env).get(invoices_board, 0) - after.get(invoices_board, 0) < 60:
            assert time.monotonic() < deadline, "the push never got going"
            time.sleep(0.05)
        assert len(slow.kill_tree()) == 2, "the worker and the work horse running the push"
        at_kill = len(board_items(env, invoices_board))
        time.sleep(2)  # a surviving work horse would go on writing meanwhile
        assert len(board_items(env, invoices_board)) == at_kill < 1250, "the push lived on"
        worker = Worker(env, FAST_CAP).start()
        poll_all(env, syncs)  # what the schedule does next
        settle(env, syncs)
    finally:
        worker.stop()

    items = board_items(env, invoices_board)
    ids = Counter(column_texts(i)[columns["syspro_id"]["id"]] for i in items)
    assert len(items) == 1250, "none missing, none doubled"
    assert all(count == 1 for count in ids.values())
    with env.runtime.db.session() as session:
        created = Counter(e.syspro_id for e in query(session, AuditFilter(
            account_id=env.account_id, board_sync_id=invoices_sync, actions=("created",),
            limit=100_000)))
    assert len(created) == 1250 and set(created) == set(ids)
