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


# --- characters XML 1.0 forbids, as SYSPRO writes them raw ----------------------------------

_SUPPLIERS_HEAD = ('<?xml version="1.0" encoding="Windows-1252"?><ApSupplier Language="05">'
                   "<HeaderDetails><TableName>ApSupplier</TableName></HeaderDetails>")


def _suppliers(*rows: tuple[str, str], tail: str = "</ApSupplier>") -> bytes:
    body = "".join(f"<Row><Supplier>{k}</Supplier><SupplierName>{n}</SupplierName></Row>"
                   for k, n in rows)
    return (_SUPPLIERS_HEAD + body + tail).encode("latin-1")


@pytest.mark.parametrize("control_char", [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32))])
def test_control_characters_become_replacement_characters(control_char):
    rows = rows_of(_suppliers((" 0001", f"Caf\xe9{control_char}Ltd"), ("0002", "Plain")))
    assert [r["suppliername"] for r in rows] == ["Café\ufffdLtd", "Plain"]


def test_tab_newline_and_carriage_return_are_kept():
    [row] = rows_of(_suppliers((" 0001", "A\tB\nC")))
    assert row["suppliername"] == "A\tB\nC"


def test_a_control_character_on_a_chunk_boundary():
    body = _suppliers((" 0001", "Acme\x0bLtd"))
    cut = body.index(b"\x0b")
    for split in (cut, cut + 1):
        rows = list(iter_xml_rows(body[:split], iter([body[split:split + 3], body[split + 3:]])))
        assert rows == [{"supplier": " 0001", "suppliername": "Acme\ufffdLtd"}]


def test_malformed_answer_names_the_table_and_the_last_good_key():
    body = _suppliers((" 0001", "Good"), ("0002", "Also good"), ("0003", "Bad <name"))
    rows = iter_xml_rows(body[:7], iter([body[7:]]), table="ApSupplier",
                         key_columns=["Supplier"])
    with pytest.raises(MalformedResponse) as error:
        list(rows)
    message = error.value.message
    assert "ApSupplier" in message and "Supplier='0002'" in message
    assert "not well-formed" in message


def test_malformed_before_the_first_row_says_so():
    body = _suppliers(("0003", "Bad & name"))
    with pytest.raises(MalformedResponse, match="ApSupplier.*before its first row"):
        list(iter_xml_rows(body, iter([]), table="ApSupplier", key_columns=["Supplier"]))
