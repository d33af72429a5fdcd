"""Filters of the sandbox: OData `$filter` text and COMFND `<Where>` expressions.

Both parse into one small tree, ("cmp", column, op, value) / ("and", [...]) / ("or", [...]),
with values converted to the column's type, then compile into a row predicate. `lower_bound`
finds a "first key >= x" implied by the tree, so key-ordered paging can bisect.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

Node = tuple[Any, ...]
Predicate = Callable[[dict[str, Any]], bool]


class FilterError(ValueError):
    pass


def convert(kind: str, text: str) -> Any:
    """A literal (text) -> the column's Python type."""
    try:
        if kind == "str":
            return text
        if kind == "date":
            value = text.strip()
            if value.lower().startswith("datetime'"):
                value = value[9:].rstrip("'")
            return None if value.startswith("0000-00-00") else date.fromisoformat(value[:10])
        if kind == "int":
            return int(Decimal(text.strip()))
        if kind == "rowversion":
            return rowversion_value(text)
        return Decimal(text.strip().replace(",", ""))
    except (ValueError, InvalidOperation):
        raise FilterError(f"bad {kind} value {text!r}") from None


def rowversion_value(text: str) -> int:
    """`0x…` hex, `binary'…'` / bare base64 of eight bytes, or a decimal number."""
    value = text.strip()
    if value.lower().startswith("binary'"):
        value = value[7:].rstrip("'")
    if value.lower().startswith("0x"):
        return int(value, 16)
    if value.isdigit():
        return int(value)
    try:
        raw = base64.b64decode(value.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(value) from None
    if len(raw) != 8:
        raise ValueError(value)
    return int.from_bytes(raw, "big")


_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
}


def compile_filter(node: Node | None) -> Predicate:
    if node is None:
        return lambda row: True
    kind = node[0]
    if kind == "cmp":
        _, column, op, value = node
        test = _OPS[op]
        if value is None:
            return (lambda row: row.get(column) is None) if op == "eq" else \
                (lambda row: row.get(column) is not None)

        def compare(row: dict[str, Any]) -> bool:
            left = row.get(column)
            if left is None:
                return op == "ne"
            try:
                return test(left, value)
            except TypeError:
                return False

        return compare
    parts = [compile_filter(child) for child in node[1]]
    if kind == "and":
        return lambda row: all(p(row) for p in parts)
    return lambda row: any(p(row) for p in parts)


def lower_bound(node: Node | None, column: str) -> Any:
    """A value v such that every matching row has row[column] >= v, or None."""
    if node is None:
        return None
    if node[0] == "cmp":
        _, col, op, value = node
        return value if col == column and op in ("eq", "gt", "ge") and value is not None else None
    bounds = [lower_bound(child, column) for child in node[1]]
    if node[0] == "and":
        known = [b for b in bounds if b is not None]
        try:
            return max(known) if known else None
        except TypeError:
            return None
    if any(b is None for b in bounds):
        return None
    try:
        return min(bounds)
    except TypeError:
        return None


def pinned_values(node: Node | None, column: str) -> set[Any] | None:
    """The only values `column` can take in matching rows (key lookups), or None if open."""
    if node is None:
        return None
    if node[0] == "cmp":
        _, col, op, value = node
        return {value} if col == column and op == "eq" and value is not None else None
    sets = [pinned_values(child, column) for child in node[1]]
    if node[0] == "and":
        known = [s for s in sets if s is not None]
        return set.intersection(*known) if known else None
    if any(s is None for s in sets):
        return None
    return set().union(*sets)  # type: ignore[arg-type]


# --- OData $filter -------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<str>'(?:[^']|'')*')"
    r"|(?P<dt>datetime'[^']*')|(?P<bin>binary'[^']*')"
    r"|(?P<date>\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?)"
    r"|(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][A-Za-z0-9_]*))"
)


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN_RE.match(text, pos)
        if not match or match.end() == pos:
            raise FilterError(f"cannot read $filter at {text[pos:pos + 20]!r}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        pos = match.end()
    return tokens


def parse_odata_filter(text: str, types: dict[str, str]) -> Node:
    tokens = _tokens(text)
    pos = 0

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        if pos >= len(tokens):
            raise FilterError("unexpected end of $filter")
        pos += 1
        return tokens[pos - 1]

    def expr_or() -> Node:
        items = [expr_and()]
        while (t := peek()) and t[0] == "word" and t[1].lower() == "or":
            take()
            items.append(expr_and())
        return items[0] if len(items) == 1 else ("or", items)

    def expr_and() -> Node:
        items = [primary()]
        while (t := peek()) and t[0] == "word" and t[1].lower() == "and":
            take()
            items.append(primary())
        return items[0] if len(items) == 1 else ("and", items)

    def primary() -> Node:
        kind, value = take()
        if kind == "lp":
            node = expr_or()
            if take()[0] != "rp":
                raise FilterError("missing )")
            return node
        if kind != "word" or value not in types:
            raise FilterError(f"unknown property {value!r}")
        op_kind, op = take()
        if op_kind != "word" or op.lower() not in _OPS:
            raise FilterError(f"unsupported operator {op!r}")
        lit_kind, literal = take()
        return ("cmp", value, op.lower(), _odata_value(types[value], lit_kind, literal))

    node = expr_or()
    if pos != len(tokens):
        raise FilterError("trailing text in $filter")
    return node


def _odata_value(kind: str, lit_kind: str, literal: str) -> Any:
    if lit_kind == "word" and literal == "null":
        return None
    if lit_kind == "str":
        text = literal[1:-1].replace("''", "'")
        return text if kind == "str" else convert(kind, text)
    if kind == "str":
        raise FilterError("string property compared with a non-string literal")
    if lit_kind == "bin" and kind == "rowversion":
        return convert(kind, literal)
    if lit_kind in ("date", "dt", "num"):
        return convert(kind, literal)
    raise FilterError(f"bad literal {literal!r}")


# --- COMFND <Where> ------------------------------------------------------------------------

COMFND_CONDITIONS = {"EQ": "eq", "NE": "ne", "GT": "gt", "GE": "ge", "LT": "lt", "LE": "le"}


def parse_comfnd_where(expressions: list[dict[str, str]], types: dict[str, str]) -> Node | None:
    """Expressions {OpenBracket, AndOr, Column, Condition, Value, CloseBracket} -> tree.

    Brackets are counted characters; AND binds tighter than OR, as in SQL.
    """
    tokens: list[Any] = []
    for index, expr in enumerate(expressions):
        column = expr.get("column", "")
        match = next((c for c in types if c.lower() == column.lower()), None)
        if match is None:
            raise FilterError(f"Column '{column}' not found")
        condition = COMFND_CONDITIONS.get(expr.get("condition", "EQ").strip().upper())
        if condition is None:
            raise FilterError(f"Condition '{expr.get('condition')}' not supported")
        if index:
            andor = expr.get("andor", "And").strip().lower() or "and"
            if andor not in ("and", "or"):
                raise FilterError(f"AndOr '{andor}' not supported")
            tokens.append(andor)
        tokens += ["("] * expr.get("openbracket", "").count("(")
        tokens.append(("cmp", match, condition, convert(types[match], expr.get("value", ""))))
        tokens += [")"] * expr.get("closebracket", "").count(")")
    if not tokens:
        return None
    return _parse_tokens(tokens)


def _parse_tokens(tokens: list[Any]) -> Node:
    pos = 0

    def parse_or() -> Node:
        nonlocal pos
        items = [parse_and()]
        while pos < len(tokens) and tokens[pos] == "or":
            pos += 1
            items.append(parse_and())
        return items[0] if len(items) == 1 else ("or", items)

    def parse_and() -> Node:
        nonlocal pos
        items = [parse_atom()]
        while pos < len(tokens) and tokens[pos] == "and":
            pos += 1
            items.append(parse_atom())
        return items[0] if len(items) == 1 else ("and", items)

    def parse_atom() -> Node:
        nonlocal pos
        if pos >= len(tokens):
            raise FilterError("unbalanced brackets")
        token = tokens[pos]
        pos += 1
        if token == "(":
            node = parse_or()
            if pos >= len(tokens) or tokens[pos] != ")":
                raise FilterError("unbalanced brackets")
            pos += 1
            return node
        if isinstance(token, tuple):
            return token
        raise FilterError("misplaced And/Or or bracket")

    node = parse_or()
    if pos != len(tokens):
        raise FilterError("unbalanced brackets")
    return node
