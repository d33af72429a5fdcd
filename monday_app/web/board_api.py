"""The board view's JSON API (the contract is in docs/monday-app.md, "Board view API").

Every call carries the view session token (`Authorization: Bearer <token>`); the account comes
from the token and scopes every query, so another account's sync answers 404 like a missing
one. Anyone in the account may read; changes need an account admin (403 otherwise). Handlers
answer fast: they check, record and enqueue (the worker polls, pushes, backfills and
provisions); only the mapping preview reads SYSPRO synchronously, ten rows with the
connection's short timeouts, and writes nothing. Bad input answers 422 with every field.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, jsonify
from flask.typing import ResponseReturnValue

from jobs.sync_jobs import enqueue_backfill, poll_board_sync, remap_board_sync
from monday_app.auth import ViewIdentity, requires_admin, requires_view_session
from monday_app.web.board_inputs import (
    Invalid,
    audit_args,
    backfill_body,
    history_days,
    mapping_body,
    paused_body,
)
from monday_app.web.board_summary import iso, sync_summary
from monday_app.web.common import database, redis_client, secret_box, settings
from monday_app.web.view_base import account_id as _account_id
from monday_app.web.view_base import register_refusals
from store import retries
from store.audit_query import ACTION_LABELS, audit_page
from store.board_syncs import BoardSyncSpec, load_spec, set_enabled
from store.board_view import (
    board_sync_with_connection,
    board_syncs_on_board,
    failed_records,
    hourly_history,
    save_column_mapping,
)
from store.models import SyncRecord
from store.tokens import reconnect_reason
from sync.context import EngineContext, engine_settings_from
from sync.errors import scrub
from sync.failure_text import plain_reason
from sync.mapping import MappingError
from sync.mapping_edit import (
    COLUMN_TYPES,
    MappingInvalid,
    mapping_fields,
    mapping_from_body,
    mapping_view,
    preview,
)
from sync.poll import FilterError
from sync.preview_rows import preview_rows
from sync.sources import build_reader
from syspro.errors import SysproError
from syspro.readers.base import EntityReader

bp = Blueprint("board_api", __name__)
PREVIEW_ROWS = 10


register_refusals(bp)


def _summary(session: Any, account_id: int, board_sync_id: int) -> dict[str, Any]:
    sync, connection = board_sync_with_connection(session, account_id, board_sync_id)
    return sync_summary(session, sync, connection, reconnect_reason(session, account_id))


# --- reading ----------------------------------------------------------------------------------


@bp.get("/api/boards/<board_id>/view")
@requires_view_session
def board_view(board_id: str) -> ResponseReturnValue:
    """The board's syncs (this board only) with health, counts and progress. monday board ids
    outgrow the database-id path converter: digits, checked here."""
    if not board_id.isascii() or not board_id.isdigit() or len(board_id) > 20:
        raise Invalid([("board_id", "give the monday board id (digits)")])
    account_id = _account_id()
    identity: ViewIdentity = g.identity
    with database().session() as session:
        reconnect = reconnect_reason(session, account_id)
        syncs = [sync_summary(session, sync, connection, reconnect)
                 for sync, connection in board_syncs_on_board(session, account_id, board_id)]
    return jsonify(monday_connection={"state": "reconnect" if reconnect else "ok",
                                      "message": reconnect},
                   can_edit=identity.is_admin, syncs=syncs)


@bp.get("/api/board-syncs/<int:board_sync_id>/history")
@requires_view_session
def history(board_sync_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    days = history_days()
    with database().session() as session:
        board_sync_with_connection(session, account_id, board_sync_id)
        hours = hourly_history(session, board_sync_id, days)
    return jsonify(hours=hours)


@bp.get("/api/board-syncs/<int:board_sync_id>/failed")
@requires_view_session
def failed(board_sync_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        board_sync_with_connection(session, account_id, board_sync_id)
        records = [
            {"id": r.id, "syspro_key": r.syspro_key,
             "reason": plain_reason(r.failure, r.last_error), "attempts": r.attempts,
             "next_retry_at": iso(r.next_attempt_at) if r.pending_hash else None}
            for r in failed_records(session, board_sync_id)
        ]
    return jsonify(records=records)


@bp.get("/api/board-syncs/<int:board_sync_id>/audit")
@requires_view_session
def audit(board_sync_id: int) -> ResponseReturnValue:
    """Newest first; `syspro_id` matches with or without SYSPRO's leading spaces."""
    account_id = _account_id()
    args = audit_args(tuple(ACTION_LABELS))
    with database().session() as session:
        board_sync_with_connection(session, account_id, board_sync_id)
        found = audit_page(session, account_id, board_sync_id, **args)
        entries = [
            {"at": iso(e.synced_at), "action": e.action,
             "action_label": ACTION_LABELS.get(e.action, e.action), "syspro_id": e.syspro_id,
             "item_id": e.item_id, "detail": _detail(e.action, e.detail, e.error_chain)}
            for e in found.entries
        ]
    return jsonify(entries=entries, page=args["page"], per_page=args["per_page"],
                   total=found.total,
                   actions=[{"value": k, "label": v} for k, v in ACTION_LABELS.items()])


def _detail(action: str, detail: dict[str, Any] | None, chain: list[Any] | None) -> str | None:
    """The event's detail in words."""
    detail = detail or {}
    if action == "unchanged_skipped":
        return f"{detail.get('count', 0)} records read unchanged; nothing sent to monday"
    if action == "failed" and (detail.get("failure") or chain):
        return plain_reason(detail.get("failure"), str((chain or [{}])[0].get("message") or ""))
    if action == "retried" and "asked_by" in detail:
        who = f"monday user {detail['asked_by']}" if detail["asked_by"] else "a person"
        return f"retry asked by {who} from the {detail.get('via') or 'board view'}"
    if action == "reconciled":
        return f"{detail.get('drift', 0)} records differed and were repaired"
    if "attempt" in detail:
        return f"attempt {detail['attempt']}"
    return None


# --- changing ---------------------------------------------------------------------------------


@bp.post("/api/records/<int:record_id>/retry")
@requires_view_session
@requires_admin("retry failed records")
def record_retry(record_id: int) -> ResponseReturnValue:
    """The record is due now and its sync is polled (a fix made in SYSPRO is read) and
    pushed by the worker; the board view shows the outcome."""
    account_id = _account_id()
    identity: ViewIdentity = g.identity
    with database().session() as session:
        record = retries.retry_record(session, account_id, record_id,
                                      asked_by=identity.monday_user_id)
        body = {"id": record.id, "state": record.state,
                "result": "Retry queued: the record is read from SYSPRO again and written to "
                          "monday within a minute; it leaves this list once monday takes it."}
        sync_id = record.board_sync_id
    poll_board_sync.enqueue(redis_client(), sync_id)
    return jsonify(record=body)


@bp.post("/api/board-syncs/<int:board_sync_id>/retry-failed")
@requires_view_session
@requires_admin("retry failed records")
def retry_failed(board_sync_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    identity: ViewIdentity = g.identity
    with database().session() as session:
        board_sync_with_connection(session, account_id, board_sync_id)
        retried = len(retries.retry_failed(session, SyncRecord.board_sync_id == board_sync_id,
                                           asked_by=identity.monday_user_id,
                                           via="board view"))
    poll_board_sync.enqueue(redis_client(), board_sync_id)
    return jsonify(retried=retried)


@bp.post("/api/board-syncs/<int:board_sync_id>/sync-now")
@requires_view_session
@requires_admin("start a sync")
def sync_now(board_sync_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        sync, _ = board_sync_with_connection(session, account_id, board_sync_id)
        if not sync.enabled:
            raise Invalid([("paused", "this sync is paused; resume it first")])
    # A poll already waiting or running covers this one.
    poll_board_sync.enqueue(redis_client(), board_sync_id)
    return jsonify(queued=True)


@bp.put("/api/board-syncs/<int:board_sync_id>/paused")
@requires_view_session
@requires_admin("pause or resume a sync")
def paused(board_sync_id: int) -> ResponseReturnValue:
    """The same switch as `ml-connector sync disable/enable` (store.board_syncs.set_enabled)."""
    account_id = _account_id()
    pause = paused_body()
    with database().session() as session:
        set_enabled(session, account_id, board_sync_id, not pause)
        body = _summary(session, account_id, board_sync_id)
    return jsonify(board_sync=body)


@bp.post("/api/board-syncs/<int:board_sync_id>/backfill")
@requires_view_session
@requires_admin("backfill a date range")
def backfill(board_sync_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    since, until = backfill_body()
    with database().session() as session:
        board_sync_with_connection(session, account_id, board_sync_id)
    if not enqueue_backfill(redis_client(), board_sync_id, since, until):
        return jsonify(error="busy", message="A backfill of this sync is already queued or "
                       "running; wait for it to finish."), 409
    return jsonify(queued=True, **{"from": since.isoformat(), "to": until.isoformat()})


# --- column mapping ---------------------------------------------------------------------------


@bp.get("/api/board-syncs/<int:board_sync_id>/mapping")
@requires_view_session
def mapping_show(board_sync_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        sync, _ = board_sync_with_connection(session, account_id, board_sync_id)
        entity, overrides = sync.entity, dict(sync.column_mapping or {})
    return jsonify(mapping=mapping_view(entity, overrides), fields=mapping_fields(entity),
                   column_types=COLUMN_TYPES)


def _checked_mapping(entity: str, current: dict[str, Any]) -> dict[str, Any]:
    try:
        return mapping_from_body(entity, mapping_body(), current)
    except MappingInvalid as exc:
        raise Invalid([(p.field, p.message) for p in exc.problems]) from None


@bp.post("/api/board-syncs/<int:board_sync_id>/mapping/preview")
@requires_view_session
@requires_admin("change the column mapping")
def mapping_preview(board_sync_id: int) -> ResponseReturnValue:
    """The records the next poll would write (its own read from the saved cursor), first ten,
    as the push would write them with this mapping; the records last written when the next
    poll would write none (`source` says which, `source_text` in words)."""
    account_id = _account_id()
    with database().session() as session:
        spec = load_spec(session, secret_box(), board_sync_id, account_id)
    overrides = _checked_mapping(spec.entity, spec.column_mapping)
    cfg = settings()
    try:
        reader = build_reader(spec.connection, redis_client=redis_client(),
                              cipher=secret_box(), allow_loopback=cfg.allow_loopback,
                              allow_private_networks=cfg.allow_private_networks)
        found = preview_rows(_read_only_context(reader), spec, reader, PREVIEW_ROWS)
        items = preview(found.rows, spec.entity, overrides, spec.provisioned_columns,
                        PREVIEW_ROWS)
    except (SysproError, MappingError, FilterError, OSError) as exc:
        return jsonify(error="syspro_unavailable", message=f"SYSPRO could not be read for "
                       f"the preview: {scrub(str(exc)).splitlines()[0][:300]}"), 502
    return jsonify(items=items, source=found.source, source_text=found.describe())


def _read_only_context(reader: EntityReader) -> EngineContext:
    """What planning the next poll's read needs (database, settings, the reader); no monday
    client or SYSPRO writer exists in it, so a preview cannot write anywhere."""
    def refuse(_spec: BoardSyncSpec) -> Any:
        raise RuntimeError("the mapping preview writes nothing")

    return EngineContext(db=database(), redis=redis_client(), secret_box=secret_box(),
                         reader_factory=lambda _spec: reader, monday_factory=refuse,
                         writer_factory=refuse,
                         settings=engine_settings_from(settings().sync_tuning))


@bp.put("/api/board-syncs/<int:board_sync_id>/mapping")
@requires_view_session
@requires_admin("change the column mapping")
def mapping_save(board_sync_id: int) -> ResponseReturnValue:
    """Store the overrides, then (worker) provision columns again and push only the records
    whose converted values changed."""
    account_id = _account_id()
    with database().session() as session:
        sync, _ = board_sync_with_connection(session, account_id, board_sync_id)
        overrides = _checked_mapping(sync.entity, dict(sync.column_mapping or {}))
        save_column_mapping(session, account_id, board_sync_id, overrides)
        view = mapping_view(sync.entity, overrides)
        # Enqueued before the commit: if Redis fails, the mapping is not changed either.
        remap_board_sync.enqueue(redis_client(), board_sync_id)
    return jsonify(mapping=view, reprovision="queued")

