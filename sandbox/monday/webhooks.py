"""Board webhooks as monday sends them (FACTS §6).

On ``create_webhook`` the URL gets a ``{"challenge": ...}`` POST and must echo it. Events are
then POSTed as ``{"event": {...}}`` with a ``triggerUuid``; webhooks created with an app token
carry ``Authorization: <JWT>`` signed with the signing secret. A failed delivery is tried again
every (sandbox) minute, up to 30 times, with ``isRetry: true``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import queue
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
import requests
from graphql import GraphQLResolveInfo

from sandbox.monday.clock import SandboxClock
from sandbox.monday.errors import MondayResolverError
from sandbox.monday.state import SandboxState
from sandbox.monday.values import render_value

log = logging.getLogger("sandbox.monday.webhooks")

EVENT_TYPES = {
    "create_item": "create_pulse",
    "change_column_value": "update_column_value",
    "change_specific_column_value": "update_column_value",
    "change_status_column_value": "update_column_value",
    "change_name": "update_name",
    "create_update": "create_update",
}
DELIVERY_TIMEOUT = 5.0
MAX_DELIVERY_ATTEMPTS = 30


@dataclass
class Delivery:
    webhook_id: str
    url: str
    payload: dict[str, Any]
    signed: bool
    account_id: int
    user_id: int
    attempt: int = 0
    due: float = field(default_factory=time.monotonic)


class WebhookDispatcher:
    def __init__(self, state: SandboxState, clock: SandboxClock, signing_secret: str,
                 retry_seconds: float = 60.0):
        self.state = state
        self.clock = clock
        self.signing_secret = signing_secret
        self.retry_seconds = retry_seconds  # sandbox seconds between attempts
        self.deliveries: list[dict[str, Any]] = []  # log for the control endpoint
        self._queue: queue.Queue[Delivery | None] = queue.Queue()
        self._pending: list[Delivery] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)
        self._thread.start()

    # -- GraphQL resolvers ---------------------------------------------------------------
    def resolve_create_webhook(self, _: Any, info: GraphQLResolveInfo, board_id: str, url: str,
                               event: str, config: Any = None) -> dict[str, Any]:
        caller = info.context["caller"]
        self.state.board(board_id, caller)
        if len(url) > 255:
            raise MondayResolverError("url is longer than 255 characters",
                                      "InvalidArgumentException")
        challenge = secrets.token_urlsafe(24)
        try:
            answer = requests.post(url, json={"challenge": challenge}, timeout=DELIVERY_TIMEOUT)
            ok = answer.status_code == 200 and answer.json().get("challenge") == challenge
        except (requests.RequestException, ValueError):
            ok = False
        if not ok:
            raise MondayResolverError("Failed to communicate with URL provided.",
                                      "InvalidArgumentException", {"url": url})
        if isinstance(config, str) and config:
            config = json.loads(config)
        webhook = {"id": self.state.next_id(), "board_id": str(board_id), "event": event,
                   "config": json.dumps(config) if config else None, "url": url,
                   "account_id": caller.account_id, "signed": caller.token_kind == "app"}
        self.state.webhooks[webhook["id"]] = webhook
        return webhook

    def resolve_delete_webhook(self, _: Any, info: GraphQLResolveInfo, id: str) -> dict[str, Any]:
        webhook = self.state.webhooks.get(str(id))
        if webhook is None or webhook["account_id"] != info.context["caller"].account_id:
            raise MondayResolverError(f"Webhook {id} not found", "ResourceNotFoundException",
                                      status_code=404)
        return self.state.webhooks.pop(str(id))

    # -- events --------------------------------------------------------------------------
    def on_event(self, kind: str, event: dict[str, Any]) -> None:
        """Called by the state (under its lock) for every change monday would announce."""
        board = event["board"]
        for webhook in list(self.state.webhooks.values()):
            if webhook["board_id"] != board["id"] or not self._matches(webhook, kind, event):
                continue
            payload = self._payload(webhook, kind, event)
            self._queue.put(Delivery(webhook["id"], webhook["url"], payload, webhook["signed"],
                                     board["account_id"], event["user_id"]))

    @staticmethod
    def _matches(webhook: dict[str, Any], kind: str, event: dict[str, Any]) -> bool:
        subscribed = webhook["event"]
        config = json.loads(webhook["config"]) if webhook["config"] else {}
        if subscribed == kind:
            return True
        if kind != "change_column_value":
            return False
        column = event["column"]
        if subscribed == "change_specific_column_value":
            return config.get("columnId") == column["id"]
        if subscribed == "change_status_column_value":
            if column["type"] != "status" or config.get("columnId") not in (None, column["id"]):
                return False
            wanted = config.get("columnValue") or {"$any$": True}
            return wanted.get("$any$") or wanted.get("index") == (event["value"] or {}).get(
                "index")
        return False

    def _payload(self, webhook: dict[str, Any], kind: str, event: dict[str, Any]
                 ) -> dict[str, Any]:
        item, board = event["item"], event["board"]
        trigger_uuid = uuid.uuid4().hex
        body: dict[str, Any] = {
            "app": "monday", "type": EVENT_TYPES.get(kind, kind),
            "triggerTime": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "subscriptionId": int(webhook["id"]), "userId": event["user_id"],
            "originalTriggerUuid": None, "boardId": int(board["id"]),
            "pulseId": int(item["id"]), "pulseName": item["name"], "groupId": item["group_id"],
            "isTopGroup": board["groups"][0]["id"] == item["group_id"],
            "triggerUuid": trigger_uuid,
        }
        if kind == "create_item":
            group = event["group"]
            body.update(groupName=group["title"], groupColor=group["color"], columnValues={
                cid: value for cid, value in item["values"].items() if value is not None})
        elif kind == "change_column_value":
            column = event["column"]
            body.update(columnId=column["id"], columnType=column["type"],
                        columnTitle=column["title"], changedAt=time.time(),
                        value=self._rendered(column, event["value"]),
                        previousValue=self._rendered(column, event["previous"]))
        elif kind == "change_name":
            body.update(value={"name": item["name"]}, previousValue={"name": event["previous"]})
        elif kind == "create_update":
            body.update(updateId=int(event["update"]["id"]), body=event["update"]["body"],
                        textBody=event["update"]["text_body"])
        return {"event": body}

    def _rendered(self, column: dict[str, Any], stored: Any) -> Any:
        if stored is None:
            return None
        rendered = render_value(column, stored, self.state.item_name)
        value = dict(stored) if isinstance(stored, dict) else {"value": stored}
        if column["type"] == "status":
            value["label"] = {"index": stored["index"], "text": rendered["label"]}
        return value

    # -- delivery ------------------------------------------------------------------------
    def _headers(self, delivery: Delivery) -> dict[str, str]:
        if not delivery.signed:
            return {}
        now = int(time.time())
        claims = {"accountId": delivery.account_id, "userId": delivery.user_id,
                  "aud": delivery.url, "iat": now, "exp": now + 300}
        return {"Authorization": jwt.encode(claims, self.signing_secret, algorithm="HS256")}

    def _deliver(self, delivery: Delivery) -> None:
        delivery.attempt += 1
        payload = dict(delivery.payload)
        if delivery.attempt > 1:
            payload["isRetry"] = True
        record = {"webhook_id": delivery.webhook_id, "url": delivery.url,
                  "attempt": delivery.attempt, "payload": payload, "status": None}
        try:
            answer = requests.post(delivery.url, json=payload, headers=self._headers(delivery),
                                   timeout=DELIVERY_TIMEOUT)
            record["status"] = answer.status_code
            ok = 200 <= answer.status_code < 300
        except requests.RequestException as exc:
            record["status"] = f"error: {type(exc).__name__}"
            ok = False
        self.deliveries.append(record)
        if not ok and delivery.attempt < MAX_DELIVERY_ATTEMPTS:
            delivery.due = time.monotonic() + self.clock.to_real(self.retry_seconds)
            self._pending.append(delivery)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                delivery = self._queue.get(timeout=0.05)
            except queue.Empty:
                delivery = None
            if delivery is not None:
                self._deliver(delivery)
            now = time.monotonic()
            due = [d for d in self._pending if d.due <= now]
            for retry in due:
                self._pending.remove(retry)
                self._deliver(retry)

    def stop(self) -> None:
        self._stop.set()
