"""Workflow action blocks: what a monday workflow can ask ml-connector to do.

monday workflows (automation blocks) replace the classic integration recipes. The sync, the
lookup (write-back) board and the custom trigger are *subscriptions*; their blocks use the same
subscribe/unsubscribe URLs as the recipes (monday sends the same payload to both, FACTS §7).
The blocks here are *actions*: monday POSTs to the run URL

    {"payload": {"blockKind": "action", "inputFields": {...}, "inboundFieldValues": {...},
                 "credentialsValues": {...}, "recipeId": ..., "integrationId": ...},
     "runtimeMetadata": {"actionUuid": "...", "triggerUuid": "..."}}

and retries every minute for 30 minutes when it gets no 200 within about a minute. So every run

- is idempotent on its `actionUuid`: the first answer is kept (per account) and a retried
  delivery gets it again, without doing the work twice;
- answers fast: it only queues work (a poll, a retry), never waits for SYSPRO or monday;
- answers 200 with `{"outputFields": {...}}`, exactly the keys the manifest declares for the
  block, or fails with monday's `severityCode` body (4000: this run fails, 6000: the
  automation is turned off because it can never work, e.g. the app is not set up).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, cast

from flask import Blueprint, g, jsonify
from flask.typing import ResponseReturnValue

from jobs.sync_jobs import poll_board_sync
from monday_app.auth import IntegrationIdentity, requires_integration
from monday_app.web.common import database, monday_failure, redis_client
from monday_app.web.field_readers import InputError, monday_id, obj, text
from monday_app.web.json_input import json_object
from store.accounts import find_account
from store.block_actions import (
    BoardNotSynced,
    board_syncs_on_board,
)
from store.models import BoardSync, SyncRecord
from store.retries import retry_failed

log = logging.getLogger(__name__)
bp = Blueprint("blocks", __name__, url_prefix="/monday/blocks")

# monday retries a run for 30 minutes; the first answer is kept well beyond that.
ANSWER_KEPT_SECONDS = 2 * 3600
ACTION_UUID_CHARS = 64
ENTITY_WORDS = {
    "supplier_invoices": "supplier invoices", "purchase_orders": "purchase orders",
    "goods_receipts": "goods receipts", "customer_invoices": "customer invoices",
    "suppliers": "suppliers", "customers": "customers", "gl_accounts": "GL accounts",
    "stock_items": "stock items",
}
NOT_SET_UP = (
    "Open the ml-connector settings view (app settings in monday), set up the SYSPRO "
    "connection, then turn this workflow on again."
)


class RunFailed(Exception):
    """A run that cannot succeed now; `severity` says whether later runs may (4000) or not."""

    def __init__(self, title: str, description: str, severity: int = 4000):
        super().__init__(description)
        self.title, self.description, self.severity = title, description, severity


def _run_request() -> tuple[str, dict[str, Any]]:
    """(actionUuid, inputFields) of an action run, each checked; InputError names the field."""
    body = json_object()
    payload = obj(body.get("payload"), "payload")
    metadata = obj(body.get("runtimeMetadata"), "runtimeMetadata")
    action_uuid = text(metadata.get("actionUuid"), "runtimeMetadata.actionUuid",
                       max_chars=ACTION_UUID_CHARS, numbers=True) or ""
    fields = obj(payload.get("inputFields"), "payload.inputFields", optional=True)
    return action_uuid, fields


def _board_id(fields: dict[str, Any]) -> str:
    value = fields.get("boardId")
    if isinstance(value, dict):  # a picked value: {"value": ..., "title": ...}
        value = value.get("value")
    return str(monday_id(value, "payload.inputFields.boardId"))


def _account_id(identity: IntegrationIdentity) -> int:
    with database().session() as session:
        account = find_account(session, identity.monday_account_id)
        if account is None or account.status != "active":
            raise RunFailed("ml-connector is not set up", NOT_SET_UP, severity=6000)
        return account.id


def _answer_key(identity: IntegrationIdentity, action_uuid: str) -> str:
    return f"block-run:{identity.monday_account_id}:{action_uuid}"


def _run_once(action: Callable[[int, dict[str, Any]], dict[str, Any]]) -> ResponseReturnValue:
    """Verify, dedupe on the run's id, act, keep the answer. A failure is not kept: monday's
    retry runs it again, and may succeed once the cause is fixed."""
    identity: IntegrationIdentity = g.identity
    try:
        action_uuid, fields = _run_request()
    except InputError as exc:
        return monday_failure("The workflow sent a value ml-connector cannot use",
                              f"{exc.field}: {exc.message}")
    key = _answer_key(identity, action_uuid)
    # Two deliveries of one run can arrive together: the second waits for the first's answer.
    with redis_client().lock(f"lock:{key}", timeout=30, blocking_timeout=10):
        # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
        kept = cast(bytes | None, redis_client().get(key))
        if kept is not None:
            return jsonify(json.loads(kept))
        try:
            output = action(_account_id(identity), fields)
        except InputError as exc:
            return monday_failure("The workflow sent a value ml-connector cannot use",
                                  f"{exc.field}: {exc.message}")
        except RunFailed as exc:
            return monday_failure(exc.title, exc.description, severity=exc.severity)
        answer = {"outputFields": output}
        redis_client().set(key, json.dumps(answer), ex=ANSWER_KEPT_SECONDS)
    return jsonify(answer)


def _entities(syncs: list[BoardSync]) -> str:
    return ", ".join(sorted({ENTITY_WORDS.get(s.entity, s.entity) for s in syncs}))


def _syncs_on(account_id: int, board_id: str) -> list[BoardSync]:
    with database().session() as session:
        try:
            syncs = board_syncs_on_board(session, account_id, board_id)
        except BoardNotSynced as exc:
            raise RunFailed("This board is not synced with SYSPRO", str(exc)) from exc
        session.expunge_all()
        return syncs


# --- "Sync this board from SYSPRO now" ---------------------------------------------------------


def sync_board_now(account_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    board_id = _board_id(fields)
    syncs = _syncs_on(account_id, board_id)
    jobs = redis_client()
    queued = [s.id for s in syncs if poll_board_sync.enqueue(jobs, s.id)]
    log.info("workflow run: sync now on board %s (%d queued of %d)", board_id, len(queued),
             len(syncs))
    return {"boardId": board_id, "entities": _entities(syncs), "syncsQueued": len(queued),
            "syncsAlreadyRunning": len(syncs) - len(queued)}


@bp.post("/sync-now/run")
@requires_integration
def sync_now_run() -> ResponseReturnValue:
    return _run_once(sync_board_now)


# --- "Retry the SYSPRO records monday refused on this board" -----------------------------------


def retry_failed_records(account_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    board_id = _board_id(fields)
    syncs = _syncs_on(account_id, board_id)
    with database().session() as session:
        identity: IntegrationIdentity = g.identity  # whose workflow asked, for the audit
        retried = len(retry_failed(
            session, SyncRecord.account_id == account_id,
            SyncRecord.board_sync_id.in_([s.id for s in syncs]),
            asked_by=identity.monday_user_id, via="monday workflow"))
    jobs = redis_client()
    for sync in syncs:
        poll_board_sync.enqueue(jobs, sync.id)  # the retry happens on the next poll; have it now
    return {"boardId": board_id, "entities": _entities(syncs), "recordsRetried": retried}


@bp.post("/retry-failed/run")
@requires_integration
def retry_failed_run() -> ResponseReturnValue:
    return _run_once(retry_failed_records)
