"""OData v4 reader (SYSPRO 8 2021 R2+): Basic auth, $filter/$select/$orderby, paging.

Paging follows `@odata.nextLink` when the server sends one and falls back to `$top`/`$skip`
otherwise, never asking for more than the site's row cap per page. Each page is parsed on its
own, so memory is bounded by the page size. Uncertain facts (entity-set names, date literal form)
come from the settings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlsplit

from syspro.errors import AccessDenied, MalformedResponse, Scrubber
from syspro.parsing import format_rowversion
from syspro.query import And, Cmp, Condition, RowVersion, Value
from syspro.readers.base import EntityReader
from syspro.settings import ConnectionSettings
from syspro.transport import HttpTransport


def odata_literal(value: Value, date_style: str, rowversion_style: str = "binary") -> str:
    if isinstance(value, bool):
        raise TypeError("booleans are not SYSPRO values")
    if isinstance(value, RowVersion):
        return format_rowversion(value, rowversion_style)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, date):
        text = value.isoformat()
        if date_style == "date":
            return text
        if date_style == "datetime":
            return f"datetime'{text}T00:00:00'"
        return f"{text}T00:00:00Z"
    if isinstance(value, (int, Decimal)):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    raise TypeError(f"unsupported value {value!r}")


def render_filter(condition: Condition, date_style: str, rowversion_style: str = "binary") -> str:
    if isinstance(condition, Cmp):
        literal = odata_literal(condition.value, date_style, rowversion_style)
        return f"{condition.column} {condition.op} {literal}"
    joiner = " and " if isinstance(condition, And) else " or "
    inner = (render_filter(item, date_style, rowversion_style) for item in condition.items)
    return "(" + joiner.join(inner) + ")"


class ODataSource:
    def can_filter(self, where: Condition | None) -> bool:
        return True

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        transport: HttpTransport | None = None,
        page_size: int | None = None,
    ) -> None:
        if not settings.odata_url:
            raise ValueError("this connection has no OData URL")
        self.settings = settings
        scrubber = Scrubber(settings.secrets())
        self.transport = transport or HttpTransport(settings, scrubber=scrubber)
        self.base_url = settings.odata_url.rstrip("/")
        self.page_size = min(page_size or settings.odata_page_size, settings.odata_row_cap)
        self.auth = (settings.effective_odata_user, settings.effective_odata_password)

    def entity_set(self, table: str) -> str:
        return self.settings.odata_entity_sets.get(table, table)

    def _check_same_origin(self, url: str) -> None:
        # A nextLink elsewhere would send our Basic credentials to another host.
        base, link = urlsplit(self.base_url), urlsplit(url)
        if (base.scheme, base.netloc.lower()) != (link.scheme, link.netloc.lower()):
            raise MalformedResponse("OData nextLink points to another server")

    def _get_page(self, url: str, params: Mapping[str, str] | None, table: str) -> dict[str, Any]:
        try:
            response = self.transport.request(
                "GET", url, params=params, auth=self.auth,
                headers={"Accept": "application/json;odata.metadata=minimal",
                         "OData-Version": "4.0"},
            )
        except AccessDenied as exc:
            exc.table = table
            raise
        raw = self.transport.read_body(response)
        try:
            document = json.loads(raw, parse_float=Decimal)
        except (ValueError, RecursionError):
            raise MalformedResponse(f"OData answer for {table} is not JSON") from None
        if not isinstance(document, dict) or not isinstance(document.get("value"), list):
            raise MalformedResponse(f"OData answer for {table} has no 'value' array")
        return document

    def scan(
        self,
        table: str,
        columns: Sequence[str],
        where: Condition | None,
        order_by: Sequence[str],
    ) -> Iterator[Mapping[str, Any]]:
        url = f"{self.base_url}/{quote(self.entity_set(table), safe='')}"
        params: dict[str, str] = {"$select": ",".join(columns), "$top": str(self.page_size)}
        if where is not None:
            params["$filter"] = render_filter(
                where, self.settings.odata_date_literal,
                self.settings.rowversion_style("binary"),
            )
        if order_by:
            params["$orderby"] = ",".join(order_by)
        skip = 0
        while True:
            # One $top/$skip request, possibly answered in several nextLink pages.
            received = 0
            next_url: str | None = url
            next_params: dict[str, str] | None = {**params, "$skip": str(skip)} if skip \
                else params
            while next_url:
                document = self._get_page(next_url, next_params, table)
                rows = document["value"]
                for row in rows:
                    if not isinstance(row, dict):
                        raise MalformedResponse(f"OData row of {table} is not an object")
                    yield row
                received += len(rows)
                link = document.get("@odata.nextLink")
                next_url, next_params = None, None
                if isinstance(link, str) and link:
                    next_url = link if "://" in link else f"{self.base_url}/{link.lstrip('/')}"
                    self._check_same_origin(next_url)
            if received < self.page_size:
                return
            skip += received

    def probe(self) -> None:
        """Cheapest authenticated call: the service document."""
        self._get_page(self.base_url + "/", None, "(service document)")


class ODataReader(EntityReader):
    def __init__(self, settings: ConnectionSettings, **kwargs: Any) -> None:
        super().__init__(ODataSource(settings, **kwargs), settings)



