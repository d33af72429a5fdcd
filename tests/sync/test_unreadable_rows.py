"""One malformed SYSPRO row among 1,000 fails alone, named by its key; the other 999 land.
When SYSPRO's row is fixed, the next poll clears the failure and the record lands too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from sandbox.syspro.seed import SeedSize
from store.audit import AuditFilter, query
from store.models import BoardSync, SyncRecord
from tests.sync.conftest import make_engine_env
from tests.sync.test_change_detection import Sync, _control

THOUSAND = SeedSize(suppliers=20, customers=5, supplier_invoices=1000, purchase_orders=5,
                    customer_invoices=5, stock_items=5, gl_accounts=5)


@pytest.fixture(params=["comfnd", "odata"])
def big_env(request, app_config, monkeypatch) -> Iterator[Any]:
    yield from make_engine_env(app_config, monkeypatch, seed=THOUSAND,
                               odata=request.param == "odata")


@pytest.mark.slow
def test_a_malformed_row_among_a_thousand_fails_alone(big_env) -> None:
    env = big_env
    rows = env.syspro.app.state.data.table("ApInvoice").rows
    assert len(rows) == 1000
    bad = rows[417]
    key = f"{bad['Supplier']}|{bad['Invoice']}"
    _control(env)("PATCH", "tables/ApInvoice/rows", {
        "key": [bad["Supplier"], bad["Invoice"]], "changes": {"MthInvBal2": "Infinity"},
    })
    sync = Sync(env, "supplier_invoices")  # the first poll and push
    board = sync.board()
    assert len(board) == 999 and key not in board
    with env.runtime.db.session() as session:
        record = session.scalars(sa.select(SyncRecord).where(SyncRecord.syspro_key == key)).one()
        health = session.get(BoardSync, sync.id)
        events = [e for e in query(session, AuditFilter(account_id=env.account_id,
                                                        actions=("failed",), limit=10))]
    assert record.state == "failed"
    assert repr(key) in record.last_error and "MthInvBal2" in record.last_error
    assert "Infinity" in record.last_error
    assert health.health == "failing" and "1 record failing" in health.health_reason
    assert [e.syspro_id for e in events] == [key]
    assert sync.cycle() == 0  # still broken: nothing new, no second audit event

    _control(env)("PATCH", "tables/ApInvoice/rows", {
        "key": [bad["Supplier"], bad["Invoice"]], "changes": {"MthInvBal2": "0.00"},
    })
    assert sync.cycle() == 1
    assert key in sync.board() and len(sync.board()) == 1000
    with env.runtime.db.session() as session:
        assert session.get(BoardSync, sync.id).health == "ok"
