"""Parsers: the SYSPRO quirks, and property tests that arbitrary input only ever raises the
typed malformed-response error."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syspro.entities import make_transaction_id, split_transaction_id
from syspro.errors import MalformedResponse, SysproError
from syspro.parsing import (
    decode_body,
    parse_date,
    parse_decimal,
    parse_profile,
    parse_setup_result,
    parse_value,
    parse_xml,
)
from syspro.readers.comfnd import iter_xml_rows
from syspro.session import clean_session_id


def rows_of(body: bytes) -> list[dict[str, str]]:
    return list(iter_xml_rows(body[:7], iter([body[7:]])))


def test_windows_1252_and_padded_numbers():
    body = ('<?xml version="1.0" encoding="Windows-1252"?><ApSupplier Language="05">'
            "<Row><Supplier> 00042</Supplier><SupplierName>Caf\xe9 \x80 O\x92Brien</SupplierName>"
            "<CurrentBalance>  38,400.00</CurrentBalance>"
            "<Unedited_CurrentBalance>38400.00</Unedited_CurrentBalance>"
            "<Journal>      12</Journal><LastPurchDate>0000-00-00</LastPurchDate></Row>"
            "<RowsReturned>     1</RowsReturned></ApSupplier>").encode("latin-1")
    [row] = rows_of(body)
    assert row["supplier"] == " 00042"
    assert row["suppliername"] == "Café € O’Brien"
    assert row["currentbalance"] == "38400.00"
    assert parse_value("int", row["journal"]) == 12
    assert parse_value("date", row["lastpurchdate"]) is None


def test_undefined_cp1252_bytes_do_not_fail():
    assert decode_body(b"\x81\x8d\x8f\x90\x9d") == "\x81\x8d\x8f\x90\x9d"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  1,234.50", Decimal("1234.50")), ("12.00-", Decimal("-12.00")), ("", None),
     ("   ", None), ("-0.5", Decimal("-0.5"))],
)
def test_decimals(text, expected):
    assert parse_decimal(text) == expected


def test_decimal_comma_sites():
    assert parse_decimal("38.400,00", decimal_separator=",", thousands_separator=".") == \
        Decimal("38400.00")


def test_dates():
    assert parse_date("2025-01-31") == date(2025, 1, 31)
    assert parse_date("2025-01-31T00:00:00Z") == date(2025, 1, 31)
    assert parse_date("0000-00-00") is None
    with pytest.raises(MalformedResponse):
        parse_date("31/01/2025")


def test_setup_output_is_read_case_insensitively():
    root = parse_xml(
        "<setupapsupplier><item><key><supplier>0000011</supplier></key>"
        "<email><Value>bad</Value><ErrorNumber>110010</ErrorNumber>"
        "<ErrorDescription>Email address is invalid</ErrorDescription></email></item>"
        "<StatusOfItems><RecordsRead>1</RecordsRead><RecordsInvalid>1</RecordsInvalid>"
        "</StatusOfItems><WarningDescription>check</WarningDescription></setupapsupplier>"
    )
    result = parse_setup_result(root)
    assert not result.ok and result.keys == [{"supplier": "0000011"}]
    assert result.errors[0].field == "email" and result.errors[0].number == "110010"
    assert result.warnings == ["check"]


def test_profile_requires_userinfo():
    assert parse_profile(parse_xml("<UserInfo><CompanyId>DEMO</CompanyId></UserInfo>")) == {
        "CompanyId": "DEMO"}
    with pytest.raises(MalformedResponse):
        parse_profile(parse_xml("<Other/>"))


def test_entities_refused():
    with pytest.raises(MalformedResponse):
        rows_of(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x><Row/></x>')


@given(st.lists(st.text(), min_size=1, max_size=4))
def test_transaction_ids_round_trip(parts):
    assert split_transaction_id(make_transaction_id(parts)) == parts


@given(st.lists(st.text(), min_size=1, max_size=3), st.lists(st.text(), min_size=1, max_size=3))
def test_transaction_ids_are_unambiguous(a, b):
    if a != b:
        assert make_transaction_id(a) != make_transaction_id(b)


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_comfnd_stream_on_arbitrary_bytes(raw):
    try:
        rows_of(raw)
    except MalformedResponse:
        pass


XMLISH = st.lists(
    st.sampled_from(["<Row>", "</Row>", "<T>", "</T>", "<A>", "</A>", " 001", "&amp;", "&x;",
                     "<Unedited_A>", "</Unedited_A>", "<!DOCTYPE", "\x80", "<?xml ?>", "ERROR"]),
    max_size=20,
).map("".join)


@settings(max_examples=300)
@given(XMLISH)
def test_parsers_on_xmlish_text(text):
    for parse in (lambda: rows_of(text.encode("cp1252", "replace")),
                  lambda: parse_setup_result(parse_xml(text)),
                  lambda: parse_profile(parse_xml(text))):
        try:
            parse()
        except MalformedResponse:
            pass


@given(st.sampled_from(["str", "decimal", "int", "date", "flag"]),
       st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats(), st.booleans(),
                 st.lists(st.integers(), max_size=2)))
def test_parse_value_on_arbitrary_values(kind, raw):
    try:
        parse_value(kind, raw)
    except MalformedResponse:
        pass


@given(st.text(max_size=80))
def test_session_id_on_arbitrary_text(text):
    try:
        assert clean_session_id(text).strip()
    except SysproError as exc:
        assert isinstance(exc, MalformedResponse)
