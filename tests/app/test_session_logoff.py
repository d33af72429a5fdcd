"""A saved change to a connection's logon ends its shared e.net session.

The app is served live and the settings API is called over HTTP; SYSPRO is the sandbox, and
its session list is what says a session was logged off. The Logoff call is a job, run here by
an RQ worker on the app's Redis.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jwt
import pytest
import requests

from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from store.board_syncs import connection_spec
from store.connections import get_connection
from sync.sources import enet_client
from sync.writeback import build_writer
from syspro.errors import AccessDenied
from syspro.writers import SUPPLIERS
from tests.app.browser import LiveServer
from tests.app.conftest import CLIENT_ID, CLIENT_SECRET, run_queued_jobs

ACCOUNT = 77


@dataclass
class Stack:
    url: str
    app: Any
    syspro: RunningSandbox
    account_id: int

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        claims = {"exp": int(time.time()) + 300,
                  "dat": {"account_id": ACCOUNT, "user_id": 7, "client_id": CLIENT_ID,
                          "is_admin": True, "user_kind": "admin"}}
        token = jwt.encode(claims, CLIENT_SECRET, algorithm="HS256")
        return requests.request(method, self.url + path, timeout=10,
                                headers={"Authorization": f"Bearer {token}"}, **kwargs)

    def sessions(self) -> dict[str, Any]:
        return requests.get(f"{self.syspro.base_url}/_sandbox/sessions", timeout=10).json()

    def client_kit(self, connection_id: int) -> dict[str, Any]:
        """What a worker builds SYSPRO clients from: the saved connection and the app's Redis."""
        with self.app.extensions["store"].session() as s:
            spec = connection_spec(self.app.extensions["secret_box"],
                                   get_connection(s, self.account_id, connection_id))
        return {"connection": spec, "redis_client": self.app.extensions["redis"],
                "cipher": self.app.extensions["secret_box"], "allow_loopback": True}


@pytest.fixture
def stack(app_config: dict[str, object]) -> Iterator[Stack]:
    from monday_app.factory import create_app
    from store.accounts import install_account
    from store.migrate import upgrade

    syspro = start_syspro(size=SeedSize(suppliers=5, customers=5, supplier_invoices=5,
                                        purchase_orders=5, customer_invoices=5,
                                        stock_items=5, gl_accounts=5))
    server = LiveServer()
    config = {**app_config, "PUBLIC_BASE_URL": server.url, "ALLOW_LOOPBACK": "true"}
    upgrade(str(config["DATABASE_URL"]))
    app = create_app(config)
    with app.extensions["store"].session() as s:
        account_id = install_account(s, ACCOUNT, name="Logoff test")[0].id
    server.serve(app)
    try:
        yield Stack(server.url, app, syspro, account_id)
    finally:
        server.stop()
        syspro.stop()
        app.extensions["store"].dispose()


def _connection(stack: Stack) -> int:
    saved = stack.api("POST", "/api/connections", json={
        "name": "main", "server_url": stack.syspro.base_url, "operator": "ADMIN",
        "operator_password": "sandbox", "company_id": "DEMO", "company_password": ""})
    assert saved.status_code == 201, saved.text
    return saved.json()["connection"]["id"]


def _log_on(stack: Stack, connection_id: int) -> str:
    """Log the connection's shared session on, as a worker would; its Redis key."""
    kit = stack.client_kit(connection_id)
    client = enet_client(kit["connection"], redis_client=kit["redis_client"],
                         cipher=kit["cipher"], allow_loopback=True)
    client.profile()
    client.close()
    return client.session.key


def test_a_changed_operator_logs_the_old_session_off(stack: Stack) -> None:
    connection_id = _connection(stack)
    session_key = _log_on(stack, connection_id)
    assert [s["operator"] for s in stack.sessions()["sessions"]] == ["ADMIN"]

    # A change that is not the logon leaves the session alone.
    kept = stack.api("PUT", f"/api/connections/{connection_id}",
                     json={"poll_interval_minutes": 30})
    assert kept.status_code == 200, kept.text
    run_queued_jobs(stack.app)
    assert [s["operator"] for s in stack.sessions()["sessions"]] == ["ADMIN"]

    changed = stack.api("PUT", f"/api/connections/{connection_id}",
                        json={"operator": "VIEWER", "operator_password": "sandbox"})
    assert changed.status_code == 200, changed.text
    assert stack.app.extensions["redis"].get(session_key) is None  # out of use at once
    run_queued_jobs(stack.app)
    sessions = stack.sessions()
    assert sessions["sessions"] == [] and sessions["logons"] == 1


def test_a_changed_password_logs_off_and_a_failed_logoff_never_fails_the_save(
    stack: Stack,
) -> None:
    connection_id = _connection(stack)
    _log_on(stack, connection_id)
    changed = stack.api("PUT", f"/api/connections/{connection_id}",
                        json={"company_password": "new-company-password"})
    assert changed.status_code == 200, changed.text
    run_queued_jobs(stack.app)
    assert stack.sessions()["sessions"] == []

    stack.api("PUT", f"/api/connections/{connection_id}", json={"company_password": ""})
    session_key = _log_on(stack, connection_id)
    stack.syspro.stop()  # the Logoff cannot reach SYSPRO
    again = stack.api("PUT", f"/api/connections/{connection_id}",
                      json={"operator": "VIEWER", "operator_password": "sandbox"})
    assert again.status_code == 200, again.text
    assert again.json()["connection"]["operator"] == "VIEWER"
    assert stack.app.extensions["redis"].get(session_key) is None
    run_queued_jobs(stack.app)  # the job logs a warning and ends


def test_a_refusal_learned_before_the_operator_changed_is_forgotten(stack: Stack) -> None:
    connection_id = _connection(stack)
    stack.api("PUT", f"/api/connections/{connection_id}",
              json={"operator": "VIEWER", "operator_password": "sandbox"})
    kit = stack.client_kit(connection_id)
    writer = build_writer(kit["connection"], redis_client=kit["redis_client"],
                          cipher=kit["cipher"], allow_loopback=True)
    with pytest.raises(AccessDenied):
        writer.write(SUPPLIERS, "Update", "00001", {"Telephone": "011 555 0100"})
    refusals = writer.client.permissions
    assert refusals.denied("APSSSP") is not None
    writer.client.close()

    changed = stack.api("PUT", f"/api/connections/{connection_id}",
                        json={"operator": "ADMIN", "operator_password": "sandbox"})
    assert changed.status_code == 200, changed.text
    assert refusals.denied("APSSSP") is None  # forgotten at once, before any job runs
    run_queued_jobs(stack.app)
    assert stack.sessions()["sessions"] == []  # VIEWER's session was logged off


def test_a_removed_connection_logs_its_session_off(stack: Stack) -> None:
    connection_id = _connection(stack)
    session_key = _log_on(stack, connection_id)
    assert [s["operator"] for s in stack.sessions()["sessions"]] == ["ADMIN"]
    removed = stack.api("DELETE", f"/api/connections/{connection_id}")
    assert removed.status_code == 200, removed.text
    assert stack.app.extensions["redis"].get(session_key) is None  # out of use at once
    run_queued_jobs(stack.app)
    assert stack.sessions()["sessions"] == []
