"""Expiring monday tokens (OAuth 2.1) against the monday sandbox over real HTTP: the install
stores the refresh token, concurrent refreshes spend it once, a crash between refresh and
store leaves a working account, a refused refresh shows "Reconnect monday" in both views'
APIs and stops the polls, and an uninstall revokes the refresh token at monday."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import timedelta
from typing import Any

import pytest
import redis
import requests

from jobs.account_tokens import AccountTokens
from monday_api import MondayClient, MondayClientSettings, ReconnectRequired
from monday_api.tokens import OAuthEndpoints
from store.accounts import find_account, save_token
from store.board_syncs import due_board_syncs
from store.models import MondayToken
from store.tokens import RECONNECT_MONDAY
from store.types import utcnow
from tests.app.conftest import CLIENT_ID, CLIENT_SECRET
from tests.app.test_oauth import _authorize

MARGIN = timedelta(minutes=5)


# The monday sandbox of this module's tests (tests/app/conftest.py: monday_sandbox).
MONDAY_SANDBOX_OPTIONS: dict[str, object] = {
    "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "oauth_flow": "2.1"}


@pytest.fixture(autouse=True)
def reset_monday_sandbox(monday_sandbox):  # type: ignore[no-untyped-def]
    requests.post(f"{monday_sandbox.url}/_sandbox/reset", timeout=5).raise_for_status()
    monday_sandbox.sandbox.grants.refresh_reuse_grace = 0.0
    yield


@pytest.fixture
def app_config(app_config, monday_sandbox):  # type: ignore[no-untyped-def]
    return {**app_config, "MONDAY_AUTH_URL": monday_sandbox.url,
            "MONDAY_API_URL": monday_sandbox.api_url,
            "MONDAY_OAUTH_TOKEN_PATH": "/oauth_ms/oauth/token"}


def tokens_for(monday: Any, sandbox: Any, redis_url: str | None = None) -> AccountTokens:
    """A refresher as a worker builds one (its own Redis connection, like another process)."""
    return AccountTokens(
        monday.app.extensions["store"], monday.app.extensions["secret_box"],
        OAuthEndpoints(sandbox.url, CLIENT_ID, CLIENT_SECRET),
        redis.Redis.from_url(redis_url) if redis_url else None, MARGIN,
    )


def expiring_token(monday: Any, sandbox: Any, tenant: Any, expires_in: timedelta) -> dict:
    """Give the tenant's user an OAuth 2.1 token pair issued by the sandbox."""
    pair = requests.post(f"{sandbox.url}/_sandbox/oauth/grant", json={}, timeout=5).json()
    with monday.session() as s:
        account = find_account(s, tenant.monday_account_id)
        save_token(s, monday.app.extensions["secret_box"], account, 7, pair["access_token"],
                   kind="oauth", refresh_token=pair["refresh_token"],
                   expires_at=utcnow() + expires_in)
    return pair


def works(sandbox: Any, source: Any) -> bool:
    settings = MondayClientSettings.from_env(api_url=sandbox.api_url, max_attempts=1)
    return MondayClient(source, settings).me().user_id == "1"


def events(sandbox: Any, kind: str) -> list[dict]:
    answer = requests.get(f"{sandbox.url}/_sandbox/oauth/events", timeout=5).json()
    return [e for e in answer if e["kind"] == kind]


def test_an_install_on_oauth_2_1_stores_the_refresh_token_and_expiry(monday, web_client) -> None:
    assert web_client.get(_authorize(web_client)).status_code == 200
    with monday.session() as s:
        stored = s.query(MondayToken).one()
        assert stored.refresh_token_encrypted and stored.expires_at is not None
        assert stored.expires_at > utcnow() + timedelta(minutes=50)


def test_concurrent_refreshes_spend_the_refresh_token_once(monday, monday_sandbox,
                                                           redis_url) -> None:
    tenant = monday.tenant(501)
    expiring_token(monday, monday_sandbox, tenant, timedelta(seconds=60))  # inside the margin
    barrier, got = threading.Barrier(4), []

    def worker() -> None:
        source = tokens_for(monday, monday_sandbox, redis_url).source_for(tenant.account_id)
        barrier.wait()
        got.append(source.current())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(events(monday_sandbox, "refreshed")) == 1 and events(monday_sandbox, "refused") == []
    assert len(set(got)) == 1 and works(monday_sandbox, got[0])


def test_a_401_refreshes_once_and_the_call_goes_through(monday, monday_sandbox) -> None:
    tenant = monday.tenant(501)
    expiring_token(monday, monday_sandbox, tenant, timedelta(hours=1))
    source = tokens_for(monday, monday_sandbox).source_for(tenant.account_id)
    requests.post(f"{monday_sandbox.url}/_sandbox/clock/advance", json={"seconds": 7200}, timeout=5)
    assert works(monday_sandbox, source)  # expired at monday, not by our clock: the 401 path
    assert len(events(monday_sandbox, "refreshed")) == 1


CRASH = """
import os, sys
import jobs.account_tokens as refresher
from config.settings import Settings
from store.crypto import SecretBox
from store.db import Database

settings = Settings.from_env()
refresher.store_refreshed = lambda *args, **kwargs: os._exit(9)  # dies before the commit
tokens = refresher.AccountTokens.from_settings(
    settings, Database(settings.database_url), SecretBox(settings.encryption_keys), None)
tokens.source_for(int(sys.argv[1])).current()
"""


def crash_between_refresh_and_store(app_config: dict, account_id: int) -> None:
    env = {**os.environ, **{k: str(v) for k, v in app_config.items()},
           "MONDAY_CLIENT_ID": CLIENT_ID, "MONDAY_CLIENT_SECRET": CLIENT_SECRET}
    done = subprocess.run([sys.executable, "-c", CRASH, str(account_id)], env=env,
                          timeout=60, capture_output=True)
    assert done.returncode == 9, done.stderr.decode()[-2000:]


def test_a_crash_between_refresh_and_store_with_reuse_grace_keeps_the_account(
    monday, monday_sandbox, app_config
) -> None:
    monday_sandbox.sandbox.grants.refresh_reuse_grace = 600.0
    tenant = monday.tenant(501)
    expiring_token(monday, monday_sandbox, tenant, timedelta(seconds=60))
    crash_between_refresh_and_store(app_config, tenant.account_id)
    assert len(events(monday_sandbox, "refreshed")) == 1  # monday rotated; we never stored it
    tokens = tokens_for(monday, monday_sandbox)  # the restart
    assert works(monday_sandbox, tokens.source_for(tenant.account_id))
    assert len(events(monday_sandbox, "reused")) == 1
    # The recovered chain goes on: the next expiry refreshes normally.
    requests.post(f"{monday_sandbox.url}/_sandbox/clock/advance", json={"seconds": 7200}, timeout=5)
    assert works(monday_sandbox, tokens.source_for(tenant.account_id))
    assert len(events(monday_sandbox, "refreshed")) == 2 and events(monday_sandbox, "refused") == []


def test_a_crash_under_strict_rotation_works_until_expiry_then_asks_to_reconnect(
    monday, monday_sandbox, app_config
) -> None:
    tenant = monday.tenant(501)
    monday.failed_record(tenant, "SUP-1")
    sync_id = _sync_id(monday, tenant)
    expiring_token(monday, monday_sandbox, tenant, timedelta(seconds=60))
    crash_between_refresh_and_store(app_config, tenant.account_id)
    tokens = tokens_for(monday, monday_sandbox)
    assert works(monday_sandbox, tokens.source_for(tenant.account_id))  # the old access token
    assert len(events(monday_sandbox, "refused")) == 1
    requests.post(f"{monday_sandbox.url}/_sandbox/clock/advance", json={"seconds": 7200}, timeout=5)
    with pytest.raises(ReconnectRequired):
        works(monday_sandbox, tokens.source_for(tenant.account_id))
    assert_reconnect_shown(monday, tenant, sync_id)


def test_a_store_that_fails_once_is_tried_again(monday, monday_sandbox, monkeypatch) -> None:
    import jobs.account_tokens as refresher

    real, calls = refresher.store_refreshed, []

    def flaky(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database went away")
        real(*args, **kwargs)

    monkeypatch.setattr(refresher, "store_refreshed", flaky)
    tenant = monday.tenant(501)
    expiring_token(monday, monday_sandbox, tenant, timedelta(seconds=60))
    assert works(monday_sandbox, tokens_for(monday, monday_sandbox).source_for(tenant.account_id))
    monkeypatch.setattr(refresher, "store_refreshed", real)
    requests.post(f"{monday_sandbox.url}/_sandbox/clock/advance", json={"seconds": 7200}, timeout=5)
    assert works(monday_sandbox, tokens_for(monday, monday_sandbox).source_for(tenant.account_id))
    assert len(events(monday_sandbox, "refreshed")) == 2 and events(monday_sandbox, "refused") == []


def _sync_id(monday: Any, tenant: Any) -> int:
    from store.models import BoardSync

    with monday.session() as s:
        return s.query(BoardSync).filter_by(account_id=tenant.account_id).one().id


def assert_reconnect_shown(monday: Any, tenant: Any, sync_id: int) -> None:
    account = tenant.monday_account_id
    board = monday.api("GET", "/api/board-health", account).json
    assert board["monday_connection"] == {"state": "reconnect", "message": RECONNECT_MONDAY}
    [sync] = board["board_syncs"]
    assert (sync["health"], sync["health_reason"]) == ("needs_reauth", RECONNECT_MONDAY)
    settings = monday.api("GET", "/api/connections", account).json
    assert settings["monday_connection"]["state"] == "reconnect"
    with monday.session() as s:
        assert sync_id not in [b.id for b in due_board_syncs(s, utcnow() + timedelta(days=1))]


def test_a_refused_refresh_asks_to_reconnect_until_a_new_authorization(
    monday, monday_sandbox
) -> None:
    tenant = monday.tenant(501)
    monday.failed_record(tenant, "SUP-1")
    sync_id = _sync_id(monday, tenant)
    pair = expiring_token(monday, monday_sandbox, tenant, timedelta(seconds=-1))  # expired
    requests.post(f"{monday_sandbox.url}/oauth_ms/oauth/revoke", timeout=5, data={
        "token": pair["refresh_token"], "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    with pytest.raises(ReconnectRequired) as refused:
        works(monday_sandbox, tokens_for(monday, monday_sandbox).source_for(tenant.account_id))
    assert refused.value.monday_message == RECONNECT_MONDAY
    assert_reconnect_shown(monday, tenant, sync_id)
    # The admin authorizes again: a new token, and the syncs resume by themselves.
    expiring_token(monday, monday_sandbox, tenant, timedelta(hours=1))
    board = monday.api("GET", "/api/board-health", tenant.monday_account_id).json
    assert board["monday_connection"]["state"] == "ok"
    assert board["board_syncs"][0]["health"] == "ok"
    with monday.session() as s:
        assert sync_id in [b.id for b in due_board_syncs(s, utcnow())]


def test_uninstall_revokes_the_refresh_token_at_monday(monday, monday_sandbox) -> None:
    tenant = monday.tenant(501)
    pair = expiring_token(monday, monday_sandbox, tenant, timedelta(hours=1))
    assert monday.lifecycle("uninstall", tenant.monday_account_id).status_code == 200
    monday.run_jobs()
    [revoked] = events(monday_sandbox, "revoked")
    assert revoked["token_type"] == "refresh_token"
    refused = requests.post(f"{monday_sandbox.url}/oauth_ms/oauth/token", timeout=5, data={
        "grant_type": "refresh_token", "refresh_token": pair["refresh_token"],
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
