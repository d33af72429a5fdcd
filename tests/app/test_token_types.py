"""Each endpoint accepts exactly one token type, told apart by claims and audience.

Two types share each secret (view session and lifecycle: the Client Secret; integration and
board webhook: the Signing Secret), so a token of one type must never pass at another's
endpoint, even with a valid signature and the right account.
"""

from __future__ import annotations

import time
from typing import Any

import jwt
import pytest

from store.accounts import find_account
from store.models import BoardSync, MondayToken
from tests.app.conftest import CLIENT_SECRET, PUBLIC_BASE_URL, SIGNING_SECRET

ACCOUNT = 501
LIFECYCLE = "/monday/lifecycle"
SUBSCRIBE = "/monday/recipes/sync/subscribe"
BOARD_WEBHOOK = "/monday/webhooks/board"
VIEW_API = "/api/connections"


def token_of(kind: str, monday: Any) -> str:
    """A genuine token of each type, as monday would sign it, for ACCOUNT."""
    if kind == "view":
        return monday.view_token(ACCOUNT)
    if kind == "lifecycle":
        return monday.lifecycle_jwt(ACCOUNT)
    if kind == "integration":
        return monday.integration_jwt(SUBSCRIBE, ACCOUNT)
    return monday.webhook_jwt(ACCOUNT)


def call(endpoint: str, token: str, client: Any, make_sync_payload: Any) -> Any:
    header = {"Authorization": token}
    if endpoint == "lifecycle":
        body = {"type": "uninstall", "data": {"account_id": ACCOUNT, "user_id": 7}}
        return client.post(LIFECYCLE, json=body, headers=header)
    if endpoint == "integration":
        return client.post(SUBSCRIBE, json={"payload": make_sync_payload(1)}, headers=header)
    if endpoint == "board_webhook":
        event = {"event": {"triggerUuid": "t1", "boardId": 1, "pulseId": 2}}
        return client.post(BOARD_WEBHOOK, json=event, headers=header)
    return client.get(VIEW_API, headers={"Authorization": f"Bearer {token}"})


def installed_state(monday: Any) -> tuple[str, int, int]:
    with monday.session() as s:
        account = find_account(s, ACCOUNT)
        tokens = s.query(MondayToken).filter_by(account_id=account.id).count()
        enabled = s.query(BoardSync).filter_by(enabled=True).count()
        return account.status, tokens, enabled


KINDS = ["view", "lifecycle", "integration", "board_webhook"]


@pytest.mark.parametrize("endpoint", KINDS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_endpoint_accepts_only_its_own_token_type(
    monday, web_client, make_sync_payload, endpoint, kind
) -> None:
    monday.tenant(ACCOUNT)
    before = installed_state(monday)
    response = call(endpoint, token_of(kind, monday), web_client, make_sync_payload)
    if kind == endpoint:
        assert response.status_code in (200, 201), response.json
    else:
        assert response.status_code == 401, (kind, endpoint, response.json)
        assert response.json["error"] == "unauthorized"
        assert installed_state(monday) == before


def test_a_view_session_token_cannot_uninstall(monday, web_client, make_sync_payload) -> None:
    """The attack: any member's session token (it is in the iframe URL) posted as uninstall."""
    tenant = monday.tenant(ACCOUNT)
    assert monday.recipe(SUBSCRIBE, ACCOUNT, make_sync_payload(1)).status_code == 200
    before = installed_state(monday)
    assert before == ("active", 1, 1)
    for admin in (False, True):
        token = monday.view_token(ACCOUNT, admin=admin)
        body = {"type": "uninstall", "data": {"account_id": ACCOUNT, "user_id": 7}}
        for header in (token, f"Bearer {token}"):
            response = web_client.post(LIFECYCLE, json=body, headers={"Authorization": header})
            assert response.status_code == 401
            assert "aud" in response.json["reason"]
    assert installed_state(monday) == before
    assert tenant.account_id


def _jwt(claims: dict[str, Any], secret: str) -> str:
    return jwt.encode(claims, secret, algorithm="HS256")


def _later() -> int:
    return int(time.time()) + 300


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"aud": PUBLIC_BASE_URL + LIFECYCLE, "dat": {"account_id": ACCOUNT}}, "'exp'"),
        ({"exp": "later", "dat": {"account_id": ACCOUNT}}, "'aud'"),
        ({"aud": PUBLIC_BASE_URL + "/views/settings", "exp": 0, "dat": {"account_id": ACCOUNT}},
         "expired"),
        ({"aud": PUBLIC_BASE_URL + VIEW_API, "dat": {"account_id": ACCOUNT}}, "another"),
        ({"aud": PUBLIC_BASE_URL + LIFECYCLE, "exp": "later"}, "no account"),
    ],
    ids=["no-exp", "no-aud", "expired", "aud-of-a-view", "no-account"],
)
def test_lifecycle_tokens_need_aud_exp_and_an_account(monday, web_client, claims, reason) -> None:
    monday.tenant(ACCOUNT)
    before = installed_state(monday)
    claims = {k: (_later() if v == "later" else v) for k, v in claims.items()}
    if "exp" not in claims and reason != "'exp'":
        claims["exp"] = _later()
    body = {"type": "uninstall", "data": {"account_id": ACCOUNT}}
    response = web_client.post(
        LIFECYCLE, json=body, headers={"Authorization": _jwt(claims, CLIENT_SECRET)}
    )
    assert response.status_code == 401
    assert reason in response.json["reason"]
    assert installed_state(monday) == before


def test_lifecycle_exp_can_be_made_optional(app_config, monday) -> None:
    from monday_app.factory import create_app

    monday.tenant(ACCOUNT)
    relaxed = create_app({**app_config, "MONDAY_LIFECYCLE_REQUIRE_EXP": "false"})
    token = _jwt({"aud": PUBLIC_BASE_URL + LIFECYCLE, "dat": {"account_id": ACCOUNT}},
                 CLIENT_SECRET)
    body = {"type": "app_subscription_changed", "data": {"account_id": ACCOUNT}}
    response = relaxed.test_client().post(LIFECYCLE, json=body,
                                          headers={"Authorization": token})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"accountId": ACCOUNT, "aud": PUBLIC_BASE_URL + BOARD_WEBHOOK}, "'exp'"),
        ({"accountId": ACCOUNT, "exp": "later"}, "'aud'"),
        ({"accountId": ACCOUNT, "exp": "later", "aud": PUBLIC_BASE_URL + SUBSCRIBE}, "another"),
        ({"exp": "later", "aud": PUBLIC_BASE_URL + BOARD_WEBHOOK,
          "dat": {"account_id": ACCOUNT}}, "view session"),
    ],
    ids=["no-exp", "no-aud", "aud-of-a-recipe", "view-shape"],
)
def test_board_webhook_tokens_need_aud_and_exp(monday, web_client, redis_conn, claims, reason):
    monday.tenant(ACCOUNT)
    claims = {k: (_later() if v == "later" else v) for k, v in claims.items()}
    event = {"event": {"triggerUuid": "t1", "boardId": 1, "pulseId": 2}}
    response = web_client.post(BOARD_WEBHOOK, json=event,
                           headers={"Authorization": _jwt(claims, SIGNING_SECRET)})
    assert response.status_code == 401
    assert reason in response.json["reason"]
    assert redis_conn.keys("rq:job:*") == []


def test_one_secret_for_both_still_keeps_the_types_apart(app_config, monday) -> None:
    """A deployment that set the same value for both secrets: the claims still decide."""
    from monday_app.factory import create_app

    app = create_app({**app_config, "MONDAY_SIGNING_SECRET": CLIENT_SECRET})
    monday.tenant(ACCOUNT)
    client = app.test_client()
    view = monday.view_token(ACCOUNT)
    integration = monday.integration_jwt(SUBSCRIBE, ACCOUNT, secret=CLIENT_SECRET)
    lifecycle = monday.lifecycle_jwt(ACCOUNT)
    webhook = monday.webhook_jwt(ACCOUNT, secret=CLIENT_SECRET)
    event = {"event": {"triggerUuid": "t1", "boardId": 1, "pulseId": 2}}
    uninstall = {"type": "uninstall", "data": {"account_id": ACCOUNT}}
    refused = [
        client.post(LIFECYCLE, json=uninstall, headers={"Authorization": view}),
        client.post(LIFECYCLE, json=uninstall, headers={"Authorization": webhook}),
        client.post(BOARD_WEBHOOK, json=event, headers={"Authorization": view}),
        client.post(BOARD_WEBHOOK, json=event, headers={"Authorization": integration}),
        client.get(VIEW_API, headers={"Authorization": f"Bearer {integration}"}),
        client.get(VIEW_API, headers={"Authorization": f"Bearer {lifecycle}"}),
        client.get(VIEW_API, headers={"Authorization": f"Bearer {webhook}"}),
    ]
    assert [r.status_code for r in refused] == [401] * len(refused)
    assert installed_state(monday)[0] == "active"
