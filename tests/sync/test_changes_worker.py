"""Change detection through the real thing: an RQ worker process on Redis, both sandboxes
over real HTTP. A mixed set of changes whose dates do not move (or move backwards) is on the
board after one poll of each sync, and the next polls make no monday call."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sandbox.syspro.seed import ANCHOR
from tests.sync.conftest import make_engine_env
from tests.sync.test_change_detection import _board, _cancel_po, _control, _open_po
from tests.sync.test_end_to_end_worker import Worker, mutations, poll_all, settle

pytestmark = pytest.mark.slow


@pytest.fixture
def env(app_config, monkeypatch):
    yield from make_engine_env(app_config, monkeypatch, board_mutations_per_minute=200)


def test_a_mixed_change_set_arrives_after_one_poll(env) -> None:
    control = _control(env)
    control("POST", "ap-invoices", {"supplier": " 00010", "invoice": "EDGE-1",
                                    "amount": "500.00", "invoice_date": ANCHOR.isoformat()})
    control("POST", "ap-invoices", {"supplier": " 00010", "invoice": "OLD-1", "amount": "80.00",
                                    "invoice_date": (ANCHOR - timedelta(days=200)).isoformat()})
    _open_po(control, ANCHOR - timedelta(days=300))
    syncs = {entity: env.add_board_sync(entity, entity)
             for entity in ("supplier_invoices", "purchase_orders", "customers")}
    ids = [sync_id for sync_id, _ in syncs.values()]
    worker = Worker(env, 200).start()
    try:
        poll_all(env, ids)
        settle(env, ids)
        control("POST", "payments", {"supplier": " 00010", "invoice": "EDGE-1",
                                     "amount": "500.00", "journal_date": ANCHOR.isoformat()})
        control("POST", "payments", {"supplier": " 00010", "invoice": "OLD-1",
                                     "amount": "80.00",
                                     "journal_date": (ANCHOR - timedelta(days=30)).isoformat()})
        _cancel_po(control)
        control("PATCH", "tables/ArCustomerBal/rows", {
            "key": ["C00001"], "changes": {"CurrentBalance1": "4321.09"}})
        late = (ANCHOR - timedelta(days=120)).isoformat()
        control("POST", "ap-invoices", {"supplier": "SUP0002", "invoice": "LATE-1",
                                        "amount": "12.00", "invoice_date": late})
        poll_all(env, ids)
        settle(env, ids)

        invoices = _board(env, *syncs["supplier_invoices"])
        assert invoices[" 00010|EDGE-1"]["status"] == "Paid"
        assert invoices[" 00010|OLD-1"]["status"] == "Paid"
        assert invoices["SUP0002|LATE-1"]["status"] == "Open"
        assert _board(env, *syncs["purchase_orders"])["PO-CXL"]["status"] == "Cancelled"
        assert "4321.09" in _board(env, *syncs["customers"])["C00001"].values()

        before = mutations(env)
        for _ in range(2):
            poll_all(env, ids)
            settle(env, ids)
        assert mutations(env) == before, "quiet polls must make no monday call"
    finally:
        worker.stop()
