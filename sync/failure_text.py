"""A record's failure: stored as data when it happens, told as one plain sentence later.

`describe_failure` (at failure time, in the push) and `describe_unreadable` (in the poll) keep
what a person needs to fix the record: which column (by its title as the board shows it),
which value, and monday's code. `plain_reason` is THE one place that turns a stored failure
into the sentence the board view shows ("monday refused the date 2026-02-30 in column Due
date"); failures stored before the data existed are read from their raw error text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from monday_api.errors import ColumnValueEncodingError, MondayError
from sync.errors import scrub
from sync.mapping import MappingError, build_mapping

# How a column's values are named in a sentence, by monday column type.
VALUE_WORDS = {
    "date": "the date", "numbers": "the number", "status": "the status label",
    "color": "the status label", "email": "the email address", "phone": "the phone number",
    "link": "the link", "checkbox": "the checkbox value", "dropdown": "the dropdown label",
}
# monday's codes that mean something a person can act on, in words.
CODE_SENTENCES = {
    "InvalidColumnIdException": "column {column} is no longer on the board; save the column "
                                "mapping again to create it",
    "ItemNameTooLongException": "the item name is longer than monday's 255 characters",
    "ResourceNotFoundException": "the item was deleted on monday",
    "ItemsLimitationException": "the board is full (monday allows 10,000 items per board)",
}
_RAW_MESSAGE = re.compile(r"message=(['\"])(?P<message>.*)\1\s*$", re.S)
_UNREADABLE_FIELD = re.compile(r"field (?P<field>\w+) = (?P<value>.*?): (?P<message>[^;]*)")


def _column_titles(entity: str, overrides: Mapping[str, Any] | None) -> dict[str, str]:
    try:
        return {c.key: c.title for c in build_mapping(entity, overrides).columns}
    except MappingError:
        return {}


def describe_failure(
    error: BaseException,
    values: Mapping[str, Any],
    entity: str,
    overrides: Mapping[str, Any] | None,
    columns: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """The failure of a write as data: monday's code and message, and, when monday named a
    column (or our encoder refused one), that column's key, title, type and the value sent.
    `columns` is the board sync's provisioned logical key -> {id, type}."""
    failure: dict[str, Any] = {"source": "monday", "message": scrub(str(error))[:500]}
    column_id: str | None = None
    if isinstance(error, MondayError):
        failure["code"] = error.code
        failure["message"] = scrub(error.monday_message)[:500]
        column_id = (error.details.error_data or {}).get("column_id")
    elif isinstance(error, ColumnValueEncodingError):
        failure["code"] = "ColumnValueEncoding"
        failure["message"] = error.reason
        column_id = error.column_id
    if column_id:
        key = next((k for k, c in columns.items() if c.get("id") == column_id), None)
        failure["column_id"] = column_id
        if key is not None:
            failure["column_key"] = key
            failure["column_title"] = _column_titles(entity, overrides).get(key, key)
            failure["column_type"] = columns[key].get("type")
            failure["value"] = values.get(key)
    return failure


def describe_unreadable(
    problem: str, entity: str, overrides: Mapping[str, Any] | None
) -> dict[str, Any]:
    """A SYSPRO row that could not be read, as data: each field, its raw value and why,
    with the board column showing that field where there is one."""
    titles = {}
    try:
        titles = {c.source: c.title for c in build_mapping(entity, overrides).columns
                  if c.source}
    except MappingError:
        pass
    fields = [
        {"field": m["field"], "value": m["value"].strip("'\""), "message": m["message"].strip(),
         "column_title": titles.get(m["field"])}
        for m in _UNREADABLE_FIELD.finditer(problem)
    ]
    return {"source": "syspro", "stage": "read", "message": problem[:500], "fields": fields}


def plain_reason(failure: Mapping[str, Any] | None, last_error: str | None) -> str:
    """One sentence a person can act on, from the stored failure (or the raw error text)."""
    if not failure:
        return _from_raw(last_error)
    if failure.get("source") == "syspro":
        return _syspro_sentence(failure)
    title = failure.get("column_title")
    code = failure.get("code") or ""
    if code in CODE_SENTENCES:
        return CODE_SENTENCES[code].format(column=title or "(unknown)")
    if title:
        words = VALUE_WORDS.get(str(failure.get("column_type") or ""), "the value")
        value = failure.get("value")
        shown = f"{words} {value}" if value not in (None, "") else "an empty value"
        return f"monday refused {shown} in column {title}"
    return f"monday refused the record: {failure.get('message') or 'no reason given'}"


def _syspro_sentence(failure: Mapping[str, Any]) -> str:
    parts = []
    for f in failure.get("fields") or ():
        where = f"field {f['field']}"
        if f.get("column_title"):
            where += f" (column {f['column_title']})"
        parts.append(f"SYSPRO sent {f['value']} in {where}, which cannot be read: "
                     f"{f['message']}")
    if parts:
        return "; ".join(parts)
    return f"SYSPRO sent a record that cannot be read: {failure.get('message')}"


def _from_raw(last_error: str | None) -> str:
    """Failures stored as text only (before failures were kept as data)."""
    if not last_error:
        return "failed for an unknown reason"
    if last_error.startswith("operation="):
        match = _RAW_MESSAGE.search(last_error)
        message = match.group("message") if match else last_error
        return f"monday refused the record: {message}"
    return last_error
