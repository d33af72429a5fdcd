"""The settings and board views and their JSON API, always scoped to the token's account."""

from __future__ import annotations

import pytest

from store.connections import decrypted_secrets, get_connection
from store.models import AuditEvent, SyncRecord


def _failed_record(monday, tenant) -> int:
    record_id = monday.failed_record(tenant, " 0001")
    with monday.session() as s:
        s.add(AuditEvent(account_id=tenant.account_id, action="failed", syspro_id=" 0001",
                         error_chain=[{"type": "RecordError", "message": "Invalid phone"}]))
    return record_id


def test_pages_render_with_the_token(monday, web_client) -> None:
    monday.tenant(501)
    token = monday.view_token(501)
    page = web_client.get(f"/views/settings?sessionToken={token}")
    assert page.status_code == 200 and b'<div id="root">' in page.data
    assert b"/views/static/dist/settings.js?v=" in page.data
    page = web_client.get(f"/views/board?sessionToken={token}")
    assert page.status_code == 200 and b"/views/static/dist/board.js?v=" in page.data


def test_secrets_are_masked_and_the_mask_keeps_them(monday) -> None:
    tenant = monday.tenant(501)
    listed = monday.api("GET", "/api/connections", 501).json["connections"][0]
    assert listed["operator_password"] == "********"
    assert "op-secret" not in str(listed)
    listed["company_id"] = "EDU2"
    listed["company_password"] = "new-secret"
    response = monday.api("PUT", f"/api/connections/{tenant.connection_id}", 501, json=listed)
    assert response.status_code == 200, response.json
    assert "new-secret" not in response.get_data(as_text=True)
    box = monday.app.extensions["secret_box"]
    with monday.session() as s:
        connection = get_connection(s, tenant.account_id, tenant.connection_id)
        assert connection.company_id == "EDU2"
        assert decrypted_secrets(box, connection) == {
            "operator_password": "op-secret", "company_password": "new-secret",
            "odata_password": ""}


def test_validation_errors_name_the_field(monday) -> None:
    monday.tenant(501, connection=False)
    response = monday.api("POST", "/api/connections", 501, json={
        "name": "x", "server_url": "https://syspro.example.com", "operator": "A",
        "company_id": "C"})
    assert response.status_code == 422 and response.json["field"] == "server_url"
    response = monday.api("POST", "/api/connections", 501, json={
        "name": "x", "server_url": "https://syspro.example.com:1", "operator": "A",
        "company_id": "C", "poll_interval_minutes": 2})
    assert response.json["field"] == "poll_interval_minutes"
    response = monday.api("POST", "/api/connections", 501, json={
        "name": "x", "server_url": "https://syspro.example.com:1", "operator": "A",
        "company_id": "C", "operator_password": "pw"})
    assert response.status_code == 201 and response.json["connection"]["operator_password"]


def test_every_problem_comes_back_at_once_with_labels(monday) -> None:
    monday.tenant(501, connection=False)
    response = monday.api("POST", "/api/connections", 501, json={
        "name": "x", "server_url": "http://127.0.0.1:20001", "operator": "",
        "company_id": "C", "poll_interval_minutes": 2, "options": {"comfnd_paging": "up"}})
    assert response.status_code == 422
    errors = {e["field"]: (e["label"], e["message"]) for e in response.json["errors"]}
    assert errors == {
        "server_url": ("Server URL", "127.0.0.1 is a loopback address; set ALLOW_LOOPBACK=true "
                                     "to allow it"),
        "operator": ("Operator", "is required"),
        "poll_interval_minutes": ("Poll interval (minutes)", "must be between 5 and 60, not 2"),
        "options.comfnd_paging": ("COMFND paging", "must be 'keyset', 'single'"),
    }


def test_the_settings_form_is_rendered_from_the_schema(monday) -> None:
    """The view gets every field (label, help, default, secret flag) from the one schema and
    names none itself: no field name of the schema appears in the view's sources."""
    from pathlib import Path

    from syspro import connection_schema as schema
    from syspro.entities import CATALOGUE

    monday.tenant(501)
    body = monday.api("GET", "/api/connection-schema", 501).json
    assert body["fields"] == [spec.describe() for spec in schema.FIELDS]
    assert [s["key"] for s in body["sections"]] == list(schema.SECTIONS)
    assert [e["label"] for e in body["entities"]] == [e.label for e in CATALOGUE.values()]
    assert {f["name"] for f in body["fields"] if f["secret"]} == set(schema.SECRET_NAMES)
    # The settings form's sources (the board view shows the board API's connection summary).
    sources = Path(__file__).resolve().parents[2] / "frontend" / "src"
    files = [sources / "settings.jsx", *(sources / "settings").rglob("*.js*"),
             *(sources / "common").rglob("*.js*")]
    text = "\n".join(p.read_text() for p in files)
    named = [spec.name for spec in schema.FIELDS if any(
        form in text for form in (f'"{spec.name}"', f"'{spec.name}'", f"connection.{spec.name}",
                                  f"values.{spec.name}", f"c.{spec.name}"))]
    assert named == [], f"the view names schema fields itself: {named}"


def test_board_health_and_retry(monday) -> None:
    tenant = monday.tenant(501)
    record_id = _failed_record(monday, tenant)
    body = monday.api("GET", "/api/board-health", 501).json
    assert body["board_syncs"][0]["records"]["failed"] == 1
    assert body["failed_records"][0]["last_error"] == "Invalid phone number"
    assert body["audit"][0]["error"] == "Invalid phone"
    response = monday.api("POST", f"/api/records/{record_id}/retry", 501)
    assert response.status_code == 200 and response.json["record"]["state"] == "pending"
    # A record that is no longer failed cannot be retried again.
    assert monday.api("POST", f"/api/records/{record_id}/retry", 501).status_code == 404


def test_connection_test_reports_each_step(monday, monkeypatch) -> None:
    from syspro import connection_test
    from syspro.connection_test import StepResult

    tenant = monday.tenant(501)
    seen = {}

    def fake(config, **kwargs):  # type: ignore[no-untyped-def]
        seen["config"] = config
        return iter([StepResult("server URL", True, "allowed"),
                     StepResult("logon", False, "Invalid operator password", "auth")])

    monkeypatch.setattr(connection_test, "iter_connection_test", fake)
    response = monday.test_connection(tenant.connection_id, 501)
    assert response.json["done"] and response.json["ok"] is False
    assert [s["ok"] for s in response.json["steps"]] == [True, False]
    assert seen["config"].operator_password == "op-secret"
    assert seen["config"].read_timeout <= 15
    assert "op-secret" not in response.get_data(as_text=True)
    listed = monday.api("GET", "/api/connections", 501).json["connections"][0]
    assert listed["last_test_ok"] is False


def _capture_connection_test(monkeypatch) -> dict:
    from syspro import connection_test
    from syspro.connection_test import StepResult

    seen: dict = {}

    def fake(config, **kwargs):  # type: ignore[no-untyped-def]
        seen["config"] = config
        return iter([StepResult("server URL", True, "allowed")])

    monkeypatch.setattr(connection_test, "iter_connection_test", fake)
    return seen


@pytest.mark.parametrize("allow_loopback", [False, True])
def test_connection_test_follows_allow_loopback(monday, monkeypatch, allow_loopback) -> None:
    """Outside production too: ALLOW_LOOPBACK unset means a test never reaches 127.0.0.1."""
    import dataclasses

    app_settings = monday.app.config["ML_SETTINGS"]
    assert not app_settings.is_production
    monkeypatch.setitem(monday.app.config, "ML_SETTINGS",
                        dataclasses.replace(app_settings, allow_loopback=allow_loopback))
    seen = _capture_connection_test(monkeypatch)
    tenant = monday.tenant(501)
    monday.test_connection(tenant.connection_id, 501)
    assert seen["config"].allow_loopback is allow_loopback


def test_connection_test_never_takes_a_path_from_stored_options(monday, monkeypatch) -> None:
    """A row saved before options were checked must not make the test open a server file,
    and the answer must be the same whether the file exists or not."""
    seen = _capture_connection_test(monkeypatch)
    tenant = monday.tenant(501)
    details = []
    for path in ("/etc/hostname", "/no/such/file.pem"):
        with monday.session() as s:
            get_connection(s, tenant.account_id, tenant.connection_id).options = {
                "ca_bundle_path": path}
        response = monday.test_connection(tenant.connection_id, 501)
        assert response.status_code == 200 and response.json["ok"] is False
        details.append(response.json["steps"])
    assert details[0] == details[1] and "config" not in seen
    assert details[0][0]["step"] == "options" and "ca_bundle_path" in details[0][0]["detail"]


def test_options_from_the_form_are_checked(monday) -> None:
    tenant = monday.tenant(501)
    path = f"/api/connections/{tenant.connection_id}"
    bad = monday.api("PUT", path, 501, json={"options": {"ca_bundle_path": "/etc/passwd"}})
    assert bad.status_code == 422 and bad.json["field"] == "options.ca_bundle_path"
    unknown = monday.api("PUT", path, 501, json={"options": {"page_size": 5}})
    assert unknown.status_code == 422 and unknown.json["field"] == "options.page_size"
    good = monday.api("PUT", path, 501, json={"options": {"comfnd_page_size": 5}})
    assert good.status_code == 200, good.json


def test_not_installed_account_gets_403(monday) -> None:
    assert monday.api("GET", "/api/connections", 999).status_code == 403


@pytest.mark.parametrize(
    ("method", "path", "json"),
    [
        ("GET", "/api/connections/{c}", None),
        ("PUT", "/api/connections/{c}", {"operator": "EVIL"}),
        ("POST", "/api/connections/{c}/test", None),
        ("GET", "/api/connections/{c}/sync-url", None),
        ("POST", "/api/connections/{c}/sync-url/rotate", None),
        ("POST", "/api/records/{r}/retry", None),
        ("DELETE", "/api/connections/{c}", None),
        ("PUT", "/api/connections/{c}/default", None),
    ],
)
def test_one_account_cannot_reach_anothers_rows(monday, method, path, json) -> None:
    victim = monday.tenant(501)
    monday.tenant(502)
    record_id = _failed_record(monday, victim)
    url = path.format(c=victim.connection_id, r=record_id)
    response = monday.api(method, url, 502, json=json)
    assert response.status_code == 404
    with monday.session() as s:
        connection = get_connection(s, victim.account_id, victim.connection_id)
        assert connection.operator == "ADMIN" and connection.sync_url_token_encrypted is None
        assert connection.last_tested_at is None
        assert s.get(SyncRecord, record_id).state == "failed"


def test_lists_only_show_the_own_account(monday) -> None:
    victim = monday.tenant(501)
    monday.tenant(502, connection=False)
    _failed_record(monday, victim)
    assert monday.api("GET", "/api/connections", 502).json["connections"] == []
    body = monday.api("GET", "/api/board-health", 502).json
    assert body["board_syncs"] == [] and body["failed_records"] == []
    assert all(e["action"] != "failed" for e in body["audit"])


def test_connection_test_answers_at_once_and_runs_as_a_job(monday) -> None:
    """The web request only enqueues: a slow SYSPRO can never hold a web worker."""
    tenant = monday.tenant(501)
    path = f"/api/connections/{tenant.connection_id}/test"
    started = monday.api("POST", path, 501)
    assert started.status_code == 202 and started.json["status_url"].startswith(path + "/")
    assert monday.api("POST", path, 501).status_code == 409  # one test at a time
    waiting = monday.api("GET", started.json["status_url"], 501)
    assert waiting.json == {"done": False, "ok": None, "chosen_ok": None, "steps": [],
                            "groups": []}
    assert monday.api("GET", path + "/" + "0" * 32, 501).status_code == 404
    assert monday.api("GET", path + "/not-a-run", 501).status_code == 400
    other = monday.tenant(502)
    assert monday.api("GET", started.json["status_url"], 502).status_code == 404
    assert other.connection_id != tenant.connection_id
