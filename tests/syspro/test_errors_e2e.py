"""Every error class, provoked over real HTTP against the sandbox."""

from __future__ import annotations

import pytest

from syspro.errors import (
    AccessDenied,
    AuthFailed,
    BusinessObjectUnavailable,
    MalformedResponse,
    SysproTimeout,
    TransportError,
    UnsafeServerUrl,
)
from syspro.readers.comfnd import ComfndReader
from syspro.readers.odata import ODataReader
from tests.syspro.helpers import control


@pytest.fixture
def viewer_settings(settings):  # type: ignore[no-untyped-def]
    return settings.with_changes(operator="VIEWER")


def fault(sandbox, kind: str, **extra) -> None:  # type: ignore[no-untyped-def]
    assert control(sandbox, "POST", "faults", {"kind": kind, **extra}).status_code == 200


def test_access_denied_is_parsed_and_remembered(fresh_syspro_sandbox, make_enet_client,
                                                viewer_settings):
    client = make_enet_client(viewer_settings)
    reader = ComfndReader(client)
    with pytest.raises(AccessDenied) as caught:
        list(reader.read("customer_invoices"))
    assert caught.value.operator == "VIEWER"
    assert caught.value.business_object == "COMFND"
    assert caught.value.table == "ArInvoice"
    assert "COMFND:ArInvoice" in client.permissions.all_denied()
    before = control(fresh_syspro_sandbox, "GET", "health").json()["requests"]
    with pytest.raises(AccessDenied, match="Access denied"):
        list(reader.read("customer_invoices"))
    after = control(fresh_syspro_sandbox, "GET", "health").json()["requests"]
    assert after == before + 1  # only the health call itself: SYSPRO was not asked again
    assert list(reader.read("suppliers"))  # what VIEWER may read still works


def test_odata_refusals(fresh_syspro_sandbox, viewer_settings, settings):
    with pytest.raises(AccessDenied):
        list(ODataReader(viewer_settings).read("customers"))
    with pytest.raises(AuthFailed):
        list(ODataReader(settings.with_changes(odata_password="nope")).read("suppliers"))


def test_business_object_unavailable(fresh_syspro_sandbox, enet_client):
    with pytest.raises(BusinessObjectUnavailable) as caught:
        enet_client.query("XXXQRY", "<Query/>")
    assert caught.value.retryable


def test_slow_answer_times_out(fresh_syspro_sandbox, make_enet_client, settings):
    client = make_enet_client(settings.with_changes(read_timeout=0.3, max_retries=0))
    client.profile()
    fault(fresh_syspro_sandbox, "slow", delay=1.0, path_contains="GetLogonProfile")
    with pytest.raises(SysproTimeout) as caught:
        client.profile()
    assert "sandbox" not in str(caught.value)  # the operator password never leaks


def test_server_errors_are_retried_with_a_cap(fresh_syspro_sandbox, make_enet_client, settings):
    client = make_enet_client(settings.with_changes(max_retries=2))
    client.profile()
    fault(fresh_syspro_sandbox, "error500", count=2, path_contains="GetLogonProfile")
    assert client.profile()["OperatorCode"] == "ADMIN"
    fault(fresh_syspro_sandbox, "error500", count=3, path_contains="GetLogonProfile")
    with pytest.raises(TransportError) as caught:
        client.profile()
    assert caught.value.status == 500


def test_malformed_xml_and_json(fresh_syspro_sandbox, enet_client, settings):
    enet_client.profile()
    fault(fresh_syspro_sandbox, "malformed", scope="enet")
    with pytest.raises(MalformedResponse):
        list(ComfndReader(enet_client).read("gl_accounts"))
    fault(fresh_syspro_sandbox, "malformed", scope="odata")
    with pytest.raises(MalformedResponse):
        list(ODataReader(settings).read("gl_accounts"))


def test_dropped_connection_is_transport_and_scrubbed(fresh_syspro_sandbox, make_enet_client,
                                                      settings):
    client = make_enet_client(settings.with_changes(max_retries=0))
    fault(fresh_syspro_sandbox, "drop", path_contains="Logon")
    with pytest.raises(TransportError) as caught:
        client.profile()
    text = str(caught.value)
    assert "OperatorPassword=***" in text or "OperatorPassword" not in text
    assert "=sandbox" not in text


def test_dropped_connection_recovers_on_retry(fresh_syspro_sandbox, enet_client):
    enet_client.profile()
    fault(fresh_syspro_sandbox, "drop", path_contains="Query")
    assert len(list(ComfndReader(enet_client).read("gl_accounts"))) == 60


def test_expired_session_fault_mid_read(fresh_syspro_sandbox, enet_client):
    enet_client.profile()
    fault(fresh_syspro_sandbox, "expire_session", path_contains="Query")
    assert len(list(ComfndReader(enet_client).read("gl_accounts"))) == 60


def test_loopback_refused_without_opt_in(syspro_sandbox, make_enet_client, settings):
    client = make_enet_client(settings.with_changes(allow_loopback=False))
    with pytest.raises(UnsafeServerUrl):
        client.profile()
    # A name that resolves to loopback is caught at connect time, not by the URL text.
    by_name = settings.with_changes(
        allow_loopback=False, server_url=syspro_sandbox.base_url.replace("127.0.0.1", "localhost.")
    )
    with pytest.raises(UnsafeServerUrl):
        make_enet_client(by_name).profile()
