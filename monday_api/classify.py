"""The one place that decides what a monday failure means (FACTS §3).

monday answers failures in three envelopes (GraphQL ``errors[]`` with ``extensions``, the flat
legacy ``error_code``/``error_message`` body, and a bare ``error_message``), sometimes with HTTP
200 and sometimes with 4xx/5xx, and rate-limit errors changed shape across API versions. Every
body is normalised into :class:`ErrorEntry` items and mapped to one :class:`ErrorAction`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from monday_api.errors import ErrorAction, ErrorDetails, RecordError, RetriesExhaustedError

RATE_LIMIT_CODES = {
    "complexity_budget_exhausted",
    "complexityexception",
    "complexitybudgetexhausted",
    "maxconcurrencyexceeded",
    "ip_rate_limit_exceeded",
    "rate_limit_exceeded",
    "ratelimitexceeded",
    "field_limit_exceeded",
    "api_temporarily_blocked",
}
RECORD_CODES = {
    "columnvalueexception",
    "invalidcolumnidexception",
    "itemnametoolongexception",
    "resourcenotfoundexception",
    "invalidargumentexception",
    "correctedvalueexception",
    "invaliduseridexception",
    "createboardexception",
    "jsonparseexception",
    "deletelastgroupexception",
    "recordinvalidexception",
    "invaliditemidexception",
}
RUN_CODES = {
    "invalidboardidexception",
    "invalidversionexception",
    "daily_limit_exceeded",
    "user_access_denied",
    "graphql_validation_failed",
    "parse_error",
}
# The board's cap on items created through the API (FACTS §2/§3). The message is not
# documented [U], so only the code decides.
BOARD_FULL_CODES = {"itemslimitationexception"}
REAUTH_CODES = {"missingrequiredpermissions", "unauthorized", "invalid_token"}

# Message fragments seen without a stable code (older bodies, support articles).
RATE_LIMIT_MESSAGES = (
    "minute limit rate exceeded",
    "rate limit exceeded",
    "call limit exceeded",
    "complexity budget exhausted",
    "concurrency limit exceeded",
)
QUERY_BUG_MESSAGES = ("parse error on", "doesn't exist on type", "exceeds max complexity")
RESET_IN_PATTERN = re.compile(r"reset in (\d+(?:\.\d+)?) seconds?", re.IGNORECASE)
RATELIMIT_T_PATTERN = re.compile(r";\s*t=(\d+(?:\.\d+)?)")
API_BLOCKED_MIN_WAIT = 60.0


@dataclass(frozen=True)
class ErrorEntry:
    """One error from any of monday's envelopes."""

    message: str
    code: str | None = None
    path: tuple[str, ...] = ()
    extensions: Mapping[str, Any] = field(default_factory=dict)
    error_data: Mapping[str, Any] = field(default_factory=dict)
    status_code: int | None = None

    @property
    def normalised_code(self) -> str:
        return (self.code or "").lower()


@dataclass
class ParsedResponse:
    http_status: int
    headers: Mapping[str, str]
    body: Any
    errors: list[ErrorEntry]
    data: Any = None
    request_id: str | None = None
    complexity: Mapping[str, Any] | None = None
    replayed: bool = False


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _entry_from_graphql_error(item: Any) -> ErrorEntry:
    if not isinstance(item, Mapping):
        # Legacy bodies carry errors as a list of plain strings.
        return ErrorEntry(message=str(item))
    extensions = item.get("extensions") or {}
    error_data = extensions.get("error_data") or {}
    return ErrorEntry(
        message=str(item.get("message") or ""),
        code=extensions.get("code"),
        path=tuple(str(p) for p in (item.get("path") or ())),
        extensions=extensions,
        error_data=error_data if isinstance(error_data, Mapping) else {},
        status_code=_as_int(extensions.get("status_code")),
    )


def parse_response(http_status: int, headers: Mapping[str, str], text: str) -> ParsedResponse:
    """Normalise any monday answer; never raises on a malformed body."""
    try:
        body = json.loads(text) if text else None
    except ValueError:
        body = None
    errors: list[ErrorEntry] = []
    data = None
    request_id = None
    complexity = None
    if isinstance(body, Mapping):
        data = body.get("data")
        raw_errors = body.get("errors")
        if isinstance(raw_errors, list):
            errors.extend(_entry_from_graphql_error(e) for e in raw_errors)
        if body.get("error_code") or body.get("error_message"):
            error_data = body.get("error_data") or {}
            legacy = ErrorEntry(
                message=str(body.get("error_message") or ""),
                code=body.get("error_code"),
                error_data=error_data if isinstance(error_data, Mapping) else {},
                status_code=_as_int(body.get("status_code")),
            )
            # The legacy body repeats its message as a plain string in errors[]; keep one.
            errors = [e for e in errors if e.message != legacy.message or e.code] + [legacy]
        extensions = body.get("extensions") or {}
        if isinstance(extensions, Mapping):
            request_id = extensions.get("request_id")
        if isinstance(data, Mapping) and isinstance(data.get("complexity"), Mapping):
            complexity = data["complexity"]
    elif http_status >= 400:
        errors.append(ErrorEntry(message=(text or "")[:500] or f"HTTP {http_status}"))
    lowered = {k.lower(): v for k, v in headers.items()}
    request_id = request_id or lowered.get("x-request-id")
    return ParsedResponse(
        http_status=http_status,
        headers=lowered,
        body=body,
        errors=errors,
        data=data,
        request_id=request_id,
        complexity=complexity,
        replayed=str(lowered.get("idempotency-replayed", "")).lower() == "true",
    )


def server_wait_seconds(parsed: ParsedResponse) -> float | None:
    """The wait monday asked for, in FACTS §3 precedence order, or None."""
    for entry in parsed.errors:
        value = entry.extensions.get("retry_in_seconds")
        if value is not None:
            return max(0.0, float(value))
    for entry in parsed.errors:
        value = entry.error_data.get("retry_in_seconds")
        if value is not None:
            return max(0.0, float(value))
    retry_after = parsed.headers.get("retry-after")
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass  # an HTTP date; monday documents seconds, so fall through
    # `t` in the RateLimit header is the reset time of a window; only a wait once refused.
    match = RATELIMIT_T_PATTERN.search(parsed.headers.get("ratelimit", ""))
    if match and parsed.http_status == 429:
        return float(match.group(1))
    for entry in parsed.errors:
        match = RESET_IN_PATTERN.search(entry.message)
        if match:
            return float(match.group(1))
    return None


def seconds_until_utc_midnight(now: dt.datetime | None = None) -> float:
    now = now or dt.datetime.now(dt.UTC)
    tomorrow = (now + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (tomorrow - now).total_seconds()


def classify_entry(entry: ErrorEntry, http_status: int) -> ErrorAction:
    """The action for one error entry, from its code first, then its message, then HTTP."""
    code = entry.normalised_code
    message = entry.message.lower()
    if code in RATE_LIMIT_CODES:
        if "exceeds max complexity" in message:
            return ErrorAction.FAIL_RUN  # a single query over 5M points: the query must change
        return ErrorAction.RATE_LIMITED
    if code == "idempotency_conflict":
        return ErrorAction.RETRY
    if code == "cursorexception" or "cursorexpirederror" in message:
        return ErrorAction.RESTART_PAGING
    if code in REAUTH_CODES:
        return ErrorAction.REAUTHENTICATE
    if code == "userunauthorizedexception":
        # On `me` nothing will work; on a board or item only that record is affected.
        return ErrorAction.FAIL_RUN if entry.path[:1] == ("me",) else ErrorAction.FAIL_RECORD
    if code in RUN_CODES:
        return ErrorAction.FAIL_RUN
    if code in BOARD_FULL_CODES:
        return ErrorAction.BOARD_FULL
    if code in RECORD_CODES:
        return ErrorAction.FAIL_RECORD
    if any(fragment in message for fragment in QUERY_BUG_MESSAGES):
        return ErrorAction.FAIL_RUN
    if any(fragment in message for fragment in RATE_LIMIT_MESSAGES):
        return ErrorAction.RATE_LIMITED
    status = entry.status_code or http_status
    return _action_for_status(status, message) or (
        ErrorAction.FAIL_RECORD if entry.path else ErrorAction.FAIL_RUN
    )


def _action_for_status(status: int, message: str) -> ErrorAction | None:
    if status == 429:
        return ErrorAction.RATE_LIMITED
    if status == 401:
        return ErrorAction.FAIL_RUN if "ip is restricted" in message else ErrorAction.REAUTHENTICATE
    if status == 403:
        return ErrorAction.FAIL_RUN
    if status in (423, 409) and ("locked" in message or status == 423):
        return ErrorAction.RETRY
    if status in (400, 404, 409, 422):
        return ErrorAction.FAIL_RECORD
    if status >= 500:
        return ErrorAction.RETRY
    return None


_ACTION_SEVERITY = [
    ErrorAction.REAUTHENTICATE,
    ErrorAction.FAIL_RUN,
    ErrorAction.RATE_LIMITED,
    ErrorAction.RETRY,
    ErrorAction.RESTART_PAGING,
    ErrorAction.BOARD_FULL,
    ErrorAction.FAIL_RECORD,
]


def classify(operation: str, parsed: ParsedResponse, attempt: int = 1) -> ErrorDetails | None:
    """The whole-request decision, or None when the request succeeded.

    With several errors (aliased batches) the most severe action wins: a rate limit or a broken
    token concerns the whole request, a column value error only its own alias.
    """
    status = parsed.http_status
    entries = parsed.errors
    body_status = max((e.status_code or 0 for e in entries), default=0)
    if status < 400 and body_status == 429:
        status = 429  # HTTP 200 carrying status_code 429 has been seen in the wild
    if not entries:
        if status < 400:
            return None
        action = _action_for_status(status, "") or ErrorAction.RETRY
        entries = [ErrorEntry(message=f"HTTP {status}")]
        chosen = entries[0]
    else:
        actions = [(classify_entry(e, status), e) for e in entries]
        action, chosen = min(actions, key=lambda pair: _ACTION_SEVERITY.index(pair[0]))
        if status == 429 and action in (ErrorAction.FAIL_RECORD, ErrorAction.RETRY):
            action = ErrorAction.RATE_LIMITED
    wait = server_wait_seconds(parsed)
    if chosen.normalised_code == "api_temporarily_blocked":
        wait = max(wait or 0.0, API_BLOCKED_MIN_WAIT)
    if chosen.normalised_code == "daily_limit_exceeded":
        wait = seconds_until_utc_midnight()
    return ErrorDetails(
        action=action,
        operation=operation,
        message=chosen.message,
        http_status=parsed.http_status,
        code=chosen.code,
        request_id=parsed.request_id,
        wait_seconds=wait,
        error_data=dict(chosen.error_data),
        attempt=attempt,
    )


def classify_transport_failure(operation: str, exc: Exception, attempt: int = 1) -> ErrorDetails:
    """Timeouts and connection failures: transient, retried with the same Idempotency-Key."""
    return ErrorDetails(
        action=ErrorAction.RETRY,
        operation=operation,
        message=f"{type(exc).__name__}: {exc}",
        attempt=attempt,
    )


# A whole batch refused this way may be split: nothing in the answer tells which record is at
# fault. Rate limits, auth and run-level refusals are not: they concern every request alike.
def batch_refusal(exc: Exception) -> bool:
    """Did monday refuse a whole request for reasons one of its records may cause?
    (A full board is no record's fault: splitting would only ask again.)"""
    if isinstance(exc, RecordError) and exc.details.action == ErrorAction.BOARD_FULL:
        return False
    if isinstance(exc, RecordError):
        return True  # a repeated 500, or a request-level GraphQL error with no alias path
    return type(exc) is RetriesExhaustedError and exc.details.action == ErrorAction.RETRY and (
        server_side(exc)
    )


def server_side(exc: Exception) -> bool:
    """A 5xx or no answer at all: monday's fault or an outage, not a validation message.
    (409 idempotency conflicts and 423 locks are excluded: splitting would change the keys.)"""
    details = getattr(exc, "details", None)
    status = details.http_status if details is not None else None
    return status is None or status >= 500


ITEM_GONE_CODES = {"invaliditemidexception", "resourcenotfoundexception"}


def board_full(error: Exception | None) -> bool:
    """Is this monday's refusal to create one more item on a full board?"""
    details = getattr(error, "details", None)
    return details is not None and details.action == ErrorAction.BOARD_FULL


def item_gone(details: ErrorDetails) -> bool:
    """monday's answer to a write on an item that no longer exists (deleted by a person)."""
    code = (details.code or "").lower()
    if code not in ITEM_GONE_CODES:
        return False
    # ResourceNotFoundException also names missing groups or users: only an item counts.
    return "item_id" in details.error_data or "item" in details.message.lower()
