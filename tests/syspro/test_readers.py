"""Readers end to end over real HTTP: OData and COMFND agree, windows, payments, paging."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from syspro.entities import ENTITY_NAMES, split_transaction_id
from syspro.readers.comfnd import ComfndReader
from syspro.readers.odata import ODataReader
from tests.syspro.helpers import control

Q1 = (date(2025, 1, 1), date(2025, 3, 31))


@pytest.fixture
def comfnd(enet_client):  # type: ignore[no-untyped-def]
    return ComfndReader(enet_client)


@pytest.fixture
def odata(settings):  # type: ignore[no-untyped-def]
    return ODataReader(settings)


@pytest.mark.parametrize("entity", ENTITY_NAMES)
def test_both_readers_return_the_same_rows(fresh_syspro_sandbox, comfnd, odata, entity):
    via_comfnd = list(comfnd.read(entity))
    via_odata = list(odata.read(entity))
    assert via_comfnd, entity
    assert via_comfnd == via_odata
    assert len({r["_id"] for r in via_comfnd}) == len(via_comfnd)


def test_rows_are_typed_and_keys_kept_exactly(fresh_syspro_sandbox, comfnd):
    suppliers = {r["Supplier"]: r for r in comfnd.read("suppliers")}
    assert " 00010" in suppliers and "0000011" in suppliers  # leading space, zero fill
    row = suppliers[" 00010"]
    assert row["_id"] == " 00010"
    assert isinstance(row["CurrentBalance"], Decimal)
    assert isinstance(row["DateSuppAdded"], date)
    assert row["LastPurchDate"] is None  # 0000-00-00 on the wire
    assert row["SupAddr1"] == "10 Main Road"  # joined from ApSupplierAddr
    assert any("’" in r["SupplierName"] or "é" in r["SupplierName"] for r in suppliers.values())


def test_date_window_filters_on_either_date(fresh_syspro_sandbox, comfnd, odata):
    rows = list(comfnd.read("supplier_invoices", *Q1, follow_changes=False))
    assert rows
    for row in rows:
        assert any(Q1[0] <= row[f] <= Q1[1] for f in ("InvoiceDate", "JournalDate") if row[f])
    assert rows == list(odata.read("supplier_invoices", *Q1, follow_changes=False))


def test_payment_changes_balance_without_moving_dates(fresh_syspro_sandbox, comfnd, odata):
    old = next(r for r in comfnd.read_open("supplier_invoices") if r["InvoiceDate"] < Q1[0])
    control(fresh_syspro_sandbox, "POST", "payments", {
        "ledger": "ap", "supplier": old["Supplier"], "invoice": old["Invoice"],
        "amount": "10.00", "journal_date": "2026-01-15",
    })
    window = (date(2026, 1, 1), date(2026, 1, 31))
    for reader in (comfnd, odata):
        found = [r for r in reader.read("supplier_invoices", *window) if r["_id"] == old["_id"]]
        assert len(found) == 1
        assert found[0]["Balance"] == old["Balance"] - Decimal("10.00")
        assert found[0]["InvoiceDate"] == old["InvoiceDate"]


def test_customer_invoice_due_date_and_balance(fresh_syspro_sandbox, comfnd):
    control(fresh_syspro_sandbox, "POST", "ar-invoices", {
        "customer": "C00001", "invoice": "900001", "amount": "150.00",
        "invoice_date": "2026-01-10", "terms_code": "60",
    })
    control(fresh_syspro_sandbox, "POST", "payments", {
        "ledger": "ar", "customer": "C00001", "invoice": "900001", "amount": "50.00",
        "journal_date": "2026-01-20",
    })
    window = (date(2026, 1, 1), date(2026, 1, 31))
    rows = [r for r in comfnd.read("customer_invoices", *window) if r["Invoice"] == "900001"]
    # In the window and paid in it: read by the window and again by its payment (the engine's
    # hashes make the second read free); both reads show the payment.
    assert len(rows) == 2 and rows[0] == rows[1]
    row = rows[0]
    assert row["_id"] == "C00001|900001|I"
    assert split_transaction_id(row["_id"]) == ["C00001", "900001", "I"]
    assert row["DueDate"] == date(2026, 3, 11)
    assert row["Balance"] == Decimal("100.00")


def test_open_items_and_po_status(fresh_syspro_sandbox, comfnd):
    open_pos = list(comfnd.read_open("purchase_orders"))
    assert open_pos and all(r["OrderStatus"] not in ("9", "*") for r in open_pos)
    assert {r["OrderStatusDescription"] for r in open_pos} <= {
        "In process", "Ready to print", "Order printed"}
    assert all(r["Balance"] != 0 for r in comfnd.read_open("customer_invoices"))


def test_changed_record_is_seen_on_full_reread(fresh_syspro_sandbox, comfnd):
    control(fresh_syspro_sandbox, "PATCH", "tables/ApSupplier/rows",
            {"key": ["SUP0002"], "changes": {"Telephone": "011 000 9999"}})
    row = next(r for r in comfnd.read("suppliers", *Q1) if r["Supplier"] == "SUP0002")
    assert row["Telephone"] == "011 000 9999"


def test_goods_receipts_by_period(fresh_syspro_sandbox, odata):
    rows = list(odata.read("goods_receipts", date(2025, 2, 10), date(2025, 2, 20)))
    assert rows and all((r["GrnYear"], r["GrnMonth"]) == (2025, 2) for r in rows)


def test_odata_follows_next_link_under_a_row_cap(fresh_syspro_sandbox, settings):
    control(fresh_syspro_sandbox, "POST", "settings", {"odata_row_cap": 70})
    reader = ODataReader(settings.with_changes(odata_page_size=300, odata_row_cap=300))
    rows = list(reader.read("customers"))
    assert len(rows) == 300


def test_odata_skip_fallback_without_next_link(fresh_syspro_sandbox, settings):
    control(fresh_syspro_sandbox, "POST", "settings",
            {"odata_next_link": False, "odata_row_cap": 70})
    reader = ODataReader(settings.with_changes(odata_page_size=70, odata_row_cap=70))
    assert len(list(reader.read("customers"))) == 300


def test_comfnd_keyset_paging_across_small_pages(fresh_syspro_sandbox, enet_client, settings):
    reader = ComfndReader(enet_client, settings.with_changes(comfnd_page_size=7))
    rows = list(reader.read("gl_accounts"))
    assert len(rows) == 60 and len({r["_id"] for r in rows}) == 60


def test_comfnd_single_mode_filters_client_side(fresh_syspro_sandbox, enet_client, settings):
    single = settings.with_changes(comfnd_paging="single")
    rows = list(ComfndReader(enet_client, single).read("supplier_invoices", *Q1))
    keyset = list(ComfndReader(enet_client).read("supplier_invoices", *Q1))
    assert sorted(r["_id"] for r in rows) == sorted(r["_id"] for r in keyset)


def test_read_keys_with_awkward_keys(fresh_syspro_sandbox, odata, comfnd):
    keys = [(" 00010",), ("0000011",), ("NOPE",)]
    assert [r["_id"] for r in odata.read_keys("suppliers", keys)] == [" 00010", "0000011"]
    assert [r["_id"] for r in comfnd.read_keys("suppliers", keys)] == [" 00010", "0000011"]


def test_unknown_entity(comfnd):
    with pytest.raises(ValueError):
        list(comfnd.read("nonsense"))


def test_a_vertical_tab_in_a_supplier_name_over_real_http(fresh_syspro_sandbox, enet_client):
    """SYSPRO sends characters XML forbids raw; the read goes on and names the record's value
    with U+FFFD in their place (the sandbox writes them raw too)."""
    suppliers = list(ComfndReader(enet_client).read("suppliers"))
    target = suppliers[3]
    name = target["SupplierName"]
    changed = control(fresh_syspro_sandbox, "PATCH", "tables/ApSupplier/rows",
                      {"key": [target["Supplier"]],
                       "changes": {"SupplierName": f"Acme\x0bLtd\x01 {name}"}})
    assert changed.status_code == 200, changed.text
    again = {r["Supplier"]: r for r in ComfndReader(enet_client).read("suppliers")}
    assert len(again) == len(suppliers)
    assert again[target["Supplier"]]["SupplierName"] == f"Acme\ufffdLtd\ufffd {name}"


def test_the_sites_grn_key_columns_shape_the_transaction_ids(fresh_syspro_sandbox, settings):
    """grn_key_columns is a documented per-connection answer: readers must use it."""
    reader = ODataReader(settings.with_changes(grn_key_columns=("Supplier", "Grn")))
    rows = list(reader.read("goods_receipts"))
    assert rows and all(len(split_transaction_id(r["_id"])) == 2 for r in rows)
    assert rows[0]["_id"] == f"{rows[0]['Supplier']}|{rows[0]['Grn']}"
