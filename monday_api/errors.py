"""Error types raised by the monday client, one per decision the caller has to make.

The classifier in :mod:`monday_api.classify` maps every failure monday can answer with to
exactly one :class:`ErrorAction`; the transport acts on RETRY and RATE_LIMITED itself (capped)
and raises the matching exception for everything else, so callers only ever see the decisions
they own: drop a record, stop the run, ask the account to re-authorise, restart a page walk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class ErrorAction(str, Enum):
    """What to do about a failed request. Decided in one place (classify.py)."""

    RETRY = "retry"  # transient (5xx, timeout, 423 lock, 409 idempotency conflict): back off
    RATE_LIMITED = "rate_limited"  # a monday limit: wait the time monday asks, then retry
    FAIL_RECORD = "fail_record"  # this record's data is wrong (column value, item gone, ...)
    FAIL_RUN = "fail_run"  # nothing else in this run can work (bad query, daily limit, board)
    REAUTHENTICATE = "reauthenticate"  # token revoked / scopes missing: the account must re-consent
    RESTART_PAGING = "restart_paging"  # cursor expired: walk the pages again from the start
    # The board holds as many items created through the API as monday allows
    # (ItemsLimitationException): creates wait for the sync's capacity policy; updates go on.
    BOARD_FULL = "board_full"


@dataclass(frozen=True)
class ErrorDetails:
    """Everything known about one failed attempt; logged as one line and kept on exceptions."""

    action: ErrorAction
    operation: str
    message: str
    http_status: int | None = None
    code: str | None = None
    request_id: str | None = None
    wait_seconds: float | None = None  # the server's own wait, when it named one
    error_data: dict[str, Any] = field(default_factory=dict)
    attempt: int = 1

    def describe(self) -> str:
        parts = [
            f"operation={self.operation}",
            f"action={self.action.value}",
            f"http_status={self.http_status}",
            f"code={self.code}",
            f"request_id={self.request_id}",
            f"attempt={self.attempt}",
        ]
        if self.wait_seconds is not None:
            parts.append(f"server_wait={self.wait_seconds:g}s")
        return " ".join(parts) + f" message={self.message!r}"


class MondayError(Exception):
    """Base of every error the client raises after it has given up or decided not to retry."""

    action: ErrorAction = ErrorAction.FAIL_RUN

    def __init__(self, details: ErrorDetails, history: list[ErrorDetails] | None = None):
        super().__init__(details.describe())
        self.details = details
        # The full chain of attempts that led here, oldest first (for audit error chains).
        self.history: list[ErrorDetails] = list(history or [details])

    @property
    def code(self) -> str | None:
        return self.details.code

    @property
    def monday_message(self) -> str:
        return self.details.message


class RetriesExhaustedError(MondayError):
    """A transient failure or rate limit persisted past the retry cap; the run should stop."""

    action = ErrorAction.FAIL_RUN


class MondayUnavailable(RetriesExhaustedError):
    """monday answers nothing but server errors (or nothing at all): an outage, not a record's
    fault. The run stops; no record is blamed; the next run tries again."""

    # What monday had already answered when it went down (so the caller can save it):
    # the batch splitter's {position: WriteResult}, then the push's outcomes.
    partial: dict[int, Any]
    outcomes: list[Any]

    def __init__(self, details: ErrorDetails, history: list[ErrorDetails] | None = None):
        super().__init__(details, history)
        self.partial = {}
        self.outcomes = []


class RecordError(MondayError):
    """The request was understood and refused for this record's data; other records may work."""

    action = ErrorAction.FAIL_RECORD


class BoardFullError(RecordError):
    """monday refused a create: the board is at its cap of items created through the API.
    Not the record's fault: the push applies the sync's capacity policy (archive settled
    items and retry, roll over to a new board, or let the creates wait) and never fails the
    record for it. A RecordError so a batch still answers per record."""

    action = ErrorAction.BOARD_FULL


class RunError(MondayError):
    """Nothing else in this run can succeed (broken query, daily limit, missing board...)."""

    action = ErrorAction.FAIL_RUN


class ReauthenticationRequired(MondayError):
    """The token no longer works or lacks scopes: mark the connection broken, re-consent."""

    action = ErrorAction.REAUTHENTICATE


class ReconnectRequired(ReauthenticationRequired):
    """monday refused the account's refresh token: no call can work until an admin authorizes
    the app again. Raised before anything is sent."""


class CursorExpiredError(MondayError):
    """An items_page cursor outlived its 60 minutes; the page walk has to restart from page 1."""

    action = ErrorAction.RESTART_PAGING


class ColumnValueEncodingError(ValueError):
    """A value cannot be written to a column of that type. Raised before anything is sent."""

    def __init__(self, column_id: str, column_type: str, value: Any, reason: str):
        super().__init__(
            f"column {column_id!r} ({column_type}) cannot take value {value!r}: {reason}"
        )
        self.column_id = column_id
        self.column_type = column_type
        self.value = value
        self.reason = reason


EXCEPTION_FOR_ACTION: dict[ErrorAction, type[MondayError]] = {
    ErrorAction.RETRY: RetriesExhaustedError,
    ErrorAction.RATE_LIMITED: RetriesExhaustedError,
    ErrorAction.FAIL_RECORD: RecordError,
    ErrorAction.FAIL_RUN: RunError,
    ErrorAction.REAUTHENTICATE: ReauthenticationRequired,
    ErrorAction.RESTART_PAGING: CursorExpiredError,
    ErrorAction.BOARD_FULL: BoardFullError,
}
