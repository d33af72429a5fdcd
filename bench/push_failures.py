"""What a refused batch and an outage cost: monday requests, mutations and seconds per push.

    python bench/push_failures.py [--redis-url URL]

120 supplier invoices (batches of 25) against both sandboxes over real HTTP, one scenario per
fresh stack:

* 500x3   — the first create batch answers 500 three times; one record holds a value monday
            refuses (ColumnValueException);
* poison  — every request carrying one record answers 500 (monday chokes on that record);
* 3 poison — the same with three records of the first batch;
* down    — monday answers 500 to everything (the push must stop at once);
* writes down — reads answer, every create answers 500 (the whole halving tree, then stop).

Each row: records written / failed, requests and item mutations the push sent, seconds.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis  # noqa: E402
import requests  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402

from jobs.embedded_redis import EmbeddedRedis  # noqa: E402
from monday_api.errors import MondayUnavailable  # noqa: E402
from sandbox.harness import LocalStack, local_stack  # noqa: E402
from sandbox.syspro.seed import SeedSize  # noqa: E402
from store import outbox  # noqa: E402
from store.board_syncs import load_spec  # noqa: E402
from store.types import utcnow  # noqa: E402
from sync.poll import poll  # noqa: E402
from sync.provision import provision_board_sync  # noqa: E402
from sync.push import push  # noqa: E402

SEED = SeedSize(suppliers=20, customers=5, supplier_invoices=120, purchase_orders=5,
                customer_invoices=5, stock_items=5, gl_accounts=5)
ENV = {"MONDAY_PACE_WINDOW_SECONDS": "1", "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": "200",
       "MONDAY_BACKOFF_BASE_SECONDS": "0.05"}


def _control(stack: LocalStack, path: str, body: dict[str, Any]) -> None:
    requests.post(f"{stack.monday.url}/_sandbox/{path}", json=body, timeout=10)


def _stats(stack: LocalStack) -> tuple[int, int]:
    stats = requests.get(f"{stack.monday.url}/_sandbox/stats", timeout=10).json()
    return stats["requests"], sum(stats["mutations_by_board"].values())


def _faults(stack: LocalStack, scenario: str, first: list[str]) -> None:
    server_error: dict[str, Any] = {"kind": "server_error"}
    if scenario == "500x3":
        _control(stack, "refused_values", {"value": first[7]})
        _control(stack, "faults", {**server_error, "count": 3, "operation": "CreateItems"})
    elif scenario in ("poison", "3 poison"):
        for key in first[:1] if scenario == "poison" else first[0:25:12]:
            _control(stack, "faults", {**server_error, "count": 10_000, "match": key,
                                       "operation": "CreateItems"})
    elif scenario == "down":
        stack.ctx.settings = replace(stack.ctx.settings, lookup_before_create=False)
        _control(stack, "faults", {**server_error, "count": 100_000})
    else:
        _control(stack, "faults", {**server_error, "count": 100_000, "operation": "CreateItems"})


def scenario_row(config: dict[str, str], scenario: str) -> str:
    with local_stack(config, SEED, clock_speed=60.0, board_mutations_per_minute=200) as stack:
        sync_id, _ = stack.add_board_sync("supplier_invoices", f"bench {scenario}")
        stack.ctx.enqueue_push = None
        with stack.runtime.db.session() as session:
            spec = load_spec(session, stack.runtime.secret_box, sync_id)
        provision_board_sync(stack.ctx, spec, stack.ctx.monday_factory(spec))
        poll(stack.ctx, sync_id)
        with stack.runtime.db.session() as session:
            first = [r.key for r in outbox.due_records(session, sync_id, utcnow(), 25)]
        _faults(stack, scenario, first)
        requests_before, mutations_before = _stats(stack)
        started = time.perf_counter()
        try:
            result = push(stack.ctx, sync_id)
            outcome = f"{result.created:>4} written {result.failed:>2} failed"
        except MondayUnavailable:
            outcome = "stopped: monday unavailable"
        seconds = time.perf_counter() - started
        requests_after, mutations_after = _stats(stack)
        return (f"{scenario:<12} {outcome:<28} {requests_after - requests_before:>5} requests "
                f"{mutations_after - mutations_before:>5} mutations {seconds:>6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", default=None)
    args = parser.parse_args()
    os.environ.update(ENV)
    logging.getLogger("monday_api").setLevel(logging.ERROR)  # the retries are expected
    server = None if args.redis_url else EmbeddedRedis().start()
    try:
        for scenario in ("500x3", "poison", "3 poison", "down", "writes down"):
            with tempfile.TemporaryDirectory() as workdir:
                config = {
                    "APP_ENV": "testing", "DATABASE_URL": f"sqlite:///{workdir}/bench.db",
                    "REDIS_URL": args.redis_url or server.url,  # type: ignore[union-attr]
                    "SECRET_KEY": "bench", "INSTANCE_PATH": workdir,
                    "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
                }
                # Board ids repeat in every fresh sandbox: start each from an empty pacer.
                redis.Redis.from_url(config["REDIS_URL"]).flushdb()
                print(scenario_row(config, scenario), flush=True)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
