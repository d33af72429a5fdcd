"""Ctrl-C during a push: `ml-connector run` stops within 10 s with nothing left running, and
the next start on the same instance completes the push with no item doubled.

The sandboxes run in this test (threads), so the monday board outlives both starts, as a
real board would; the connector's database is the instance's SQLite file.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import requests

from jobs.embedded_redis import free_port
from sandbox.harness import LocalStack, local_stack
from sandbox.syspro.seed import SeedSize
from store.board_syncs import load_spec, poll_soon
from store.outbox import outbox_counts
from store.types import utcnow
from sync.mapping import build_mapping, map_record
from tests.commands import Command, assert_stopped_cleanly

pytestmark = pytest.mark.slow

SEED = SeedSize(suppliers=10, customers=5, supplier_invoices=150, purchase_orders=5,
                customer_invoices=5, stock_items=5, gl_accounts=5)
RUN_ENV = {
    "APP_ENV": "development",
    "ALLOW_LOOPBACK": "true",
    "SYNC_CLOCK_SPEED": "10",  # the schedule every 6 s, a 5-minute interval in 30 s
    "SYNC_PUSH_BATCH_SIZE": "5",
    "MONDAY_PACE_WINDOW_SECONDS": "1",
    "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": "20",  # per (one-second) window: a 8 s push
}


def test_ctrl_c_during_a_push_and_the_next_start_completes_it(tmp_path: Path,
                                                              redis_url: str) -> None:
    instance = tmp_path / "instance"
    database_url = f"sqlite:///{instance / 'ml-connector.db'}"
    config = {"APP_ENV": "development", "INSTANCE_PATH": str(instance), "REDIS_URL": redis_url,
              "DATABASE_URL": database_url}
    with local_stack(config, SEED, board_mutations_per_minute=None) as stack:
        sync_id, board_id = stack.add_board_sync("supplier_invoices", "Invoices",
                                                 interval_minutes=5)
        with stack.runtime.db.session() as session:
            poll_soon(session, stack.account_id, sync_id, utcnow())
        env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
        env |= RUN_ENV | {"INSTANCE_PATH": str(instance), "DATABASE_URL": database_url,
                          "MONDAY_API_URL": stack.monday.api_url}

        first, port = _start(tmp_path, env)
        try:
            deadline = time.monotonic() + 120
            while len(_items(stack, board_id)) < 20:
                first.assert_running(deadline)
                time.sleep(0.2)
            seconds = first.ctrl_c()
            assert_stopped_cleanly(first, seconds, [port])
            # Stopped, not waited for: rq's warm shutdown alone would let the push finish.
            assert len(_items(stack, board_id)) < SEED.supplier_invoices
        finally:
            _cleanup(first)

        second, port = _start(tmp_path, env)
        try:
            expected = _syspro_keys(stack, sync_id)
            id_column = _id_column(stack, sync_id)
            deadline = time.monotonic() + 120
            while not _complete(stack, sync_id, board_id, len(expected)):
                second.assert_running(deadline)
                time.sleep(0.5)
            ids = Counter(item["column_values"][id_column]["text"]
                          for item in _items(stack, board_id))
            assert set(ids) == set(expected) and max(ids.values()) == 1, ids.most_common(3)
            assert_stopped_cleanly(second, second.ctrl_c(), [port])
        finally:
            _cleanup(second)


def _start(cwd: Path, env: dict[str, str]) -> tuple[Command, int]:
    port = free_port()
    return Command.start(["run", "--port", str(port)], cwd, env), port


def _cleanup(command: Command) -> None:
    if command.proc.poll() is None or command.left():
        command.kill()


def _items(stack: LocalStack, board_id: str) -> list[dict[str, Any]]:
    url = f"{stack.monday.url}/_sandbox/boards/{board_id}/items"
    body = requests.get(url, timeout=30).json()
    return list(body["items"] if isinstance(body, dict) else body)


def _syspro_keys(stack: LocalStack, sync_id: int) -> list[str]:
    with stack.runtime.db.session() as session:
        spec = load_spec(session, stack.runtime.secret_box, sync_id)
    mapping = build_mapping(spec.entity, spec.column_mapping)
    reader = stack.ctx.reader_factory(spec)
    return [map_record(row, mapping).key for row in reader.read(spec.entity)]


def _id_column(stack: LocalStack, sync_id: int) -> str:
    with stack.runtime.db.session() as session:
        spec = load_spec(session, stack.runtime.secret_box, sync_id)
    return str((spec.provisioned_columns or {})["syspro_id"]["id"])


def _complete(stack: LocalStack, sync_id: int, board_id: str, records: int) -> bool:
    with stack.runtime.db.session() as session:
        pending = outbox_counts(session, sync_id).get("pending", 0)
    return not pending and len(_items(stack, board_id)) >= records
