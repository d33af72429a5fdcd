"""Small pure pieces: error classification, scrubbing, URL guard, query rendering, backoff."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from syspro.errors import (
    AccessDenied,
    AuthFailed,
    BusinessObjectUnavailable,
    Scrubber,
    ServerErrorText,
    SessionInvalid,
    UnsafeServerUrl,
    classify_error_text,
)
from syspro.query import Cmp, after_key, matches
from syspro.readers.comfnd import build_query_xml
from syspro.readers.odata import render_filter
from syspro.settings import DEFAULT_COMFND_CONDITIONS
from syspro.transport import full_jitter_delay
from syspro.urlguard import AddressPolicy, check_server_url


def test_classification():
    denied = classify_error_text(
        "ERROR: Access denied to Functional Area 'AP Supplier Maintenance' for operator "
        "'VIEWER' (Business Object 'APSSSP')")
    assert isinstance(denied, AccessDenied) and denied.area == "AP Supplier Maintenance"
    assert isinstance(classify_error_text("ERROR: Invalid operator password", during_logon=True),
                      AuthFailed)
    assert isinstance(classify_error_text("<x>The supplied UserID is invalid. Either</x>"),
                      SessionInvalid)
    assert isinstance(classify_error_text("ERROR: e.net exception 100000 ..."),
                      BusinessObjectUnavailable)
    assert isinstance(classify_error_text("ERROR: something"), ServerErrorText)
    assert classify_error_text("<ApInvoice/>") is None


def test_scrubber():
    scrub = Scrubber(["s3cret-pw"])
    text = scrub("GET /Logon?Operator=A&OperatorPassword=other&UserId=ABC123 s3cret-pw")
    assert "other" not in text and "ABC123" not in text and "s3cret-pw" not in text


@pytest.mark.parametrize("url", [
    "ftp://erp.example.com:90", "http://user:pw@erp.example.com:90", "http://127.0.0.1:90",
    "http://169.254.169.254/", "http://[::1]:90", "http://10.1.2.3:90", "http://localhost:90",
    "http://[fe80::1]:90", "http://100.100.100.200", "http://0.0.0.0:90", "file:///etc/passwd",
    "http://[::ffff:127.0.0.1]:90", "http://:90",
])
def test_refused_urls(url):
    with pytest.raises(UnsafeServerUrl):
        check_server_url(url, AddressPolicy())


def test_allowed_urls():
    check_server_url("https://erp.example.com:40001", AddressPolicy())
    check_server_url("http://8.8.8.8:90", AddressPolicy())
    check_server_url("http://10.1.2.3:90", AddressPolicy(allow_private_networks=True))
    with pytest.raises(UnsafeServerUrl):
        check_server_url("http://169.254.169.254/", AddressPolicy(True, True))


def test_filters_render_the_same_condition():
    where = after_key(("Supplier", "Invoice"), (" 001", "O'B"))
    assert render_filter(where, "datetimeoffset") == (
        "(Supplier gt ' 001' or (Supplier eq ' 001' and Invoice gt 'O''B'))")
    xml = build_query_xml("ApInvoice", ["Supplier"], where, ["Supplier"], 10,
                          conditions=DEFAULT_COMFND_CONDITIONS, date_format="%Y-%m-%d")
    assert "<OpenBracket>((</OpenBracket>" in xml and "<Value> 001</Value>" in xml
    assert "<AndOr>Or</AndOr>" in xml and "<Value>O'B</Value>" in xml
    assert render_filter(Cmp("InvoiceDate", "ge", date(2025, 1, 2)), "date") == \
        "InvoiceDate ge 2025-01-02"


def test_matches_on_typed_rows():
    row = {"A": Decimal("0"), "D": date(2025, 1, 1), "S": None}
    assert matches(Cmp("A", "eq", Decimal("0")), row)
    assert not matches(Cmp("S", "eq", "x"), row)
    assert matches(Cmp("S", "ne", "x"), row)


def test_full_jitter_is_capped():
    rng = random.Random(1)
    delays = [full_jitter_delay(n, 0.5, 4.0, rng) for n in range(20)]
    assert all(0 <= d <= 4.0 for d in delays)
