"""Every JWT check: valid, expired, wrong audience, wrong secret, malformed, missing."""

from __future__ import annotations

import time

import jwt
import pytest

from store.models import BoardSync

SUBSCRIBE = "/monday/recipes/sync/subscribe"
SIGNING = "test-signing-secret-0123456789abcdef"
CLIENT = "test-client-secret-0123456789abcdef"


def _count_syncs(monday) -> int:
    with monday.session() as s:
        return s.query(BoardSync).count()


def test_valid_integration_token_is_accepted(monday, make_sync_payload) -> None:
    monday.tenant(501)
    response = monday.recipe(SUBSCRIBE, 501, make_sync_payload(1))
    assert response.status_code == 200, response.json
    assert _count_syncs(monday) == 1


def test_bearer_prefix_is_tolerated(monday, web_client, make_sync_payload) -> None:
    monday.tenant(501)
    token = monday.integration_jwt(SUBSCRIBE, 501)
    response = web_client.post(
        SUBSCRIBE,
        json={"payload": make_sync_payload(1)},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("token_kwargs", "reason"),
    [
        ({"expires_in": -120}, "token expired"),
        ({"aud": "https://evil.example.com/monday/recipes/sync/subscribe"}, "another endpoint"),
        ({"aud": "https://connector.example.com/monday/recipes/trigger/subscribe"}, "another"),
        ({"secret": "not-the-signing-secret-0123456789abcdef"}, "signature"),
        ({"secret": CLIENT}, "signature"),
    ],
    ids=["expired", "wrong-audience", "other-endpoint", "wrong-secret", "client-secret"],
)
def test_bad_integration_tokens_get_401_and_store_nothing(
    monday, make_sync_payload, token_kwargs, reason
) -> None:
    monday.tenant(501)
    response = monday.recipe(SUBSCRIBE, 501, make_sync_payload(1), **token_kwargs)
    assert response.status_code == 401
    assert reason in response.json["reason"]
    assert _count_syncs(monday) == 0


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer ", "not-a-jwt", "a.b.c", "Bearer eyJhbGciOiJub25lIn0.e30."],
    ids=["missing", "empty", "bearer-only", "garbage", "three-dots", "alg-none"],
)
def test_malformed_integration_tokens_get_401(monday, web_client, make_sync_payload,
                                              header) -> None:
    monday.tenant(501)
    headers = {"Authorization": header} if header is not None else {}
    response = web_client.post(SUBSCRIBE, json={"payload": make_sync_payload(1)}, headers=headers)
    assert response.status_code == 401
    assert response.json["error"] == "unauthorized"
    assert _count_syncs(monday) == 0


def test_integration_token_without_exp_or_aud_is_refused(monday, web_client, make_sync_payload):
    monday.tenant(501)
    for claims in (
        {"accountId": 501, "userId": 7, "aud": "https://connector.example.com" + SUBSCRIBE},
        {"accountId": 501, "userId": 7, "exp": int(time.time()) + 60},
    ):
        token = jwt.encode(claims, SIGNING, algorithm="HS256")
        response = web_client.post(
            SUBSCRIBE, json={"payload": make_sync_payload(1)}, headers={"Authorization": token}
        )
        assert response.status_code == 401
    assert _count_syncs(monday) == 0


def test_unconfigured_secret_never_accepts(app_config, monday, make_sync_payload) -> None:
    from monday_app.factory import create_app

    app = create_app({**app_config, "MONDAY_SIGNING_SECRET": ""})
    token = jwt.encode(
        {"accountId": 1, "userId": 1, "exp": int(time.time()) + 60,
         "aud": "https://connector.example.com" + SUBSCRIBE},
        "k" * 32,
        algorithm="HS256",
    )
    response = app.test_client().post(
        SUBSCRIBE, json={"payload": make_sync_payload(1)}, headers={"Authorization": token}
    )
    assert response.status_code == 401
    assert "not configured" in response.json["reason"]


# --- view session tokens ---------------------------------------------------------------------


def test_view_token_valid_in_header_and_query(monday, web_client) -> None:
    monday.tenant(501)
    token = monday.view_token(501)
    assert web_client.get(f"/views/settings?sessionToken={token}").status_code == 200
    response = web_client.get("/api/connections", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "make_token",
    [
        lambda m: m.view_token(501, expires_in=-120),
        lambda m: m.view_token(501, secret=SIGNING),
        lambda m: "garbage",
        lambda m: jwt.encode({"dat": {"account_id": 501, "user_id": 7}}, CLIENT, "HS256"),
        lambda m: jwt.encode({"exp": int(time.time()) + 60}, CLIENT, "HS256"),
    ],
    ids=["expired", "wrong-secret", "malformed", "no-exp", "no-dat"],
)
def test_bad_view_tokens_get_401(monday, web_client, make_token) -> None:
    monday.tenant(501)
    token = make_token(monday)
    assert web_client.get(f"/views/settings?sessionToken={token}").status_code == 401
    response = web_client.get("/api/connections", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert web_client.get("/views/board").status_code == 401


def test_view_token_with_audience_still_works(monday, web_client) -> None:
    # View tokens carry no documented aud; one that has an aud is not refused for it.
    monday.tenant(501)
    token = jwt.encode(
        {"exp": int(time.time()) + 60, "aud": "x", "dat": {"account_id": 501, "user_id": 7}},
        CLIENT,
        "HS256",
    )
    response = web_client.get("/api/connections", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


# --- lifecycle and board webhook tokens ------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        jwt.encode({"exp": 1, "dat": {"account_id": 501}}, CLIENT, "HS256"),
        jwt.encode({"dat": {"account_id": 501}}, SIGNING, "HS256"),
        "malformed",
        "",
    ],
    ids=["expired", "wrong-secret", "malformed", "missing"],
)
def test_bad_lifecycle_tokens_change_nothing(web_client, monday, token) -> None:
    body = {"type": "install", "data": {"account_id": 501, "user_id": 7}}
    response = web_client.post("/monday/lifecycle", json=body, headers={"Authorization": token})
    assert response.status_code == 401
    from store.accounts import find_account

    with monday.session() as s:
        assert find_account(s, 501) is None


def test_lifecycle_token_for_another_account_is_refused(web_client, monday) -> None:
    token = monday.lifecycle_jwt(999)
    body = {"type": "install", "data": {"account_id": 501}}
    response = web_client.post("/monday/lifecycle", json=body, headers={"Authorization": token})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "secret_or_token",
    ["wrong-secret-0123456789abcdef0123456789", CLIENT, "malformed", "expired"],
)
def test_bad_board_webhook_tokens_get_401(web_client, monday, secret_or_token) -> None:
    if secret_or_token == "malformed":
        token = "x.y"
    elif secret_or_token == "expired":
        token = jwt.encode({"exp": 1, "accountId": 501}, SIGNING, "HS256")
    else:
        token = monday.webhook_jwt(501, secret=secret_or_token)
    body = {"event": {"triggerUuid": "t1", "boardId": 1, "pulseId": 2}}
    response = web_client.post("/monday/webhooks/board", json=body,
                               headers={"Authorization": token})
    assert response.status_code == 401
