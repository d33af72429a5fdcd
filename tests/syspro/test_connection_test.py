"""The connection test: one result per step, with a reason where it failed."""

from __future__ import annotations

import requests

from syspro.connection_test import run_connection_test


def test_admin_passes_every_step(fresh_syspro_sandbox, settings, redis_conn, cipher):
    results = run_connection_test(settings, redis_client=redis_conn, cipher=cipher,
                                  connection_id="t1")
    assert all(r.ok for r in results), [r.line() for r in results if not r.ok]
    steps = [r.step for r in results]
    assert steps[:4] == ["server URL", "logon", "logon profile", "OData"]
    assert "table ApInvoicePay (OData)" in steps
    assert "business object APSSSP" in steps


def test_viewer_sees_exactly_what_is_missing(fresh_syspro_sandbox, settings, redis_conn, cipher):
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


def _change_step(settings, redis_conn, cipher, connection_id):
    results = run_connection_test(settings, redis_client=redis_conn, cipher=cipher,
                                  connection_id=connection_id, check_writers=False)
    return next(r for r in results if r.step == "change tracking")


def test_change_tracking_says_which_cursor_polls_use(fresh_syspro_sandbox, settings, redis_conn,
                                                     cipher):
    comfnd = settings.with_changes(odata_url=None)
    step = _change_step(comfnd, redis_conn, cipher, "t5")
    assert step.ok and "only what changed" in step.detail
    requests.post(f"{fresh_syspro_sandbox.base_url}/_sandbox/settings",
                  json={"comfnd_rowversion_filter": False}, timeout=5).raise_for_status()
    step = _change_step(comfnd, redis_conn, cipher, "t6")
    assert step.ok and "date window" in step.detail and "TimeStamp" in step.detail
    strict = _change_step(comfnd.with_changes(change_cursor="rowversion"), redis_conn, cipher,
                          "t7")
    assert not strict.ok and "rowversion" in strict.detail


def test_a_test_after_an_edit_never_reuses_the_old_session(fresh_syspro_sandbox, settings,
                                                          redis_conn, cipher):
    """After one good test, a wrong password, a wrong company or another operator must show
    the failure: the shared session logged on with the old credentials is not reused."""
    good = settings.with_changes(odata_url=None)
    assert all(r.ok for r in run_connection_test(
        good, redis_client=redis_conn, cipher=cipher, connection_id="edit", check_writers=False))
    for edited in (good.with_changes(operator_password="wrong"),
                   good.with_changes(company_password="wrong"),
                   good.with_changes(company_id="NOPE")):
        results = run_connection_test(edited, redis_client=redis_conn, cipher=cipher,
                                      connection_id="edit", check_writers=False)
        assert [(r.step, r.ok) for r in results][-1] == ("logon", False), edited
    viewer = run_connection_test(good.with_changes(operator="VIEWER"), redis_client=redis_conn,
                                 cipher=cipher, connection_id="edit", check_writers=False)
    assert next(r for r in viewer if r.step == "logon").detail == "operator VIEWER"
    assert next(r for r in viewer if r.step == "logon profile").detail.endswith("VIEWER")
