"""The connection test: one result per step, with a reason where it failed."""

from __future__ import annotations

from syspro.connection_test import run_connection_test


def test_admin_passes_every_step(fresh_sandbox, settings, redis_conn, cipher):
    results = run_connection_test(settings, redis_client=redis_conn, cipher=cipher,
                                  connection_id="t1")
    assert all(r.ok for r in results), [r.line() for r in results if not r.ok]
    steps = [r.step for r in results]
    assert steps[:4] == ["server URL", "logon", "logon profile", "OData"]
    assert "table ApInvoicePay (OData)" in steps
    assert "business object APSSSP" in steps


def test_viewer_sees_exactly_what_is_missing(fresh_sandbox, settings, redis_conn, cipher):
    viewer = settings.with_changes(operator="VIEWER", odata_url=None)
    failed = {r.step: r for r in run_connection_test(
        viewer, redis_client=redis_conn, cipher=cipher, connection_id="t2") if not r.ok}
    assert set(failed) == {
        "table ArInvoice (COMFND)", "table ArCustomer (COMFND)", "table ArInvoicePay (COMFND)",
        "table ArCustomerBal (COMFND)", "business object APSSSP", "business object ARSSCS",
    }
    assert all(r.error_kind == "access_denied" for r in failed.values())
    assert "Access denied" in failed["business object APSSSP"].detail


def test_bad_password_stops_after_logon(settings, redis_conn, cipher):
    results = run_connection_test(settings.with_changes(operator_password="x"),
                                  redis_client=redis_conn, cipher=cipher, connection_id="t3")
    assert [(r.step, r.ok) for r in results] == [("server URL", True), ("logon", False)]
    assert results[-1].error_kind == "auth_failed"


def test_unsafe_url_stops_first(settings, redis_conn, cipher):
    results = run_connection_test(
        settings.with_changes(server_url="http://169.254.169.254:80"),
        redis_client=redis_conn, cipher=cipher, connection_id="t4")
    assert len(results) == 1 and results[0].error_kind == "unsafe_url"
