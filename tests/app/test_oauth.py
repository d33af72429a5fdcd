"""The OAuth install flow against the monday sandbox (real HTTP), with a cookie-keeping client.

The browser's part (following redirects between our app and monday's consent page) is played
by the Flask test client for our side and `requests` for the sandbox's side.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from store.accounts import access_token_for, find_account
from store.models import AuditEvent, MondayToken

CLIENT_ID = "test-client-id"
CLIENT_SECRET = "test-client-secret-0123456789abcdef"


# The monday sandbox of this module's tests (tests/app/conftest.py: monday_sandbox).
MONDAY_SANDBOX_OPTIONS: dict[str, object] = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}


@pytest.fixture
def app_config(app_config, monday_sandbox):  # type: ignore[no-untyped-def]
    return {**app_config, "MONDAY_AUTH_URL": monday_sandbox.url,
            "MONDAY_API_URL": monday_sandbox.api_url}


def _authorize(client, decision: str = "allow") -> str:
    """/oauth/start, then the consent page's button; returns our callback path + query."""
    start = client.get("/oauth/start")
    assert start.status_code == 302
    authorize_url = start.headers["Location"]
    query = parse_qs(urlsplit(authorize_url).query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["redirect_uri"] == ["https://connector.example.com/oauth/callback"]
    assert "boards:write" in query["scope"][0].split()
    page = requests.get(authorize_url, timeout=5)
    assert page.status_code == 200 and "Allow" in page.text
    base = authorize_url.split("/oauth2/authorize")[0]
    decided = requests.post(
        f"{base}/oauth2/authorize",
        data={"redirect_uri": query["redirect_uri"][0], "state": query["state"][0],
              "scope": query["scope"][0], "decision": decision},
        allow_redirects=False,
        timeout=5,
    )
    assert decided.status_code == 302
    callback = urlsplit(decided.headers["Location"])
    return f"{callback.path}?{callback.query}"


def test_install_stores_the_token_encrypted_and_says_what_next(monday, web_client) -> None:
    callback = _authorize(web_client)
    page = web_client.get(callback)
    assert page.status_code == 200, page.text
    assert "settings view" in page.text
    box = monday.app.extensions["secret_box"]
    with monday.session() as s:
        account = find_account(s, 1)
        assert account is not None and account.status == "active"
        stored = s.query(MondayToken).one()
        assert stored.kind == "oauth" and stored.monday_user_id == 1
        assert not stored.access_token_encrypted.startswith("sbx-")
        assert access_token_for(s, box, account.id).startswith("sbx-")
        assert [e.action for e in s.query(AuditEvent)] == ["account_installed"]


def test_denied_consent_ends_on_a_clear_page(monday, web_client) -> None:
    page = web_client.get(_authorize(web_client, decision="deny"))
    assert page.status_code == 400 and "cancelled" in page.text
    with monday.session() as s:
        assert find_account(s, 1) is None


def test_wrong_state_is_refused(monday, web_client, app) -> None:
    callback = _authorize(web_client)
    # The same link opened in another browser (no session cookie) is refused.
    page = app.test_client().get(callback)
    assert page.status_code == 400 and "expired" in page.text
    tampered = callback.replace("state=", "state=x")
    page = web_client.get(tampered)
    assert page.status_code == 400
    with monday.session() as s:
        assert find_account(s, 1) is None


def test_replayed_code_is_refused(monday, web_client) -> None:
    callback = _authorize(web_client)
    assert web_client.get(callback).status_code == 200
    # Replay the code with a fresh state of this browser: the code is recognised as used.
    web_client.get("/oauth/start")
    with web_client.session_transaction() as browser:
        fresh_state = browser["oauth_state"]
    code = parse_qs(urlsplit(callback).query)["code"][0]
    page = web_client.get(f"/oauth/callback?code={code}&state={fresh_state}")
    assert page.status_code == 400 and "already used" in page.text


def test_failed_exchange_ends_on_a_clear_page(monday, web_client) -> None:
    web_client.get("/oauth/start")
    with web_client.session_transaction() as browser:
        state = browser["oauth_state"]
    page = web_client.get(f"/oauth/callback?code=never-issued&state={state}")
    assert page.status_code == 502 and "Nothing was installed" in page.text
    with monday.session() as s:
        assert find_account(s, 1) is None
