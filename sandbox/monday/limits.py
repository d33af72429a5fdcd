"""monday's limits as the sandbox enforces them, each answering with monday's error shapes.

* complexity budget per minute (window resets 60 s after its first call, as monday documents),
* mutations per board per minute (the product cap; monday itself documents none),
* concurrent requests per account,
* injected faults (429 with Retry-After, complexity exhaustion, 423, 500, slow answers, ...).
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from graphql import FieldNode, OperationDefinitionNode, VariableNode

from sandbox.monday.clock import SandboxClock, SlidingWindow
from sandbox.monday.errors import HttpError, graphql_error_body, wait_headers

MINUTE = 60.0
# Rough point prices; monday publishes none per field. Writes cost far more than reads.
MUTATION_COST = {"create_item": 10_000, "change_multiple_column_values": 10_000,
                 "change_column_value": 10_000, "create_board": 30_000,
                 "create_column": 10_000, "create_group": 10_000, "create_update": 10_000,
                 "create_webhook": 5_000, "delete_webhook": 5_000, "delete_item": 10_000,
                 "archive_item": 10_000}
READ_BASE_COST = 1_000
READ_COST_PER_ITEM = 20


def root_fields(operation: OperationDefinitionNode) -> list[FieldNode]:
    return [s for s in operation.selection_set.selections if isinstance(s, FieldNode)]


def _argument(node: FieldNode, name: str, variables: dict[str, Any]) -> Any:
    for arg in node.arguments:
        if arg.name.value == name:
            value = arg.value
            if isinstance(value, VariableNode):
                return variables.get(value.name.value)
            return getattr(value, "value", None)
    return None


def query_cost(operation: OperationDefinitionNode, variables: dict[str, Any]) -> int:
    cost = 0
    for node in root_fields(operation):
        name = node.name.value
        if name == "complexity":
            continue
        if operation.operation.value == "mutation":
            cost += MUTATION_COST.get(name, 10_000)
        else:
            limit = _argument(node, "limit", variables) or 25
            cost += READ_BASE_COST + READ_COST_PER_ITEM * int(limit)
    return max(cost, 1)


def mutations_per_board(operation: OperationDefinitionNode, variables: dict[str, Any],
                        board_of_item: Any) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    if operation.operation.value != "mutation":
        return counts
    for node in root_fields(operation):
        if node.name.value in ("complexity", "create_board", "create_webhook", "delete_webhook"):
            continue
        board_id = _argument(node, "board_id", variables)
        if board_id is None:
            board_id = board_of_item(_argument(node, "item_id", variables))
        if board_id is not None:
            counts[str(board_id)] += 1
    return counts


@dataclass
class ComplexityBudget:
    """Per-account budgets; each window starts at its first call and lasts one minute.

    App (OAuth) tokens have a read budget and a write budget, apart (FACTS §2: 5M each);
    any other token (personal) has one combined budget (10M)."""

    clock: SandboxClock
    limit: int  # per kind, app tokens
    combined_limit: int = 10_000_000  # personal tokens, reads and writes together
    windows: dict[tuple[int, str], tuple[float, int]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bucket(self, token_kind: str, operation: str) -> tuple[str, int]:
        """(budget name, its limit) a request draws from."""
        if token_kind != "app":
            return "combined", self.combined_limit
        return ("write" if operation == "mutation" else "read"), self.limit

    def charge(self, account_id: int, cost: int, bucket: str = "read",
               limit: int | None = None) -> dict[str, int]:
        limit = self.limit if limit is None else limit
        with self.lock:
            now = self.clock.now()
            started, used = self.windows.get((account_id, bucket), (now, 0))
            if now - started >= MINUTE:
                started, used = now, 0
            reset_in = started + MINUTE - now
            before = limit - used
            if cost > before:
                self.windows[(account_id, bucket)] = (started, used)
                raise HttpError(429, graphql_error_body(
                    "Complexity budget exhausted", "COMPLEXITY_BUDGET_EXHAUSTED",
                    retry_in_seconds=round(self.clock.to_real(reset_in), 3)),
                    wait_headers(self.clock.to_real(reset_in)))
            self.windows[(account_id, bucket)] = (started, used + cost)
            return {"before": before, "after": before - cost, "query": cost,
                    "reset_in_x_seconds": max(int(reset_in + 0.999), 0)}


@dataclass
class DailyCalls:
    """Calls per account per (sandbox) UTC day; past the limit, DAILY_LIMIT_EXCEEDED (the
    body's shape is [U]; the code is monday's). Every request counts one call."""

    clock: SandboxClock
    limit: int | None
    used: dict[tuple[int, int], int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def charge(self, account_id: int) -> None:
        if not self.limit:
            return
        with self.lock:
            day = int(self.clock.now() // 86_400)
            count = self.used.get((account_id, day), 0)
            if count >= self.limit:
                raise HttpError(429, graphql_error_body("Daily limit exceeded",
                                                        "DAILY_LIMIT_EXCEEDED"))
            self.used[(account_id, day)] = count + 1

    def count(self, account_id: int) -> int:
        with self.lock:
            return self.used.get((account_id, int(self.clock.now() // 86_400)), 0)


class BoardMutationCap:
    def __init__(self, clock: SandboxClock, per_minute: int | None):
        self.clock = clock
        self.per_minute = per_minute
        self.windows: dict[str, SlidingWindow] = {}
        self.lock = threading.Lock()

    def charge(self, counts: dict[str, int], arrived: float | None = None) -> None:
        """All-or-nothing: either every board's mutations fit, or the request is refused.

        Counted at the request's arrival (as monday counts calls), not after parsing.
        """
        if not self.per_minute or not counts:
            return
        with self.lock:
            windows = {b: self.windows.setdefault(b, SlidingWindow(self.clock, self.per_minute))
                       for b in counts}
            for board_id, count in counts.items():
                wait = windows[board_id].wait_for(count, arrived)
                if wait > 0:
                    real = self.clock.to_real(wait)
                    raise HttpError(429, graphql_error_body(
                        f"Minute limit rate exceeded for board {board_id}", "RATE_LIMIT_EXCEEDED",
                        retry_in_seconds=round(real, 3)), wait_headers(real))
            for board_id, count in counts.items():
                windows[board_id].record(count, arrived)


class ConcurrencyLimit:
    def __init__(self, limit: int | None):
        self.limit = limit
        self.in_flight: dict[int, int] = defaultdict(int)
        self.lock = threading.Lock()

    def enter(self, account_id: int) -> None:
        with self.lock:
            if self.limit and self.in_flight[account_id] >= self.limit:
                raise HttpError(429, {**graphql_error_body("Concurrency limit exceeded",
                                                           "maxConcurrencyExceeded"),
                                      "account_id": account_id}, wait_headers(1.0))
            self.in_flight[account_id] += 1

    def leave(self, account_id: int) -> None:
        with self.lock:
            self.in_flight[account_id] -= 1


FAULT_KINDS = ("rate_limit", "complexity", "complexity_legacy", "concurrency", "locked",
               "server_error", "slow", "daily_limit", "unauthorized", "ip_limit", "timeout")


@dataclass
class Fault:
    kind: str
    count: int = 1
    retry_after: float = 1.0
    delay: float = 0.0
    operation: str | None = None  # only requests with this operation name
    # Only requests carrying this exact value (a variable, or a value inside a column_values
    # JSON string): a record monday chokes on, e.g. 500 for a value it cannot store.
    match: str | None = None
    # Let this many matching requests through first (monday going down mid-run).
    after: int = 0


def request_values(value: Any) -> Iterator[str]:
    """Every string a request's variables carry, column_values JSON strings opened up."""
    if isinstance(value, dict):
        for item in value.values():
            yield from request_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from request_values(item)
    elif isinstance(value, str):
        yield value
        if value.startswith(("{", "[")):
            try:
                yield from request_values(json.loads(value))
            except ValueError:
                pass
    elif value is not None:
        yield str(value)


class FaultInjector:
    def __init__(self) -> None:
        self.faults: list[Fault] = []
        self.lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}; one of {FAULT_KINDS}")
        with self.lock:
            self.faults.append(fault)

    def clear(self) -> None:
        with self.lock:
            self.faults.clear()

    def take(self, operation_name: str | None, variables: Any = None) -> Fault | None:
        with self.lock:
            values: set[str] | None = None
            for fault in self.faults:
                if fault.match is not None:
                    values = set(request_values(variables)) if values is None else values
                    if fault.match not in values:
                        continue
                if fault.operation in (None, operation_name):
                    if fault.after > 0:
                        fault.after -= 1
                        continue
                    fault.count -= 1
                    if fault.count <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    @staticmethod
    def apply(fault: Fault) -> None:
        """Sleep or raise the answer the fault stands for."""
        wait = fault.retry_after
        if fault.kind in ("slow", "timeout"):
            time.sleep(fault.delay or wait)
            return
        answers: dict[str, tuple[int, dict[str, Any]]] = {
            "rate_limit": (429, graphql_error_body("Minute limit rate exceeded",
                                                   "RATE_LIMIT_EXCEEDED", retry_in_seconds=wait)),
            "complexity": (429, graphql_error_body("Complexity budget exhausted",
                                                   "COMPLEXITY_BUDGET_EXHAUSTED",
                                                   retry_in_seconds=wait)),
            "complexity_legacy": (429, {
                "error_code": "ComplexityException", "status_code": 429, "error_data": {},
                "error_message": f"Complexity budget exhausted, query cost 30001 budget "
                                 f"remaining 19986 out of 1000000 reset in {wait:g} seconds",
                "errors": [f"Complexity budget exhausted, reset in {wait:g} seconds"],
                "account_id": 1}),
            "concurrency": (429, graphql_error_body("Concurrency limit exceeded",
                                                    "maxConcurrencyExceeded")),
            "ip_limit": (429, graphql_error_body("IP rate limit exceeded",
                                                 "IP_RATE_LIMIT_EXCEEDED",
                                                 retry_in_seconds=wait)),
            "locked": (423, {"error_message": "Resource is currently locked, please try again "
                                              "later", "status_code": 423}),
            "server_error": (500, {"error_message": "Internal server error", "status_code": 500}),
            "daily_limit": (429, graphql_error_body("Daily limit exceeded",
                                                    "DAILY_LIMIT_EXCEEDED")),
            "unauthorized": (401, {"errors": [{"message": "Unauthorized",
                                               "extensions": {"code": "Unauthorized"}}],
                                   "status_code": 401}),
        }
        status, body = answers[fault.kind]
        headers = wait_headers(wait) if status in (429, 423) else {}
        raise HttpError(status, body, headers)
