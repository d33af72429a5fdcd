"""Integration recipes: the sync recipe, the custom trigger, and remote options.

Each endpoint verifies the JWT, records, enqueues and answers: monday retries every minute for
30 minutes when it gets no 200 within about a minute, so every call is idempotent on monday's
subscriptionId.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, cast

from flask import Blueprint, g, jsonify
from flask.typing import ResponseReturnValue

from jobs.options import cache_key, refresh_remote_options
from jobs.sync_jobs import set_up_board_sync, update_board_webhooks
from monday_app.auth import IntegrationIdentity, requires_integration
from monday_app.web.common import database, monday_failure, redis_client
from monday_app.web.inputs import recipe_payload
from store.accounts import find_account
from store.connections import list_connections
from store.errors import NotFound, SubscriptionRefused, ValidationError
from store.models import ENTITIES, LOOKUP_ENTITIES
from store.recipe_syncs import subscribe_board_sync, unsubscribe_board_sync
from store.subscriptions import subscribe_trigger, unsubscribe_trigger
from store.types import utcnow

log = logging.getLogger(__name__)
bp = Blueprint("recipes", __name__, url_prefix="/monday/recipes")

ENTITY_TITLES = {
    "supplier_invoices": "supplier invoices",
    "purchase_orders": "purchase orders",
    "goods_receipts": "goods receipts",
    "customer_invoices": "customer invoices",
    "suppliers": "suppliers",
    "customers": "customers",
    "gl_accounts": "GL accounts",
    "stock_items": "stock items",
}
INTERVALS = (5, 10, 15, 30, 60)
FILTER_FIELDS = {"branch": "branch", "warehouse": "warehouse", "currency": "currency"}
SETUP_FIRST = (
    "Open the ml-connector settings view (app settings in monday) and set up the SYSPRO "
    "connection first, then turn this automation on again."
)


def _identity() -> IntegrationIdentity:
    return g.identity


def _payload() -> dict[str, Any]:
    # Parsed after requires_integration verified the JWT; every field used here is checked.
    return recipe_payload()


def _field(fields: dict[str, Any], *names: str) -> Any:
    """An input field's value; monday sends dropdown picks as {"value": ..., "title": ...}."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, dict):
            value = value.get("value", value.get("id"))
        if value not in (None, ""):
            return value
    return None


def _account_or_failure(identity: IntegrationIdentity) -> tuple[int | None, Any]:
    with database().session() as session:
        account = find_account(session, identity.monday_account_id)
        if account is None or account.status != "active":
            return None, monday_failure("ml-connector is not set up", SETUP_FIRST)
        return account.id, None


def _pick_connection(account_id: int, requested: Any) -> tuple[int | None, Any]:
    with database().session() as session:
        connections = list_connections(session, account_id)
    if requested not in (None, ""):
        for connection in connections:
            if str(connection.id) == str(requested):
                return connection.id, None
        return None, monday_failure(
            "SYSPRO connection not found",
            "The SYSPRO connection chosen in this automation no longer exists. Pick another "
            "one in the automation, or set one up in the ml-connector settings view.",
        )
    if len(connections) == 1:
        return connections[0].id, None
    if not connections:
        return None, monday_failure("No SYSPRO connection", SETUP_FIRST)
    default = next((c.id for c in connections if c.is_default), None)
    if default is not None:
        return default, None  # several: the one marked default in the settings view
    return None, monday_failure(
        "Choose a SYSPRO connection",
        "This account has several SYSPRO connections: choose one in the automation.",
    )


def invalid_subscription() -> ResponseReturnValue:
    """One answer for a missing, malformed or another account's subscription id, so the
    answer never tells that an id exists elsewhere."""
    refused = SubscriptionRefused()
    return monday_failure(
        "Invalid subscription", f"{refused.field} {refused.message}", severity=6000
    )


@dataclass(frozen=True)
class _Subscribe:
    """What every subscribe call needs, once verified: who, which subscription, which SYSPRO."""

    identity: Any
    payload: dict[str, Any]
    fields: dict[str, Any]
    subscription_id: str
    account_id: int
    connection_id: int


def _subscribe_request() -> tuple[_Subscribe | None, ResponseReturnValue | None]:
    identity = _identity()
    payload = _payload()
    fields = payload.get("inputFields") or {}
    subscription_id = str(payload.get("subscriptionId") or "").strip()
    if not subscription_id.isdigit():  # monday's subscription ids are integers (FACTS §7)
        return None, invalid_subscription()
    account_id, failure = _account_or_failure(identity)
    if failure:
        return None, failure
    assert account_id is not None
    connection_id, failure = _pick_connection(account_id, _field(fields, "connectionId"))
    if failure:
        return None, failure
    assert connection_id is not None
    return _Subscribe(identity, payload, fields, subscription_id, account_id, connection_id), None


# The default first: archive settled records (sync/capacity.py).
POLICY_TITLES = (("archive", "Archive settled records"),
                 ("rollover", "Continue on a new board"),
                 ("stop", "Stop adding new records"))
ARCHIVE_AFTER_CHOICES = (90, 30, 60, 180, 365)


# --- "Sync SYSPRO {entity} to this board every {interval}" -----------------------------------


@bp.post("/sync/subscribe")
@requires_integration
def sync_subscribe() -> ResponseReturnValue:
    request_, failure = _subscribe_request()
    if failure:
        return failure
    assert request_ is not None
    fields = request_.fields
    return _subscribe_board_sync(request_, {
        "entity": str(_field(fields, "entity") or ""),
        "interval_minutes": _field(fields, "interval") or 15,
        # Optional recipe field: open | all | since:YYYY-MM-DD (store/ checks it).
        "first_sync": _field(fields, "firstSync"),
        # What happens when the board reaches monday's item cap (store.board_capacity);
        # left out: the archive policy after 90 days.
        "capacity_policy": _field(fields, "whenFull"),
        "archive_after_days": _field(fields, "archiveAfterDays"),
    })


@bp.post("/lookup/subscribe")
@requires_integration
def lookup_subscribe() -> ResponseReturnValue:
    """"Keep SYSPRO {entity} on this board, and send edits back to SYSPRO": a board sync in
    lookup mode; provisioning creates the board webhooks that bring edits back. Entities
    SYSPRO cannot take edits for are refused by store/ (checked_mode), naming the field."""
    request_, failure = _subscribe_request()
    if failure:
        return failure
    assert request_ is not None
    entity = str(_field(request_.fields, "entity") or "")
    return _subscribe_board_sync(request_, {"entity": entity, "mode": "lookup"})


def _subscribe_board_sync(request_: _Subscribe, record: dict[str, Any]) -> ResponseReturnValue:
    identity, fields = request_.identity, request_.fields
    subscription_id, account_id = request_.subscription_id, request_.account_id
    filters = {
        key: str(value)
        for name, key in FILTER_FIELDS.items()
        if (value := _field(fields, name)) not in (None, "")
    }
    record = {
        "connection_id": request_.connection_id,
        "board_id": str(_field(fields, "boardId") or ""),
        "column_mapping": {},
        **record,
    }
    # Two deliveries of one subscribe can arrive together: the lock makes the second one find
    # what the first created instead of failing on the unique subscription id.
    with redis_client().lock(f"lock:recipe-subscribe:{subscription_id}", timeout=30,
                             blocking_timeout=10):
        try:
            with database().session() as session:
                sync, created = subscribe_board_sync(
                    session,
                    account_id,
                    subscription_id,
                    record,
                    monday_user_id=identity.monday_user_id,
                    filters=filters,
                )
                sync_id, provisioned = sync.id, sync.provisioned_at is not None
                lookup = sync.mode == "lookup"
        except SubscriptionRefused:
            return invalid_subscription()
        except ValidationError as exc:
            return monday_failure("Cannot start the sync", f"{exc.field}: {exc.message}")
    if not provisioned:
        # Until the columns exist, every delivery makes sure provisioning is queued: a failed
        # enqueue answers 500, monday retries, and the retry enqueues.
        set_up_board_sync.enqueue(redis_client(), sync_id)
    elif lookup:
        # A board taken over: its webhooks again.
        update_board_webhooks.enqueue(redis_client(), sync_id)
    log.info("recipe subscription %s -> board sync %s (created=%s)", subscription_id, sync_id,
             created)
    return jsonify(webhookId=subscription_id)


@bp.post("/sync/unsubscribe")
@requires_integration
def sync_unsubscribe() -> ResponseReturnValue:
    """Both board recipes: the sync is disabled, and a job deletes its board webhooks (while
    it waits, the web layer already ignores the board's events). A failed enqueue answers
    500; monday's retry finds the same sync and enqueues again."""
    webhook_id = str(_payload().get("webhookId") or "")
    sync_id = None
    with database().session() as session:
        account = find_account(session, _identity().monday_account_id)
        if account is not None and webhook_id:
            try:
                sync_id = unsubscribe_board_sync(session, account.id, webhook_id).id
            except NotFound:
                pass  # already gone: unsubscribe is idempotent
    if sync_id is not None:
        update_board_webhooks.enqueue(redis_client(), sync_id)
    return jsonify(ok=True)


# --- Custom trigger "When a SYSPRO {entity} is posted or changes" -----------------------------


@bp.post("/trigger/subscribe")
@requires_integration
def trigger_subscribe() -> ResponseReturnValue:
    request_, failure = _subscribe_request()
    if failure:
        return failure
    assert request_ is not None
    payload, fields = request_.payload, request_.fields
    subscription_id, account_id = request_.subscription_id, request_.account_id
    connection_id = request_.connection_id
    try:
        with database().session() as session:
            subscribe_trigger(
                session,
                account_id,
                subscription_id,
                {
                    "entity": str(_field(fields, "entity") or ""),
                    "connection_id": connection_id,
                    "webhook_url": payload.get("webhookUrl"),
                    "recipe_id": payload.get("recipeId"),
                    "integration_id": payload.get("integrationId"),
                    "input_fields": fields,
                },
            )
    except SubscriptionRefused:
        return invalid_subscription()
    except ValidationError as exc:
        return monday_failure("Cannot add the trigger", f"{exc.field}: {exc.message}")
    return jsonify(webhookId=subscription_id)


@bp.post("/trigger/unsubscribe")
@requires_integration
def trigger_unsubscribe() -> ResponseReturnValue:
    webhook_id = str(_payload().get("webhookId") or "")
    with database().session() as session:
        account = find_account(session, _identity().monday_account_id)
        if account is not None and webhook_id:
            try:
                unsubscribe_trigger(session, account.id, webhook_id)
            except NotFound:
                pass
    return jsonify(ok=True)


# --- Remote options ---------------------------------------------------------------------------

def _enqueue_options_refresh(connection_id: int) -> None:
    """The list is not cached (yet, or any more): have a worker read it from SYSPRO. The
    dropdown answers with what it has now; monday asks again when the person reopens it."""
    try:
        refresh_remote_options.enqueue(redis_client(), connection_id)
    except Exception:  # the dropdown must answer even when the queue does not
        log.warning("remote options refresh for connection %s not enqueued", connection_id,
                    exc_info=True)


@bp.post("/options/entities")
@requires_integration
def entity_options() -> ResponseReturnValue:
    return jsonify([{"title": ENTITY_TITLES.get(e, e), "value": e} for e in ENTITIES])


@bp.post("/options/lookup-entities")
@requires_integration
def lookup_entity_options() -> ResponseReturnValue:
    """The entities whose boards can send edits back to SYSPRO."""
    return jsonify([{"title": ENTITY_TITLES[e], "value": e} for e in LOOKUP_ENTITIES])


@bp.post("/options/intervals")
@requires_integration
def interval_options() -> ResponseReturnValue:
    return jsonify([{"title": f"{m} minutes", "value": str(m)} for m in INTERVALS])


@bp.post("/options/capacity-policies")
@requires_integration
def capacity_policy_options() -> ResponseReturnValue:
    return jsonify([{"title": title, "value": value} for value, title in POLICY_TITLES])


@bp.post("/options/first-sync")
@requires_integration
def first_sync_options() -> ResponseReturnValue:
    """What a first sync brings (syspro/first_sync.py): open items, everything, or since the
    start of this year or last year; the CLI takes any date (`--first-sync since:...`)."""
    year = utcnow().year
    return jsonify([
        {"title": "Open items only (the default for invoices)", "value": "open"},
        {"title": "Everything", "value": "all"},
        {"title": f"Since 1 January {year}", "value": f"since:{year}-01-01"},
        {"title": f"Since 1 January {year - 1}", "value": f"since:{year - 1}-01-01"},
    ])


@bp.post("/options/archive-after-days")
@requires_integration
def archive_after_options() -> ResponseReturnValue:
    return jsonify([{"title": f"{d} days", "value": str(d)} for d in ARCHIVE_AFTER_CHOICES])


@bp.post("/options/connections")
@requires_integration
def connection_options() -> ResponseReturnValue:
    with database().session() as session:
        account = find_account(session, _identity().monday_account_id)
        connections = list_connections(session, account.id) if account else []
        options = [{"title": c.name, "value": str(c.id)} for c in connections]
    return jsonify(options)


@bp.post("/options/<any(branches, warehouses, currencies):name>")
@requires_integration
def syspro_list_options(name: str) -> ResponseReturnValue:
    """Filter values from the customer's SYSPRO. Reading SYSPRO here would be too slow for
    monday's dropdown, so the answer comes from a cache the SYSPRO side refreshes; "Any" is
    always offered."""
    options: list[dict[str, str]] = [{"title": "Any", "value": ""}]
    with database().session() as session:
        account = find_account(session, _identity().monday_account_id)
        connections = list_connections(session, account.id) if account else []
        ids = [c.id for c in connections]
    seen: set[str] = set()
    for connection_id in ids:
        # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
        raw = cast(bytes | None, redis_client().get(cache_key(connection_id, name)))
        if raw is None:
            _enqueue_options_refresh(connection_id)
        for item in json.loads(raw) if raw else []:
            value = str(item.get("value", ""))
            if value and value not in seen:
                seen.add(value)
                options.append({"title": str(item.get("title") or value), "value": value})
    return jsonify(options)
