"""What each route reads from its request, checked with the validation layer's readers.

One function per kind of request. Each returns the body (or arguments) with every field the
handler uses checked for type, range and length, the lengths coming from the model column the
value is stored in; anything else raises `InputError` naming the field. Business rules (which
entity exists, which interval is allowed) stay in store/, which names its fields too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import request

from monday_app.web.field_readers import (
    InputError,
    boolean,
    db_id,
    integer,
    monday_id,
    number,
    obj,
    text,
)
from monday_app.web.json_input import json_object, parse_json
from store.models import (
    Account,
    BoardSync,
    ProcessedDelivery,
    SyncRecord,
    SysproConnection,
    TriggerSubscription,
)

# The handshake monday sends when a webhook is created is `{"challenge": "<token>"}`: tiny.
CHALLENGE_MAX_BYTES = 1024
# Recipe filter values (branch, warehouse, currency codes) are short SYSPRO codes.
FILTER_VALUE_CHARS = 100
SECRET_CHARS = 1000
CHOICE_KEYS, CHOICE_KEY_CHARS = 50, 64
CA_BUNDLE_CHARS = 64 * 1024
# Wide bounds: store/ checks the allowed ranges and says them; this only catches types.
ANY_COUNT = (-(10**9), 10**9)


# --- lifecycle --------------------------------------------------------------------------------


def lifecycle_body() -> dict[str, Any]:
    """`{"type": ..., "data": {...}}`; data.account_id and user_id come back as ints."""
    body = json_object()
    data = obj(body.get("data"), "data", optional=True)
    account_id = monday_id(data.get("account_id"), "data.account_id")
    user_id = monday_id(data.get("user_id"), "data.user_id", optional=True)
    for key, column in (
        ("account_name", Account.name),
        ("account_slug", Account.slug),
        ("account_tier", Account.tier),
    ):
        text(data.get(key), f"data.{key}", column=column, optional=True, numbers=True)
    return {
        "type": text(body.get("type"), "type", max_chars=64, optional=True) or "",
        "data": {
            **data,
            "account_id": int(account_id or 0),
            "user_id": int(user_id) if user_id else None,
        },
    }


# --- integration recipes ----------------------------------------------------------------------


def _picked(value: Any) -> Any:
    """monday sends dropdown picks as {"value": ..., "title": ...}."""
    return value.get("value", value.get("id")) if isinstance(value, dict) else value


def _subscription_text(value: Any, field: str) -> None:
    text(value, field, column=BoardSync.recipe_subscription_id, optional=True, numbers=True)


INPUT_FIELDS: dict[str, Callable[[Any, str], Any]] = {
    "boardId": lambda v, f: monday_id(v, f, column=BoardSync.board_id, optional=True),
    "entity": lambda v, f: text(v, f, column=BoardSync.entity, optional=True),
    "interval": lambda v, f: integer(v, f, *ANY_COUNT, optional=True),
    "connectionId": lambda v, f: db_id(v or None, f, optional=True),
    "branch": lambda v, f: text(v, f, max_chars=FILTER_VALUE_CHARS, optional=True, numbers=True),
    "warehouse": lambda v, f: text(
        v, f, max_chars=FILTER_VALUE_CHARS, optional=True, numbers=True
    ),
    "currency": lambda v, f: text(v, f, max_chars=FILTER_VALUE_CHARS, optional=True, numbers=True),
}


def recipe_payload() -> dict[str, Any]:
    """The `payload` of a recipe call (subscribe, unsubscribe, options)."""
    payload = obj(json_object().get("payload"), "payload", optional=True)
    _subscription_text(payload.get("subscriptionId"), "payload.subscriptionId")
    _subscription_text(payload.get("webhookId"), "payload.webhookId")
    text(payload.get("webhookUrl"), "payload.webhookUrl", column=TriggerSubscription.webhook_url,
         optional=True)
    for key, column in (("recipeId", TriggerSubscription.recipe_id),
                        ("integrationId", TriggerSubscription.integration_id)):
        text(payload.get(key), f"payload.{key}", column=column, optional=True, numbers=True)
    fields = obj(payload.get("inputFields"), "payload.inputFields", optional=True)
    for name, check in INPUT_FIELDS.items():
        if name in fields:
            check(_picked(fields[name]), f"payload.inputFields.{name}")
    return payload


# --- board webhooks ---------------------------------------------------------------------------


def challenge_body() -> dict[str, Any]:
    """An unsigned call may only be the creation handshake: small, flat, one string."""
    length = request.content_length
    # Never more than the cap plus one byte is read, whatever the body claims or streams.
    too_long = length is not None and length > CHALLENGE_MAX_BYTES
    raw = b"" if too_long else request.stream.read(CHALLENGE_MAX_BYTES + 1)
    if too_long or len(raw) > CHALLENGE_MAX_BYTES:
        raise InputError("challenge", f"a handshake is at most {CHALLENGE_MAX_BYTES} bytes", 413)
    try:
        body = parse_json(raw, max_depth=1)
        if isinstance(body, dict) and set(body) == {"challenge"}:
            text(body["challenge"], "challenge", max_chars=CHALLENGE_MAX_BYTES)
            return body
    except InputError:
        pass  # not a handshake: the caller answers 401, as for any unsigned event
    return {}


def board_event_body() -> dict[str, Any]:
    """A signed board webhook: a handshake, or `{"event": {...}}` with the ids checked."""
    body = json_object()
    if "challenge" in body and "event" not in body:
        text(body["challenge"], "challenge", max_chars=CHALLENGE_MAX_BYTES)
        return body
    event = obj(body.get("event"), "event", optional=True)
    text(event.get("triggerUuid"), "event.triggerUuid", column=ProcessedDelivery.external_id,
         optional=True)
    monday_id(event.get("boardId"), "event.boardId", column=BoardSync.board_id, optional=True)
    for key in ("pulseId", "itemId"):
        monday_id(event.get(key), f"event.{key}", column=SyncRecord.monday_item_id,
                  optional=True)
    text(event.get("columnId"), "event.columnId", max_chars=FILTER_VALUE_CHARS, optional=True)
    monday_id(event.get("userId"), "event.userId", optional=True, signed=True)
    return {**body, "event": event}


# --- the settings view's connection form ------------------------------------------------------


def _column_text(column: Any) -> Callable[[Any, str], Any]:
    return lambda v, f: text(v, f, column=column, optional=True)


def _short_texts(value: Any, field: str) -> None:
    """A list of keys (what to sync): types and sizes here, which keys exist in store/."""
    if value is None:
        return
    if not isinstance(value, list) or len(value) > CHOICE_KEYS:
        raise InputError(field, f"must be a list of at most {CHOICE_KEYS} keys")
    for index, item in enumerate(value):
        text(item, f"{field}[{index}]", max_chars=CHOICE_KEY_CHARS)


CONNECTION_FORM: dict[str, Callable[[Any, str], Any]] = {
    "name": _column_text(SysproConnection.name),
    "server_url": _column_text(SysproConnection.server_url),
    "rest_base_path": _column_text(SysproConnection.rest_base_path),
    "operator": _column_text(SysproConnection.operator),
    "company_id": _column_text(SysproConnection.company_id),
    "odata_url": _column_text(SysproConnection.odata_url),
    "odata_user": _column_text(SysproConnection.odata_user),
    "poll_interval_minutes": lambda v, f: integer(v, f, *ANY_COUNT),
    "verify_tls": boolean,
    "ca_bundle_pem": lambda v, f: text(v, f, max_chars=CA_BUNDLE_CHARS, optional=True),
    "timeout_seconds": lambda v, f: number(v, f, *ANY_COUNT),
    "options": lambda v, f: obj(v, f, optional=True),
    "sync_entities": lambda v, f: _short_texts(v, f),
    "operator_password": lambda v, f: text(v, f, max_chars=SECRET_CHARS, optional=True),
    "company_password": lambda v, f: text(v, f, max_chars=SECRET_CHARS, optional=True),
    "odata_password": lambda v, f: text(v, f, max_chars=SECRET_CHARS, optional=True),
}


def connection_form() -> dict[str, Any]:
    """The settings form; keys it does not know are left for store/ to refuse by name."""
    fields = dict(json_object())
    for key, check in CONNECTION_FORM.items():
        if key in fields:
            check(fields[key], key)
    return fields


def lookup_switch_body() -> bool:
    """The board view's write-back switch, `{"enabled": true|false}`: the value."""
    return boolean(json_object().get("enabled"), "enabled")


# --- query strings ----------------------------------------------------------------------------


def query_db_id(name: str) -> int | None:
    return db_id(request.args.get(name) or None, name, optional=True)


def oauth_callback_args() -> dict[str, str]:
    """The OAuth callback's query. state and code are ASCII tokens (compared byte-wise)."""
    args = {
        key: text(request.args.get(key, ""), key, max_chars=limit) or ""
        for key, limit in (("state", 256), ("code", 2048), ("error", 256),
                           ("error_description", 1000))
    }
    for key in ("state", "code"):
        if not args[key].isascii():
            raise InputError(key, "is not a value monday sends (not ASCII)")
    return args
