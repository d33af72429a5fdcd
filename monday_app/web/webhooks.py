"""Board webhooks (lookup boards): a monday user edited a supplier or customer column.

Challenge echo, verification, dedupe on triggerUuid, enqueue the write-back. The engine decides
what to do with our own echoes; the user id is passed through for that.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, g, jsonify, request
from flask.typing import ResponseReturnValue

from jobs.writeback import write_back_board_edit
from monday_app.auth import WebhookIdentity, requires_board_webhook, unauthorized
from monday_app.web.common import database, redis_client
from monday_app.web.inputs import board_event_body, challenge_body
from store.accounts import account_by_id, find_account
from store.deliveries import claim_delivery
from store.recipe_syncs import lookup_sync_for_board

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__)


@bp.post("/monday/webhooks/board")
def board_webhook() -> ResponseReturnValue:
    if request.headers.get("Authorization", "").strip():
        return _board_event()
    # Unsigned: only the creation handshake may be (monday's handshake for webhooks made with
    # a personal token carries no token). Nothing is stored, and the body read is capped tiny.
    body = challenge_body()
    if not body:
        return unauthorized("missing Authorization header")
    return jsonify(challenge=body["challenge"])


@requires_board_webhook
def _board_event() -> ResponseReturnValue:
    # The body is parsed only now, after the signature check.
    body = board_event_body()
    if "challenge" in body and "event" not in body:
        return jsonify(challenge=body["challenge"])
    event: dict[str, Any] = body["event"]
    identity: WebhookIdentity = g.identity
    trigger_uuid = str(event.get("triggerUuid") or "")
    board_id = str(event.get("boardId") or "")
    item_id = str(event.get("pulseId") or event.get("itemId") or "")
    if not (trigger_uuid and board_id and item_id):
        return jsonify(ignored="incomplete event"), 200
    with database().session() as session:
        account_id = None
        if identity.monday_account_id is not None:
            account = find_account(session, identity.monday_account_id)
            if account is None:
                return jsonify(ignored="unknown account"), 200
            account_id = account.id
        sync = lookup_sync_for_board(session, account_id, board_id)
        account = account_by_id(session, sync.account_id) if sync else None
        if account is None or account.status != "active" or sync is None:
            # Not a lookup board of this account: nothing to write back.
            return jsonify(ignored="not a lookup board"), 200
        if not claim_delivery(session, "board_webhook", trigger_uuid, account.id):
            return jsonify(duplicate=True), 200
        # Enqueued before the claim commits: if Redis fails, the claim rolls back and monday's
        # retry gets another chance. One job per triggerUuid; SYSPRO's trouble is retried
        # (jobs/writeback.py).
        write_back_board_edit.enqueue(
            redis_client(),
            account_id=account.id,
            board_id=board_id,
            item_id=item_id,
            column_id=event.get("columnId"),
            value=event.get("value"),
            previous_value=event.get("previousValue"),
            user_id=event.get("userId"),
            trigger_uuid=trigger_uuid,
        )
    return jsonify(ok=True)
