"""Idempotency-Key handling, webhook delivery (handshake, JWT, retries) and the OAuth endpoints."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import jwt
import pytest
import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from monday_api import MondayClient, queries
from tests.monday_api.helpers import client_settings

# -- idempotency ---------------------------------------------------------------------------


def _raw_create(sandbox, board_id: str, key: str, name: str = "INV-1") -> requests.Response:
    body = {"query": queries.CREATE_ITEM, "variables": {"board_id": board_id, "item_name": name}}
    return requests.post(sandbox.api_url, json=body, timeout=5, headers={
        "Authorization": "sandbox-token", "API-Version": "2026-10", "Idempotency-Key": key})


def test_same_key_replays_the_first_answer(monday_sandbox, monday_client, board_id):
    first = _raw_create(monday_sandbox, board_id, "run1-invoice-42-create")
    second = _raw_create(monday_sandbox, board_id, "run1-invoice-42-create")
    assert second.headers.get("Idempotency-Replayed") == "true"
    assert first.json()["data"] == second.json()["data"]
    assert len(list(monday_client.iter_items(board_id))) == 1


def test_conflict_while_the_first_runs_is_retried_with_the_same_key(monday_sandbox, board_id):
    client = MondayClient("sandbox-token", client_settings(monday_sandbox.api_url))
    requests.post(f"{monday_sandbox.url}/_sandbox/faults", timeout=5,
                  json={"kind": "slow", "delay": 0.5, "operation": "CreateItem"})
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        client.create_item(board_id, "INV-7", idempotency_key="inv-7-create")))
        for _ in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join(10)
    assert len({r.id for r in results}) == 1 and len(results) == 2
    stats = monday_sandbox.sandbox.stats.as_dict()
    assert stats["conflicts"] >= 1 and stats["replays"] >= 1
    assert [i.name for i in client.iter_items(board_id)] == ["INV-7"]


def test_derived_key_depends_on_what_the_mutation_does():
    from monday_api import idempotency_key

    a = idempotency_key("CreateItem", {"board_id": "1", "item_name": "A"})
    assert a == idempotency_key("CreateItem", {"item_name": "A", "board_id": "1"})
    assert a != idempotency_key("CreateItem", {"board_id": "1", "item_name": "B"})


# -- webhooks ------------------------------------------------------------------------------


class Receiver:
    """A tiny HTTP endpoint recording what monday's webhooks send it."""

    def __init__(self, fail_first: int = 0):
        self.received: list[tuple[dict, dict]] = []
        self.fail_first = fail_first
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @Request.application
    def app(self, request: Request) -> Response:
        body = json.loads(request.get_data() or b"{}")
        if "challenge" in body:
            return Response(json.dumps(body), mimetype="application/json")
        self.received.append((body, dict(request.headers)))
        if self.fail_first > 0:
            self.fail_first -= 1
            return Response("busy", status=503)
        return Response("{}", mimetype="application/json")

    def wait_for(self, count: int, timeout: float = 5.0) -> list[tuple[dict, dict]]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.received


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver(fail_first=1)
    yield running
    running.server.shutdown()


def test_webhooks_handshake_deliver_signed_events_and_retry(monday_sandbox, monday_client, board_id,
                                                            receiver):
    hook = monday_client.create_webhook(board_id, receiver.url, "change_specific_column_value",
                                 {"columnId": "status"})
    created = monday_client.create_webhook(board_id, receiver.url, "create_item")
    assert {w.id for w in monday_client.webhooks(board_id)} == {hook.id, created.id}
    item = monday_client.create_item(board_id, "INV-1")
    requests.post(f"{monday_sandbox.url}/_sandbox/items/{item.id}/column_values", timeout=5,
                  json={"column_values": {"status": {"label": "Paid"}}, "user_id": 7})
    # First delivery fails (503) and comes again a sandbox minute later (1 s here).
    received = receiver.wait_for(3)
    events = [body["event"] for body, _ in received]
    assert events[0]["type"] == "create_pulse" and events[0]["pulseId"] == int(item.id)
    assert received[2][0].get("isRetry") is True
    assert received[2][0]["event"]["triggerUuid"] == events[0]["triggerUuid"]
    change = next(e for e in events if e["type"] == "update_column_value")
    assert change["columnId"] == "status" and change["userId"] == 7
    assert change["value"]["label"]["text"] == "Paid"
    claims = jwt.decode(received[1][1]["Authorization"], "sandbox-signing-secret-0123456789abcdef",
                        algorithms=["HS256"], audience=receiver.url)
    assert claims["accountId"] == 1
    monday_client.delete_webhook(hook.id)
    assert [w.id for w in monday_client.webhooks(board_id)] == [created.id]


def test_webhook_url_that_fails_the_challenge_is_refused(monday_client, board_id, monday_sandbox):
    from monday_api import RecordError

    with pytest.raises(RecordError):
        monday_client.create_webhook(board_id, f"{monday_sandbox.url}/nowhere", "create_item")


# -- OAuth ---------------------------------------------------------------------------------

REDIRECT = "https://app.example/oauth/callback"


def _authorize(sandbox, decision: str, scope: str = "boards:read boards:write") -> dict:
    page = requests.get(f"{sandbox.url}/oauth2/authorize", timeout=5, params={
        "client_id": "sandbox-client-id", "redirect_uri": REDIRECT, "scope": scope,
        "state": "xyz"})
    assert page.status_code == 200 and "Allow" in page.text
    answer = requests.post(f"{sandbox.url}/oauth2/authorize", allow_redirects=False, timeout=5,
                           data={"redirect_uri": REDIRECT, "state": "xyz", "scope": scope,
                                 "decision": decision})
    assert answer.status_code == 302
    return {k: v[0] for k, v in parse_qs(urlparse(answer.headers["Location"]).query).items()}


def test_oauth_install_flow_issues_a_working_token(monday_sandbox):
    params = _authorize(monday_sandbox, "allow")
    assert params["state"] == "xyz"
    token = requests.post(f"{monday_sandbox.url}/oauth2/token", timeout=5, data={
        "client_id": "sandbox-client-id", "client_secret": "sandbox-client-secret",
        "code": params["code"], "redirect_uri": REDIRECT}).json()
    assert token["token_type"] == "Bearer" and token["scope"] == "boards:read boards:write"
    for sent in (token["access_token"], f"Bearer {token['access_token']}"):
        me = MondayClient(sent, client_settings(monday_sandbox.api_url)).me()
        assert me.account.id == "1"
    reused = requests.post(f"{monday_sandbox.url}/oauth2/token", timeout=5, data={
        "client_id": "sandbox-client-id", "client_secret": "sandbox-client-secret",
        "code": params["code"], "redirect_uri": REDIRECT})
    assert reused.status_code == 400  # a code works once


def test_oauth_deny_and_bad_scope(monday_sandbox):
    assert _authorize(monday_sandbox, "deny")["error"] == "access_denied"
    bad = requests.get(f"{monday_sandbox.url}/oauth2/authorize", allow_redirects=False, timeout=5,
                       params={"client_id": "sandbox-client-id", "redirect_uri": REDIRECT,
                               "scope": "everything", "state": "s"})
    assert "error=invalid_scope" in bad.headers["Location"]


def test_oauth_rejects_a_wrong_client_secret(monday_sandbox):
    params = _authorize(monday_sandbox, "allow")
    answer = requests.post(f"{monday_sandbox.url}/oauth2/token", timeout=5, data={
        "client_id": "sandbox-client-id", "client_secret": "wrong", "code": params["code"],
        "redirect_uri": REDIRECT})
    assert answer.status_code == 401
