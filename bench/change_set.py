"""Part (d) of bench/sync_engine.py: change detection over a mixed change set.

The same deterministic set of SYSPRO changes is made twice, once against a connection whose
polls use the rowversion cursor and once against one forced to the date window (the baseline),
each on its own pair of sandboxes. Changes: full payments on the cursor date, payments
journalled 30 days back, partial payments, customer payments, cancelled purchase orders with
old order dates, renamed suppliers, customer balance changes, invoices posted 120 days back.

Printed per cursor: changes on the board after one poll / changes made (1.00 = nothing missed;
a change is on the board when the nightly compare finds nothing to repair for it), SYSPRO rows
read by the poll that saw the changes and by the quiet polls after it, and the drift the
nightly compare then repairs.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

from sandbox.harness import LocalStack, local_stack
from sandbox.syspro.seed import ANCHOR, SeedSize
from store.models import SysproConnection
from sync.poll import poll
from sync.push import push
from sync.reconcile import reconcile

ENTITIES = ("supplier_invoices", "customer_invoices", "purchase_orders", "suppliers",
            "customers")
SEED = SeedSize(suppliers=60, customers=60, supplier_invoices=1200, purchase_orders=300,
                customer_invoices=600, stock_items=5, gl_accounts=5)
Control = Callable[[str, str, dict[str, Any]], Any]


def _control(stack: LocalStack) -> Control:
    def call(method: str, path: str, body: dict[str, Any]) -> Any:
        response = requests.request(method, f"{stack.syspro.base_url}/_sandbox/{path}",
                                    json=body, timeout=30)
        response.raise_for_status()
        return response.json()

    return call


def _tables(stack: LocalStack) -> Any:
    return stack.syspro.app.state.data


def make_changes(stack: LocalStack, count: int, rng: random.Random) -> int:
    """The mixed change set; returns how many records it changed (each record once)."""
    control, data = _control(stack), _tables(stack)
    ap = [r for r in data.table("ApInvoice").rows if r["MthInvBal1"] > 0]
    ar = [r for r in data.table("ArInvoice").rows if r["InvoiceBal1"] > 0]
    pos = [r for r in data.table("PorMasterHdr").rows if r["OrderStatus"] not in ("9", "*")]
    suppliers, customers = data.table("ApSupplier").rows, data.table("ArCustomer").rows
    share = max(1, count // 8)
    changed = 0
    for n, invoice in enumerate(rng.sample(ap, 3 * share)):
        kind = n % 3  # full on the cursor date / full journalled 30 days back / partial
        amount = invoice["MthInvBal1"] if kind < 2 else (invoice["MthInvBal1"] / 2).quantize(
            invoice["MthInvBal1"])
        day = ANCHOR - timedelta(days=30 if kind == 1 else 0)
        control("POST", "payments", {"supplier": invoice["Supplier"],
                                     "invoice": invoice["Invoice"], "amount": str(amount),
                                     "journal_date": day.isoformat()})
        changed += 1
    for invoice in rng.sample(ar, share):
        control("POST", "payments", {"ledger": "ar", "customer": invoice["Customer"],
                                     "invoice": invoice["Invoice"],
                                     "document_type": invoice["DocumentType"],
                                     "amount": str(invoice["InvoiceBal1"]),
                                     "journal_date": ANCHOR.isoformat()})
        changed += 1
    for order in rng.sample(pos, share):
        control("PATCH", "tables/PorMasterHdr/rows", {
            "key": [order["PurchaseOrder"]], "changes": {"OrderStatus": "*",
                                                          "CancelledFlag": "Y"}})
        changed += 1
    for n, supplier in enumerate(rng.sample(suppliers, min(share, len(suppliers)))):
        control("PATCH", "tables/ApSupplier/rows", {
            "key": [supplier["Supplier"]], "changes": {"SupplierName": f"Renamed {n}"}})
        changed += 1
    for n, customer in enumerate(rng.sample(customers, min(share, len(customers)))):
        control("PATCH", "tables/ArCustomerBal/rows", {
            "key": [customer["Customer"]], "changes": {"CurrentBalance1": f"{1000 + n}.25"}})
        changed += 1
    day = ANCHOR - timedelta(days=120)
    for n in range(count - changed):
        supplier = suppliers[n % len(suppliers)]["Supplier"]
        control("POST", "ap-invoices", {"supplier": supplier, "invoice": f"LATE{n:05d}",
                                        "amount": "99.50", "invoice_date": day.isoformat()})
        if n % 2:  # entered late and already settled when the poll comes
            control("POST", "payments", {"supplier": supplier, "invoice": f"LATE{n:05d}",
                                         "amount": "99.50", "journal_date": day.isoformat()})
        changed += 1
    return changed


def _cycle(stack: LocalStack, syncs: dict[str, int]) -> int:
    """Poll and push every board sync once; SYSPRO rows read."""
    read = 0
    for sync_id in syncs.values():
        read += poll(stack.ctx, sync_id).read
        push(stack.ctx, sync_id)
    return read


def run_cursor(redis_url: str, config: dict[str, str], cursor: str, changes: int) -> dict:
    with local_stack(config, SEED, clock_speed=60.0, board_mutations_per_minute=600) as stack:
        stack.ctx.enqueue_push = None
        with stack.runtime.db.session() as session:
            session.execute(sa.update(SysproConnection).values(
                options={"change_cursor": cursor}))
        syncs = {e: stack.add_board_sync(e, e)[0] for e in ENTITIES}
        # The first poll reads everything; the second re-reads what the first saw change (the
        # lag); then a quiet poll reads what it must (0 with rowversions).
        warm_up = [_cycle(stack, syncs) for _ in range(3)]
        quiet_before = warm_up[-1]
        made = make_changes(stack, changes, random.Random(20261202))
        read_changes = _cycle(stack, syncs)
        missed = sum(reconcile(stack.ctx, s).drift for s in syncs.values())
        lag_read = _cycle(stack, syncs)  # pushes what the compare repaired
        quiet_after = [_cycle(stack, syncs) for _ in range(2)]
        drift_after = sum(reconcile(stack.ctx, s).drift for s in syncs.values())
    return {"made": made, "missed": missed, "read_changes": read_changes, "warm_up": warm_up,
            "lag_read": lag_read, "quiet_before": quiet_before, "quiet_after": quiet_after,
            "drift_after": drift_after}


def part_d(redis_url: str, changes: int, config: Callable[[Path, str], dict[str, str]]) -> None:
    print(f"(d) change detection: a mixed set of {changes} SYSPRO changes over "
          f"{len(ENTITIES)} board syncs, rowversion cursor vs date window")
    os.environ.update({"MONDAY_PACE_WINDOW_SECONDS": "1"})
    for cursor in ("rowversion", "date"):
        workdir = Path(tempfile.mkdtemp(prefix=f"bench-changes-{cursor}-"))
        figures = run_cursor(redis_url, config(workdir, redis_url), cursor, changes)
        made, missed = figures["made"], figures["missed"]
        caught = (made - missed) / made
        rows = figures["read_changes"]
        print(f"    {cursor:>10}: changes on the board after one poll / made {caught:.2f} "
              f"({made - missed}/{made}); drift repaired by the nightly compare {missed}, "
              f"after repair {figures['drift_after']}")
        print(f"    {'':>10}  SYSPRO rows read: first polls "
              f"{' / '.join(f'{n:,}' for n in figures['warm_up'])}; poll with the changes "
              f"{rows:,} ({rows / made:.1f} per change); the poll after it "
              f"{figures['lag_read']:,}; "
              f"quiet polls after {' / '.join(f'{n:,}' for n in figures['quiet_after'])}")
