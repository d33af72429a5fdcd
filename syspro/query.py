"""A small condition tree that both readers render: OData `$filter` and COMFND `<Where>`.

Values are typed (str, int, Decimal, date); each reader formats them its own way. `matches`
evaluates a condition on an already-typed row, for sources that cannot filter server side.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any


class RowVersion(int):
    """SQL Server's `TimeStamp` rowversion as a number; each reader writes it its own way."""


Value = str | int | Decimal | date
OPERATORS = ("eq", "ne", "gt", "ge", "lt", "le")


@dataclass(frozen=True)
class Cmp:
    column: str
    op: str
    value: Value

    def __post_init__(self) -> None:
        if self.op not in OPERATORS:
            raise ValueError(f"unknown operator {self.op!r}")


@dataclass(frozen=True)
class And:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Condition, ...]


Condition = Cmp | And | Or


def all_of(*items: Condition | None) -> Condition | None:
    kept = tuple(i for i in items if i is not None)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else And(kept)


def any_of(*items: Condition | None) -> Condition | None:
    kept = tuple(i for i in items if i is not None)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else Or(kept)


def after_key(columns: Sequence[str], last: Sequence[Value]) -> Condition:
    """Rows strictly after `last` in key order: (k1 > a) or (k1 = a and k2 > b) or ..."""
    branches: list[Condition] = []
    for i, column in enumerate(columns):
        equal = [Cmp(columns[j], "eq", last[j]) for j in range(i)]
        branches.append(all_of(*equal, Cmp(column, "gt", last[i])))  # type: ignore[arg-type]
    result = any_of(*branches)
    assert result is not None
    return result


def key_equals(columns: Sequence[str], values: Sequence[Value]) -> Condition:
    result = all_of(*(Cmp(c, "eq", v) for c, v in zip(columns, values, strict=True)))
    assert result is not None
    return result


def _compare(left: Any, op: str, right: Value) -> bool:
    if left is None:
        return op == "ne"
    try:
        if op == "eq":
            return bool(left == right)
        if op == "ne":
            return bool(left != right)
        if op == "gt":
            return bool(left > right)
        if op == "ge":
            return bool(left >= right)
        if op == "lt":
            return bool(left < right)
        return bool(left <= right)
    except TypeError:
        return False


def matches(condition: Condition | None, row: Mapping[str, Any]) -> bool:
    if condition is None:
        return True
    if isinstance(condition, Cmp):
        return _compare(row.get(condition.column), condition.op, condition.value)
    if isinstance(condition, And):
        return all(matches(item, row) for item in condition.items)
    return any(matches(item, row) for item in condition.items)
