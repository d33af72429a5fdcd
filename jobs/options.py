"""Remote options for the recipes' filter dropdowns: branches, warehouses, currencies.

monday asks for dropdown options synchronously and gives up quickly, so the web endpoint
(monday_app/web/recipe_options.py) answers from Redis and enqueues this job when a list is missing.
The job reads the distinct values from the customer's SYSPRO and caches each list for a few
hours. A table the operator may not read is skipped; a list none of whose tables could be read
is not written, so the next request tries again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

import redis

from jobs.declare import RQ_DEFAULT_TIMEOUT, Overlap, job
from jobs.runtime import runtime
from store.board_syncs import load_connection_spec
from sync.errors import scrub
from sync.sources import build_reader
from syspro.errors import SysproError

log = logging.getLogger(__name__)

CACHE_TTL_SECONDS = 6 * 3600
# list -> (table, column, key column to order by) read for it, all in the entity catalogue.
SOURCES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "branches": (("ApSupplier", "Branch", "Supplier"), ("ArCustomer", "Branch", "Customer")),
    "warehouses": (("InvMaster", "WarehouseToUse", "StockCode"),
                   ("GrnDetails", "Warehouse", "Grn")),
    "currencies": (("ApSupplier", "Currency", "Supplier"), ("ArCustomer", "Currency", "Customer")),
}


def cache_key(connection_id: int, name: str) -> str:
    """Where a list is cached; the recipes' remote options read it (monday_app/web/recipes)."""
    return f"remote-options:{connection_id}:{name}"


def distinct_options(values: Iterable[Any]) -> list[dict[str, str]]:
    seen = sorted({str(v).strip() for v in values if v is not None and str(v).strip()})
    return [{"title": value, "value": value} for value in seen]


# Refused while a refresh is queued, running or just done (a finished or failed run keeps its
# id a little while: no refresh storm from dropdowns opened one after another).
@job(timeout=RQ_DEFAULT_TIMEOUT, overlap=Overlap.REFUSE, result_ttl=60, failure_ttl=600,
     job_id=lambda connection_id: f"refresh-remote-options-{connection_id}")
def refresh_remote_options(connection_id: int) -> dict[str, Any]:
    """Have a worker read the lists from SYSPRO and cache them."""
    rt = runtime()
    with rt.db.session() as session:
        found = load_connection_spec(session, rt.secret_box, int(connection_id))
    if found is None or not found[1]:
        return {"connection_id": connection_id, "skipped": "no such connection or uninstalled"}
    reader = build_reader(
        found[0],
        redis_client=rt.redis,
        cipher=rt.secret_box,
        allow_private_networks=rt.settings.allow_private_networks,
        allow_loopback=rt.settings.allow_loopback,
    )
    return {"connection_id": connection_id,
            **refresh_lists(reader.source, rt.redis, int(connection_id))}


def refresh_lists(source: Any, cache: redis.Redis, connection_id: int) -> dict[str, Any]:
    """Read each list's columns and cache the lists that could be read. Returns counts."""
    counts: dict[str, Any] = {}
    for name, columns in SOURCES.items():
        values: list[Any] = []
        read_any = False
        for table, column, key in columns:
            try:
                values.extend(row.get(column) for row in source.scan(table, [column], None,
                                                                    [key]))
                read_any = True
            except SysproError as exc:
                log.warning("connection %s: %s.%s not read for %s: %s", connection_id, table,
                            column, name, scrub(str(exc)))
        if not read_any:
            counts[name] = None
            continue
        options = distinct_options(values)
        cache.set(cache_key(connection_id, name), json.dumps(options), ex=CACHE_TTL_SECONDS)
        counts[name] = len(options)
    return counts
