"""The account's SYSPRO connections, as the settings view manages them.

Any member may list and read them (secrets masked); saving, removing and choosing the default
need an account admin. The connection schema (labels, help, defaults, secret flags) comes from
syspro/connection_schema.py, the one declaration of the fields: the view renders its form from
GET /api/connection-schema and never names a field itself.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import jsonify
from flask.typing import ResponseReturnValue

from jobs.session_logoff import retire_replaced_session, retire_session
from monday_app.auth import requires_admin, requires_view_session
from monday_app.web.common import database, redis_client, secret_box, settings
from monday_app.web.inputs import connection_form
from monday_app.web.view_base import CHANGE_CONNECTIONS, bp, monday_connection
from monday_app.web.view_base import account_id as current_account_id
from store.board_syncs import ConnectionSpec, connection_spec
from store.connection_choice import remove_connection, set_default
from store.connections import (
    VIEW_ONLY_KEYS,
    create_connection,
    get_connection,
    list_connections,
    public_view,
    update_connection,
)
from syspro import connection_schema as schema
from syspro.connection_report import WRITE_BACK
from syspro.entities import CATALOGUE

log = logging.getLogger(__name__)


@bp.get("/api/connection-schema")
@requires_view_session
def connection_schema() -> ResponseReturnValue:
    """The form's fields by section, and what a connection can sync (the test's groups)."""
    entities = [{"key": key, "label": entity.label} for key, entity in CATALOGUE.items()]
    write_back = [{"key": code, "label": label} for code, (label, _what) in WRITE_BACK.items()]
    return jsonify(sections=[{"key": key, "title": title}
                             for key, title in schema.SECTIONS.items()],
                   fields=[spec.describe() for spec in schema.FIELDS],
                   mask="********", entities=entities, write_back=write_back)


@bp.get("/api/connections")
@requires_view_session
def connections_list() -> ResponseReturnValue:
    account_id = current_account_id()
    with database().session() as session:
        views = [public_view(c) for c in list_connections(session, account_id)]
        monday = monday_connection(session, account_id)
    return jsonify(connections=views, monday_connection=monday)


@bp.get("/api/connections/<int:connection_id>")
@requires_view_session
def connections_show(connection_id: int) -> ResponseReturnValue:
    account_id = current_account_id()
    with database().session() as session:
        view = public_view(get_connection(session, account_id, connection_id))
    return jsonify(connection=view)


@bp.post("/api/connections")
@requires_view_session
@requires_admin(CHANGE_CONNECTIONS)
def connections_create() -> ResponseReturnValue:
    account_id = current_account_id()
    with database().session() as session:
        connection = create_connection(session, secret_box(), account_id, _form(),
                                       policy=settings().address_policy)
        view = public_view(connection)
    return jsonify(connection=view), 201


@bp.put("/api/connections/<int:connection_id>")
@requires_view_session
@requires_admin(CHANGE_CONNECTIONS)
def connections_update(connection_id: int) -> ResponseReturnValue:
    account_id = current_account_id()
    box = secret_box()
    with database().session() as session:
        before = connection_spec(box, get_connection(session, account_id, connection_id))
        connection = update_connection(session, box, account_id, connection_id, _form(),
                                       policy=settings().address_policy)
        view = public_view(connection)
        after = connection_spec(box, connection)
    _end_replaced_session(before, after)
    return jsonify(connection=view)


@bp.delete("/api/connections/<int:connection_id>")
@requires_view_session
@requires_admin(CHANGE_CONNECTIONS)
def connections_remove(connection_id: int) -> ResponseReturnValue:
    """Removes a connection no board sync uses; 409 naming each board sync that still does.
    Removing the default makes the oldest remaining connection the default."""
    account_id = current_account_id()
    with database().session() as session:
        spec = connection_spec(secret_box(), get_connection(session, account_id, connection_id))
        remove_connection(session, account_id, connection_id)
        views = [public_view(c) for c in list_connections(session, account_id)]
    _end_session(spec)
    return jsonify(removed=connection_id, connections=views)


@bp.put("/api/connections/<int:connection_id>/default")
@requires_view_session
@requires_admin(CHANGE_CONNECTIONS)
def connections_make_default(connection_id: int) -> ResponseReturnValue:
    """The connection automations use when the account has several and they name none."""
    account_id = current_account_id()
    with database().session() as session:
        set_default(session, account_id, connection_id)
        views = [public_view(c) for c in list_connections(session, account_id)]
    return jsonify(connections=views)


def _end_session(spec: ConnectionSpec) -> None:
    """A removed connection's shared e.net session would hold an e.net licence until it
    expired: it is taken out of use and logged off by a job. The removal is committed."""
    cfg = settings()
    try:
        retire_session(spec, redis_client=redis_client(), box=secret_box(), inline=False,
                       allow_private_networks=cfg.allow_private_networks,
                       allow_loopback=cfg.allow_loopback)
    except Exception:  # noqa: BLE001 - Redis or SYSPRO settings trouble: the session expires
        log.warning("connection %s: the removed connection's SYSPRO session was not ended",
                    spec.id, exc_info=True)


def _end_replaced_session(before: ConnectionSpec, after: ConnectionSpec) -> None:
    """A new logon (server, operator, password, company): the old shared e.net session is
    taken out of use and logged off by a job. The save is committed: nothing here fails it."""
    cfg = settings()
    try:
        retire_replaced_session(
            before, after, redis_client=redis_client(), box=secret_box(), inline=False,
            allow_private_networks=cfg.allow_private_networks, allow_loopback=cfg.allow_loopback,
        )
    except Exception:  # noqa: BLE001 - Redis or SYSPRO settings trouble: the session expires
        log.warning("connection %s: the old SYSPRO session was not ended", after.id,
                    exc_info=True)


def _form() -> dict[str, Any]:
    fields = connection_form()
    for key in VIEW_ONLY_KEYS:  # the view sent back as a form is not wrong
        fields.pop(key, None)
    return fields
