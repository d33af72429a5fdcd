"""Custom recipe trigger "when a SYSPRO {entity} is posted or changes": tell monday.

After a push writes a batch, every created or changed record is announced to each enabled
trigger subscription of the account for that entity: `POST <webhookUrl>` with
`{"trigger": {"outputFields": {...}}}`. The output fields come from the record's mapped values.
The Authorization header is a short-lived JWT signed with the app's Signing Secret (monday's
claim names are undocumented; see docs/sync-engine.md). Short timeouts, a few retries with full
jitter, monday's Retry-After honoured. A firing that fails is logged and audited, never raised:
the items are on the board whatever happens to the announcement. Delivery is at most once: a
push killed between writing and firing does not announce that batch again.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import jwt
import requests

from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec
from store.subscriptions import enabled_triggers
from sync.context import EngineContext
from sync.errors import scrub
from syspro.errors import UnsafeServerUrl
from syspro.urlguard import AddressPolicy, check_server_url, guarded_session

log = logging.getLogger(__name__)

TIMEOUT = (3.05, 10.0)  # connect, read (seconds)
MAX_ATTEMPTS = 3
BACKOFF_BASE = 0.5  # seconds; full jitter: uniform(0, min(cap, base * 2**attempt))
BACKOFF_CAP = 5.0
MAX_SERVER_WAIT = 30.0  # a longer Retry-After gives up rather than stalling the push
TOKEN_LIFETIME = timedelta(minutes=5)
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
# Fields whose value says the party, the amount and the dates, per entity (first one present).
PARTY_KEYS = ("supplier", "customer")
AMOUNT_KEYS = ("amount", "value", "balance", "credit_limit")
DATE_KEYS = ("invoice_date", "order_date", "posting_date")

sleep: Callable[[float], None] = time.sleep  # replaced in tests


@dataclass(frozen=True)
class Written:
    """One record a push just wrote: its SYSPRO key, item, values and what happened."""

    key: str
    name: str
    item_id: str | None
    values: Mapping[str, Any]
    created: bool


class TriggerDeliveryError(RuntimeError):
    pass


def output_fields(spec: BoardSyncSpec, record: Written) -> dict[str, Any]:
    values = record.values

    def first(keys: Iterable[str]) -> str:
        return next((str(values[k]) for k in keys if values.get(k) not in (None, "")), "")

    party = first(PARTY_KEYS)
    if not party and spec.entity in ("suppliers", "customers"):
        party = record.name
    return {
        "transactionId": record.key,
        "entity": spec.entity,
        "change": "created" if record.created else "changed",
        "name": record.name,
        "party": party,
        "amount": first(AMOUNT_KEYS),
        "balance": str(values.get("balance") or ""),
        "currency": str(values.get("currency") or ""),
        "documentDate": first(DATE_KEYS),
        "dueDate": str(values.get("due_date") or ""),
        "status": str(values.get("status") or ""),
        "boardId": spec.board_id,
        "itemId": record.item_id or "",
    }


def authorization(ctx: EngineContext, spec: BoardSyncSpec) -> str:
    now = datetime.now(UTC)
    claims = {
        "appId": ctx.monday_client_id,
        "accountId": spec.monday_account_id,
        "iat": int(now.timestamp()),
        "exp": int((now + TOKEN_LIFETIME).timestamp()),
    }
    return jwt.encode(claims, ctx.signing_secret, algorithm="HS256")


def _retry_after(response: requests.Response) -> float | None:
    raw = response.headers.get("Retry-After")
    try:
        return max(0.0, float(raw)) if raw else None
    except ValueError:
        return None


def deliver(
    http: requests.Session, url: str, body: dict[str, Any], token: str
) -> int:
    """POST one firing; returns the attempts it took or raises TriggerDeliveryError."""
    last = ""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        wait: float | None = None
        try:
            # No redirects: the signed token goes to the URL monday gave, nowhere else.
            response = http.post(url, json=body, headers={"Authorization": token},
                                 timeout=TIMEOUT, allow_redirects=False)
        except UnsafeServerUrl as exc:
            raise TriggerDeliveryError(f"webhook URL refused: {exc.message}") from None
        except requests.RequestException as exc:
            last = f"{type(exc).__name__}: {scrub(str(exc))[:300]}"
        else:
            if 200 <= response.status_code < 300:
                return attempt
            last = f"HTTP {response.status_code}: {scrub(response.text[:300])}"
            if response.status_code not in RETRYABLE_STATUS:
                break
            wait = _retry_after(response)
            if wait is not None and wait > MAX_SERVER_WAIT:
                last += f" (asked to wait {wait:.0f} s; not waiting that long)"
                break
        if attempt < MAX_ATTEMPTS:
            backoff = random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
            sleep(max(wait or 0.0, backoff))
    raise TriggerDeliveryError(f"after {attempt} attempt(s): {last}")


def check_webhook_url(url: str, policy: AddressPolicy) -> None:
    try:
        check_server_url(url, policy)
    except UnsafeServerUrl as exc:
        raise TriggerDeliveryError(f"webhook URL refused: {exc.message}") from None


def fire_triggers(ctx: EngineContext, spec: BoardSyncSpec, written: list[Written]) -> int:
    """Announce written records to the account's trigger subscriptions; returns firings sent."""
    if not written or not spec.account_active:
        return 0
    try:
        with ctx.db.session() as session:
            targets = [
                (t.subscription_id, t.webhook_url)
                for t in enabled_triggers(session, spec.account_id, spec.entity,
                                          spec.connection.id)
            ]
    except Exception as exc:  # the push has succeeded; a lookup failure must not undo that
        log.warning("board sync %s: trigger subscriptions not read: %s", spec.id, exc)
        return 0
    if not targets:
        return 0
    if not ctx.signing_secret:
        log.warning("board sync %s: MONDAY_SIGNING_SECRET is not set; triggers not fired",
                    spec.id)
        return 0
    sent = 0
    token = authorization(ctx, spec)
    entries: list[AuditEntry] = []
    # The webhook URL came in a subscribe request: it is resolved, checked and pinned like a
    # SYSPRO server URL, so it cannot point the worker at our own network.
    policy = AddressPolicy(ctx.allow_private_networks, ctx.allow_loopback)
    with guarded_session(policy, max_retries=0) as http:
        for subscription_id, url in targets:
            for index, record in enumerate(written):
                body = {"trigger": {"outputFields": output_fields(spec, record)}}
                try:
                    check_webhook_url(url, policy)
                    deliver(http, url, body, token)
                    sent += 1
                except TriggerDeliveryError as exc:
                    # One dead endpoint must not stall the push: the rest of this batch is
                    # skipped for it, and said so.
                    skipped = [r.key for r in written[index + 1:]]
                    log.warning("board sync %s: trigger %s not fired for %s: %s", spec.id,
                                subscription_id, record.key, exc)
                    entries.append(_failure(spec, record, subscription_id, url, exc, skipped))
                    break
    if entries:
        try:
            with ctx.db.session() as session:
                audit(session, entries)
        except Exception:  # the audit is best effort here; the log has it
            log.exception("board sync %s: trigger failures not audited", spec.id)
    return sent


def _failure(
    spec: BoardSyncSpec, record: Written, subscription_id: str, url: str,
    error: Exception, skipped: list[str],
) -> AuditEntry:
    return AuditEntry(
        account_id=spec.account_id,
        board_sync_id=spec.id,
        syspro_id=record.key,
        board_id=spec.board_id,
        item_id=record.item_id,
        action="failed",
        detail={
            "stage": "trigger",
            "subscription_id": subscription_id,
            "trigger_host": urlsplit(url).netloc,
            "not_fired_after_this": skipped[:50],
            "not_fired_count": len(skipped),
        },
        error_chain=[{"type": type(error).__name__, "message": scrub(str(error))}],
    )
