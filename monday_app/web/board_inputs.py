"""What the board view API reads from its requests, checked; every problem at once.

A body that is not JSON is refused by the validation layer (400); a body or query that is
JSON but wrong answers 422 `{error: "invalid", errors: [{field, message}]}`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from flask import request

from monday_app.web.json_input import json_object
from store.audit_query import MAX_PER_PAGE
from store.errors import FieldError, InvalidFields

MAX_HISTORY_DAYS = 31
MAX_BACKFILL_DAYS = 3 * 366


class Invalid(InvalidFields):
    """Request input the board API cannot use, every problem as (field, message); answered as
    every other refusal of the views (view_base.register_refusals: 422, each field listed)."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__([FieldError(field, field, message) for field, message in errors])
        self.errors = errors


def _int_arg(name: str, default: int, low: int, high: int, errors: list[tuple[str, str]]
             ) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.strip().isdigit() or not low <= int(raw) <= high:
        errors.append((name, f"give a whole number from {low} to {high}, not {raw[:20]!r}"))
        return default
    return int(raw)


def _day(raw: Any, field: str, errors: list[tuple[str, str]]) -> date | None:
    if raw is None or raw == "":
        return None
    try:
        return date.fromisoformat(str(raw)) if len(str(raw)) == 10 else _bad_day()
    except ValueError:
        errors.append((field, f"give a date as YYYY-MM-DD, not {str(raw)[:20]!r}"))
        return None


def _bad_day() -> date:
    raise ValueError("not YYYY-MM-DD")


def history_days() -> int:
    errors: list[tuple[str, str]] = []
    days = _int_arg("days", 7, 1, MAX_HISTORY_DAYS, errors)
    if errors:
        raise Invalid(errors)
    return days


def audit_args(actions: tuple[str, ...]) -> dict[str, Any]:
    errors: list[tuple[str, str]] = []
    syspro_id = request.args.get("syspro_id") or None
    if syspro_id is not None and len(syspro_id) > 200:
        errors.append(("syspro_id", "a SYSPRO id has at most 200 characters"))
    action = request.args.get("action") or None
    if action is not None and action not in actions:
        errors.append(("action", f"one of {', '.join(actions)}"))
    since = _day(request.args.get("since"), "since", errors)
    until = _day(request.args.get("until"), "until", errors)
    if since and until and until < since:
        errors.append(("until", "is before since"))
    page = _int_arg("page", 1, 1, 100_000, errors)
    per_page = _int_arg("per_page", 25, 1, MAX_PER_PAGE, errors)
    if errors:
        raise Invalid(errors)
    return {"syspro_id": syspro_id, "action": action, "since": since, "until": until,
            "page": page, "per_page": per_page}


def paused_body() -> bool:
    value = json_object().get("paused")
    if not isinstance(value, bool):
        raise Invalid([("paused", "give true (pause) or false (resume)")])
    return value


def backfill_body() -> tuple[date, date]:
    """{from, to}: both dates, from <= to <= today, at most about three years apart."""
    body = json_object()
    errors: list[tuple[str, str]] = []
    since = _day(body.get("from"), "from", errors)
    until = _day(body.get("to"), "to", errors)
    for field, value in (("from", since), ("to", until)):
        if value is None and not any(f == field for f, _ in errors):
            errors.append((field, "is required (YYYY-MM-DD)"))
    if since and until:
        if until < since:
            errors.append(("to", "is before from"))
        elif until - since > timedelta(days=MAX_BACKFILL_DAYS):
            errors.append(("to", f"a backfill covers at most {MAX_BACKFILL_DAYS} days"))
        if until > date.today() + timedelta(days=1):
            errors.append(("to", "is in the future"))
    if errors or since is None or until is None:
        raise Invalid(errors)
    return since, until


def mapping_body() -> Any:
    """The `mapping` object (checked field by field by sync/mapping_edit.py)."""
    body = json_object()
    if "mapping" not in body:
        raise Invalid([("mapping", "is required")])
    return body["mapping"]
