"""First import benchmark: 5,000 supplier invoices by ingest_items against plain mutations.

    python bench/first_import.py [--invoices 5000] [--speed 120] [--redis-url URL]

One run, one SYSPRO sandbox, one monday sandbox at monday's documented limits (5,000,000
complexity a minute, 10,000 rows a job, 19,000 ingest items an hour per account) with the
product's default cap of 40 mutations per board per minute. Two board syncs of the same
invoices (first_sync "all"): one pushed with ingest_items, one with ingest turned off
(MONDAY_INGEST_ENABLED=false), each polled then pushed until nothing is left.

The clock is scaled: the monday sandbox runs `--speed` times faster than real time and the
pacer's minute is shortened to match, so a monday minute lasts 60/speed real seconds. The push
figures are converted back to monday minutes (real seconds x speed / 60); the connector's own
CPU time is scaled up with them, so the figures overstate both paths (more so the faster the
clock: keep --speed low). The poll (reading SYSPRO and staging, CPU-bound and not paced by
monday) is printed in real seconds apart.
The sandbox processes ingest rows at 2,000 a minute (its own assumption: monday publishes no
processing speed). Afterwards every item of both boards is checked against SYSPRO.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from bench.sync_engine import config  # noqa: E402
from jobs.embedded_redis import EmbeddedRedis  # noqa: E402
from sandbox.harness import LocalStack, local_stack  # noqa: E402
from sandbox.syspro.seed import SeedSize  # noqa: E402
from store.board_syncs import load_spec  # noqa: E402
from store.outbox import outbox_counts  # noqa: E402
from sync.poll import poll  # noqa: E402
from sync.push import push  # noqa: E402
from syspro.entities import CATALOGUE, make_transaction_id  # noqa: E402

GOAL_MINUTES = 15.0


def first_import(stack: LocalStack, name: str, speed: float, ingest: bool) -> dict:
    os.environ["MONDAY_INGEST_ENABLED"] = "true" if ingest else "false"
    sync_id, board_id = stack.add_board_sync("supplier_invoices", name, first_sync="all")
    started = time.monotonic()
    polled = poll(stack.ctx, sync_id)
    poll_seconds = time.monotonic() - started
    started = time.monotonic()
    created = ingested = failed = 0
    while True:
        result = push(stack.ctx, sync_id)
        created, ingested, failed = (created + result.created, ingested + result.ingested,
                                     failed + result.failed)
        if not result.remaining:
            break
    push_seconds = time.monotonic() - started
    with stack.runtime.db.session() as session:
        counts = outbox_counts(session, sync_id)
    return {"sync_id": sync_id, "board_id": board_id, "read": polled.read,
            "poll_seconds": poll_seconds, "push_seconds": push_seconds,
            "push_minutes": push_seconds * speed / 60.0,
            "created": created, "ingested": ingested, "failed": failed, "counts": counts}


def check_against_syspro(stack: LocalStack, run: dict) -> int:
    """Items on the board that do not match SYSPRO (name, amount, item id kept locally)."""
    with stack.runtime.db.session() as session:
        spec = load_spec(session, stack.runtime.secret_box, run["sync_id"])
    columns = {key: c["id"] for key, c in spec.provisioned_columns.items()}
    body = requests.get(f"{stack.monday.url}/_sandbox/boards/{run['board_id']}/items",
                        timeout=60).json()
    items = body["items"] if isinstance(body, dict) else body
    by_key = {i["column_values"][columns["syspro_id"]]["text"]: i for i in items}
    keys = CATALOGUE["supplier_invoices"].keys
    wrong = abs(len(items) - len(stack.syspro.app.state.data.table("ApInvoice").rows))
    for row in stack.syspro.app.state.data.table("ApInvoice").rows:
        item = by_key.get(make_transaction_id([str(row[k]) for k in keys]))
        amount = item and Decimal(item["column_values"][columns["amount"]]["text"] or "0")
        if item is None or amount != Decimal(str(row["OrigInvValue"])) or \
                str(row["Invoice"]).strip() not in item["name"]:
            wrong += 1
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--invoices", type=int, default=5000)
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    args = parser.parse_args()
    os.environ.update({"MONDAY_PACE_WINDOW_SECONDS": str(60.0 / args.speed),
                       "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": "40"})
    embedded = None if args.redis_url else EmbeddedRedis().start()
    redis_url = args.redis_url or embedded.url  # type: ignore[union-attr]
    seed = SeedSize(suppliers=200, customers=5, supplier_invoices=args.invoices,
                    purchase_orders=5, customer_invoices=5, stock_items=5, gl_accounts=5)
    workdir = Path(tempfile.mkdtemp(prefix="bench-first-import-"))
    try:
        with local_stack(config(workdir, redis_url), seed, clock_speed=args.speed,
                         board_mutations_per_minute=40, complexity_per_minute=5_000_000
                         ) as stack:
            stack.ctx.enqueue_push = None
            runs = {"ingest_items": first_import(stack, "by ingest", args.speed, True),
                    "mutations": first_import(stack, "by mutations", args.speed, False)}
            wrong = {label: check_against_syspro(stack, run) for label, run in runs.items()}
    finally:
        if embedded:
            embedded.stop()
    print(f"First import of {args.invoices:,} supplier invoices (clock x{args.speed:g}; "
          f"40 mutations/board/minute; figures in monday minutes)")
    for label, run in runs.items():
        print(f"    {label:<13} push {run['push_minutes']:7.1f} min "
              f"({run['push_seconds']:6.1f} s real)   poll "
              f"{run['poll_seconds']:5.1f} s real   created {run['created']:,} (by ingest "
              f"{run['ingested']:,})   failed {run['failed']}   not matching SYSPRO "
              f"{wrong[label]}")
    ratio = runs["mutations"]["push_minutes"] / max(runs["ingest_items"]["push_minutes"], 1e-9)
    verdict = "met" if runs["ingest_items"]["push_minutes"] <= GOAL_MINUTES else "MISSED"
    print(f"    ingest_items is {ratio:.1f}x faster; goal <= {GOAL_MINUTES:g} min: {verdict}")


if __name__ == "__main__":
    main()
