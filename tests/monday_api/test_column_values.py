"""Encoders produce what monday takes, refuse what it would not, and round-trip via the sandbox."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from monday_api import (
    ColumnValueEncodingError,
    MondayClient,
    RecordError,
    encode_column_value,
    encode_column_values,
)


def test_column_values_is_one_json_string():
    encoded = encode_column_values({"amount": ("numbers", Decimal("1234.50")),
                                    "status": ("status", "Paid"), "notes": ("long_text", None)})
    assert isinstance(encoded, str)
    assert json.loads(encoded) == {"amount": "1234.50", "status": {"label": "Paid"},
                                   "notes": None}


def test_date_keeps_its_calendar_day():
    assert encode_column_value("date", "due", dt.date(2026, 1, 31)) == {"date": "2026-01-31"}


def test_aware_datetime_is_converted_to_utc():
    sydney = dt.timezone(dt.timedelta(hours=11))
    moment = dt.datetime(2026, 2, 1, 9, 30, tzinfo=sydney)
    assert encode_column_value("date", "due", moment) == {"date": "2026-01-31",
                                                          "time": "22:30:00"}


@pytest.mark.parametrize(
    ("column_type", "value"),
    [
        ("numbers", "12,5"),
        ("numbers", float("inf")),
        ("numbers", True),
        ("date", "31/01/2026"),
        ("email", "not-an-email"),
        ("phone", "call me"),
        ("link", "example.com"),
        ("long_text", "x" * 2001),
        ("checkbox", "yes"),
        ("dropdown", ["A", 2]),
        ("board_relation", ["abc"]),
        ("status", ""),
        ("mirror", "x"),
    ],
)
def test_unencodable_values_name_the_column_and_the_value(column_type, value):
    with pytest.raises(ColumnValueEncodingError) as caught:
        encode_column_value(column_type, "my_column", value)
    assert "my_column" in str(caught.value)
    assert repr(value)[:20] in str(caught.value)


def test_none_clears_every_type():
    for column_type in ("text", "numbers", "date", "status", "checkbox", "board_relation"):
        assert encode_column_value(column_type, "c", None) is None


def test_values_round_trip_through_the_sandbox(monday_client: MondayClient, board_id: str):
    target = monday_client.create_item(board_id, "Target")
    written = {
        "key": ("text", "  00042"),
        "notes": ("long_text", "line one\nline two"),
        "amount": ("numbers", Decimal("1234.50")),
        "due": ("date", dt.date(2026, 1, 31)),
        "status": ("status", "Paid"),
        "link": ("link", {"url": "https://example.com/inv/1", "text": "Invoice"}),
        "email": ("email", "ap@example.com"),
        "phone": ("phone", ("+442071234567", "GB")),
        "tags": ("dropdown", ["Urgent", "Review"]),
        "related": ("board_relation", [target.id]),
        "paid": ("checkbox", True),
    }
    item = monday_client.create_item(board_id, "INV-1", encode_column_values(written))
    (read,) = [i for i in monday_client.iter_items(board_id) if i.id == item.id]
    assert read.value("key") == "  00042"  # keys are opaque: leading spaces survive
    assert read.value("notes") == "line one\nline two"
    assert read.value("amount") == Decimal("1234.50")
    assert read.value("due") == dt.date(2026, 1, 31)
    assert read.value("status") == "Paid"
    assert read.value("link") == {"url": "https://example.com/inv/1", "text": "Invoice"}
    assert read.value("email") == {"email": "ap@example.com", "text": "ap@example.com"}
    assert read.value("phone") == {"phone": "+442071234567", "country": "GB"}
    assert read.value("tags") == ["Urgent", "Review"]
    assert read.value("related") == [int(target.id)]
    assert read.value("paid") is True


def test_datetime_round_trips_in_utc(monday_client: MondayClient, board_id: str):
    moment = dt.datetime(2026, 3, 1, 23, 15, tzinfo=dt.UTC)
    item = monday_client.create_item(board_id, "INV-2",
                              encode_column_values({"due": ("date", moment)}))
    (read,) = [i for i in monday_client.iter_items(board_id) if i.id == item.id]
    assert read.value("due") == moment


def test_clearing_values(monday_client: MondayClient, board_id: str):
    item = monday_client.create_item(board_id, "INV-3", encode_column_values(
        {"paid": ("checkbox", True), "amount": ("numbers", 5)}))
    monday_client.change_column_values(board_id, item.id, encode_column_values(
        {"paid": ("checkbox", False), "amount": ("numbers", None)}))
    (read,) = [i for i in monday_client.iter_items(board_id) if i.id == item.id]
    assert read.value("paid") is False
    assert read.value("amount") is None


def test_unknown_status_label_fails_the_record_with_mondays_message(
    monday_client: MondayClient, board_id: str
):
    with pytest.raises(RecordError) as caught:
        monday_client.create_item(board_id, "INV-4",
                           encode_column_values({"status": ("status", "Disputed")}))
    assert caught.value.code == "ColumnValueException"
    assert "label does not exist" in caught.value.monday_message
    created = monday_client.create_item(board_id, "INV-4", encode_column_values(
        {"status": ("status", "Disputed")}), create_labels_if_missing=True)
    (read,) = [i for i in monday_client.iter_items(board_id) if i.id == created.id]
    assert read.value("status") == "Disputed"


def test_column_values_object_instead_of_string_is_refused(monday_client: MondayClient,
                                                           board_id: str):
    from monday_api import queries

    with pytest.raises(RecordError):
        monday_client.execute("CreateItem", queries.CREATE_ITEM,
                       {"board_id": board_id, "item_name": "x",
                        "column_values": {"key": "k"}})
