"""What the views' pages and JSON API share: the blueprint, the account from the session
token, and the error answers (404 for another account's row, 422 listing every problem).

The routes live in views.py (pages, connection test, sync-now URL, board API) and
connections_api.py (the account's connections); both register on `bp`.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, jsonify
from flask.typing import ResponseReturnValue

from monday_app.auth import ViewIdentity
from monday_app.web import assets
from monday_app.web.common import database
from monday_app.web.page_refusals import NOT_INSTALLED, message_page
from monday_app.web.validation import wants_page
from store.accounts import find_account
from store.connection_choice import ConnectionInUse
from store.errors import FieldError, InvalidFields, NotFound, SecretsRequired, ValidationError
from store.tokens import reconnect_reason
from syspro.connection_schema import label_of

bp = Blueprint(
    "views",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/views/static",
)
assets.init_blueprint(bp)
CHANGE_CONNECTIONS = "change the SYSPRO connection"


class NotInstalled(Exception):
    pass


def account_id() -> int:
    """The database id of the token's account; NotInstalled unless it is installed."""
    identity: ViewIdentity = g.identity
    with database().session() as session:
        account = find_account(session, identity.monday_account_id)
        if account is None or account.status != "active":
            raise NotInstalled
        return account.id


def monday_connection(session: Any, account_id: int) -> dict[str, str | None]:
    """Whether the app can still act on monday for the account; both views show it first."""
    reason = reconnect_reason(session, account_id)
    return {"state": "reconnect" if reason else "ok", "message": reason}


def _not_installed(_exc: NotInstalled) -> ResponseReturnValue:
    if wants_page():
        return message_page(403, *NOT_INSTALLED)
    return jsonify(error="not_installed",
                   message="ml-connector is not installed on this monday account"), 403


def _not_found(exc: NotFound) -> ResponseReturnValue:
    # Another account's row and a missing row look the same.
    return jsonify(error="not_found", message=str(exc) or "not found"), 404


def _invalid(exc: ValidationError) -> ResponseReturnValue:
    """422 with every problem: `errors` lists each field with its label (the form marks them);
    `field` and `message` sum it up in one line."""
    problems = exc.problems if isinstance(exc, InvalidFields) else [
        FieldError(exc.field, label_of(exc.field), exc.message)]
    errors = [{"field": p.field, "label": p.label, "message": p.message} for p in problems]
    return jsonify(error="invalid", field=exc.field, message=exc.message, errors=errors), 422


def register_refusals(blueprint: Blueprint) -> None:
    """The refusals every views API answers the same way ({error: code, message: sentence};
    422 with every field problem): this blueprint's, the board API's and the capacity API's."""
    blueprint.register_error_handler(NotInstalled, _not_installed)
    blueprint.register_error_handler(NotFound, _not_found)
    blueprint.register_error_handler(ValidationError, _invalid)


register_refusals(bp)


@bp.errorhandler(SecretsRequired)
def _secrets_required(exc: SecretsRequired) -> ResponseReturnValue:
    body = {"error": "invalid", "field": exc.field, "fields": exc.fields, "message": exc.message}
    return jsonify(body), 400


@bp.errorhandler(ConnectionInUse)
def _in_use(exc: ConnectionInUse) -> ResponseReturnValue:
    return jsonify(error="in use", message=exc.message, board_syncs=exc.uses), 409
