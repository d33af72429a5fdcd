"""monday's side of the apps framework (FACTS §7): lifecycle events and the integration engine.

The sandbox calls the app the way monday does and signs each call like monday:

- lifecycle events: ``Authorization: <JWT>`` signed with the Client Secret, claims
  ``{aud: <the URL called>, exp, iat, dat: {account_id, user_id, client_id, app_id}}`` (monday
  documents no claims for these; the `aud` of every other call monday signs is assumed, and it
  is what tells them from a view session token signed with the same secret);
- view session tokens: ``{exp, dat: {account_id, user_id, client_id, app_id, is_admin,
  user_kind}}``; the sandbox's user is an account admin unless ``dat`` says otherwise;
- recipe subscribe/unsubscribe and remote options: ``Authorization: <JWT>`` signed with the
  Signing Secret, claims ``{accountId, userId, aud: <the URL called>, exp, iat,
  shortLivedToken}``, minted afresh for every attempt.

A recipe call that gets no 200 within a (sandbox) minute is tried again every (sandbox) minute
for 30 (sandbox) minutes, as monday retries actions; with ``clock_speed`` a test sees the whole
retry schedule in seconds. Custom-trigger firings sent to the ``webhookUrl`` handed out on
subscribe are verified and recorded (``record_trigger_event``).
"""

from __future__ import annotations

import hmac
import itertools
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jwt
import requests

from sandbox.monday.clock import SandboxClock
from sandbox.monday.state import Caller, SandboxState

ANSWER_WITHIN_SECONDS = 60.0  # sandbox seconds monday waits for an answer before retrying
RETRY_EVERY_SECONDS = 60.0
RETRY_FOR_SECONDS = 1800.0
TOKEN_LIFETIME_SECONDS = 300  # real seconds: the app checks exp against its own clock
# A very fast clock must not turn every call into a timeout: wait at least this, in real seconds.
MIN_REAL_TIMEOUT = 0.25
DISABLED_SEVERITY = 6000  # the app says "disable this automation": monday stops asking


@dataclass
class EngineCall:
    """One logical call to the app; each attempt gets a fresh token and is logged."""

    id: int
    kind: str  # lifecycle | subscribe | unsubscribe | action | remote_options
    url: str
    body: dict[str, Any]
    authorize: Callable[[], str]  # the Authorization header for the next attempt
    timeout: float  # sandbox seconds to wait for an answer
    retry: bool
    started: float  # sandbox time of the first attempt
    subscription_id: int | None = None
    state: str = "pending"  # pending (retrying) | done | failed | disabled
    attempts: list[dict[str, Any]] = field(default_factory=list)
    answer: Any = None  # the last answer's JSON (or text)
    due: float = 0.0  # real monotonic time of the next attempt
    slot: float = 0.0  # sandbox time the current attempt was scheduled for
    settled: threading.Event = field(default_factory=threading.Event)

    def view(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "url": self.url, "body": self.body,
                "state": self.state, "subscription_id": self.subscription_id,
                "attempts": list(self.attempts), "answer": self.answer}


class IntegrationEngine:
    def __init__(self, state: SandboxState, clock: SandboxClock, client_id: str,
                 client_secret: str, signing_secret: str):
        self.state = state
        self.clock = clock
        self.client_id = client_id
        self.client_secret = client_secret
        self.signing_secret = signing_secret
        self.lock = threading.RLock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.reset()
        self._thread = threading.Thread(target=self._run, name="sandbox-engine", daemon=True)
        self._thread.start()

    def reset(self) -> None:
        with self.lock:
            self._ids = itertools.count(1)
            self._subscription_ids = itertools.count(70_000_001)
            self.calls: dict[int, EngineCall] = {}
            self.subscriptions: dict[int, dict[str, Any]] = {}
            self.trigger_events: list[dict[str, Any]] = []

    # -- tokens --------------------------------------------------------------------------
    def lifecycle_token(self, url: str, account_id: int, user_id: int,
                        secret: str | None = None) -> str:
        now = int(time.time())
        claims = {"aud": url, "iat": now, "exp": now + TOKEN_LIFETIME_SECONDS,
                  "dat": {"account_id": account_id, "user_id": user_id,
                          "client_id": self.client_id, "app_id": 1}}
        return jwt.encode(claims, secret or self.client_secret, algorithm="HS256")

    def session_token(self, account_id: int, user_id: int, lifetime: int = 300,
                      **extra: Any) -> str:
        """What ``monday.get('sessionToken')`` gives a view: signed with the Client Secret."""
        claims = {"exp": int(time.time()) + lifetime,
                  "dat": {"account_id": account_id, "user_id": user_id,
                          "client_id": self.client_id, "app_id": 1, "is_admin": True,
                          "user_kind": "admin", **extra}}
        return jwt.encode(claims, self.client_secret, algorithm="HS256")

    def integration_token(self, url: str, account_id: int, user_id: int,
                          secret: str | None = None) -> str:
        # The short-lived token is a real sandbox API token for that account and user.
        short_lived = "sbx-slt-" + secrets.token_urlsafe(16)
        self.state.tokens[short_lived] = Caller(account_id, user_id, "app")
        now = int(time.time())
        claims = {"accountId": account_id, "userId": user_id, "aud": url, "iat": now,
                  "exp": now + TOKEN_LIFETIME_SECONDS, "shortLivedToken": short_lived}
        return jwt.encode(claims, secret or self.signing_secret, algorithm="HS256")

    # -- calls ---------------------------------------------------------------------------
    def call(self, kind: str, url: str, body: dict[str, Any], authorize: Callable[[], str], *,
             retry: bool, timeout: float | None = None,
             subscription_id: int | None = None) -> EngineCall:
        """Make the first attempt now; when it fails and ``retry``, keep trying in the
        background on monday's schedule."""
        with self.lock:
            call = EngineCall(next(self._ids), kind, url, body, authorize,
                              ANSWER_WITHIN_SECONDS if timeout is None else timeout, retry,
                              self.clock.now(), subscription_id)
            call.slot = call.started
            self.calls[call.id] = call
        self._attempt(call)
        return call

    def _attempt(self, call: EngineCall) -> None:
        record: dict[str, Any] = {"attempt": len(call.attempts) + 1, "at": self.clock.now()}
        ok, answer = False, None
        try:
            response = requests.post(call.url, json=call.body,
                                     headers={"Authorization": call.authorize()},
                                     timeout=max(self.clock.to_real(call.timeout),
                                                 MIN_REAL_TIMEOUT))
            record["status"] = response.status_code
            try:
                answer = response.json()
            except ValueError:
                answer = response.text[:500]
            ok = response.status_code == 200
        except requests.Timeout:
            record["status"] = "timeout"
        except requests.RequestException as exc:
            record["status"] = f"error: {type(exc).__name__}"
        with self.lock:
            call.attempts.append(record)
            call.answer = answer
            if ok:
                self._settle(call, "done")
            elif isinstance(answer, dict) and answer.get("severityCode") == DISABLED_SEVERITY:
                self._settle(call, "disabled")
            elif call.retry and call.slot + RETRY_EVERY_SECONDS - call.started <= RETRY_FOR_SECONDS:
                # A fixed rate from the first attempt: a slow answer does not shift the schedule.
                call.slot += RETRY_EVERY_SECONDS
                wait = self.clock.to_real(call.slot - self.clock.now())
                call.due = time.monotonic() + max(wait, 0.0)
                self._wake.set()
            else:
                self._settle(call, "failed")

    def _settle(self, call: EngineCall, state: str) -> None:
        call.state = state
        subscription = self.subscriptions.get(call.subscription_id or 0)
        if subscription is not None:
            if call.kind == "subscribe":
                subscription["status"] = {"done": "active"}.get(state, state)
                if state == "done":
                    answer = call.answer if isinstance(call.answer, dict) else {}
                    # monday keeps the app's webhookId, else uses its own subscriptionId.
                    subscription["webhook_id"] = answer.get("webhookId") or call.subscription_id
            elif call.kind == "unsubscribe" and state == "done":
                subscription["status"] = "unsubscribed"
        call.settled.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(0.02)
            self._wake.clear()
            now = time.monotonic()
            with self.lock:
                due = [c for c in self.calls.values() if c.state == "pending" and c.due
                       and c.due <= now]
                for call in due:
                    call.due = 0.0  # taken: not picked again while this attempt runs
            for call in due:
                # Each retry in its own thread: a slow app must not hold up other retries.
                threading.Thread(target=self._attempt, args=(call,), daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    # -- the integration engine's verbs --------------------------------------------------
    def subscribe(self, base_url: str, spec: dict[str, Any]) -> EngineCall:
        account_id, user_id = int(spec.get("account_id") or 1), int(spec.get("user_id") or 1)
        with self.lock:
            subscription_id = next(self._subscription_ids)
            webhook_url = f"{base_url.rstrip('/')}/automations/apps-events/{subscription_id}"
            self.subscriptions[subscription_id] = {
                "id": subscription_id, "account_id": account_id, "user_id": user_id,
                "subscribe_url": spec["subscribe_url"],
                "unsubscribe_url": spec.get("unsubscribe_url"), "webhook_url": webhook_url,
                "input_fields": spec.get("input_fields") or {}, "status": "pending",
                "webhook_id": None}
        payload = {
            "webhookUrl": webhook_url, "subscriptionId": subscription_id,
            "inputFields": spec.get("input_fields") or {},
            "inboundFieldValues": spec.get("inbound_field_values") or spec.get("input_fields")
            or {},
            "credentialsValues": {}, "recipeId": int(spec.get("recipe_id") or 30_001),
            "integrationId": int(spec.get("integration_id") or 40_001),
        }
        if not spec.get("workflow"):
            # Sentence-builder recipes send block metadata; monday workflows do not (FACTS §7).
            payload["blockMetadata"] = (spec.get("block_metadata")
                                        or {"shouldCalculateInputFields": False})
        return self._integration_call("subscribe", spec["subscribe_url"], {"payload": payload},
                                      account_id, user_id, spec, subscription_id)

    def unsubscribe(self, subscription_id: int, spec: dict[str, Any]) -> EngineCall:
        subscription = self.subscriptions.get(subscription_id)
        if subscription is None or not subscription.get("unsubscribe_url"):
            raise KeyError(subscription_id)
        webhook_id = subscription.get("webhook_id") or subscription_id
        return self._integration_call(
            "unsubscribe", subscription["unsubscribe_url"], {"payload": {"webhookId": webhook_id}},
            subscription["account_id"], subscription["user_id"], spec, subscription_id)

    def run_action(self, spec: dict[str, Any]) -> EngineCall:
        """An action block's run: one actionUuid for the run, kept on every retry (FACTS §7)."""
        payload = {"blockKind": "action", "inputFields": spec.get("input_fields") or {},
                   "inboundFieldValues": spec.get("inbound_field_values")
                   or spec.get("input_fields") or {},
                   "credentialsValues": {}, "recipeId": int(spec.get("recipe_id") or 30_001),
                   "integrationId": int(spec.get("integration_id") or 40_001)}
        metadata = {"actionUuid": spec.get("action_uuid") or secrets.token_hex(16),
                    "triggerUuid": spec.get("trigger_uuid") or secrets.token_hex(16)}
        return self._integration_call("action", spec["run_url"],
                                      {"payload": payload, "runtimeMetadata": metadata},
                                      int(spec.get("account_id") or 1),
                                      int(spec.get("user_id") or 1), spec)

    def remote_options(self, spec: dict[str, Any]) -> EngineCall:
        # The body's shape is not in the contract; monday's examples send these keys.
        payload = {"boardId": spec.get("board_id"), "automationId": spec.get("automation_id"),
                   "dependencyData": spec.get("dependency_data") or {},
                   "recipeId": spec.get("recipe_id"), "integrationId": spec.get("integration_id"),
                   "pageRequestData": spec.get("page_request_data") or {}}
        # A dropdown asks once: no retries.
        return self._integration_call("remote_options", spec["url"], {"payload": payload},
                                      int(spec.get("account_id") or 1),
                                      int(spec.get("user_id") or 1), {**spec, "retry": False})

    def lifecycle(self, spec: dict[str, Any]) -> EngineCall:
        account_id, user_id = int(spec.get("account_id") or 1), int(spec.get("user_id") or 1)
        data = {**self._lifecycle_data(account_id, user_id), **(spec.get("data") or {})}
        secret = spec.get("secret")
        # monday documents no retries for lifecycle events: one attempt unless asked.
        return self.call("lifecycle", spec["url"], {"type": spec["type"], "data": data},
                         lambda: self.lifecycle_token(spec["url"], account_id, user_id, secret),
                         retry=bool(spec.get("retry", False)),
                         timeout=spec.get("timeout_seconds"))

    def _integration_call(self, kind: str, url: str, body: dict[str, Any], account_id: int,
                          user_id: int, spec: dict[str, Any],
                          subscription_id: int | None = None) -> EngineCall:
        secret = spec.get("secret")  # another secret: a forged call, for negative tests
        return self.call(kind, url, body,
                         lambda: self.integration_token(url, account_id, user_id, secret),
                         retry=bool(spec.get("retry", True)), timeout=spec.get("timeout_seconds"),
                         subscription_id=subscription_id)

    def _lifecycle_data(self, account_id: int, user_id: int) -> dict[str, Any]:
        account = self.state.accounts.get(account_id) or {
            "name": f"Account {account_id}", "slug": f"account-{account_id}", "tier": "pro",
            "plan": {"max_users": 50}}
        user = self.state.users.get(user_id) or {"name": f"User {user_id}",
                                                 "email": f"user{user_id}@sandbox.test"}
        return {"app_id": 1, "user_id": user_id, "user_email": user["email"],
                "user_name": user["name"], "account_id": account_id,
                "account_name": account["name"], "account_slug": account["slug"],
                "account_tier": account["tier"],
                "account_max_users": account["plan"]["max_users"], "user_cluster": "other",
                "version_data": {"major": 1, "minor": 0, "patch": 0, "type": "major"},
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
                "subscription": {"plan_id": "sandbox", "renewal_date": None, "is_trial": False,
                                 "billing_period": "monthly", "days_left": 30,
                                 "pricing_version": 1}}

    # -- custom trigger firings (the app calls us) ---------------------------------------
    def check_trigger_authorization(self, header: str | None) -> str | None:
        """None when accepted: the raw Signing Secret (monday's example) or a JWT signed
        with it (monday's docs); claim names are not documented, so only exp is checked."""
        token = (header or "").strip()
        if token.lower().startswith("bearer "):
            token = token[7:].strip()
        if not token:
            return "missing Authorization header"
        if hmac.compare_digest(token.encode(), self.signing_secret.encode()):
            return None
        try:
            jwt.decode(token, self.signing_secret, algorithms=["HS256"],
                       options={"verify_aud": False})
        except jwt.ExpiredSignatureError:
            return "token expired"
        except jwt.PyJWTError:
            return "not the signing secret, nor a JWT signed with it"
        return None

    def record_trigger_event(self, subscription_id: int, header: str | None,
                             body: Any) -> tuple[int, dict[str, Any]]:
        reason = self.check_trigger_authorization(header)
        answer: dict[str, Any]
        status, answer = 200, {"success": True}
        subscription = self.subscriptions.get(subscription_id)
        trigger = body.get("trigger") if isinstance(body, dict) else None
        if reason is not None:
            status, answer = 401, {"error": "unauthorized", "reason": reason}
        elif subscription is None or subscription["status"] != "active":
            status, answer = 404, {"error": f"no active subscription {subscription_id}"}
        elif not isinstance(trigger, dict) or not isinstance(trigger.get("outputFields"), dict):
            status, answer = 400, {"error": "body must be {\"trigger\": {\"outputFields\": {}}}"}
        with self.lock:
            self.trigger_events.append({
                "subscription_id": subscription_id, "status": status, "at": self.clock.now(),
                "output_fields": trigger.get("outputFields") if status == 200 and trigger
                else None, "error": answer.get("reason") or answer.get("error")})
        return status, answer
