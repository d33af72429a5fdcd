"""The settings view and the board view, and the JSON API they call.

Pages are opened by monday with `?sessionToken=<JWT>` (signed with the Client Secret); the
page's script sends the same token back as `Authorization: Bearer <token>` on every API call.
Every API call is scoped to the account named in the verified token. Any member of the account
may look; changing anything (connections, the sync-now URL, retries, write-back) and seeing
the sync-now URL need an account admin (`is_admin` in the session token).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from flask import Blueprint, g, jsonify, render_template
from flask.typing import ResponseReturnValue

from jobs.connection_check import enqueue_check, read_progress
from jobs.session_logoff import retire_replaced_session
from jobs.sync_jobs import enqueue_board_webhooks
from monday_app.auth import (
    ViewIdentity,
    requires_admin,
    requires_view_session,
    view_token_from_request,
)
from monday_app.web.common import database, queue, redis_client, secret_box, settings
from monday_app.web.inputs import connection_form, lookup_switch_body, query_db_id
from monday_app.web.validation import InputError, browser_page
from store.accounts import find_account
from store.board_capacity import limits_from
from store.board_health import (
    board_sync_summaries,
    failed_records,
    recent_audit,
    retry_failed_record,
)
from store.board_syncs import ConnectionSpec, connection_spec, set_lookup_mode
from store.connections import (
    create_connection,
    get_connection,
    list_connections,
    public_view,
    rotate_sync_url_token,
    sync_url_token,
    update_connection,
)
from store.errors import FieldError, InvalidFields, NotFound, SecretsRequired, ValidationError
from store.tokens import reconnect_reason
from syspro import connection_schema as schema
from syspro.connection_schema import label_of

log = logging.getLogger(__name__)
RUN_ID = re.compile(r"[0-9a-f]{32}")

bp = Blueprint(
    "views",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/views/static",
)


class NotInstalled(Exception):
    pass


def _account_id() -> int:
    identity: ViewIdentity = g.identity
    with database().session() as session:
        account = find_account(session, identity.monday_account_id)
        if account is None or account.status != "active":
            raise NotInstalled
        return account.id


@bp.errorhandler(NotInstalled)
def _not_installed(_exc: NotInstalled) -> ResponseReturnValue:
    return jsonify(error="ml-connector is not installed on this monday account"), 403


@bp.errorhandler(NotFound)
def _not_found(_exc: NotFound) -> ResponseReturnValue:
    # Another account's row and a missing row look the same.
    return jsonify(error="not found"), 404


@bp.errorhandler(ValidationError)
def _invalid(exc: ValidationError) -> ResponseReturnValue:
    """422 with every problem: `errors` lists each field with its label (the form marks them);
    `field` and `message` sum it up in one line."""
    problems = exc.problems if isinstance(exc, InvalidFields) else [
        FieldError(exc.field, label_of(exc.field), exc.message)]
    errors = [{"field": p.field, "label": p.label, "message": p.message} for p in problems]
    return jsonify(error="invalid", field=exc.field, message=exc.message, errors=errors), 422


@bp.errorhandler(SecretsRequired)
def _secrets_required(exc: SecretsRequired) -> ResponseReturnValue:
    body = {"error": "invalid", "field": exc.field, "fields": exc.fields, "message": exc.message}
    return jsonify(body), 400


CHANGE_CONNECTIONS = "change the SYSPRO connection"


def monday_connection(session: Any, account_id: int) -> dict[str, str | None]:
    """Whether the app can still act on monday for the account; both views show it first."""
    reason = reconnect_reason(session, account_id)
    return {"state": "reconnect" if reason else "ok", "message": reason}


# --- pages ------------------------------------------------------------------------------------


@bp.get("/views/settings")
@browser_page
@requires_view_session
def settings_page() -> ResponseReturnValue:
    identity: ViewIdentity = g.identity
    return render_template(
        "settings.html", session_token=view_token_from_request(), can_edit=identity.is_admin,
        sections=_form_sections(),
    )


def _form_sections() -> list[dict[str, Any]]:
    """The connection schema grouped as the form shows it (advanced options last, collapsed)."""
    fields = [spec.describe() for spec in schema.FIELDS]
    return [
        {"key": key, "title": title, "fields": [f for f in fields if f["section"] == key]}
        for key, title in schema.SECTIONS.items()
    ]


@bp.get("/views/board")
@browser_page
@requires_view_session
def board_page() -> ResponseReturnValue:
    identity: ViewIdentity = g.identity
    return render_template(
        "board.html", session_token=view_token_from_request(), can_edit=identity.is_admin
    )


# --- settings API -----------------------------------------------------------------------------


def _sync_url(connection_id: int, token: str) -> str:
    return f"{settings().public_base_url}/sync-now/{connection_id}/{token}"


@bp.get("/api/connections")
@requires_view_session
def connections_list() -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        views = [public_view(c) for c in list_connections(session, account_id)]
        monday = monday_connection(session, account_id)
    return jsonify(connections=views, monday_connection=monday)


@bp.post("/api/connections")
@requires_view_session
@requires_admin(CHANGE_CONNECTIONS)
def connections_create() -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        connection = create_connection(session, secret_box(), account_id, _form(),
                                       policy=settings().address_policy)
        view = public_view(connection)
    return jsonify(connection=view), 201


@bp.put("/api/connections/<int:connection_id>")
@requires_view_session
@requires_admin(CHANGE_CONNECTIONS)
def connections_update(connection_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    box = secret_box()
    with database().session() as session:
        before = connection_spec(box, get_connection(session, account_id, connection_id))
        connection = update_connection(session, box, account_id, connection_id, _form(),
                                       policy=settings().address_policy)
        view = public_view(connection)
        after = connection_spec(box, connection)
    _end_replaced_session(before, after)
    return jsonify(connection=view)


def _end_replaced_session(before: ConnectionSpec, after: ConnectionSpec) -> None:
    """A new logon (server, operator, password, company): the old shared e.net session is
    taken out of use and logged off by a job. The save is committed: nothing here fails it."""
    cfg = settings()
    try:
        retire_replaced_session(
            before, after, redis_client=redis_client(), box=secret_box(), queue=queue(),
            allow_private_networks=cfg.allow_private_networks, allow_loopback=cfg.allow_loopback,
        )
    except Exception:  # noqa: BLE001 - Redis or SYSPRO settings trouble: the session expires
        log.warning("connection %s: the old SYSPRO session was not ended", after.id,
                    exc_info=True)


def _form() -> dict[str, Any]:
    fields = connection_form()
    fields.pop("id", None)
    for key in ("last_tested_at", "last_test_ok"):
        fields.pop(key, None)
    return fields


@bp.post("/api/connections/<int:connection_id>/test")
@requires_view_session
@requires_admin("test the SYSPRO connection")
def connections_test(connection_id: int) -> ResponseReturnValue:
    """Starts the test as a job and answers at once; the page polls the run's steps."""
    account_id = _account_id()
    with database().session() as session:
        get_connection(session, account_id, connection_id)  # 404 for another account's
    run_id = enqueue_check(queue(), account_id, connection_id)
    if run_id is None:
        return jsonify(error="busy", message="A test of this connection is already running; "
                       "wait for it to finish."), 409
    status_url = f"/api/connections/{connection_id}/test/{run_id}"
    return jsonify(run_id=run_id, status_url=status_url), 202


@bp.get("/api/connections/<int:connection_id>/test/<run_id>")
@requires_view_session
@requires_admin("test the SYSPRO connection")
def connections_test_progress(connection_id: int, run_id: str) -> ResponseReturnValue:
    """{"done", "ok", "steps"}: the steps finished so far."""
    account_id = _account_id()
    if not RUN_ID.fullmatch(run_id):
        raise InputError("run_id", "not a test run id")
    with database().session() as session:
        get_connection(session, account_id, connection_id)
    progress = read_progress(redis_client(), connection_id, run_id)
    if progress is None:
        return jsonify(error="not found", message="This test run is unknown or has expired; "
                       "start the test again."), 404
    return jsonify(progress)


@bp.get("/api/connections/<int:connection_id>/sync-url")
@requires_view_session
@requires_admin("see the sync-now URL")
def sync_url_show(connection_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        token = sync_url_token(session, secret_box(), account_id, connection_id)
    return jsonify(url=_sync_url(connection_id, token))


@bp.post("/api/connections/<int:connection_id>/sync-url/rotate")
@requires_view_session
@requires_admin("rotate the sync-now URL")
def sync_url_rotate(connection_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        token = rotate_sync_url_token(session, secret_box(), account_id, connection_id)
    return jsonify(url=_sync_url(connection_id, token))


# --- board API --------------------------------------------------------------------------------


@bp.get("/api/board-health")
@requires_view_session
def board_health() -> ResponseReturnValue:
    account_id = _account_id()
    board_sync_id = query_db_id("board_sync_id")
    with database().session() as session:
        body = {
            "monday_connection": monday_connection(session, account_id),
            "board_syncs": board_sync_summaries(
                session, account_id, limits_from(settings().sync_tuning)),
            "failed_records": failed_records(session, account_id, board_sync_id),
            "audit": recent_audit(session, account_id),
        }
    return jsonify(body)


@bp.post("/api/records/<int:record_id>/retry")
@requires_view_session
@requires_admin("retry failed records")
def record_retry(record_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        record = retry_failed_record(session, account_id, record_id)
        body = {"id": record.id, "state": record.state}
    return jsonify(record=body)


@bp.put("/api/board-syncs/<int:board_sync_id>/lookup")
@requires_view_session
@requires_admin("turn write-back to SYSPRO on or off")
def board_sync_lookup(board_sync_id: int) -> ResponseReturnValue:
    """Lookup mode on (board edits go to SYSPRO) or off. A job creates or deletes the board
    webhooks; until it runs, the web layer already follows the new mode. Entities SYSPRO
    cannot take edits for answer 422 naming `mode`."""
    account_id = _account_id()
    on = lookup_switch_body()
    with database().session() as session:
        sync = set_lookup_mode(session, account_id, board_sync_id, on)
        body = {"id": sync.id, "entity": sync.entity, "mode": sync.mode,
                "enabled": sync.enabled}
        # Enqueued before the commit: if Redis fails, the mode is not changed either.
        enqueue_board_webhooks(queue(), sync.id)
    return jsonify(board_sync=body)


@bp.get("/api/connections/<int:connection_id>")
@requires_view_session
def connections_show(connection_id: int) -> ResponseReturnValue:
    account_id = _account_id()
    with database().session() as session:
        view = public_view(get_connection(session, account_id, connection_id))
    return jsonify(connection=view)
