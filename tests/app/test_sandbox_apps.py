"""The sandbox's apps framework on its own: what it sends, how it signs, how it retries.

A small recording server plays the app, so each test can script the answers and look at the
exact requests monday's stand-in made.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jwt
import pytest
import requests
from flask import Flask, jsonify, request

from sandbox.monday.apps import RETRY_EVERY_SECONDS, RETRY_FOR_SECONDS
from sandbox.monday.server import RunningSandbox
from tests.app.browser import LiveServer

CLIENT_SECRET = "test-client-secret-0123456789abcdef"
SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
# One monday minute lasts 1/60 s: the whole 30-minute retry window takes half a second.
CLOCK_SPEED = 3600


@dataclass
class Recorder:
    """Plays the app: records every request and answers from a script (default 200)."""

    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    answers: list[tuple[int, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wsgi(self) -> Flask:
        app = Flask("recorder")

        @app.post("/<path:path>")
        def record(path: str) -> Any:
            with self.lock:
                self.requests.append({"path": "/" + path, "json": request.get_json(silent=True),
                                      "authorization": request.headers.get("Authorization")})
                status, body = self.answers.pop(0) if self.answers else (200, {"ok": True})
            return jsonify(body), status

        return app


# The monday sandbox of this module's tests (tests/app/conftest.py: monday_sandbox).
MONDAY_SANDBOX_OPTIONS: dict[str, object] = {
    "clock_speed": CLOCK_SPEED, "client_secret": CLIENT_SECRET, "signing_secret": SIGNING_SECRET}


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    recorder = Recorder()
    server = LiveServer()
    recorder.url = server.url
    server.serve(recorder.wsgi())
    yield recorder
    server.stop()


def act(sandbox: RunningSandbox, path: str, **body: Any) -> dict[str, Any]:
    answer = requests.post(f"{sandbox.url}/_sandbox/apps/{path}", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_lifecycle_event_is_signed_with_the_client_secret(monday_sandbox, recorder) -> None:
    call = act(monday_sandbox, "lifecycle", type="install", url=f"{recorder.url}/life",
               account_id=9, user_id=4, data={"account_tier": None})
    assert call["state"] == "done"
    sent = recorder.requests[0]
    assert sent["json"]["type"] == "install"
    data = sent["json"]["data"]
    assert (data["account_id"], data["user_id"], data["account_tier"]) == (9, 4, None)
    assert {"account_name", "account_slug", "subscription", "timestamp"} <= data.keys()
    claims = jwt.decode(sent["authorization"], CLIENT_SECRET, algorithms=["HS256"],
                        audience=f"{recorder.url}/life")
    assert claims["dat"]["account_id"] == 9 and claims["dat"]["user_id"] == 4
    assert claims["exp"] > time.time()


def test_subscribe_is_signed_for_the_url_called(monday_sandbox, recorder) -> None:
    url = f"{recorder.url}/subscribe"
    call = act(monday_sandbox, "recipes/subscribe", subscribe_url=url, account_id=3, user_id=5,
               input_fields={"entity": "suppliers"}, recipe_id=7, integration_id=8)
    payload = recorder.requests[0]["json"]["payload"]
    subscription = call["subscription"]
    assert payload["subscriptionId"] == subscription["id"]
    assert payload["webhookUrl"] == (
        f"{monday_sandbox.url}/automations/apps-events/{subscription['id']}")
    assert (payload["inputFields"], payload["recipeId"], payload["integrationId"]) == (
        {"entity": "suppliers"}, 7, 8)
    claims = jwt.decode(recorder.requests[0]["authorization"], SIGNING_SECRET,
                        algorithms=["HS256"], audience=url)
    assert (claims["accountId"], claims["userId"]) == (3, 5)
    assert claims["exp"] > claims["iat"]
    # The short-lived token is a working sandbox API token for that account.
    me = requests.post(monday_sandbox.api_url, json={"query": "{ me { id } }"}, timeout=5,
                       headers={"Authorization": claims["shortLivedToken"]})
    assert me.status_code == 200


def test_a_failing_call_is_retried_every_minute_for_thirty_minutes(monday_sandbox,
                                                                    recorder) -> None:
    recorder.answers = [(500, {"error": "boom"})] * 100
    call = act(monday_sandbox, "recipes/subscribe", subscribe_url=f"{recorder.url}/s", wait=True)
    attempts = call["attempts"]
    assert call["state"] == "failed" and call["subscription"]["status"] == "failed"
    # The first attempt and one a minute for 30 minutes.
    assert len(attempts) == 1 + int(RETRY_FOR_SECONDS // RETRY_EVERY_SECONDS) == 31
    assert attempts[-1]["at"] - attempts[0]["at"] >= RETRY_FOR_SECONDS - 1
    # Each attempt carries a token of its own.
    assert len({r["authorization"] for r in recorder.requests}) == 31


def test_severity_6000_disables_the_automation_without_retries(monday_sandbox, recorder) -> None:
    recorder.answers = [(400, {"severityCode": 6000, "notificationErrorTitle": "no"})]
    call = act(monday_sandbox, "recipes/subscribe", subscribe_url=f"{recorder.url}/s", wait=True)
    assert call["state"] == "disabled" and len(recorder.requests) == 1


def test_unsubscribe_sends_the_apps_webhook_id(monday_sandbox, recorder) -> None:
    recorder.answers = [(200, {"webhookId": "mine-1"})]
    call = act(monday_sandbox, "recipes/subscribe", subscribe_url=f"{recorder.url}/s",
               unsubscribe_url=f"{recorder.url}/u", wait=True)
    subscription_id = call["subscription"]["id"]
    removed = act(monday_sandbox, f"recipes/{subscription_id}/unsubscribe", wait=True)
    assert recorder.requests[-1] == {"path": "/u", "json": {"payload": {"webhookId": "mine-1"}},
                                "authorization": recorder.requests[-1]["authorization"]}
    assert removed["subscription"]["status"] == "unsubscribed"


def test_session_token_verifies_as_a_view_token(monday_sandbox) -> None:
    token = act(monday_sandbox, "session-token", account_id=12, user_id=34, dat={"is_admin": True})
    claims = jwt.decode(token["token"], CLIENT_SECRET, algorithms=["HS256"])
    assert claims["dat"]["account_id"] == 12 and claims["dat"]["is_admin"] is True


def test_trigger_firings_accept_the_raw_secret_or_a_jwt(monday_sandbox, recorder) -> None:
    call = act(monday_sandbox, "recipes/subscribe", subscribe_url=f"{recorder.url}/s", wait=True)
    url = call["subscription"]["webhook_url"]
    body = {"trigger": {"outputFields": {"amount": 12.5}}}
    now = int(time.time())
    signed = jwt.encode({"appId": 1, "exp": now + 60}, SIGNING_SECRET, algorithm="HS256")
    expired = jwt.encode({"exp": now - 60}, SIGNING_SECRET, algorithm="HS256")
    cases = [(SIGNING_SECRET, body, 200), (f"Bearer {signed}", body, 200),
             (expired, body, 401), ("", body, 401), (SIGNING_SECRET, {"outputFields": {}}, 400)]
    for authorization, payload, expected in cases:
        answer = requests.post(url, json=payload, headers={"Authorization": authorization},
                               timeout=5)
        assert answer.status_code == expected, (authorization, answer.text)
    unknown = requests.post(f"{monday_sandbox.url}/automations/apps-events/1", json=body, timeout=5,
                            headers={"Authorization": SIGNING_SECRET})
    assert unknown.status_code == 404
    events = requests.get(f"{monday_sandbox.url}/_sandbox/apps/trigger-events", timeout=5,
                          params={"subscription_id": call["subscription"]["id"]}).json()
    assert [e["status"] for e in events] == [200, 200, 401, 401, 400]
    assert events[0]["output_fields"] == {"amount": 12.5}


def test_unknown_lifecycle_event_is_refused(monday_sandbox, recorder) -> None:
    answer = requests.post(f"{monday_sandbox.url}/_sandbox/apps/lifecycle", timeout=5,
                           json={"type": "reinstall", "url": f"{recorder.url}/life"})
    assert answer.status_code == 400 and not recorder.requests
