"""The settings view and the board view, and the JSON API they call.

Pages are opened by monday with `?sessionToken=<JWT>` (signed with the Client Secret); the
page's script sends the same token back as `Authorization: Bearer <token>` on every API call.
Every API call is scoped to the account named in the verified token. Any member of the account
may look; changing anything (connections, the sync-now URL, retries, write-back) and seeing
the sync-now URL need an account admin (`is_admin` in the session token). The account's
connections (list, save, remove, default) are in connections_api.py, on the same blueprint.
"""

from __future__ import annotations

import logging
import re

from flask import g, jsonify, render_template
from flask.typing import ResponseReturnValue

from jobs.connection_check import enqueue_check, read_progress
from jobs.sync_jobs import update_board_webhooks
from monday_app.auth import (
    ViewIdentity,
    requires_admin,
    requires_view_session,
    view_token_from_request,
)
from monday_app.web import connections_api  # noqa: F401 - registers its routes on bp
from monday_app.web.common import database, redis_client, secret_box, settings
from monday_app.web.field_readers import InputError
from monday_app.web.inputs import lookup_switch_body, query_db_id
from monday_app.web.validation import browser_page
from monday_app.web.view_base import account_id as current_account_id
from monday_app.web.view_base import bp, monday_connection
from store.board_capacity import limits_from
from store.board_health import (
    board_sync_summaries,
    failed_records,
    recent_audit,
)
from store.board_syncs import set_lookup_mode
from store.connections import get_connection, rotate_sync_url_token, sync_url_token
from syspro.connection_report import chosen_ok, not_chosen

__all__ = ["bp"]
log = logging.getLogger(__name__)
RUN_ID = re.compile(r"[0-9a-f]{32}")

# --- pages ------------------------------------------------------------------------------------


@bp.get("/views/settings")
@browser_page
@requires_view_session
def settings_page() -> ResponseReturnValue:
    """The settings view (frontend/src/settings.jsx); it reads the connection schema and the
    connections from the API. A not-installed account gets a page saying so."""
    identity: ViewIdentity = g.identity
    current_account_id()
    return render_template(
        "view.html", view="settings", title="SYSPRO connections",
        session_token=view_token_from_request(), can_edit=identity.is_admin,
    )


@bp.get("/views/board")
@browser_page
@requires_view_session
def board_page() -> ResponseReturnValue:
    identity: ViewIdentity = g.identity
    current_account_id()  # a not-installed account gets a page saying so
    # The page is frontend/src/board.jsx (bundle in static/dist); it reads the board id and
    # theme from monday's context (or ?boardId= when opened directly).
    return render_template(
        "view.html", view="board", title="SYSPRO sync", session_token=view_token_from_request(),
        can_edit=identity.is_admin,
    )


# --- settings API -----------------------------------------------------------------------------


def _sync_url(connection_id: int, token: str) -> str:
    return f"{settings().public_base_url}/sync-now/{connection_id}/{token}"


@bp.post("/api/connections/<int:connection_id>/test")
@requires_view_session
@requires_admin("test the SYSPRO connection")
def connections_test(connection_id: int) -> ResponseReturnValue:
    """Starts the test as a job and answers at once; the page polls the run's steps."""
    account_id = current_account_id()
    with database().session() as session:
        get_connection(session, account_id, connection_id)  # 404 for another account's
    run_id = enqueue_check(redis_client(), account_id, connection_id)
    if run_id is None:
        return jsonify(error="busy", message="A test of this connection is already running; "
                       "wait for it to finish."), 409
    status_url = f"/api/connections/{connection_id}/test/{run_id}"
    return jsonify(run_id=run_id, status_url=status_url), 202


@bp.get("/api/connections/<int:connection_id>/test/<run_id>")
@requires_view_session
@requires_admin("test the SYSPRO connection")
def connections_test_progress(connection_id: int, run_id: str) -> ResponseReturnValue:
    """{"done", "ok", "chosen_ok", "steps", "groups"}: the steps finished so far; each group
    says whether the connection is set to sync it (`wanted`), and `chosen_ok` whether what it
    is set to sync works (`ok`: every step passed)."""
    account_id = current_account_id()
    if not RUN_ID.fullmatch(run_id):
        raise InputError("run_id", "not a test run id")
    with database().session() as session:
        chosen = get_connection(session, account_id, connection_id).sync_entities
    progress = read_progress(redis_client(), connection_id, run_id)
    if progress is None:
        return jsonify(error="not found", message="This test run is unknown or has expired; "
                       "start the test again."), 404
    unwanted = not_chosen(chosen)
    for group in progress["groups"]:
        group["wanted"] = group["group"] not in unwanted
    progress["chosen_ok"] = chosen_ok(progress["groups"], chosen) if progress["done"] else None
    return jsonify(progress)


@bp.get("/api/connections/<int:connection_id>/sync-url")
@requires_view_session
@requires_admin("see the sync-now URL")
def sync_url_show(connection_id: int) -> ResponseReturnValue:
    account_id = current_account_id()
    with database().session() as session:
        token = sync_url_token(session, secret_box(), account_id, connection_id)
    return jsonify(url=_sync_url(connection_id, token))


@bp.post("/api/connections/<int:connection_id>/sync-url/rotate")
@requires_view_session
@requires_admin("rotate the sync-now URL")
def sync_url_rotate(connection_id: int) -> ResponseReturnValue:
    account_id = current_account_id()
    with database().session() as session:
        token = rotate_sync_url_token(session, secret_box(), account_id, connection_id)
    return jsonify(url=_sync_url(connection_id, token))


# --- board API --------------------------------------------------------------------------------


@bp.get("/api/board-health")
@requires_view_session
def board_health() -> ResponseReturnValue:
    account_id = current_account_id()
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


# POST /api/records/<id>/retry moved to the board view API (monday_app/web/board_api.py).


@bp.put("/api/board-syncs/<int:board_sync_id>/lookup")
@requires_view_session
@requires_admin("turn write-back to SYSPRO on or off")
def board_sync_lookup(board_sync_id: int) -> ResponseReturnValue:
    """Lookup mode on (board edits go to SYSPRO) or off. A job creates or deletes the board
    webhooks; until it runs, the web layer already follows the new mode. Entities SYSPRO
    cannot take edits for answer 422 naming `mode`."""
    account_id = current_account_id()
    on = lookup_switch_body()
    with database().session() as session:
        sync = set_lookup_mode(session, account_id, board_sync_id, on)
        body = {"id": sync.id, "entity": sync.entity, "mode": sync.mode,
                "enabled": sync.enabled}
        # Enqueued before the commit: if Redis fails, the mode is not changed either.
        update_board_webhooks.enqueue(redis_client(), sync.id)
    return jsonify(board_sync=body)
