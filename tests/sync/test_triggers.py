"""Custom trigger firing from a push: created and changed records reach every subscription.

A small local HTTP receiver plays monday's trigger endpoint; one subscription answers 429 with
Retry-After once, another always fails, which must be audited without failing the push.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
import requests

import sync.triggers
from store.audit import AuditFilter, query
from store.subscriptions import subscribe_trigger
from sync.poll import poll
from sync.push import push

SECRET = "trigger-test-signing-secret-0123456789abcdef"


class TriggerReceiver:
    """POST /<name>: records {"trigger": ...} bodies; /flaky answers 429 once, /down 500."""

    def __init__(self) -> None:
        self.fired: dict[str, list[dict[str, Any]]] = {}
        self.tokens: list[str] = []
        self.flaky_left = 1
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                name = self.path.strip("/")
                status, headers = 200, {}
                with lock:
                    if name == "down":
                        status = 500
                    elif name == "flaky" and receiver.flaky_left:
                        receiver.flaky_left -= 1
                        status, headers = 429, {"Retry-After": "1"}
                    else:
                        receiver.fired.setdefault(name, []).append(body["trigger"])
                        receiver.tokens.append(self.headers.get("Authorization", ""))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def trigger_receiver() -> Iterator[TriggerReceiver]:
    running = TriggerReceiver()
    yield running
    running.server.shutdown()


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(sync.triggers, "sleep", slept.append)
    return slept


def _subscribe(env, name: str, url: str, entity: str = "supplier_invoices") -> None:
    with env.runtime.db.session() as session:
        subscribe_trigger(session, env.account_id, f"sub-{name}",
                          {"entity": entity, "webhook_url": url,
                           "connection_id": env.connection_id})


def test_created_and_changed_records_fire_the_trigger(engine_env, trigger_receiver,
                                                      waits) -> None:
    env = engine_env
    env.ctx.enqueue_push = None
    env.ctx.signing_secret = SECRET
    env.ctx.monday_client_id = "sandbox-client-id"
    url = trigger_receiver.url
    _subscribe(env, "ok", f"{url}/ok")
    _subscribe(env, "flaky", f"{url}/flaky")
    _subscribe(env, "down", f"{url}/down")
    _subscribe(env, "other-entity", f"{url}/other", entity="purchase_orders")
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")

    poll(env.ctx, sync_id)
    first = push(env.ctx, sync_id)
    assert first.failed == 0 and first.created > 0
    fired = trigger_receiver.fired
    assert len(fired["ok"]) == first.created
    assert len(fired["flaky"]) == first.created  # the 429 was retried
    assert "other" not in fired and "down" not in fired
    assert any(w >= 1 for w in waits), "Retry-After was not honoured"

    invoices = {f"{r['Supplier']}|{r['Invoice']}": r
                for r in env.syspro.app.state.data.table("ApInvoice").rows}
    sample = fired["ok"][0]["outputFields"]
    row = invoices[sample["transactionId"]]
    assert sample["change"] == "created"
    assert sample["party"] == row["Supplier"]  # SYSPRO codes as stored
    assert Decimal(sample["amount"]) == row["OrigInvValue"]
    assert sample["documentDate"] == row["InvoiceDate"].isoformat()[:10]
    assert sample["status"] in ("Open", "Part paid", "Paid")
    assert sample["boardId"] == board_id and sample["itemId"]
    claims = jwt.decode(trigger_receiver.tokens[0], SECRET, algorithms=["HS256"])
    assert claims["appId"] == "sandbox-client-id" and claims["exp"] > claims["iat"]

    # A payment changes one invoice: one "changed" firing per working subscription.
    open_invoice = next(r for r in invoices.values() if r["MthInvBal1"] > 0)
    requests.post(
        f"{env.syspro.base_url}/_sandbox/payments",
        json={"supplier": open_invoice["Supplier"], "invoice": open_invoice["Invoice"],
              "amount": "1.00"},
        timeout=10,
    ).raise_for_status()
    poll(env.ctx, sync_id)
    second = push(env.ctx, sync_id)
    assert second.updated == 1 and second.failed == 0
    changed = fired["ok"][-1]["outputFields"]
    assert changed["change"] == "changed"
    assert changed["transactionId"] == f"{open_invoice['Supplier']}|{open_invoice['Invoice']}"
    assert len(fired["ok"]) == first.created + 1

    # The dead endpoint is audited (once per batch, with what was not announced), not raised.
    with env.runtime.db.session() as session:
        failures = [e for e in query(session, AuditFilter(account_id=env.account_id,
                                                          actions=("failed",), limit=100))]
        details = [(e.detail, e.error_chain) for e in failures]
    assert details and all(d["stage"] == "trigger" for d, _ in details)
    assert all(d["subscription_id"] == "sub-down" for d, _ in details)
    assert "HTTP 500" in details[0][1][0]["message"]
    assert sum(d["not_fired_count"] + 1 for d, _ in details) == first.created + 1


def test_no_firing_without_subscriptions(engine_env,
                                                                  trigger_receiver) -> None:
    env = engine_env
    env.ctx.enqueue_push = None
    env.ctx.signing_secret = SECRET
    sync_id, _ = env.add_board_sync("suppliers", "Suppliers")
    poll(env.ctx, sync_id)
    assert push(env.ctx, sync_id).created > 0
    assert trigger_receiver.fired == {}


def test_webhook_urls_go_through_the_address_guard(engine_env, trigger_receiver,
                                                   waits) -> None:
    """A subscription's webhook URL is resolved and checked like a SYSPRO URL: without
    ALLOW_LOOPBACK a URL on 127.0.0.1 is refused before connecting, audited, never raised."""
    env = engine_env
    env.ctx.enqueue_push = None
    env.ctx.signing_secret = SECRET
    assert env.ctx.allow_loopback, "the worker wiring passes ALLOW_LOOPBACK on"
    env.ctx.allow_loopback = False
    _subscribe(env, "ok", f"{trigger_receiver.url}/ok")
    _subscribe(env, "by-name", f"{trigger_receiver.url.replace('127.0.0.1', 'localhost')}/ok")
    sync_id, _ = env.add_board_sync("supplier_invoices", "AP invoices")
    poll(env.ctx, sync_id)
    assert push(env.ctx, sync_id).created > 0
    assert trigger_receiver.fired == {}
    with env.runtime.db.session() as session:
        failures = list(query(session, AuditFilter(account_id=env.account_id,
                                                   actions=("failed",), limit=10)))
        messages = {e.error_chain[0]["message"] for e in failures}
        subscriptions = {e.detail["subscription_id"] for e in failures}
    # Once per subscription and pushed batch, always the same text.
    assert subscriptions == {"sub-ok", "sub-by-name"} and len(messages) == 1
    assert "webhook URL refused" in messages.pop()
    assert waits == [], "a refused address is not retried"
