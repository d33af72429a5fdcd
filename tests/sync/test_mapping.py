"""Mapping, hashing, cursor and filter rules, on plain rows (no servers)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from store.board_syncs import BoardSyncSpec
from sync.cursor import Cursor, DateTracker, row_cursor_value
from sync.events import significant_events
from sync.mapping import MappingError, build_mapping, map_record
from sync.poll import FilterError, row_filter
from sync.values import plain
from syspro.entities import CATALOGUE

INVOICE = {
    "_id": " 00010|INV-7", "Supplier": " 00010", "Invoice": "INV-7", "Reference": "PO 5  ",
    "InvoiceDate": date(2026, 3, 31), "DueDate": date(2026, 4, 30), "JournalDate": None,
    "OrigInvValue": Decimal("1250.50"), "Balance": Decimal("250.500"), "Currency": "ZAR",
}


def test_key_parts_are_shown_as_stored_and_other_text_is_trimmed() -> None:
    record = map_record(INVOICE, build_mapping("supplier_invoices"))
    assert record.key == " 00010|INV-7"
    assert record.values["syspro_id"] == " 00010|INV-7"
    assert record.values["supplier"] == " 00010"  # not the same supplier as "00010"
    assert record.values["reference"] == "PO 5"
    assert record.name == "INV-7 · 00010"
    other = map_record({**INVOICE, "Supplier": "00010", "_id": "00010|INV-7"},
                       build_mapping("supplier_invoices"))
    assert other.values["supplier"] != record.values["supplier"]


def test_a_board_may_trim_key_parts_for_display_but_never_the_id() -> None:
    record = map_record(INVOICE, build_mapping("supplier_invoices", {"trim_keys": True}))
    assert record.values["supplier"] == "00010"
    assert record.values["syspro_id"] == " 00010|INV-7"
    with pytest.raises(MappingError, match="trim_keys"):
        build_mapping("supplier_invoices", {"trim_keys": "yes"})


def test_values_are_plain_json_and_the_hash_ignores_number_formatting() -> None:
    mapping = build_mapping("supplier_invoices")
    record = map_record(INVOICE, mapping)
    assert record.values["invoice_date"] == "2026-03-31"
    assert record.values["balance"] == "250.5"
    assert record.values["status"] == "Part paid"
    same = map_record({**INVOICE, "Balance": Decimal("250.50")}, mapping)
    assert same.content_hash == record.content_hash
    paid = map_record({**INVOICE, "Balance": Decimal("0.00")}, mapping)
    assert paid.values["status"] == "Paid" and paid.content_hash != record.content_hash
    assert map_record({**INVOICE, "Balance": INVOICE["OrigInvValue"]}, mapping).values[
        "status"] == "Open"


def test_plain_normalises_numbers() -> None:
    assert plain(Decimal("-0.00")) == "0"
    assert plain(Decimal("1E+3")) == "1000"
    assert plain(12) == "12"


def test_overrides_bind_exclude_add_and_rename() -> None:
    mapping = build_mapping("supplier_invoices", {
        "columns": {"amount": "numbers_17"}, "exclude": ["reference"],
        "extra_fields": {"Branch": {"column_id": "text_9"}},
        "labels": {"Open": "Unpaid"}, "item_name": "{Invoice} from {Supplier}",
    })
    assert mapping.column("amount").column_id == "numbers_17"
    assert "reference" not in {c.key for c in mapping.columns}
    record = map_record({**INVOICE, "Balance": INVOICE["OrigInvValue"], "Branch": "10"}, mapping)
    assert record.values["status"] == "Unpaid" and record.values["field_Branch"] == "10"
    assert record.name == "INV-7 from 00010"
    assert "Unpaid" in mapping.status_labels() and "Removed in SYSPRO" in mapping.status_labels()


@pytest.mark.parametrize(("overrides", "hint"), [
    ({"exclude": ["syspro_id"]}, "cannot be excluded"),
    ({"columns": {"nope": "x"}}, "columns.nope"),
    ({"extra_fields": {"Branch": {"column_id": "x", "type": "mirror"}}}, "not supported"),
    ({"colour": 1}, "unknown mapping setting"),
    ({"labels": {"Open": ""}}, "labels"),
])
def test_bad_overrides_say_what_is_wrong(overrides, hint) -> None:
    with pytest.raises(MappingError, match=hint):
        build_mapping("supplier_invoices", overrides)


def test_date_cursor_never_moves_into_the_future() -> None:
    tracker = DateTracker(date(2026, 3, 31), today=date(2026, 4, 2))
    tracker.see(date(2026, 3, 30))
    assert tracker.newest == date(2026, 3, 31)
    tracker.see(date(2026, 4, 1))
    tracker.see(date(2027, 1, 1))  # post-dated
    assert tracker.newest == date(2026, 4, 2)
    cursor = Cursor(mode="date", last_value=tracker.newest)
    assert Cursor.load(cursor.dump()) == cursor
    assert row_cursor_value({"GrnYear": 2026, "GrnMonth": 3}, (), (("GrnYear", "GrnMonth"),)) \
        == date(2026, 3, 1)


def test_rowversion_cursor_reads_from_the_poll_before_with_lag() -> None:
    first = Cursor(mode="rowversion").advanced_marks({"ApInvoice": 100, "ApInvoicePay": 100},
                                                     lag=True)
    assert first.read_from == {"ApInvoice": 100, "ApInvoicePay": 100}  # nothing to lag behind
    second = first.advanced_marks({"ApInvoice": 150, "ApInvoicePay": 100}, lag=True)
    assert second.high == {"ApInvoice": 150, "ApInvoicePay": 100}
    assert second.read_from == {"ApInvoice": 100, "ApInvoicePay": 100}  # re-read once
    third = second.advanced_marks({"ApInvoice": 150, "ApInvoicePay": 100}, lag=True)
    assert third.read_from == {"ApInvoice": 150, "ApInvoicePay": 100}
    no_lag = first.advanced_marks({"ApInvoice": 150, "ApInvoicePay": 100}, lag=False)
    assert no_lag.read_from["ApInvoice"] == 150
    assert Cursor.load(third.dump()) == third
    # A cursor saved by an older release (date and boundary keys) loads as undecided.
    old = Cursor.load({"last_value": "2026-03-31", "boundary_keys": ["A"]})
    assert old.mode is None and old.last_value == date(2026, 3, 31)


def test_payment_and_status_events() -> None:
    before = {"balance": "100", "status": "Open"}
    notes = significant_events(before, {"balance": "0", "status": "Paid"}, "ZAR")
    assert notes[0].startswith("Payment posted in SYSPRO: 100.00 ZAR")
    assert "from Open to Paid" in notes[1]
    assert significant_events(None, {"balance": "0"}) == []


def _spec(filters: dict) -> BoardSyncSpec:
    return BoardSyncSpec(
        id=1, account_id=1, monday_account_id=1, account_active=True, board_id="1",
        group_id=None, entity="supplier_invoices", column_mapping={}, mode="one_way",
        interval_minutes=15, enabled=True, cursor_state={}, post_updates=True,
        filters=filters, monday_user_id=None, provisioned_columns={}, connection=None,  # type: ignore[arg-type]
    )


def test_recipe_filters_resolve_to_the_entitys_fields() -> None:
    accept = row_filter(_spec({"branch": "10", "currency": ["ZAR", "USD"]}),
                        CATALOGUE["supplier_invoices"])
    assert accept({"Branch": "10", "Currency": "ZAR"})
    assert not accept({"Branch": "20", "Currency": "ZAR"})
    with pytest.raises(FilterError, match="warehouse"):
        row_filter(_spec({"warehouse": "E"}), CATALOGUE["supplier_invoices"])
