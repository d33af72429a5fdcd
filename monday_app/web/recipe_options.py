"""Remote options: the values monday's recipe dropdowns offer (entities, intervals, capacity
policies, first sync, connections, and SYSPRO's branches, warehouses and currencies).

monday asks while a person edits an automation, so every answer comes from the database or a
cache in Redis; SYSPRO is never read here.
"""

from __future__ import annotations

import json
import logging
from typing import cast

from flask import jsonify
from flask.typing import ResponseReturnValue

from jobs.options import cache_key, refresh_remote_options
from monday_app.auth import requires_integration
from monday_app.web.common import database, redis_client
from monday_app.web.recipe_base import bp, current_identity
from store.accounts import find_account
from store.connections import list_connections
from store.models import ENTITIES, LOOKUP_ENTITIES
from store.types import utcnow

log = logging.getLogger(__name__)

ENTITY_TITLES = {
    "supplier_invoices": "supplier invoices",
    "purchase_orders": "purchase orders",
    "goods_receipts": "goods receipts",
    "customer_invoices": "customer invoices",
    "suppliers": "suppliers",
    "customers": "customers",
    "gl_accounts": "GL accounts",
    "stock_items": "stock items",
}
INTERVALS = (5, 10, 15, 30, 60)
# The default first: archive settled records (sync/capacity.py).
POLICY_TITLES = (("archive", "Archive settled records"),
                 ("rollover", "Continue on a new board"),
                 ("stop", "Stop adding new records"))
ARCHIVE_AFTER_CHOICES = (90, 30, 60, 180, 365)


def _enqueue_options_refresh(connection_id: int) -> None:
    """The list is not cached (yet, or any more): have a worker read it from SYSPRO. The
    dropdown answers with what it has now; monday asks again when the person reopens it."""
    try:
        refresh_remote_options.enqueue(redis_client(), connection_id)
    except Exception:  # the dropdown must answer even when the queue does not
        log.warning("remote options refresh for connection %s not enqueued", connection_id,
                    exc_info=True)


@bp.post("/options/entities")
@requires_integration
def entity_options() -> ResponseReturnValue:
    return jsonify([{"title": ENTITY_TITLES.get(e, e), "value": e} for e in ENTITIES])


@bp.post("/options/lookup-entities")
@requires_integration
def lookup_entity_options() -> ResponseReturnValue:
    """The entities whose boards can send edits back to SYSPRO."""
    return jsonify([{"title": ENTITY_TITLES[e], "value": e} for e in LOOKUP_ENTITIES])


@bp.post("/options/intervals")
@requires_integration
def interval_options() -> ResponseReturnValue:
    return jsonify([{"title": f"{m} minutes", "value": str(m)} for m in INTERVALS])


@bp.post("/options/capacity-policies")
@requires_integration
def capacity_policy_options() -> ResponseReturnValue:
    return jsonify([{"title": title, "value": value} for value, title in POLICY_TITLES])


@bp.post("/options/first-sync")
@requires_integration
def first_sync_options() -> ResponseReturnValue:
    """What a first sync brings (syspro/first_sync.py): open items, everything, or since the
    start of this year or last year; the CLI takes any date (`--first-sync since:...`)."""
    year = utcnow().year
    return jsonify([
        {"title": "Open items only (the default for invoices)", "value": "open"},
        {"title": "Everything", "value": "all"},
        {"title": f"Since 1 January {year}", "value": f"since:{year}-01-01"},
        {"title": f"Since 1 January {year - 1}", "value": f"since:{year - 1}-01-01"},
    ])


@bp.post("/options/archive-after-days")
@requires_integration
def archive_after_options() -> ResponseReturnValue:
    return jsonify([{"title": f"{d} days", "value": str(d)} for d in ARCHIVE_AFTER_CHOICES])


@bp.post("/options/connections")
@requires_integration
def connection_options() -> ResponseReturnValue:
    with database().session() as session:
        account = find_account(session, current_identity().monday_account_id)
        connections = list_connections(session, account.id) if account else []
        options = [{"title": c.name, "value": str(c.id)} for c in connections]
    return jsonify(options)


@bp.post("/options/<any(branches, warehouses, currencies):name>")
@requires_integration
def syspro_list_options(name: str) -> ResponseReturnValue:
    """Filter values from the customer's SYSPRO. Reading SYSPRO here would be too slow for
    monday's dropdown, so the answer comes from a cache the SYSPRO side refreshes; "Any" is
    always offered."""
    options: list[dict[str, str]] = [{"title": "Any", "value": ""}]
    with database().session() as session:
        account = find_account(session, current_identity().monday_account_id)
        connections = list_connections(session, account.id) if account else []
        ids = [c.id for c in connections]
    seen: set[str] = set()
    for connection_id in ids:
        # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
        raw = cast(bytes | None, redis_client().get(cache_key(connection_id, name)))
        if raw is None:
            _enqueue_options_refresh(connection_id)
        for item in json.loads(raw) if raw else []:
            value = str(item.get("value", ""))
            if value and value not in seen:
                seen.add(value)
                options.append({"title": str(item.get("title") or value), "value": value})
    return jsonify(options)
