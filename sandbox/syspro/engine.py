"""Running a filtered, ordered table read over the in-memory data."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from itertools import islice
from typing import Any

from sandbox.syspro.data import Table
from sandbox.syspro.filters import Node, compile_filter, lower_bound, pinned_values


def run_query(
    table: Table,
    where: Node | None,
    order_by: Sequence[tuple[str, bool]] = (),
    *,
    offset: int = 0,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Rows matching `where`, ordered by [(column, descending)], lazily where possible.

    Ordered by the table key (or a prefix of it, ascending), rows come straight from the key-
    sorted table, starting at the bisected lower bound the filter implies on the first key.
    """
    predicate = compile_filter(where)
    keys = table.definition.keys
    columns = [c for c, _ in order_by]
    in_key_order = (
        not order_by
        or (columns == list(keys[: len(columns)]) and not any(desc for _, desc in order_by))
    )
    pinned = pinned_values(where, keys[0]) if keys else None
    rows: Iterator[dict[str, Any]]
    if in_key_order and pinned is not None:
        rows = (r for value in _sorted(pinned) for r in table.rows_with_first_key(value)
                if predicate(r))
    elif in_key_order:
        bound = lower_bound(where, keys[0]) if keys else None
        start = table.start_index(bound) if bound is not None else 0
        rows = (r for r in islice(table.rows, start, None) if predicate(r))
    else:
        matched = [r for r in table.rows if predicate(r)]
        for column, descending in reversed(order_by):
            matched.sort(key=partial(_column_sort_key, column), reverse=descending)
        rows = iter(matched)
    stop = None if limit is None else offset + limit
    return islice(rows, offset, stop)


def _column_sort_key(column: str, row: dict[str, Any]) -> tuple[int, Any]:
    # None sorts first, as SQL Server sorts NULL.
    value = row.get(column)
    return (0, "") if value is None else (1, value)


def _sorted(values: set[Any]) -> list[Any]:
    try:
        return sorted(values)
    except TypeError:
        return list(values)
