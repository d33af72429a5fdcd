"""App lifecycle webhooks from monday: install, uninstall, subscription changes.

Signed with the Client Secret. Uninstall stops the account's syncs and forgets its tokens (audit
stays), and queues the revocation of its OAuth 2.1 refresh tokens at monday; a later install
brings back exactly the syncs the uninstall stopped.
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from flask import Blueprint, g, jsonify
from flask.typing import ResponseReturnValue

from jobs.token_jobs import revoke_account_tokens
from monday_app.auth import WebhookIdentity, requires_lifecycle, unauthorized
from monday_app.web.common import database, redis_client
from monday_app.web.inputs import lifecycle_body
from store.accounts import find_account, install_account, uninstall_account

log = logging.getLogger(__name__)
bp = Blueprint("lifecycle", __name__)

SUBSCRIPTION_EVENTS = {
    "app_subscription_created",
    "app_subscription_changed",
    "app_subscription_renewed",
    "app_subscription_cancelled_by_user",
    "app_subscription_cancelled",
    "app_subscription_cancellation_revoked_by_user",
    "app_subscription_renewal_attempt_failed",
    "app_subscription_renewal_failed",
    "app_trial_subscription_started",
    "app_trial_subscription_ended",
}


@bp.post("/monday/lifecycle")
@requires_lifecycle
def lifecycle() -> ResponseReturnValue:
    # Parsed only now, after the decorator verified the token; types and lengths checked.
    body = lifecycle_body()
    event: str = body["type"]
    data: dict[str, Any] = body["data"]
    monday_account_id: int = data["account_id"]
    identity: WebhookIdentity = g.identity
    if identity.monday_account_id is not None and identity.monday_account_id != monday_account_id:
        # A token for one account cannot act on another.
        return unauthorized("token was issued for another account")
    detail = {"event": event, "monday_user_id": data.get("user_id")}
    revoke_for: int | None = None
    with database().session() as session:
        if event == "install":
            install_account(
                session,
                monday_account_id,
                name=data.get("account_name"),
                slug=data.get("account_slug"),
                tier=data.get("account_tier"),
                detail=detail,
            )
        elif event == "uninstall":
            account = uninstall_account(session, monday_account_id, detail=detail)
            revoke_for = account.id if account is not None else None
        elif event in SUBSCRIPTION_EVENTS:
            account = find_account(session, monday_account_id)
            if account is not None and account.status == "active":
                # Only the tier is kept; billing decisions are monday's.
                tier = data.get("account_tier")
                account.tier = str(tier) if tier else None
        else:
            log.info("lifecycle event %r ignored", event)
    if revoke_for is not None:
        _enqueue_revocation(revoke_for)
    log.info("lifecycle %s for monday account %s", event, monday_account_id)
    return jsonify(ok=True)


def _enqueue_revocation(account_id: int) -> None:
    """The refresh tokens wait in the database; a job revokes them at monday (best effort:
    a failure to queue is logged, the uninstall itself has happened)."""
    try:
        # False when one is already queued: it revokes whatever is waiting.
        revoke_account_tokens.enqueue(redis_client(), account_id)
    except redis.RedisError as exc:
        log.warning("could not queue the token revocation of account %s: %s", account_id, exc)
