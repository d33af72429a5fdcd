"""One GraphQL request to monday: headers, pacing, timeouts, classification, capped retries.

A request is attempted at most ``max_attempts`` times. Between attempts it waits the server's
own wait when monday named one, else an exponential backoff with full jitter. Every failed
attempt is logged with operation, request id, HTTP status, monday's code and message, attempt
and the wait chosen; the token is never logged.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

import requests

from monday_api.classify import (
    ParsedResponse,
    classify,
    classify_transport_failure,
    parse_response,
)
from monday_api.errors import (
    EXCEPTION_FOR_ACTION,
    ErrorAction,
    ErrorDetails,
    RecordError,
    RetriesExhaustedError,
    RunError,
)
from monday_api.pacing import RedisPacer
from monday_api.settings import MondayClientSettings
from monday_api.tokens import StaticToken, TokenSource

log = logging.getLogger("monday_api")

RETRYABLE = (ErrorAction.RETRY, ErrorAction.RATE_LIMITED)
# A document whose operation is a mutation (after any comments): monday budgets app tokens'
# reads and writes apart (FACTS §2).
MUTATION_DOCUMENT = re.compile(r"\A\s*(?:#[^\n]*\n\s*)*mutation\b")


def request_kind(query: str) -> str:
    """"write" for a mutation document, else "read"."""
    return "write" if MUTATION_DOCUMENT.match(query) else "read"


@dataclass
class GraphQLResult:
    """A successful (possibly partial) answer: ``data`` plus per-path record errors."""

    operation: str
    data: dict[str, Any]
    parsed: ParsedResponse
    record_errors: dict[str, ErrorDetails]
    attempts: int
    paced_seconds: float

    @property
    def replayed(self) -> bool:
        return self.parsed.replayed

    @property
    def request_id(self) -> str | None:
        return self.parsed.request_id


@dataclass
class TransportStats:
    """Counters a benchmark or a job report can read."""

    requests: int = 0
    rate_limited: int = 0
    retries: int = 0
    replays: int = 0
    paced_seconds: float = 0.0


class TransportObserver(Protocol):
    """Told of what the counters in TransportStats count (a worker's metrics, say)."""

    def rate_limited(self, details: ErrorDetails) -> None: ...

    def paced(self, seconds: float) -> None: ...


class GraphQLTransport:
    # Set by whoever builds the client for a worker; None: nobody listens.
    observer: TransportObserver | None = None

    def __init__(
        self,
        settings: MondayClientSettings,
        token: str | TokenSource,
        *,
        pacer: RedisPacer | None = None,
        account_id: str | int | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ):
        if not token:
            raise ValueError("a monday token is required")
        self.settings = settings
        self._tokens: TokenSource = StaticToken(token) if isinstance(token, str) else token
        self._sent: set[str] = set()  # every token sent, so that logs never show one
        self._last_token = ""
        self.pacer = pacer
        self.account_id = account_id
        self.session = session or requests.Session()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.stats = TransportStats()

    # -- helpers -------------------------------------------------------------------------
    def _headers(self, token: str, idempotency_key: str | None) -> dict[str, str]:
        headers = {
            # monday takes the token raw, without "Bearer " (FACTS §1).
            "Authorization": token,
            "API-Version": self.settings.api_version,
            "Content-Type": "application/json",
        }
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def _scrub(self, text: str) -> str:
        for token in self._sent:
            text = text.replace(token, "***")
        return text

    def backoff_seconds(self, attempt: int) -> float:
        """Full jitter: uniform(0, min(cap, base * 2**(attempt-1)))."""
        ceiling = min(
            self.settings.backoff_cap_seconds,
            self.settings.backoff_base_seconds * (2 ** (attempt - 1)),
        )
        return self._rng.uniform(0, ceiling)

    def _choose_wait(self, details: ErrorDetails) -> float:
        if details.wait_seconds is not None:
            # Honour monday's wait; a little jitter on top keeps workers from returning at once.
            return details.wait_seconds + self._rng.uniform(0, min(1.0, details.wait_seconds * 0.1))
        return self.backoff_seconds(details.attempt)

    def _log_failure(self, details: ErrorDetails, wait: float | None, final: bool) -> None:
        outcome = "giving up" if final else f"retrying in {wait:.2f}s"
        log.warning(
            "monday %s failed (%s): %s",
            details.operation,
            outcome,
            self._scrub(details.describe()),
            extra={
                "monday_operation": details.operation,
                "monday_request_id": details.request_id,
                "monday_http_status": details.http_status,
                "monday_error_code": details.code,
                "monday_attempt": details.attempt,
                "monday_wait_seconds": wait,
                "monday_action": details.action.value,
            },
        )

    def _post(self, body: bytes, idempotency_key: str | None) -> requests.Response:
        token = self._tokens.current()
        self._sent.add(token)
        self._last_token = token
        return self.session.post(
            self.settings.api_url,
            data=body,
            headers=self._headers(token, idempotency_key),
            timeout=(self.settings.connect_timeout, self.settings.read_timeout),
        )

    def _pace(self, operation: str, kind: str) -> float:
        if self.pacer is None:
            return 0.0
        return self.pacer.before_request(self.account_id, operation, kind)

    # -- the request ---------------------------------------------------------------------
    def execute(
        self,
        operation: str,
        query: str,
        variables: Mapping[str, Any] | None = None,
        *,
        board_mutations: Mapping[str, int] | None = None,
        idempotency_key: str | None = None,
        allow_record_errors: bool = False,
    ) -> GraphQLResult:
        """Send one document; return its data or raise the classified error.

        ``board_mutations`` ({board_id: n}) is what the pacer charges against per-board caps.
        ``allow_record_errors`` returns partial data with per-alias record errors (batches)
        instead of raising :class:`RecordError`.
        """
        body = json.dumps({"query": query, "variables": dict(variables or {})}).encode()
        kind = request_kind(query)
        history: list[ErrorDetails] = []
        paced = 0.0
        attempt = 0
        renewed = False
        while True:
            attempt += 1
            paced += self._pace(operation, kind)
            details, parsed, board_wait = self._attempt(
                operation, body, idempotency_key, attempt, board_mutations, kind
            )
            paced += board_wait
            if details is None or (
                allow_record_errors
                and details.action in (ErrorAction.FAIL_RECORD, ErrorAction.BOARD_FULL)
                and isinstance(parsed.data, Mapping)  # type: ignore[union-attr]
            ):
                assert parsed is not None
                return self._success(operation, parsed, attempt, paced)
            history.append(details)
            if not renewed and self._renew_after(details):
                renewed = True  # once per call: a second 401 is the token's verdict
                continue
            final_error = self._final_error(details, attempt, history)
            if final_error is not None:
                self._log_failure(details, None, final=True)
                raise final_error
            wait = self._choose_wait(details)
            self._log_failure(details, wait, final=False)
            self.stats.retries += 1
            self._sleep(wait)

    def _attempt(
        self,
        operation: str,
        body: bytes,
        idempotency_key: str | None,
        attempt: int,
        board_mutations: Mapping[str, int] | None,
        kind: str = "read",
    ) -> tuple[ErrorDetails | None, ParsedResponse | None, float]:
        board_wait = 0.0
        try:
            if self.pacer is not None and self.account_id is not None:
                with self.pacer.concurrency_slot(self.account_id):
                    board_wait = self.pacer.before_send(board_mutations)
                    self.stats.requests += 1
                    response = self._post(body, idempotency_key)
            else:
                if self.pacer is not None:
                    board_wait = self.pacer.before_send(board_mutations)
                self.stats.requests += 1
                response = self._post(body, idempotency_key)
        except (requests.Timeout, requests.ConnectionError) as exc:
            return classify_transport_failure(operation, exc, attempt), None, board_wait
        parsed = parse_response(response.status_code, response.headers, response.text)
        if self.pacer is not None and self.account_id is not None and parsed.complexity:
            self.pacer.record_complexity(self.account_id, operation, parsed.complexity, kind)
        details = classify(operation, parsed, attempt)
        if (details is not None and self.pacer is not None and self.account_id is not None
                and (details.code or "").upper() == "DAILY_LIMIT_EXCEEDED"):
            self.pacer.daily.limit_reached(self.account_id, details.wait_seconds)
        if details is not None and details.action == ErrorAction.RATE_LIMITED:
            self.stats.rate_limited += 1
            if self.observer is not None:
                self.observer.rate_limited(details)
        return details, parsed, board_wait

    def _renew_after(self, details: ErrorDetails) -> bool:
        """After a 401, ask the token source for a fresh token; True: send the call again."""
        if details.action != ErrorAction.REAUTHENTICATE or details.http_status != 401:
            return False
        fresh = self._tokens.renew(self._last_token)
        if fresh is None:
            return False
        self._sent.add(fresh)
        log.info("monday %s: token refreshed after a 401; sending once more", details.operation)
        return True

    def _final_error(
        self, details: ErrorDetails, attempt: int, history: list[ErrorDetails]
    ) -> Exception | None:
        """None when another attempt should be made, else the exception to raise."""
        if details.action not in RETRYABLE:
            return EXCEPTION_FOR_ACTION[details.action](details, history)
        if details.http_status == 500 and attempt >= self.settings.server_error_attempts:
            # A repeated 500 usually means this request is bad (FACTS §3): fail the record.
            return RecordError(replace(details, action=ErrorAction.FAIL_RECORD), history)
        if attempt >= self.settings.max_attempts:
            return RetriesExhaustedError(details, history)
        too_long = (details.wait_seconds or 0.0) > self.settings.max_wait_seconds
        if too_long:
            return RunError(replace(details, action=ErrorAction.FAIL_RUN), history)
        return None

    def _success(
        self, operation: str, parsed: ParsedResponse, attempt: int, paced: float
    ) -> GraphQLResult:
        record_errors: dict[str, ErrorDetails] = {}
        for entry in parsed.errors:
            alias = entry.path[0] if entry.path else ""
            single = ParsedResponse(
                http_status=parsed.http_status,
                headers=parsed.headers,
                body=None,
                errors=[entry],
                request_id=parsed.request_id,
            )
            entry_details = classify(operation, single, attempt)
            if entry_details is not None:
                record_errors[alias] = entry_details
                self._log_failure(entry_details, None, final=True)
        if parsed.replayed:
            self.stats.replays += 1
            log.info("monday %s answered from the idempotency cache", operation)
        self.stats.paced_seconds += paced
        if self.observer is not None and self.pacer is not None:
            self.observer.paced(paced)
        return GraphQLResult(
            operation=operation,
            data=dict(parsed.data or {}),
            parsed=parsed,
            record_errors=record_errors,
            attempts=attempt,
            paced_seconds=paced,
        )
