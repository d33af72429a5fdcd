"""Complexity points per record, from monday's own `complexity` answers.

    python bench/complexity.py [--records 2000] [--updates 200] [--redis-url URL]

The real engine (poll + push) against the two sandboxes over real HTTP; the monday sandbox
prices every request and answers `complexity {query before after}` as monday does, and its
`/_sandbox/stats` sums the points per operation name. Three scenarios, one run:

(1) a first sync of N supplier invoices to a new, empty board;
(2) payments posted in SYSPRO on M of them, and the poll that brings them;
(3) a first sync to a board that already held items (taken over, or items imported by hand):
    with a create whose outcome a crash left unknown, the only case where the engine looks
    items up by SYSPRO id before creating.

Printed: points per created and per updated record, the share of lookups in each first sync
(goal: at most 10 %), and next to monday's budgets per minute for an app token (5,000,000 for
writes and 5,000,000 for reads, FACTS §2) the records per minute those budgets allow.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from bench.sync_engine import WINDOW_ENV, config  # noqa: E402
from jobs.embedded_redis import EmbeddedRedis  # noqa: E402
from sandbox.harness import LocalStack, local_stack  # noqa: E402
from sandbox.syspro.seed import ANCHOR, SeedSize  # noqa: E402
from store.models import BoardSync  # noqa: E402
from sync.poll import poll  # noqa: E402
from sync.push import push  # noqa: E402

BUDGET_PER_MINUTE = 5_000_000  # an app token's, for writes and for reads apart
LOOKUP_OPERATIONS = ("ItemsByColumnValues", "FindItems", "ItemsPageByColumnValues")


def _spent(stack: LocalStack) -> dict[str, int]:
    stats = requests.get(f"{stack.monday.url}/_sandbox/stats", timeout=10).json()
    return {name: int(points) for name, points in stats["complexity_by_operation"].items()}


def _delta(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0)}


def _sync_once(stack: LocalStack, sync_id: int) -> dict[str, int]:
    before = _spent(stack)
    poll(stack.ctx, sync_id)
    push(stack.ctx, sync_id)
    return _delta(_spent(stack), before)


def _is_lookup(name: str) -> bool:
    return name in LOOKUP_OPERATIONS or "ByColumn" in name or name.startswith("Find")


def _is_write(name: str) -> bool:
    return any(w in name for w in ("Create", "Change", "Update", "Archive", "Delete", "Webhook"))


def _split(points: dict[str, int]) -> tuple[int, int, int]:
    """(writes, lookups, other reads) of one scenario's points."""
    writes = sum(v for k, v in points.items() if _is_write(k))
    lookups = sum(v for k, v in points.items() if _is_lookup(k))
    return writes, lookups, sum(points.values()) - writes - lookups


def _pay(stack: LocalStack, count: int) -> None:
    rows = [r for r in stack.syspro.app.state.data.table("ApInvoice").rows
            if r["MthInvBal1"] > 0]
    for invoice in random.Random(7).sample(rows, min(count, len(rows))):
        requests.post(f"{stack.syspro.base_url}/_sandbox/payments", timeout=30, json={
            "supplier": invoice["Supplier"], "invoice": invoice["Invoice"],
            "amount": str(invoice["MthInvBal1"]), "journal_date": ANCHOR.isoformat()},
        ).raise_for_status()


def _board_with_items(stack: LocalStack) -> int:
    """A second board sync of the same invoices to a board that held items before the sync
    began (a board taken over, items imported by hand): the engine must look keys up."""
    sync_id, _ = stack.add_board_sync("supplier_invoices", "complexity, board had items")
    with stack.runtime.db.session() as session:
        sync = session.get(BoardSync, sync_id)
        assert sync is not None
        sync.board_had_items = True
    return sync_id


def _line(label: str, points: dict[str, int], records: int) -> tuple[int, int, int]:
    writes, lookups, reads = _split(points)
    total = writes + lookups + reads
    print(f"    {label:<34} {total / records:9,.0f} points/record "
          f"(writes {writes / records:,.0f}, lookups {lookups / records:,.0f}, "
          f"other reads {reads / records:,.0f}); lookups {lookups / max(total, 1):5.1%} "
          "of the total")
    return writes, lookups, reads


def run(redis_url: str, records: int, updates: int) -> None:
    os.environ.update(WINDOW_ENV)
    seed = SeedSize(suppliers=50, customers=5, supplier_invoices=records, purchase_orders=5,
                    customer_invoices=5, stock_items=5, gl_accounts=5)
    workdir = Path(tempfile.mkdtemp(prefix="bench-complexity-"))
    with local_stack(config(workdir, redis_url), seed, clock_speed=60.0,
                     board_mutations_per_minute=200) as stack:
        stack.ctx.enqueue_push = None
        sync_id, _ = stack.add_board_sync("supplier_invoices", "complexity")
        first = _sync_once(stack, sync_id)
        created = records
        _pay(stack, updates)
        updated = _sync_once(stack, sync_id)
        readded = _sync_once(stack, _board_with_items(stack))
    print(f"Complexity points per record, {records:,} supplier invoices "
          f"(monday sandbox prices; budgets {BUDGET_PER_MINUTE:,} a minute each)")
    w1, l1, r1 = _line("(1) first sync, empty board", first, created)
    w2, _, r2 = _line(f"(2) {updates} payments, next poll", updated, updates)
    _, l3, _ = _line("(3) first sync, board had items", readded, created)
    per_create = (w1 + l1) / created
    per_update = w2 / updates
    print(f"    writes allow {BUDGET_PER_MINUTE / per_create:,.0f} created or "
          f"{BUDGET_PER_MINUTE / per_update:,.0f} updated records a minute; reads allow "
          f"{BUDGET_PER_MINUTE / max((r1 + l1) / created, 1):,.0f} first-synced records a "
          "minute")
    print(f"    goal: lookups <= 10 % of a first sync's points: empty board "
          f"{l1 / max(w1 + l1 + r1, 1):.1%}, board with items "
          f"{l3 / max(sum(readded.values()), 1):.1%}")
    for label, points in (("first sync", first), ("payments", updated),
                          ("board had items", readded)):
        print(f"    by operation, {label}:", ", ".join(f"{k} {v:,}" for k, v in sorted(
            points.items(), key=lambda kv: -kv[1])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--updates", type=int, default=200)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    args = parser.parse_args()
    embedded = None if args.redis_url else EmbeddedRedis().start()
    try:
        run(args.redis_url or embedded.url, args.records, args.updates)  # type: ignore[union-attr]
    finally:
        if embedded:
            embedded.stop()


if __name__ == "__main__":
    main()
