"""Every kind of SYSPRO change reaches the board on the first poll after it, and costs nothing
on the next one: the engine over real HTTP against both sandboxes, on COMFND and on OData.

The awkward cases are the ones whose dates do not move (a payment in full, a cancelled order,
a renamed supplier) or move backwards (a payment journalled 30 days ago, an invoice dated before
the cursor): a date window alone misses them, the rowversion cursor must not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import requests

from sandbox.syspro.seed import ANCHOR
from store.board_health import board_sync_summaries
from store.board_syncs import load_spec
from sync.poll import poll
from sync.push import push
from sync.reconcile import reconcile
from tests.sync.conftest import make_engine_env

Control = Callable[..., Any]


@pytest.fixture(params=["comfnd", "odata"])
def env(request, app_config, monkeypatch) -> Iterator[Any]:
    yield from make_engine_env(app_config, monkeypatch, odata=request.param == "odata")


def _control(env: Any) -> Control:
    def call(method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = requests.request(
            method, f"{env.syspro.base_url}/_sandbox/{path}", json=body, timeout=10
        )
        assert response.status_code < 300, response.text
        return response.json()

    return call


def _mutations(env: Any, board_id: str) -> int:
    stats = requests.get(f"{env.monday.url}/_sandbox/stats", timeout=10).json()
    return int(stats.get("mutations_by_board", {}).get(str(board_id), 0))


def _board(env: Any, sync_id: int, board_id: str) -> dict[str, dict[str, Any]]:
    """SYSPRO ID -> {"name": item name, column key: shown text}."""
    with env.runtime.db.session() as session:
        columns = load_spec(session, env.runtime.secret_box, sync_id).provisioned_columns
    by_id = {c["id"]: key for key, c in columns.items()}
    body = requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=10).json()
    items = body["items"] if isinstance(body, dict) else body
    board: dict[str, dict[str, Any]] = {}
    for item in items:
        shown = {by_id[c]: v["text"] for c, v in item["column_values"].items() if c in by_id}
        shown["name"] = item["name"]
        board[str(shown["syspro_id"])] = shown
    return board


class Sync:
    """One board sync, polled and pushed inline; counts monday mutations per cycle."""

    def __init__(self, env: Any, entity: str) -> None:
        self.env = env
        self.id, self.board_id = env.add_board_sync(entity, entity)
        env.ctx.enqueue_push = None
        self.cycle()

    def cycle(self) -> int:
        """One poll and one push; the number of monday mutations they made."""
        before = _mutations(self.env, self.board_id)
        poll(self.env.ctx, self.id)
        result = push(self.env.ctx, self.id)
        assert result.failed == 0, result.errors
        return _mutations(self.env, self.board_id) - before

    def board(self) -> dict[str, dict[str, Any]]:
        return _board(self.env, self.id, self.board_id)

    def assert_quiet(self) -> None:
        assert self.cycle() == 0, "a poll after the change must cost no monday call"
        # Drift is a bug signal: the cursor must have left nothing for the full compare.
        assert reconcile(self.env.ctx, self.id).drift == 0


def _ap_invoice(control: Control, invoice: str, amount: str, day: date) -> str:
    control("POST", "ap-invoices", {"supplier": " 00010", "invoice": invoice, "amount": amount,
                                   "invoice_date": day.isoformat()})
    return f" 00010|{invoice}"


def _open_po(control: Control, order_date: date) -> None:
    control("POST", "tables/PorMasterHdr/rows", {"row": {
        "PurchaseOrder": "PO-CXL", "Supplier": "SUP0002", "OrderStatus": "1",
        "CancelledFlag": "N", "OrderEntryDate": order_date.isoformat()}})


def _cancel_po(control: Control) -> None:
    """Cancelled: status and flag change, no date moves."""
    control("PATCH", "tables/PorMasterHdr/rows", {
        "key": ["PO-CXL"], "changes": {"OrderStatus": "*", "CancelledFlag": "Y"}})


def test_full_payment_on_the_cursor_date(env) -> None:
    control, sync = _control(env), None
    key = _ap_invoice(control, "EDGE-1", "500.00", ANCHOR)
    sync = Sync(env, "supplier_invoices")
    assert sync.board()[key]["status"] == "Open"
    control("POST", "payments", {"supplier": " 00010", "invoice": "EDGE-1", "amount": "500.00",
                                 "journal_date": ANCHOR.isoformat()})
    assert sync.cycle() > 0
    assert sync.board()[key]["status"] == "Paid"
    sync.assert_quiet()


def test_back_dated_full_payment_of_an_old_invoice(env) -> None:
    control = _control(env)
    old_day = ANCHOR - timedelta(days=200)
    key = _ap_invoice(control, "OLD-1", "80.00", old_day)
    sync = Sync(env, "supplier_invoices")
    control("POST", "payments", {"supplier": " 00010", "invoice": "OLD-1", "amount": "80.00",
                                 "journal_date": (ANCHOR - timedelta(days=30)).isoformat()})
    sync.cycle()
    assert sync.board()[key]["status"] == "Paid"
    sync.assert_quiet()


def test_partial_payment(env) -> None:
    control = _control(env)
    key = _ap_invoice(control, "PART-1", "300.00", ANCHOR - timedelta(days=90))
    sync = Sync(env, "supplier_invoices")
    control("POST", "payments", {"supplier": " 00010", "invoice": "PART-1", "amount": "100.00",
                                 "journal_date": (ANCHOR - timedelta(days=60)).isoformat()})
    sync.cycle()
    shown = sync.board()[key]
    assert shown["status"] == "Part paid" and shown["balance"] == "200"
    sync.assert_quiet()


def test_customer_invoice_paid_in_full_on_the_cursor_date(env) -> None:
    control = _control(env)
    control("POST", "ar-invoices", {"customer": "C00001", "invoice": "AR-EDGE", "amount": "75.50",
                                    "invoice_date": ANCHOR.isoformat()})
    sync = Sync(env, "customer_invoices")
    control("POST", "payments", {"ledger": "ar", "customer": "C00001", "invoice": "AR-EDGE",
                                 "amount": "75.50", "journal_date": ANCHOR.isoformat()})
    sync.cycle()
    assert sync.board()["C00001|AR-EDGE|I"]["status"] == "Paid"
    sync.assert_quiet()


def test_credit_note_posted(env) -> None:
    control = _control(env)
    sync = Sync(env, "customer_invoices")
    control("POST", "ar-invoices", {"customer": "C00001", "invoice": "AR-EDGE",
                                    "document_type": "C", "amount": "-20.00",
                                    "invoice_date": (ANCHOR - timedelta(days=40)).isoformat()})
    control("POST", "ar-invoices", {"customer": "C00001", "invoice": "AR-EDGE", "amount": "20.00",
                                    "invoice_date": (ANCHOR - timedelta(days=40)).isoformat()})
    sync.cycle()
    board = sync.board()
    assert {"C00001|AR-EDGE|C", "C00001|AR-EDGE|I"} <= board.keys()
    sync.assert_quiet()


def test_invoice_posted_with_a_date_before_the_cursor(env) -> None:
    control = _control(env)
    sync = Sync(env, "supplier_invoices")
    key = _ap_invoice(control, "LATE-1", "42.00", ANCHOR - timedelta(days=120))
    sync.cycle()
    assert sync.board()[key]["status"] == "Open"
    sync.assert_quiet()


@pytest.mark.parametrize("order_date", [ANCHOR - timedelta(days=300), ANCHOR])
def test_cancelled_purchase_order(env, order_date) -> None:
    control = _control(env)
    _open_po(control, order_date)
    sync = Sync(env, "purchase_orders")
    _cancel_po(control)
    sync.cycle()
    assert sync.board()["PO-CXL"]["status"] == "Cancelled"
    sync.assert_quiet()


def test_goods_received_on_a_purchase_order_line(env) -> None:
    control = _control(env)
    sync = Sync(env, "goods_receipts")
    control("POST", "tables/GrnDetails/rows", {"row": {
        "Supplier": "SUP0002", "Grn": "GRN-NEW", "Journal": "7", "JournalEntry": "1",
        "PurchaseOrder": "PO-X", "QtyReceived": "5", "GrnYear": "2025", "GrnMonth": "1",
    }})
    assert sync.cycle() > 0
    assert any(k.startswith("SUP0002|GRN-NEW|") for k in sync.board())
    sync.assert_quiet()


def test_supplier_renamed(env) -> None:
    control = _control(env)
    sync = Sync(env, "suppliers")
    control("PATCH", "tables/ApSupplier/rows", {
        "key": [" 00010"], "changes": {"SupplierName": "Renamed Café Ltd"},
    })
    assert sync.cycle() > 0
    assert sync.board()[" 00010"]["name"].startswith("Renamed Café Ltd")
    sync.assert_quiet()


def _customer_balance_arrives(env: Any) -> None:
    """ArCustomerBal changes without the ArCustomer row: a followed table (or a whole read)."""
    control = _control(env)
    sync = Sync(env, "customers")
    control("PATCH", "tables/ArCustomerBal/rows", {
        "key": ["C00001"], "changes": {"CurrentBalance1": "1234.56"},
    })
    assert sync.cycle() > 0
    assert "1234.56" in sync.board()["C00001"].values()
    sync.assert_quiet()


def test_customer_balance_changed(env) -> None:
    _customer_balance_arrives(env)


# --- The date-window fallback ---------------------------------------------------------------


def _cursor(env: Any, sync_id: int) -> dict[str, Any]:
    with env.runtime.db.session() as session:
        return load_spec(session, env.runtime.secret_box, sync_id).cursor_state


@pytest.fixture
def date_env(app_config, monkeypatch) -> Iterator[Any]:
    """A server that refuses TimeStamp in a COMFND filter: auto mode must fall back."""
    for stack in make_engine_env(app_config, monkeypatch):
        _control(stack)("POST", "settings", {"comfnd_rowversion_filter": False})
        yield stack


def test_auto_mode_falls_back_to_dates_and_says_why(date_env) -> None:
    sync = Sync(date_env, "supplier_invoices")
    state = _cursor(date_env, sync.id)
    assert state["mode"] == "date"
    assert "TimeStamp" in state["fallback_reason"]
    with date_env.runtime.db.session() as session:  # what the board view and CLI show
        (summary,) = board_sync_summaries(session, date_env.account_id)
    assert summary["change_cursor"] == "date"
    assert "TimeStamp" in summary["cursor_fallback_reason"]


def test_date_mode_sees_records_leaving_the_open_set(date_env) -> None:
    control = _control(date_env)
    paid = _ap_invoice(control, "EDGE-1", "500.00", ANCHOR)
    old = _ap_invoice(control, "OLD-1", "80.00", ANCHOR - timedelta(days=200))
    _open_po(control, ANCHOR - timedelta(days=300))
    invoices, orders = Sync(date_env, "supplier_invoices"), Sync(date_env, "purchase_orders")
    control("POST", "payments", {"supplier": " 00010", "invoice": "EDGE-1", "amount": "500.00",
                                 "journal_date": ANCHOR.isoformat()})
    control("POST", "payments", {"supplier": " 00010", "invoice": "OLD-1", "amount": "80.00",
                                 "journal_date": (ANCHOR - timedelta(days=30)).isoformat()})
    _cancel_po(control)
    invoices.cycle()
    orders.cycle()
    board = invoices.board()
    assert board[paid]["status"] == "Paid" and board[old]["status"] == "Paid"
    assert orders.board()["PO-CXL"]["status"] == "Cancelled"
    invoices.assert_quiet()
    orders.assert_quiet()


def test_date_mode_reads_reference_entities_whole(date_env) -> None:
    _customer_balance_arrives(date_env)


# --- Quiet when nothing changed ---------------------------------------------------------------

ALL_ENTITIES = ("supplier_invoices", "purchase_orders", "goods_receipts", "customer_invoices",
                "suppliers", "customers", "gl_accounts", "stock_items")


def test_no_change_polls_are_quiet_on_awkward_data(env) -> None:
    """Leading-space and zero-filled keys and cp1252 names come with the seed; add the same
    invoice number under several suppliers, one number issued as invoice and credit note, and
    split balances."""
    control = _control(env)
    for supplier in (" 00010", "0000011", "SUP0002"):
        control("POST", "ap-invoices", {"supplier": supplier, "invoice": "SAME-1",
                                        "amount": "10.00"})
    control("PATCH", "tables/ApInvoice/rows", {
        "key": ["SUP0002", "SAME-1"], "changes": {"MthInvBal2": "2.50", "MthInvBal3": "1.25"}})
    control("POST", "ar-invoices", {"customer": "C00001", "invoice": "DUAL-1", "amount": "9.99"})
    control("POST", "ar-invoices", {"customer": "C00001", "invoice": "DUAL-1",
                                    "document_type": "C", "amount": "-9.99"})
    control("PATCH", "tables/ApSupplier/rows", {
        "key": ["0000011"], "changes": {"SupplierName": "Brasserie Œuvre — “Ñandú”"}})
    syncs = [Sync(env, entity) for entity in ALL_ENTITIES]
    invoices = syncs[0].board()
    assert {" 00010|SAME-1", "0000011|SAME-1", "SUP0002|SAME-1"} <= invoices.keys()
    assert invoices["SUP0002|SAME-1"]["balance"] == "13.75"
    assert {"C00001|DUAL-1|I", "C00001|DUAL-1|C"} <= syncs[3].board().keys()
    for sync in syncs:
        for _ in range(2):
            assert sync.cycle() == 0, f"{sync.board_id}: a quiet poll called monday"
