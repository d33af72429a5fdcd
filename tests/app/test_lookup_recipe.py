"""Write-back from monday, set up from monday: the lookup recipe and the board view's switch.

The app is served live; the monday sandbox plays monday (recipe calls, board webhooks it sends
when a person edits an item) and the SYSPRO sandbox is SYSPRO. Jobs the app enqueues are run
by an RQ worker on the app's Redis, so an edit reaches SYSPRO the way it does in production.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from sandbox.monday.server import RunningSandbox
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox as SysproSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from store.accounts import find_account, save_token
from store.board_syncs import create_board_sync
from store.connections import list_connections
from store.models import BoardSync
from sync.sources import build_monday_client
from tests.app.browser import Flow, live_flow
from tests.app.conftest import run_queued_jobs

LOOKUP_SUBSCRIBE = "/monday/recipes/lookup/subscribe"
UNSUBSCRIBE = "/monday/recipes/sync/unsubscribe"
SANDBOX_TOKEN = "sandbox-token"  # the monday sandbox's app token of account 1, user 1
PERSON = 2  # a member editing the board
SEED = SeedSize(suppliers=5, customers=5, supplier_invoices=5, purchase_orders=5,
                customer_invoices=5, stock_items=5, gl_accounts=5)


@dataclass
class Stack:
    flow: Flow
    syspro: SysproSandbox

    def api(self, method: str, path: str, *, admin: bool = True, **kwargs: Any
            ) -> requests.Response:
        dat = {} if admin else {"dat": {"is_admin": False, "user_kind": "member"}}
        token = self.flow.monday("session-token", account_id=1, user_id=PERSON, **dat)["token"]
        return requests.request(method, self.flow.url + path, timeout=10,
                                headers={"Authorization": f"Bearer {token}"}, **kwargs)

    def sandbox_get(self, path: str) -> Any:
        return requests.get(f"{self.flow.sandbox.url}/_sandbox/{path}", timeout=10).json()

    def webhooks(self, board_id: str) -> list[str]:
        return sorted(w["event"] for w in self.sandbox_get("webhooks")
                      if w["board_id"] == board_id)

    def edit(self, item_id: str, column_id: str, value: str) -> None:
        requests.post(f"{self.flow.sandbox.url}/_sandbox/items/{item_id}/column_values",
                      json={"column_values": {column_id: value}, "user_id": PERSON},
                      timeout=10).raise_for_status()

    def telephone(self, code: str) -> str:
        return self.syspro.app.state.data.table("ApSupplier").find((code,))["Telephone"]

    def subscribe(self, entity: str, board_id: str, **extra: Any) -> dict[str, Any]:
        return self.flow.monday(
            "recipes/subscribe", subscribe_url=self.flow.url + LOOKUP_SUBSCRIBE,
            unsubscribe_url=self.flow.url + UNSUBSCRIBE, account_id=1, user_id=1,
            input_fields={"boardId": int(board_id), "entity": entity}, **extra)


@pytest.fixture
def stack(app_config: dict[str, object], monday_sandbox: RunningSandbox) -> Iterator[Stack]:
    syspro = start_syspro(size=SEED)
    try:
        with live_flow({**app_config, "ALLOW_LOOPBACK": "true"}, monday_sandbox) as flow:
            assert flow.lifecycle("install")["state"] == "done"
            with flow.session() as s:
                account = find_account(s, 1)
                save_token(s, flow.app.extensions["secret_box"], account, 1, SANDBOX_TOKEN)
            saved = flow.api("POST", "/api/connections", json={
                "name": "main", "server_url": syspro.base_url, "operator": "ADMIN",
                "operator_password": "sandbox", "company_id": "DEMO", "company_password": ""})
            assert saved.status_code == 201, saved.text
            yield Stack(flow, syspro)
    finally:
        syspro.stop()


def _board(stack: Stack, name: str) -> str:
    client = build_monday_client(SANDBOX_TOKEN, redis_client=stack.flow.app.extensions["redis"],
                                 monday_account_id=1, api_url=stack.flow.sandbox.api_url)
    return client.create_board(name).id


def _delivered(stack: Stack, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
    """Board webhook deliveries the app answered 200, once `count` have arrived."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [d for d in stack.sandbox_get("webhook_deliveries") if d["status"] == 200]
        if len(done) >= count:
            return done
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} board webhook deliveries were answered")


def _sync(stack: Stack) -> BoardSync:
    with stack.flow.session() as s:
        sync = s.query(BoardSync).one()
        s.expunge(sync)
        return sync


def test_recipe_turns_write_back_on_and_the_switch_turns_it_off(stack: Stack) -> None:
    board_id = _board(stack, "Suppliers")
    subscribed = stack.subscribe("suppliers", board_id, wait=True)
    assert subscribed["subscription"]["status"] == "active", subscribed
    run_queued_jobs(stack.flow.app)  # provisioning: columns, webhooks, first poll and push

    sync = _sync(stack)
    assert sync.mode == "lookup"
    assert {"change_column_value", "change_name"} <= set(sync.webhook_ids)
    assert stack.webhooks(board_id) == ["change_column_value", "change_name"]
    items = stack.sandbox_get(f"boards/{board_id}/items")
    assert len(items) == SEED.suppliers
    phone = sync.provisioned_columns["telephone"]["id"]
    code = items[0]["column_values"][sync.provisioned_columns["syspro_id"]["id"]]["text"]

    # A person edits a phone number on the board: SYSPRO gets it, through a real worker.
    stack.edit(items[0]["id"], phone, "+27 21 555 0101")
    _delivered(stack, 1)
    run_queued_jobs(stack.flow.app)
    assert stack.telephone(code) == "+27 21 555 0101"

    # A member may not turn write-back off; nothing changes.
    refused = stack.api("PUT", f"/api/board-syncs/{sync.id}/lookup", admin=False,
                        json={"enabled": False})
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    assert _sync(stack).mode == "lookup"

    # An admin turns it off: the webhooks are deleted in monday, later edits stay on monday.
    off = stack.api("PUT", f"/api/board-syncs/{sync.id}/lookup", json={"enabled": False})
    assert off.status_code == 200, off.text
    assert off.json()["board_sync"]["mode"] == "one_way"
    run_queued_jobs(stack.flow.app)
    assert stack.webhooks(board_id) == []
    assert not {"change_column_value", "change_name"} & set(_sync(stack).webhook_ids)
    delivered = len(stack.sandbox_get("webhook_deliveries"))
    stack.edit(items[0]["id"], phone, "+27 21 555 0202")
    time.sleep(0.3)
    run_queued_jobs(stack.flow.app)
    assert len(stack.sandbox_get("webhook_deliveries")) == delivered
    assert stack.telephone(code) == "+27 21 555 0101"

    # On again, then the recipe removed: the webhooks go with it.
    on = stack.api("PUT", f"/api/board-syncs/{sync.id}/lookup", json={"enabled": True})
    assert on.status_code == 200, on.text
    run_queued_jobs(stack.flow.app)
    assert stack.webhooks(board_id) == ["change_column_value", "change_name"]
    subscription = subscribed["subscription"]["id"]
    removed = stack.flow.monday(f"recipes/{subscription}/unsubscribe", wait=True)
    assert removed["state"] == "done"
    run_queued_jobs(stack.flow.app)
    assert stack.webhooks(board_id) == []
    assert not _sync(stack).enabled


def test_documents_cannot_be_written_back(stack: Stack) -> None:
    board_id = _board(stack, "Invoices")
    recipe = stack.subscribe("supplier_invoices", board_id, retry=False, wait=True)
    assert [a["status"] for a in recipe["attempts"]] == [400]
    assert "cannot be written back to SYSPRO" in recipe["answer"]["notificationErrorDescription"]
    with stack.flow.session() as s:
        assert s.query(BoardSync).count() == 0
        account = find_account(s, 1)
        connection_id = list_connections(s, account.id)[0].id
        sync_id = create_board_sync(s, account.id, {"connection_id": connection_id,
                                                    "board_id": board_id,
                                                    "entity": "supplier_invoices"}).id
    switched = stack.api("PUT", f"/api/board-syncs/{sync_id}/lookup", json={"enabled": True})
    assert switched.status_code == 422
    assert switched.json()["field"] == "mode"
    assert "cannot be written back to SYSPRO" in switched.json()["message"]
    assert _sync(stack).mode == "one_way"
    bad = stack.api("PUT", f"/api/board-syncs/{sync_id}/lookup", json={"enabled": "yes"})
    assert bad.status_code == 400 and bad.json()["field"] == "enabled"


def test_lookup_mode_is_offered_exactly_where_write_back_has_a_setup_object() -> None:
    from store.models import LOOKUP_ENTITIES
    from sync.writeback import SETUP_OBJECTS

    assert set(LOOKUP_ENTITIES) == set(SETUP_OBJECTS)
