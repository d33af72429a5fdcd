"""The engine against both sandboxes over real HTTP, run inline (no queue)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests

from store.audit import AuditFilter, query
from sync.poll import poll
from sync.push import push
from tests.sync.conftest import make_engine_env


def _items(env, board_id: str) -> list[dict]:
    response = requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=10)
    response.raise_for_status()
    body = response.json()
    return body["items"] if isinstance(body, dict) else body


@pytest.fixture
def env_on_each_database(app_config, database_url, monkeypatch):
    """The engine on SQLite and on PostgreSQL (when TEST_DATABASE_URL is set)."""
    yield from make_engine_env({**app_config, "DATABASE_URL": database_url}, monkeypatch)


def test_first_sync_then_payment_then_nothing(env_on_each_database) -> None:
    env = env_on_each_database
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")
    env.ctx.enqueue_push = None  # inline: we push ourselves

    first = poll(env.ctx, sync_id)
    assert first.changed == first.read - first.unchanged > 0
    pushed = push(env.ctx, sync_id)
    invoices = env.syspro.app.state.data.table("ApInvoice").rows
    assert pushed.created == len(invoices) and pushed.failed == 0
    items = _items(env, board_id)
    assert len(items) == len(invoices)

    again = poll(env.ctx, sync_id)
    assert again.changed == 0
    assert push(env.ctx, sync_id).created == 0

    open_invoice = next(r for r in invoices if r["MthInvBal1"] > 0)
    requests.post(
        f"{env.syspro.base_url}/_sandbox/payments",
        json={"supplier": open_invoice["Supplier"], "invoice": open_invoice["Invoice"],
              "amount": str(Decimal("1.00"))},
        timeout=10,
    ).raise_for_status()
    third = poll(env.ctx, sync_id)
    assert third.changed == 1
    result = push(env.ctx, sync_id)
    assert (result.created, result.updated, result.notes_posted) == (0, 1, 1)

    with env.runtime.db.session() as session:
        events = list(query(session, AuditFilter(account_id=env.account_id, limit=10_000)))
    actions = [e.action for e in events]
    assert actions.count("created") == len(invoices)
    assert actions.count("updated") == 1

    # The rest of the balance: paid in full. The payment and the status change are one update.
    item = next(i for i in _items(env, board_id) if open_invoice["Invoice"] in i["name"])
    requests.post(
        f"{env.syspro.base_url}/_sandbox/payments",
        json={"supplier": open_invoice["Supplier"], "invoice": open_invoice["Invoice"],
              "amount": str(Decimal(str(open_invoice["MthInvBal1"])))},  # the row as it is now
        timeout=10,
    ).raise_for_status()
    assert poll(env.ctx, sync_id).changed == 1
    assert push(env.ctx, sync_id).notes_posted == 1
    updates = requests.get(f"{env.monday.url}/_sandbox/items/{item['id']}/updates",
                           timeout=10).json()
    assert len(updates) == 2, [u["body"] for u in updates]  # the first payment's, and this one
    newest = max(updates, key=lambda u: int(u["id"]))["body"]
    assert newest.startswith("Payment posted in SYSPRO:") and "Balance now 0.00" in newest
    assert newest.endswith("to Paid."), newest
