"""Paged item reads (items_page and items_page_by_column_values): cursor after cursor, each
item once, starting over when a cursor expires."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

from monday_api.errors import CursorExpiredError
from monday_api.models import Item
from monday_api.transport import GraphQLResult


class Execute(Protocol):
    """MondayClient.execute: one paced GraphQL request."""

    def __call__(self, operation: str, query: str,
                 variables: Mapping[str, Any] | None = None, **kwargs: Any) -> GraphQLResult: ...


def walk_pages(
    execute: Execute,
    first_op: str,
    first_query: str,
    first_vars: dict[str, Any],
    next_op: str,
    next_query: str,
    first_page: Callable[[dict], dict],
    next_page: Callable[[dict], dict],
    max_restarts: int = 3,
) -> Iterator[Item]:
    """Every item of a paged read, once each; a walk that outlives its cursor starts over."""
    seen: set[str] = set()
    restarts = 0
    while True:
        try:
            page = first_page(execute(first_op, first_query, first_vars).data)
            while True:
                for raw in page.get("items") or ():
                    if raw["id"] not in seen:
                        seen.add(raw["id"])
                        yield Item.from_api(raw)
                cursor = page.get("cursor")
                if not cursor:
                    return
                next_vars = {
                    "cursor": cursor,
                    "limit": first_vars["limit"],
                    "column_ids": first_vars.get("column_ids"),
                }
                if next_op == "ItemsByColumnValuesNext":
                    next_vars["board_id"] = first_vars["board_id"]
                page = next_page(execute(next_op, next_query, next_vars).data)
        except CursorExpiredError:
            # The walk outlived its cursor (60 min): start over, skipping items already seen.
            restarts += 1
            if restarts > max_restarts:
                raise
