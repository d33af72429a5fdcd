"""What every integration recipe endpoint shares: the blueprint, the verified request, and the
account and SYSPRO connection it is for.

The recipe endpoints are in recipes.py (subscribe and unsubscribe) and recipe_options.py (the
remote options of the recipes' dropdowns), both on this blueprint: the input gate answers
refusals on it in monday's error shape (validation.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Blueprint, g
from flask.typing import ResponseReturnValue

from monday_app.auth import IntegrationIdentity
from monday_app.web.common import database, monday_failure
from monday_app.web.inputs import recipe_payload
from store.accounts import find_account
from store.connections import list_connections
from store.errors import SubscriptionRefused

bp = Blueprint("recipes", __name__, url_prefix="/monday/recipes")

SETUP_FIRST = (
    "Open the ml-connector settings view (app settings in monday) and set up the SYSPRO "
    "connection first, then turn this automation on again."
)


def current_identity() -> IntegrationIdentity:
    return g.identity


def request_payload() -> dict[str, Any]:
    # Parsed after requires_integration verified the JWT; every field used here is checked.
    return recipe_payload()


def input_field(fields: dict[str, Any], *names: str) -> Any:
    """An input field's value; monday sends dropdown picks as {"value": ..., "title": ...}."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, dict):
            value = value.get("value", value.get("id"))
        if value not in (None, ""):
            return value
    return None


def account_or_failure(identity: IntegrationIdentity) -> tuple[int | None, Any]:
    with database().session() as session:
        account = find_account(session, identity.monday_account_id)
        if account is None or account.status != "active":
            return None, monday_failure("ml-connector is not set up", SETUP_FIRST)
        return account.id, None


def pick_connection(account_id: int, requested: Any) -> tuple[int | None, Any]:
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
class SubscribeRequest:
    """What every subscribe call needs, once verified: who, which subscription, which SYSPRO."""

    identity: Any
    payload: dict[str, Any]
    fields: dict[str, Any]
    subscription_id: str
    account_id: int
    connection_id: int


def subscribe_request() -> tuple[SubscribeRequest | None, ResponseReturnValue | None]:
    identity = current_identity()
    payload = request_payload()
    fields = payload.get("inputFields") or {}
    subscription_id = str(payload.get("subscriptionId") or "").strip()
    if not subscription_id.isdigit():  # monday's subscription ids are integers (FACTS §7)
        return None, invalid_subscription()
    account_id, failure = account_or_failure(identity)
    if failure:
        return None, failure
    assert account_id is not None
    connection_id, failure = pick_connection(account_id, input_field(fields, "connectionId"))
    if failure:
        return None, failure
    assert connection_id is not None
    return SubscribeRequest(identity, payload, fields, subscription_id, account_id,
                            connection_id), None
