"""One monday sandbox: the parts it holds (state, clock, limits, webhooks, OAuth, apps) and its
GraphQL endpoint, which charges the limits, applies injected faults and replays idempotent
mutations before running a query against the state.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from typing import Any

from graphql import GraphQLError, OperationDefinitionNode, execute_sync, parse, validate

from sandbox.monday.app_views import AppRegistration, check_app_url
from sandbox.monday.apps import IntegrationEngine
from sandbox.monday.clock import SandboxClock
from sandbox.monday.errors import HttpError, graphql_error_body, wait_headers
from sandbox.monday.grants import OAuthGrants
from sandbox.monday.ingest import IngestJobs
from sandbox.monday.limits import (
    BoardMutationCap,
    ComplexityBudget,
    ConcurrencyLimit,
    DailyCalls,
    Fault,
    FaultInjector,
    mutations_per_board,
    query_cost,
)
from sandbox.monday.options import SandboxOptions, Stats
from sandbox.monday.resolvers import build_executable_schema
from sandbox.monday.state import Caller, SandboxState
from sandbox.monday.webhooks import WebhookDispatcher

VERSION_PATTERN = re.compile(r"^\d{4}-(01|04|07|10)$")
IDEMPOTENCY_TTL_SECONDS = 1800  # sandbox seconds; monday caches answers for 30 minutes


class MondaySandbox:
    """Everything one sandbox instance holds; attached to the Flask app."""

    def __init__(self, options: SandboxOptions):
        self.options = options
        self.clock = SandboxClock(options.clock_speed)
        self.state = SandboxState(item_cap=options.board_item_cap,
                                  archived_items_count=options.archived_items_count)
        self.dispatcher = WebhookDispatcher(self.state, self.clock, options.signing_secret,
                                            options.webhook_retry_seconds)
        self.state.on_event = self.dispatcher.on_event
        self.engine = IntegrationEngine(self.state, self.clock, options.client_id,
                                        options.client_secret, options.signing_secret)
        self.schema = build_executable_schema(self.dispatcher.resolve_create_webhook,
                                              self.dispatcher.resolve_delete_webhook)
        self.complexity = ComplexityBudget(self.clock, options.complexity_per_minute,
                                           options.personal_complexity_per_minute)
        self.daily_calls = DailyCalls(self.clock, options.daily_calls)
        self.board_cap = BoardMutationCap(self.clock, options.board_mutations_per_minute)
        self.concurrency = ConcurrencyLimit(options.concurrency_limit)
        self.faults = FaultInjector()
        for fault in options.faults:
            self.faults.add(Fault(**fault))
        self.idempotency: dict[tuple[int, int, str], dict[str, Any]] = {}
        self.idempotency_lock = threading.Lock()
        self.stats = Stats()
        self.oauth_codes: dict[str, dict[str, Any]] = {}
        self.grants = OAuthGrants(self.state, self.clock, options.access_token_lifetime,
                                  options.refresh_reuse_grace, options.send_expires_in)
        self.stats_lock = threading.Lock()
        self.app_registration = AppRegistration(
            check_app_url(options.app_url) if options.app_url else None)
        self.ingest = IngestJobs(self.state, self.clock,
                                 rows_per_minute=options.ingest_rows_per_minute,
                                 items_per_hour=options.ingest_items_per_hour,
                                 rows_per_job=options.ingest_rows_per_job,
                                 from_version=options.ingest_from_version,
                                 refuse=options.ingest_refuse)
        self.ingest.bind(self.schema)

    # -- helpers -------------------------------------------------------------------------
    def caller_for(self, authorization: str | None) -> Caller:
        token = (authorization or "").strip()
        if token.lower().startswith("bearer "):
            token = token[7:].strip()  # tolerated: OAuth tokens may come with the prefix
        caller = self.state.tokens.get(token)
        if caller is None or self.grants.expired(token):
            raise HttpError(401, {"errors": [{"message": "Not Authenticated",
                                              "extensions": {"code": "Unauthorized"}}],
                                  "error_message": "Not Authenticated", "status_code": 401})
        return caller

    def count_rate_limited(self, error: HttpError) -> None:
        errors = error.body.get("errors") or [{}]
        first = errors[0] if isinstance(errors[0], dict) else {}
        code = (first.get("extensions") or {}).get("code") or error.body.get("error_code")
        with self.stats_lock:
            key = str(code or error.status)
            self.stats.rate_limited[key] = self.stats.rate_limited.get(key, 0) + 1

    # -- the GraphQL endpoint ------------------------------------------------------------
    def handle(self, raw_body: bytes, headers: dict[str, str],
               arrived: float | None = None) -> tuple[int, dict, dict]:
        request_id = uuid.uuid4().hex
        arrived = self.clock.now() if arrived is None else arrived
        with self.stats_lock:
            self.stats.requests += 1
        try:
            payload = json.loads(raw_body or b"{}")
            query = payload.get("query") or ""
            variables = payload.get("variables") or {}
        except (ValueError, AttributeError):
            return 400, {"error_message": "Invalid JSON", "error_code": "JsonParseException",
                         "status_code": 400}, {}
        try:
            document = parse(query)
        except GraphQLError as exc:
            return 200, {"errors": [{"message": f"Parse error on {exc.message}",
                                     "extensions": {"code": "PARSE_ERROR"}}]}, {}
        operation = next((d for d in document.definitions
                          if isinstance(d, OperationDefinitionNode)), None)
        name = operation.name.value if operation and operation.name else None
        try:
            fault = self.faults.take(name, variables)
            if fault is not None and fault.kind not in ("slow", "timeout"):
                self.faults.apply(fault)
            caller = self.caller_for(headers.get("authorization"))
            version = headers.get("api-version")
            if version and not VERSION_PATTERN.match(version):
                return 200, graphql_error_body(f"Invalid API version {version}",
                                               "InvalidVersionException"), {}
            self.concurrency.enter(caller.account_id)
        except HttpError as exc:
            if exc.status == 429:
                self.count_rate_limited(exc)
            return exc.status, exc.body, exc.headers
        try:
            # Slow answers are slow while running, so a duplicate meets the idempotency lock.
            slow = fault if fault is not None and fault.kind in ("slow", "timeout") else None
            return self._execute(document, operation, variables, caller, headers, request_id,
                                 arrived, slow)
        except HttpError as exc:
            if exc.status == 429:
                self.count_rate_limited(exc)
            return exc.status, exc.body, exc.headers
        finally:
            self.concurrency.leave(caller.account_id)

    def _execute(self, document: Any, operation: OperationDefinitionNode | None,
                 variables: dict[str, Any], caller: Caller, headers: dict[str, str],
                 request_id: str, arrived: float,
                 slow: Fault | None = None) -> tuple[int, dict, dict]:
        missing = self.ingest.version_error(document, headers.get("api-version") or
                                            self.options.api_version)
        if missing is not None:  # an older version's schema has no ingest_items
            return 200, missing, {}
        errors = validate(self.schema, document)
        if errors or operation is None:
            body = {"errors": [{**e.formatted, "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}
                               for e in errors] or [{"message": "No operation"}]}
            return 200, body, {}
        is_mutation = operation.operation.value == "mutation"
        key = headers.get("idempotency-key") if is_mutation else None
        cache_key = (caller.account_id, caller.user_id, key) if key else None
        if cache_key is not None:
            replay = self._idempotency_begin(cache_key)
            if replay is not None:
                return replay
        try:
            if slow is not None:
                self.faults.apply(slow)
            answer = self._run(document, operation, variables, caller, request_id, arrived)
        except BaseException:
            # A refused or crashed request did not complete: nothing to replay.
            self._idempotency_forget(cache_key)
            raise
        if cache_key is not None:
            with self.idempotency_lock:
                self.idempotency[cache_key] = {"state": "done", "answer": answer,
                                               "expires": self.clock.now() +
                                               IDEMPOTENCY_TTL_SECONDS}
        return answer

    def _idempotency_begin(self, cache_key: tuple) -> tuple[int, dict, dict] | None:
        with self.idempotency_lock:
            entry = self.idempotency.get(cache_key)
            if entry and entry.get("expires", float("inf")) < self.clock.now():
                entry = None
            if entry is None:
                self.idempotency[cache_key] = {"state": "running"}
                return None
            if entry["state"] == "running":
                with self.stats_lock:
                    self.stats.conflicts += 1
                return 409, graphql_error_body(
                    "A request with this idempotency key is currently being processed",
                    "IDEMPOTENCY_CONFLICT"), wait_headers(1.0)
            with self.stats_lock:
                self.stats.replays += 1
            status, body, response_headers = entry["answer"]
            return status, body, {**response_headers, "Idempotency-Replayed": "true"}

    def _idempotency_forget(self, cache_key: tuple | None) -> None:
        if cache_key is not None:
            with self.idempotency_lock:
                self.idempotency.pop(cache_key, None)

    def _run(self, document: Any, operation: OperationDefinitionNode, variables: dict[str, Any],
             caller: Caller, request_id: str, arrived: float) -> tuple[int, dict, dict]:
        def board_of_item(item_id: Any) -> str | None:
            item = self.state.items.get(str(item_id)) if item_id is not None else None
            return item["board_id"] if item else None

        counts = mutations_per_board(operation, variables, board_of_item)
        cost = query_cost(operation, variables)
        self.daily_calls.charge(caller.account_id)
        bucket, budget = self.complexity.bucket(caller.token_kind, operation.operation.value)
        complexity = self.complexity.charge(caller.account_id, cost, bucket, budget)
        self.board_cap.charge(counts, arrived)
        with self.stats_lock:
            name = operation.name.value if operation.name else "anonymous"
            spent = self.stats.complexity_by_operation
            spent[name] = spent.get(name, 0) + cost
            for board_id, count in counts.items():
                self.stats.mutations_by_board[board_id] = (
                    self.stats.mutations_by_board.get(board_id, 0) + count)
        context = {"state": self.state, "caller": caller, "clock": self.clock,
                   "complexity": complexity, "api_version": self.options.api_version}
        result = execute_sync(self.schema, document, variable_values=variables,
                              context_value=context)
        body: dict[str, Any] = {"data": result.data}
        status = 200
        if result.errors:
            with self.stats_lock:
                self.stats.errors += 1
            body["errors"] = [e.formatted for e in result.errors]
            codes = [(e.extensions or {}).get("status_code") for e in result.errors]
            if codes and all(c == 400 for c in codes):
                status = 400
        body["extensions"] = {"request_id": request_id}
        remaining = max(complexity["after"], 0)
        response_headers = {
            "RateLimit-Policy": f'"complexityMinute";q={budget};w=60',
            "RateLimit": f'"complexityMinute";r={remaining};t={complexity["reset_in_x_seconds"]}',
            "X-Request-Id": request_id,
        }
        return status, body, response_headers
