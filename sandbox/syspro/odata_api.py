"""OData v4 entity sets over the sandbox tables: Basic auth with the e.net operator codes,
$filter / $select / $orderby / $top / $skip, server-driven paging with nextLink, a row cap."""

from __future__ import annotations

import base64
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlencode

from werkzeug.wrappers import Response

from sandbox.syspro.engine import run_query
from sandbox.syspro.filters import FilterError, parse_odata_filter
from sandbox.syspro.render import json_row
from sandbox.syspro.schema import ROWVERSION
from sandbox.syspro.state import Operator, SandboxState

ODATA_PREFIX = "/SYSPRO8Odata/SYSPROOData"


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps({"error": {"code": str(status), "message": message}})
    return Response(body, status=status, content_type="application/json", headers=headers)


def _authenticate(state: SandboxState, authorization: str | None) -> Operator | None:
    if not authorization or not authorization.lower().startswith("basic "):
        return None
    try:
        user, _, password = base64.b64decode(authorization[6:]).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return None
    operator = state.operators.get(user.strip().upper())
    return operator if operator and operator.password == password else None


class ResultCache:
    """Matched rows per query, so nextLink pages of one query are slices, not re-scans."""

    def __init__(self, size: int = 8) -> None:
        self._items: OrderedDict[tuple[Any, ...], list[dict[str, Any]]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], build: Any) -> list[dict[str, Any]]:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        rows = build()
        with self._lock:
            self._items[key] = rows
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return rows


CACHE = ResultCache()


def handle(state: SandboxState, path: str, args: Mapping[str, str], base_url: str,
           authorization: str | None) -> Response:
    operator = _authenticate(state, authorization)
    if operator is None:
        return _error(401, "Authorization has been denied for this request.",
                      {"WWW-Authenticate": 'Basic realm="SYSPRO OData"'})
    parts = [p for p in path.split("/") if p]
    if not parts or parts[0].upper() != state.company_id:
        return _error(404, "Company not found")
    if len(parts) == 1:
        sets = [{"name": t.definition.name, "kind": "EntitySet", "url": t.definition.name}
                for t in state.data.tables.values() if operator.may_read(t.definition.name)]
        return Response(json.dumps({"@odata.context": "$metadata", "value": sets}),
                        content_type="application/json")
    table = state.data.table(parts[1])
    if table is None or len(parts) > 2:
        return _error(404, f"Resource not found for the segment '{parts[-1]}'")
    name = table.definition.name
    if not operator.may_read(name):
        return _error(403, f"Operator '{operator.code}' has no access to '{name}'")
    types = table.definition.columns
    try:
        select = _columns(args.get("$select"), types) or list(types)
        order = [_order_term(term, types) for term in (args.get("$orderby") or "").split(",")
                 if term.strip()]
        where = parse_odata_filter(args["$filter"], types) if args.get("$filter") else None
        top = int(args["$top"]) if "$top" in args else None
        skip = int(args.get("$skip", "0")) + int(args.get("$skiptoken", "0"))
    except (FilterError, ValueError) as exc:
        return _error(400, str(exc))
    if not state.odata_rowversion_filter and ROWVERSION in (args.get("$filter") or ""):
        return _error(400, f"The property '{ROWVERSION}' cannot be used in $filter")
    if (top is not None and top < 0) or skip < 0:
        return _error(400, "$top and $skip must not be negative")
    key = (state.data.token, name, state.data.version, args.get("$filter"), tuple(order))
    with state.data.lock:
        matched = CACHE.get(key, lambda: list(run_query(table, where, order)))
    cap = max(1, state.odata_row_cap)
    requested = len(matched) - skip if top is None else min(top, len(matched) - skip)
    served = max(0, min(requested, cap))
    rows = matched[skip: skip + served]
    next_link = None
    if state.odata_next_link and served < requested:
        follow = {k: v for k, v in args.items() if k not in ("$skip", "$skiptoken", "$top")}
        if top is not None:
            follow["$top"] = str(top - served)
        follow["$skiptoken"] = str(skip + served)
        next_link = f"{base_url}{ODATA_PREFIX}/{state.company_id}/{name}?{urlencode(follow)}"
    columns = [(c, types[c]) for c in select]
    return Response(_stream(name, columns, rows, next_link), content_type="application/json")


def _columns(text: str | None, types: Mapping[str, str]) -> list[str]:
    if not text:
        return []
    result = []
    for raw in text.split(","):
        column = raw.strip()
        if column not in types:
            raise FilterError(f"Could not find a property named '{column}'")
        result.append(column)
    return result


def _order_term(term: str, types: Mapping[str, str]) -> tuple[str, bool]:
    column, _, direction = term.strip().partition(" ")
    if column not in types:
        raise FilterError(f"Could not find a property named '{column}'")
    if direction.strip().lower() not in ("", "asc", "desc"):
        raise FilterError(f"bad $orderby direction {direction!r}")
    return column, direction.strip().lower() == "desc"


def _stream(name: str, columns: list[tuple[str, str]], rows: list[dict[str, Any]],
            next_link: str | None) -> Iterator[bytes]:
    yield f'{{"@odata.context":"$metadata#{name}","value":['.encode()
    for index in range(0, len(rows), 200):
        chunk = ",".join(json_row(columns, r) for r in rows[index: index + 200])
        yield (("," if index else "") + chunk).encode()
    tail = "]"
    if next_link:
        tail += f',"@odata.nextLink":{json.dumps(next_link)}'
    yield (tail + "}").encode()
