"""Integration recipes: the sync and lookup recipes, and the custom trigger.

Each endpoint verifies the JWT, records, enqueues and answers: monday retries every minute for
30 minutes when it gets no 200 within about a minute, so every call is idempotent on monday's
subscriptionId. The dropdowns' remote options are in recipe_options.py, on the same blueprint.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import jsonify
from flask.typing import ResponseReturnValue

from jobs.sync_jobs import set_up_board_sync, update_board_webhooks
from monday_app.auth import requires_integration
from monday_app.web import recipe_options  # noqa: F401 - registers its routes on bp
from monday_app.web.common import database, monday_failure, redis_client
from monday_app.web.recipe_base import (
    SubscribeRequest,
    bp,
    current_identity,
    input_field,
    invalid_subscription,
    request_payload,
    subscribe_request,
)
from store.accounts import find_account
from store.errors import NotFound, SubscriptionRefused, ValidationError
from store.recipe_syncs import subscribe_board_sync, unsubscribe_board_sync
from store.subscriptions import subscribe_trigger, unsubscribe_trigger

__all__ = ["bp"]

log = logging.getLogger(__name__)

FILTER_FIELDS = {"branch": "branch", "warehouse": "warehouse", "currency": "currency"}


# --- "Sync SYSPRO {entity} to this board every {interval}" -----------------------------------


@bp.post("/sync/subscribe")
@requires_integration
def sync_subscribe() -> ResponseReturnValue:
    request_, failure = subscribe_request()
    if failure:
        return failure
    assert request_ is not None
    fields = request_.fields
    return _subscribe_board_sync(request_, {
        "entity": str(input_field(fields, "entity") or ""),
        "interval_minutes": input_field(fields, "interval") or 15,
        # Optional recipe field: open | all | since:YYYY-MM-DD (store/ checks it).
        "first_sync": input_field(fields, "firstSync"),
        # What happens when the board reaches monday's item cap (store.board_capacity);
        # left out: the archive policy after 90 days.
        "capacity_policy": input_field(fields, "whenFull"),
        "archive_after_days": input_field(fields, "archiveAfterDays"),
    })


@bp.post("/lookup/subscribe")
@requires_integration
def lookup_subscribe() -> ResponseReturnValue:
    """"Keep SYSPRO {entity} on this board, and send edits back to SYSPRO": a board sync in
    lookup mode; provisioning creates the board webhooks that bring edits back. Entities
    SYSPRO cannot take edits for are refused by store/ (checked_mode), naming the field."""
    request_, failure = subscribe_request()
    if failure:
        return failure
    assert request_ is not None
    entity = str(input_field(request_.fields, "entity") or "")
    return _subscribe_board_sync(request_, {"entity": entity, "mode": "lookup"})


def _subscribe_board_sync(request_: SubscribeRequest, record: dict[str, Any]
                          ) -> ResponseReturnValue:
    identity, fields = request_.identity, request_.fields
    subscription_id, account_id = request_.subscription_id, request_.account_id
    filters = {
        key: str(value)
        for name, key in FILTER_FIELDS.items()
        if (value := input_field(fields, name)) not in (None, "")
    }
    record = {
        "connection_id": request_.connection_id,
        "board_id": str(input_field(fields, "boardId") or ""),
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
    webhook_id = str(request_payload().get("webhookId") or "")
    sync_id = None
    with database().session() as session:
        account = find_account(session, current_identity().monday_account_id)
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
    request_, failure = subscribe_request()
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
                    "entity": str(input_field(fields, "entity") or ""),
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
    webhook_id = str(request_payload().get("webhookId") or "")
    with database().session() as session:
        account = find_account(session, current_identity().monday_account_id)
        if account is not None and webhook_id:
            try:
                unsubscribe_trigger(session, account.id, webhook_id)
            except NotFound:
                pass
    return jsonify(ok=True)
