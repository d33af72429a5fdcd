"""The one conversion path (sync/values.py): what is stored stays byte for byte what it was,
so records synced before keep their hashes, and monday gets the very same column values."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from monday_api.column_values import encode_column_values
from monday_api.errors import ColumnValueEncodingError
from sync.mapping import build_mapping, map_record
from sync.values import day, encode_values, number, plain, typed

# SYSPRO rows as the readers type them, and what the mapping made of them before the
# conversion path had a module of its own: stored values and content hashes (recorded then).
ROWS: dict[str, dict[str, Any]] = {
    "supplier_invoices": {
        "_id": " 00010|INV-7", "Supplier": " 00010", "Invoice": "INV-7 ",
        "Reference": "  PO 4471 ", "InvoiceDate": date(2026, 1, 31), "DueDate": date(2026, 3, 2),
        "JournalDate": datetime(2026, 2, 1, 10, 30), "OrigInvValue": Decimal("38400.000"),
        "Balance": Decimal("12500.50"), "Currency": "EUR",
    },
    "purchase_orders": {
        "_id": "PO-0042", "PurchaseOrder": "PO-0042", "Supplier": "SUP0002", "Buyer": " JS ",
        "OrderEntryDate": date(2026, 2, 28), "OrderDueDate": None, "DatePoCompleted": None,
        "Currency": "USD", "DeliveryName": "Main warehouse", "OrderStatus": "4",
        "CancelledFlag": "N",
    },
    "suppliers": {
        "_id": "0000123", "SupplierName": "Acme Ltd ", "Telephone": "+27 11 555 0100",
        "Email": "ap@acme.test", "Contact": "Jo", "Currency": "ZAR", "TermsCode": "30",
        "CurrentBalance": Decimal("-0.00"), "SupPostalCode": "2196", "OnHold": False,
    },
}
STORED: dict[str, tuple[str, dict[str, Any], str]] = {
    "supplier_invoices": ("INV-7 · 00010", {
        "syspro_id": " 00010|INV-7", "supplier": " 00010", "invoice": "INV-7 ",
        "reference": "PO 4471", "invoice_date": "2026-01-31", "due_date": "2026-03-02",
        "posting_date": "2026-02-01T10:30:00", "amount": "38400", "balance": "12500.5",
        "currency": "EUR", "status": "Part paid",
    }, "f5bf1da7d96bbe0ca7cac32417a033d3282998eea6e8dda4a9bb4766417466fb"),
    "purchase_orders": ("PO PO-0042 · SUP0002", {
        "syspro_id": "PO-0042", "supplier": "SUP0002", "buyer": "JS",
        "order_date": "2026-02-28", "due_date": None, "completed_date": None,
        "currency": "USD", "delivery_name": "Main warehouse", "status": "In process",
    }, "f401d33215d18c5717477a0acf747e346e6f4612827fb6ac96e4b77d9364c80f"),
    "suppliers": ("Acme Ltd", {
        "syspro_id": "0000123", "name": "Acme Ltd", "telephone": "+27 11 555 0100",
        "email": "ap@acme.test", "contact": "Jo", "currency": "ZAR", "terms": "30",
        "balance": "0", "postal_code": "2196", "status": "Active",
    }, "d033c83489c0e688438447c83e264bd7f87a17217a626eeb189222a269867ef3"),
}
# What monday was sent for those stored values before (recorded then, columns c_<key>).
SENT = {
    "supplier_invoices": (
        '{"c_syspro_id":" 00010|INV-7","c_supplier":" 00010","c_invoice":"INV-7 ",'
        '"c_reference":"PO 4471","c_invoice_date":{"date":"2026-01-31"},'
        '"c_due_date":{"date":"2026-03-02"},'
        '"c_posting_date":{"date":"2026-02-01","time":"10:30:00"},"c_amount":"38400",'
        '"c_balance":"12500.5","c_currency":"EUR","c_status":{"label":"Part paid"}}'
    ),
    "suppliers": (
        '{"c_syspro_id":"0000123","c_name":"Acme Ltd","c_telephone":"+27 11 555 0100",'
        '"c_email":"ap@acme.test","c_contact":"Jo","c_currency":"ZAR","c_terms":"30",'
        '"c_balance":"0","c_postal_code":"2196","c_status":{"label":"Active"}}'
    ),
}


def _columns(entity: str) -> dict[str, dict[str, Any]]:
    return {c.key: {"id": f"c_{c.key}", "type": c.type} for c in build_mapping(entity).columns}


@pytest.mark.parametrize("entity", sorted(ROWS))
def test_a_record_synced_before_hashes_the_same(entity: str) -> None:
    record = map_record(ROWS[entity], build_mapping(entity))
    name, values, digest = STORED[entity]
    assert (record.name, record.values, record.content_hash) == (name, values, digest)


@pytest.mark.parametrize("entity", sorted(SENT))
def test_monday_gets_the_same_column_values(entity: str) -> None:
    assert encode_values(STORED[entity][1], _columns(entity)) == SENT[entity]


STORED_SAMPLES = ["12.5", "0", "-3", "38400", " 7 ", "1E+2", "1_000", "NaN", "Infinity", "",
                  "abc", "1,234.50", "2026-01-31", "2026-02-01T10:30:00",
                  "2026-02-01T10:30:00Z", "2026-02-01T10:30:00+02:00", "20260131",
                  "2026-13-01", " 2026-01-31 ", "Open", True, False, 12, 1.5, None]


@pytest.mark.parametrize("column_type", ["numbers", "date", "text", "status", "checkbox",
                                         "long_text", "email", "phone", "link", "dropdown"])
def test_typing_a_stored_value_never_changes_what_monday_gets(column_type: str) -> None:
    """The stored value straight into monday's encoder (the way before) and typed first
    (the way now) give the same JSON, or the same refusal naming the same value."""
    for stored in STORED_SAMPLES:
        before = _encoded_or_refusal({"c": (column_type, stored)})
        now = _encoded_or_refusal({"c": (column_type, typed(stored, column_type))})
        assert now == before, stored


def _encoded_or_refusal(values: dict[str, tuple[str, Any]]) -> str:
    try:
        return encode_column_values(values)
    except ColumnValueEncodingError as exc:
        return f"refused: {exc}"


def test_typed_undoes_plain() -> None:
    for value in (Decimal("12.50"), Decimal("-0.000"), Decimal("1E+3"), Decimal("0.0001")):
        assert typed(plain(value), "numbers") == value
    for moment in (date(2026, 1, 31), datetime(2026, 2, 1, 10, 30),
                   datetime(2026, 2, 1, 10, 30, tzinfo=UTC)):
        assert typed(plain(moment), "date") == moment
    assert typed(plain(" Acme "), "text") == "Acme"


def test_stored_numbers_and_days_read_back() -> None:
    assert (number("12.5"), number(""), number(None), number("x")) == (
        Decimal("12.5"), None, None, None)
    assert (day("2026-02-01T10:30:00"), day(None), day("soon")) == (
        date(2026, 2, 1), None, None)
    assert json.loads(encode_values({"amount": "12.5"}, {"amount": {
        "id": "n", "type": "numbers"}})) == {"n": "12.5"}
