"""What a connection is set to sync (`sync_entities`), over real HTTP against the SYSPRO
sandbox with the connection test run by a real RQ worker: kept on the connection, refused by
name when unknown, and deciding the test's verdict. VIEWER may read the AP tables but not the
AR ones, nor use the maintenance business objects."""

from __future__ import annotations

from typing import Any

from sandbox.syspro.server import RunningSandbox as SysproSandbox
from tests.app.browser import Flow
from tests.app.conftest import run_queued_jobs

VIEWER = {"operator": "VIEWER", "operator_password": "sandbox", "company_id": "DEMO"}


def _tested(flow: Flow, connection_id: int) -> dict[str, Any]:
    started = flow.api("POST", f"/api/connections/{connection_id}/test")
    assert started.status_code == 202, started.text
    run_queued_jobs(flow.app)
    progress = flow.api("GET", started.json()["status_url"]).json()
    assert progress["done"] is True, progress
    return progress


def _listed(flow: Flow, connection_id: int) -> dict[str, Any]:
    found = flow.api("GET", "/api/connections").json()["connections"]
    return next(c for c in found if c["id"] == connection_id)


def test_the_choice_is_kept_and_decides_the_test(api_flow: Flow,
                                                 syspro_sandbox: SysproSandbox) -> None:
    flow = api_flow
    created = flow.api("POST", "/api/connections", json={
        "name": "ap", "server_url": syspro_sandbox.base_url, **VIEWER,
        "sync_entities": ["suppliers", "supplier_invoices", "suppliers"]})
    assert created.status_code == 201, created.text
    connection = created.json()["connection"]
    assert connection["sync_entities"] == ["supplier_invoices", "suppliers"]  # catalogue order

    progress = _tested(flow, connection["id"])
    by_group = {g["group"]: g for g in progress["groups"]}
    assert by_group["Supplier invoices"]["ok"] is True
    assert by_group["Supplier invoices"]["wanted"] is True
    assert by_group["Customer invoices"]["ok"] is False
    assert by_group["Customer invoices"]["wanted"] is False
    assert by_group["Write-back to suppliers"]["wanted"] is False
    assert by_group["Connection to SYSPRO"]["wanted"] is True
    # Every step did not pass, but everything chosen works: the test is not a failure.
    assert (progress["ok"], progress["chosen_ok"]) == (False, True)
    assert _listed(flow, connection["id"])["last_test_ok"] is True

    # Chosen in the editor later: the stored test now fails on it; all again is null.
    path = f"/api/connections/{connection['id']}"
    changed = flow.api("PUT", path, json={"sync_entities": ["customer_invoices"]})
    assert changed.status_code == 200, changed.text
    assert _listed(flow, connection["id"])["last_test_ok"] is False
    assert _tested(flow, connection["id"])["chosen_ok"] is False
    schema = flow.api("GET", "/api/connection-schema").json()
    field = next(f for f in schema["fields"] if f["name"] == "sync_entities")
    every = flow.api("PUT", path, json={"sync_entities": field["choices"]})
    assert every.json()["connection"]["sync_entities"] is None
    assert field["choice_labels"][field["choices"].index("write_back_suppliers")] == (
        "Write-back to suppliers")


def test_unknown_keys_are_refused_naming_the_field(api_flow: Flow,
                                                   syspro_sandbox: SysproSandbox) -> None:
    flow = api_flow
    for chosen, says in (
        (["supplier_invoices", "invoices", "ap"], "'invoices', 'ap' are unknown; choose from "
                                                  "supplier_invoices, purchase_orders"),
        ([], "choose at least one"),
    ):
        refused = flow.api("POST", "/api/connections", json={
            "name": "x", "server_url": syspro_sandbox.base_url, **VIEWER, "sync_entities": chosen})
        assert refused.status_code == 422, refused.text
        problem = next(e for e in refused.json()["errors"] if e["field"] == "sync_entities")
        assert problem["label"] == "Data to sync" and problem["message"].startswith(says), (
            problem)
    not_a_list = flow.api("POST", "/api/connections", json={
        "name": "x", "server_url": syspro_sandbox.base_url, **VIEWER, "sync_entities": "suppliers"})
    assert not_a_list.status_code == 400 and not_a_list.json()["field"] == "sync_entities"
    assert flow.api("GET", "/api/connections").json()["connections"] == []
    # A connection saved without a choice (as every one before it existed) syncs everything.
    made = flow.api("POST", "/api/connections", json={
        "name": "all", "server_url": syspro_sandbox.base_url, **VIEWER})
    assert made.json()["connection"]["sync_entities"] is None
    assert _tested(flow, made.json()["connection"]["id"])["chosen_ok"] is False
