"""One classifier for every failure shape, and the client acting on each class for real."""

from __future__ import annotations

import json
import logging

import pytest
import requests

from monday_api import (
    CursorExpiredError,
    ErrorAction,
    MondayClient,
    ReauthenticationRequired,
    RecordError,
    RetriesExhaustedError,
    RunError,
)
from monday_api.classify import classify, parse_response
from tests.monday_api.helpers import client_settings

LEGACY_COMPLEXITY = {
    "error_code": "ComplexityException", "status_code": 429, "error_data": {},
    "error_message": "Complexity budget exhausted, query cost 30001 budget remaining 19986 "
                     "out of 1000000 reset in 3 seconds",
    "errors": ["Complexity budget exhausted, query cost 30001 budget remaining 19986 out of "
               "1000000 reset in 3 seconds"],
    "account_id": 1234567890,
}


def _gql(code, message="x", **extensions):
    return {"errors": [{"message": message, "extensions": {"code": code, **extensions}}]}


CASES = [
    # (http status, headers, body, action, wait)
    (429, {}, LEGACY_COMPLEXITY, ErrorAction.RATE_LIMITED, 3.0),
    (200, {}, LEGACY_COMPLEXITY, ErrorAction.RATE_LIMITED, 3.0),
    (429, {}, _gql("COMPLEXITY_BUDGET_EXHAUSTED", complexity=6182, complexity_budget_left=100,
                   retry_in_seconds=60, status_code=429), ErrorAction.RATE_LIMITED, 60.0),
    (429, {}, _gql("COMPLEXITY_BUDGET_EXHAUSTED", retry_in_seconds=17),
     ErrorAction.RATE_LIMITED, 17.0),
    (429, {"Retry-After": "4"}, _gql("maxConcurrencyExceeded"), ErrorAction.RATE_LIMITED, 4.0),
    (429, {}, _gql("IP_RATE_LIMIT_EXCEEDED", retry_in_seconds=30), ErrorAction.RATE_LIMITED,
     30.0),
    (429, {"Retry-After": "12"}, {"error_message": "Rate Limit Exceeded.", "status_code": 429},
     ErrorAction.RATE_LIMITED, 12.0),
    (429, {}, {"error_message": "Concurrency limit exceeded for the field",
               "error_code": "FIELD_LIMIT_EXCEEDED",
               "error_data": {"retry_in_seconds": 15, "entity": "boards"}, "status_code": 429},
     ErrorAction.RATE_LIMITED, 15.0),
    (429, {"Retry-After": "20"}, {"error_message": "Call limit exceeded for CreateBoard"},
     ErrorAction.RATE_LIMITED, 20.0),
    (200, {}, _gql("API_TEMPORARILY_BLOCKED"), ErrorAction.RATE_LIMITED, 60.0),
    (429, {}, _gql("DAILY_LIMIT_EXCEEDED"), ErrorAction.FAIL_RUN, None),
    (423, {}, {"error_message": "Resource is currently locked, please try again later"},
     ErrorAction.RETRY, None),
    (409, {"Retry-After": "1"}, _gql("IDEMPOTENCY_CONFLICT"), ErrorAction.RETRY, 1.0),
    (401, {}, {"error_message": "Unauthorized", "status_code": 401},
     ErrorAction.REAUTHENTICATE, None),
    (401, {}, {"error_message": "Your ip is restricted"}, ErrorAction.FAIL_RUN, None),
    (200, {}, _gql("missingRequiredPermissions"), ErrorAction.REAUTHENTICATE, None),
    (200, {}, {"data": [], "errors": [{"message": "User unauthorized to perform action",
                                       "path": ["me"], "extensions": {
                                           "code": "UserUnauthorizedException",
                                           "status_code": 403}}]}, ErrorAction.FAIL_RUN, None),
    (200, {}, {"errors": [{"message": "User unauthorized to perform action",
                           "path": ["change_multiple_column_values"], "extensions": {
                               "code": "UserUnauthorizedException"}}]},
     ErrorAction.FAIL_RECORD, None),
    (200, {}, _gql("ColumnValueException", "invalid value - label does not exist",
                   error_data={"column_type": "color"}), ErrorAction.FAIL_RECORD, None),
    (200, {}, _gql("InvalidColumnIdException"), ErrorAction.FAIL_RECORD, None),
    (200, {}, _gql("InvalidBoardIdException"), ErrorAction.FAIL_RUN, None),
    (200, {}, {"errors": [{"message": "Field 'x' doesn't exist on type 'User'"}]},
     ErrorAction.FAIL_RUN, None),
    (200, {}, {"error_code": "CursorException", "status_code": 200,
               "error_message": "CursorExpiredError: The cursor provided for pagination has "
                                "expired."}, ErrorAction.RESTART_PAGING, None),
    (500, {}, {"error_message": "Internal server error", "status_code": 500},
     ErrorAction.RETRY, None),
    (504, {}, None, ErrorAction.RETRY, None),
    (400, {}, _gql("JsonParseException"), ErrorAction.FAIL_RECORD, None),
]


@pytest.mark.parametrize(("status", "headers", "body", "action", "wait"), CASES)
def test_classifier(status, headers, body, action, wait):
    text = json.dumps(body) if body is not None else "<html>Gateway Timeout</html>"
    details = classify("Op", parse_response(status, headers, text))
    assert details is not None
    assert details.action == action
    if wait is not None:
        assert details.wait_seconds == pytest.approx(wait)


def test_success_is_not_an_error():
    assert classify("Op", parse_response(200, {}, json.dumps({"data": {"me": {}}}))) is None


def _fault(sandbox, **fault):
    requests.post(f"{sandbox.url}/_sandbox/faults", json=fault, timeout=5).raise_for_status()


class RecordingSleep:
    def __init__(self):
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.mark.parametrize("kind", ["rate_limit", "complexity", "complexity_legacy", "ip_limit",
                                  "concurrency", "locked", "server_error"])
def test_transient_faults_are_retried(monday_sandbox, kind):
    sleep = RecordingSleep()
    client = MondayClient("sandbox-token", client_settings(monday_sandbox.api_url), sleep=sleep)
    _fault(monday_sandbox, kind=kind, count=1, retry_after=2)
    assert client.me().user_id == "1"
    assert len(sleep.waits) == 1
    if kind in ("rate_limit", "complexity", "complexity_legacy", "ip_limit"):
        assert 2 <= sleep.waits[0] <= 2.3  # the server's own wait, plus a little jitter


def test_retries_are_capped(monday_sandbox):
    sleep = RecordingSleep()
    client = MondayClient("sandbox-token", client_settings(monday_sandbox.api_url, max_attempts=3),
                          sleep=sleep)
    _fault(monday_sandbox, kind="locked", count=10)
    with pytest.raises(RetriesExhaustedError) as caught:
        client.me()
    assert len(caught.value.history) == 3 and len(sleep.waits) == 2


def test_repeated_500_fails_the_record(monday_sandbox, monday_client):
    _fault(monday_sandbox, kind="server_error", count=5)
    with pytest.raises(RecordError) as caught:
        monday_client.me()
    assert len(caught.value.history) == 3


def test_daily_limit_fails_the_run(monday_sandbox, monday_client):
    _fault(monday_sandbox, kind="daily_limit")
    with pytest.raises(RunError):
        monday_client.me()


def test_bad_token_needs_reauthentication(monday_sandbox):
    client = MondayClient("revoked-token", client_settings(monday_sandbox.api_url))
    with pytest.raises(ReauthenticationRequired):
        client.me()


def test_broken_query_fails_the_run(monday_client):
    with pytest.raises(RunError):
        monday_client.execute("Broken", "query Broken { me { no_such_field } }")


def test_expired_cursor_restarts_the_walk(monday_sandbox, monday_client, board_id):
    for n in range(5):
        monday_client.create_item(board_id, f"item {n}")
    # Drop every cursor the sandbox hands out after the first page, once.
    sandbox_state = monday_sandbox.sandbox.state
    seen = []
    walk = monday_client.iter_items(board_id, page_limit=2)
    seen.append(next(walk).id)
    seen.append(next(walk).id)
    sandbox_state.cursors.clear()
    seen.extend(i.id for i in walk)
    assert len(seen) == 5 and len(set(seen)) == 5


def test_expired_cursor_is_raised_after_too_many_restarts(monday_sandbox, monday_client, board_id):
    for n in range(6):  # one new item per restart: more pages than the 3 restarts allowed
        monday_client.create_item(board_id, f"item {n}")
    walk = monday_client.iter_items(board_id, page_limit=1)
    with pytest.raises(CursorExpiredError):
        for _ in walk:
            monday_sandbox.sandbox.state.cursors.clear()


def test_failures_are_logged_without_the_token(monday_sandbox, caplog):
    token = "sandbox-token"
    client = MondayClient(token, client_settings(monday_sandbox.api_url), sleep=lambda s: None)
    _fault(monday_sandbox, kind="rate_limit", retry_after=0.01)
    with caplog.at_level(logging.WARNING, logger="monday_api"):
        client.me()
    (record,) = caplog.records
    assert record.monday_operation == "MeAndAccount"
    assert record.monday_http_status == 429
    assert record.monday_error_code == "RATE_LIMIT_EXCEEDED"
    assert record.monday_attempt == 1 and record.monday_wait_seconds is not None
    assert "Minute limit rate exceeded" in record.getMessage()
    assert token not in record.getMessage()


def test_timeout_is_retried_without_creating_a_second_item(monday_sandbox, board_id):
    client = MondayClient("sandbox-token",
                          client_settings(monday_sandbox.api_url, read_timeout=0.3))
    _fault(monday_sandbox, kind="slow", delay=0.6, operation="CreateItem")
    item = client.create_item(board_id, "INV-9", {"key": "INV-9"})
    names = [i.name for i in client.iter_items(board_id)]
    assert names.count("INV-9") == 1
    assert item.name == "INV-9"
