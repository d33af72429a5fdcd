"""Input limits: each malformed input a review found answering 500 now gets 4xx naming the
field, nothing stored; bodies are capped (413) and unsigned bodies are never parsed."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from monday_app.factory import create_app
from store.accounts import find_account
from store.models import SysproConnection

WEBHOOK = "/monday/webhooks/board"
LIFECYCLE = "/monday/lifecycle"
SUBSCRIBE = "/monday/recipes/sync/subscribe"


def _refused(response: Any, field: str, status: int = 400) -> None:
    assert response.status_code == status, response.get_data()[:300]
    assert response.json["field"] == field
    assert field in response.json.get("message", response.json.get(
        "notificationErrorDescription", ""))


def _lifecycle(monday: Any, body: Any, account: int = 501) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return monday.client.post(LIFECYCLE, data=raw, content_type="application/json",
                              headers={"Authorization": monday.lifecycle_jwt(account)})


# --- path ids -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw_id", ["2147483648", "9" * 40, "0"])
def test_sync_now_with_an_out_of_range_id_is_400_without_a_token(web_client, raw_id) -> None:
    response = web_client.post(f"/sync-now/{raw_id}/some-token")
    _refused(response, "connection_id")


@pytest.mark.parametrize("path", ["/api/connections/2147483648",
                                  "/api/connections/99999999999999999999/sync-url",
                                  "/api/records/2147483648/retry"])
def test_view_api_path_ids_are_checked(monday, path) -> None:
    monday.tenant(501)
    method = "POST" if path.endswith("retry") else "GET"
    response = monday.api(method, path, 501)
    assert response.status_code == 400 and response.json["field"] in ("connection_id",
                                                                       "record_id")


def test_board_health_query_id_is_checked(monday) -> None:
    monday.tenant(501)
    _refused(monday.api("GET", "/api/board-health?board_sync_id=99999999999", 501),
             "board_sync_id")


def test_nul_in_a_query_value_is_refused(monday) -> None:
    monday.tenant(501)
    _refused(monday.api("GET", "/api/board-health?note=%00", 501), "note")


# --- the board webhook: unsigned bodies ---------------------------------------------------------


def test_unsigned_deep_json_is_not_parsed(web_client, monkeypatch) -> None:
    import json as json_module

    parsed = []
    monkeypatch.setattr(json_module, "loads", lambda *a, **k: parsed.append(1))
    deep = b'{"event":' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    response = web_client.post(WEBHOOK, data=deep, content_type="application/json")
    assert response.status_code in (401, 413)
    assert parsed == []


def test_unsigned_deep_json_gets_401(web_client) -> None:
    deep = b'{"event":' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    assert web_client.post(WEBHOOK, data=deep[:900] + b"]" * 10,
                       content_type="application/json").status_code == 401
    assert web_client.post(WEBHOOK, data=deep, content_type="application/json").status_code == 413


def test_unsigned_big_challenge_is_413_not_echoed(web_client) -> None:
    response = web_client.post(WEBHOOK, json={"challenge": "x" * 5000})
    assert response.status_code == 413 and b"xxxx" not in response.get_data()


def test_signed_challenge_is_still_echoed(monday, web_client) -> None:
    headers = {"Authorization": monday.webhook_jwt(501)}
    response = web_client.post(WEBHOOK, json={"challenge": "abc"}, headers=headers)
    assert response.status_code == 200 and response.json == {"challenge": "abc"}


def test_signed_event_that_is_a_list_is_400(monday, web_client) -> None:
    headers = {"Authorization": monday.webhook_jwt(501)}
    _refused(web_client.post(WEBHOOK, json={"event": [1, 2]}, headers=headers), "event")


@pytest.mark.parametrize("field, value", [
    ("boardId", "abc"), ("boardId", 2**70), ("pulseId", True), ("triggerUuid", "u" * 129),
    ("triggerUuid", "a\x00b"), ("userId", 1.5),
])
def test_signed_event_fields_are_typed(monday, web_client, field, value) -> None:
    event = {"triggerUuid": "t-1", "boardId": 3003, "pulseId": 5, "userId": 7, field: value}
    headers = {"Authorization": monday.webhook_jwt(501)}
    _refused(web_client.post(WEBHOOK, json={"event": event}, headers=headers), f"event.{field}")


# --- body size and JSON shape --------------------------------------------------------------------


def test_body_over_the_limit_is_413_with_a_message(monday) -> None:
    monday.tenant(501)
    padding = "x" * (1024 * 1024)
    response = _lifecycle(monday, {"type": "noop", "data": {"account_id": 501}, "pad": padding})
    assert response.status_code == 413
    assert response.json["error"] == "too large" and "1048576" in response.json["message"]


def test_streamed_body_over_the_limit_is_413(monday) -> None:
    # No Content-Length: the limit applies while reading.
    body = b'{"type": "noop", "pad": "' + b"x" * (1024 * 1024) + b'"}'
    response = monday.client.post(
        LIFECYCLE, input_stream=io.BytesIO(body),
        headers={"Transfer-Encoding": "chunked", "Authorization": monday.lifecycle_jwt(501)},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == 413 and response.json["field"] == "body"


def test_unsigned_streamed_body_is_read_only_up_to_the_handshake_cap(web_client) -> None:
    stream = io.BytesIO(b'{"challenge": "' + b"x" * 100_000 + b'"}')
    response = web_client.post(WEBHOOK, input_stream=stream,
                               headers={"Transfer-Encoding": "chunked"},
                               environ_overrides={"wsgi.input_terminated": True})
    assert response.status_code == 413
    assert stream.tell() <= 4096, "the unsigned body was read past the handshake cap"


def test_body_limit_is_a_setting(app_config) -> None:
    app = create_app({**app_config, "MAX_BODY_BYTES": "100"})
    response = app.test_client().post(WEBHOOK, data=b"{" + b" " * 200 + b"}")
    assert response.status_code == 413


@pytest.mark.parametrize("raw, field", [
    (b'{"type": "install", "data": {"account_id": 1e400}}', "body"),
    (b'{"type": "install", "data": {"account_id": NaN}}', "body"),
    (b'{"type": "install", "data": ' + b'{"a":' * 5000 + b"1" + b"}" * 5001, "body"),
    (b'{"type": "install", "data": {"account_id": 501, "account_name": "\\ud800"}}',
     "data.account_name"),
    (b"\xff\xfe", "body"),
    (b'{"type": ', "body"),
])
def test_malformed_json_is_400(monday, raw, field) -> None:
    _refused(_lifecycle(monday, raw), field)


# --- lifecycle ---------------------------------------------------------------------------------


@pytest.mark.parametrize("account_id", ["abc", None, True, 2**63, -5, [501]])
def test_lifecycle_account_id_must_be_a_monday_id(monday, account_id) -> None:
    response = _lifecycle(monday, {"type": "install", "data": {"account_id": account_id}})
    _refused(response, "data.account_id")
    with monday.session() as s:
        assert find_account(s, 1) is None


@pytest.mark.parametrize("key, value", [("account_name", "n" * 256), ("account_slug", "a\x00"),
                                        ("account_tier", "t" * 65), ("account_name", {"a": 1})])
def test_lifecycle_texts_fit_their_columns(monday, key, value) -> None:
    response = _lifecycle(monday, {"type": "install", "data": {"account_id": 501, key: value}})
    _refused(response, f"data.{key}")
    with monday.session() as s:
        assert find_account(s, 501) is None


# --- recipes -------------------------------------------------------------------------------------


def test_recipe_input_fields_that_are_a_list_are_400(monday, make_sync_payload) -> None:
    monday.tenant(501)
    payload = {**make_sync_payload(5), "inputFields": ["boardId", 1]}
    response = monday.recipe(SUBSCRIBE, 501, payload)
    _refused(response, "payload.inputFields")
    assert response.json["severityCode"] == 4000


def test_recipe_subscription_id_fits_its_column(monday, make_sync_payload) -> None:
    monday.tenant(501)
    payload = {**make_sync_payload(5), "subscriptionId": "9" * 65}
    _refused(monday.recipe(SUBSCRIBE, 501, payload), "payload.subscriptionId")


def test_recipe_connection_id_in_range(monday, make_sync_payload) -> None:
    monday.tenant(501)
    payload = make_sync_payload(5, connectionId={"value": str(2**40)})
    _refused(monday.recipe(SUBSCRIBE, 501, payload), "payload.inputFields.connectionId")


# --- the settings view's form ------------------------------------------------------------------


@pytest.mark.parametrize("field, value", [
    ("timeout_seconds", "abc"), ("timeout_seconds", True), ("verify_tls", None),
    ("verify_tls", "yes"), ("name", "n" * 101), ("operator", "a\x00b"),
    ("server_url", "http://h:1/" + "p" * 500), ("options", [1]), ("poll_interval_minutes", 1.5),
])
def test_connection_form_fields_are_typed_and_fit(monday, field, value) -> None:
    tenant = monday.tenant(501)
    with monday.session() as s:
        before = s.get(SysproConnection, tenant.connection_id).updated_at
    response = monday.api("PUT", f"/api/connections/{tenant.connection_id}", 501,
                          json={field: value})
    _refused(response, field)
    with monday.session() as s:
        assert s.get(SysproConnection, tenant.connection_id).updated_at == before


# --- browser routes ------------------------------------------------------------------------------


def test_non_ascii_oauth_state_gets_a_page(web_client) -> None:
    web_client.get("/oauth/start")
    page = web_client.get("/oauth/callback?state=%C3%A9t%C3%A9&code=abc")
    assert page.status_code == 400
    assert page.content_type.startswith("text/html") and "state" in page.text


# --- the last line of defence --------------------------------------------------------------------


def test_uncaught_errors_are_a_generic_logged_500(app, caplog) -> None:
    def boom() -> str:
        raise RuntimeError("secret detail")

    app.add_url_rule("/boom", "boom", boom)
    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert response.json == {"error": "internal error",
                             "message": "The server could not handle this request."}
    assert b"secret detail" not in response.get_data()
    assert "secret detail" in caplog.text


def test_unknown_route_and_wrong_method_answer_json(web_client) -> None:
    assert web_client.get("/nowhere").json["error"] == "not found"
    response = web_client.get(WEBHOOK)
    assert response.status_code == 405 and "POST" in response.headers["Allow"]


@pytest.mark.parametrize("path", [LIFECYCLE, SUBSCRIBE, "/api/connections", WEBHOOK])
def test_token_is_checked_before_the_body_is_parsed(web_client, path) -> None:
    deep = b'{"a":' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    response = web_client.post(path, data=deep, content_type="application/json",
                           headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
