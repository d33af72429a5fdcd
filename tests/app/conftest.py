"""Fixtures of the monday app's tests: secrets, signed tokens like monday's, seeded tenants; the
monday and SYSPRO sandboxes, the app served live (`flow`), headless Chromium and screenshots.

A module that needs the monday sandbox started otherwise than as monday towards this app sets
`MONDAY_SANDBOX_OPTIONS` (keywords of sandbox.monday.server.start_in_thread).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
import pytest

from sandbox.monday.server import RunningSandbox, start_in_thread
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox as SysproSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from tests.app.browser import (
    CATCH_ERRORS,
    Flow,
    find_chromium,
    live_flow,
    screenshot_dir,
    start_chromium,
    start_sandbox,
)

CLIENT_ID = "test-client-id"
CLIENT_SECRET = "test-client-secret-0123456789abcdef"
SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
PUBLIC_BASE_URL = "https://connector.example.com"


@pytest.fixture
def app_config(app_config: dict[str, object]) -> dict[str, object]:
    return {
        **app_config,
        "MONDAY_CLIENT_ID": CLIENT_ID,
        "MONDAY_CLIENT_SECRET": CLIENT_SECRET,
        "MONDAY_SIGNING_SECRET": SIGNING_SECRET,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
    }


@dataclass
class Tenant:
    account_id: int  # ours
    monday_account_id: int
    connection_id: int


def run_queued_jobs(app: Any) -> None:
    """Run what the app queued, in this process, as a worker with the app's settings."""
    from rq import Queue, SimpleWorker

    from jobs.declare import QUEUE_NAME
    from jobs.runtime import Runtime, set_runtime

    runtime = Runtime(app.config["ML_SETTINGS"])
    set_runtime(runtime)
    try:
        queue = Queue(QUEUE_NAME, connection=runtime.redis)
        SimpleWorker([queue], connection=runtime.redis).work(burst=True)
    finally:
        set_runtime(None)
        runtime.db.dispose()


class Monday:
    """Signs requests the way monday does (FACTS §7) and seeds tenants in the database."""

    def __init__(self, app: Any, client: Any) -> None:
        self.app = app
        self.client = client

    def failed_record(self, tenant: Any, key: str) -> int:
        """A supplier board sync of `tenant` with one record monday refused: its id."""
        from store.models import BoardSync, SyncRecord
        from store.types import utcnow

        with self.session() as s:
            sync = BoardSync(account_id=tenant.account_id, connection_id=tenant.connection_id,
                             board_id="1", entity="suppliers")
            s.add(sync)
            s.flush()
            # Refused by monday, so the write it waits to send is still there.
            record = SyncRecord(account_id=tenant.account_id, board_sync_id=sync.id,
                                syspro_key=key, state="failed", attempts=3,
                                pending_hash="refused", pending_values={"phone": "12"},
                                pending_name=key.strip(),
                                next_attempt_at=utcnow(), last_error="Invalid phone number")
            s.add(record)
            s.flush()
            return record.id

    def run_jobs(self) -> None:
        run_queued_jobs(self.app)

    def test_connection(self, connection_id: int, account: int) -> Any:
        """Start "Test connection", run its job, and answer the run's final progress."""
        started = self.api("POST", f"/api/connections/{connection_id}/test", account)
        if started.status_code != 202:
            return started
        self.run_jobs()
        return self.api("GET", started.json["status_url"], account)

    # --- tokens -----------------------------------------------------------------------------
    def integration_jwt(
        self,
        path: str,
        account: int,
        user: int = 7,
        *,
        secret: str = SIGNING_SECRET,
        expires_in: int = 300,
        aud: str | None = None,
    ) -> str:
        now = int(time.time())
        claims = {
            "accountId": account,
            "userId": user,
            "aud": aud if aud is not None else PUBLIC_BASE_URL + path,
            "iat": now,
            "exp": now + expires_in,
            "shortLivedToken": "short-lived",
        }
        return jwt.encode(claims, secret, algorithm="HS256")

    def view_token(
        self,
        account: int,
        user: int = 7,
        *,
        secret: str = CLIENT_SECRET,
        expires_in: int = 300,
        admin: bool = True,
    ) -> str:
        claims = {
            "exp": int(time.time()) + expires_in,
            "dat": {"account_id": account, "user_id": user, "client_id": CLIENT_ID,
                    "is_admin": admin, "user_kind": "admin" if admin else "member"},
        }
        return jwt.encode(claims, secret, algorithm="HS256")

    def lifecycle_jwt(self, account: int, *, secret: str = CLIENT_SECRET) -> str:
        claims = {
            "aud": PUBLIC_BASE_URL + "/monday/lifecycle",
            "exp": int(time.time()) + 300,
            "dat": {"account_id": account, "user_id": 7},
        }
        return jwt.encode(claims, secret, algorithm="HS256")

    def webhook_jwt(self, account: int | None, *, secret: str = SIGNING_SECRET) -> str:
        claims: dict[str, Any] = {
            "aud": PUBLIC_BASE_URL + "/monday/webhooks/board",
            "exp": int(time.time()) + 300,
        }
        if account is not None:
            claims["accountId"] = account
        return jwt.encode(claims, secret, algorithm="HS256")

    # --- requests ---------------------------------------------------------------------------
    def recipe(self, path: str, account: int, payload: dict[str, Any], **token: Any) -> Any:
        return self.client.post(
            path,
            json={"payload": payload},
            headers={"Authorization": self.integration_jwt(path, account, **token)},
        )

    def lifecycle(self, event: str, account: int, **data: Any) -> Any:
        body = {"type": event, "data": {"account_id": account, "user_id": 7, **data}}
        return self.client.post(
            "/monday/lifecycle", json=body, headers={"Authorization": self.lifecycle_jwt(account)}
        )

    def api(
        self, method: str, path: str, account: int, *, admin: bool = True, **kwargs: Any
    ) -> Any:
        headers = {"Authorization": f"Bearer {self.view_token(account, admin=admin)}"}
        return self.client.open(path, method=method, headers=headers, **kwargs)

    # --- database ---------------------------------------------------------------------------
    def session(self) -> Any:
        return self.app.extensions["store"].session()

    def tenant(self, monday_account_id: int, *, connection: bool = True) -> Tenant:
        from store.accounts import install_account, save_token
        from store.connections import create_connection

        box = self.app.extensions["secret_box"]
        with self.session() as s:
            account, _ = install_account(s, monday_account_id, name=f"acct {monday_account_id}")
            save_token(s, box, account, 7, f"token-of-{monday_account_id}")
            connection_id = 0
            if connection:
                connection_id = create_connection(
                    s,
                    box,
                    account.id,
                    {
                        "name": "main",
                        "server_url": "http://syspro.example.com:20001",
                        "operator": "ADMIN",
                        "operator_password": "op-secret",
                        "company_id": "EDU1",
                        "company_password": "co-secret",
                    },
                ).id
            return Tenant(account.id, monday_account_id, connection_id)


@pytest.fixture
def monday(app: Any, web_client: Any) -> Monday:
    return Monday(app, web_client)


def sync_payload(subscription_id: int, board_id: str = "1001", **fields: Any) -> dict[str, Any]:
    return {
        "webhookUrl": f"https://api-gw.monday.com/automations/apps-events/{subscription_id}",
        "subscriptionId": subscription_id,
        "inputFields": {
            "boardId": int(board_id),
            "entity": "supplier_invoices",
            "interval": {"title": "15 minutes", "value": "15"},
            **fields,
        },
        "recipeId": 11,
        "integrationId": 22,
    }


@pytest.fixture
def make_sync_payload():  # type: ignore[no-untyped-def]
    return sync_payload


# --- the sandboxes and the app served live -----------------------------------------------------

# Small enough to start in a moment, with a few of every kind for the views to list.
SYSPRO_SEED = SeedSize(suppliers=3, customers=3, supplier_invoices=4, purchase_orders=2,
                       customer_invoices=2, stock_items=2, gl_accounts=2)


@pytest.fixture(scope="module")
def monday_sandbox(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    """The monday sandbox, shared by a module's tests; by default it acts as monday towards
    this app (the app's credentials, a fast clock: tests.app.browser.start_sandbox)."""
    options = getattr(request.module, "MONDAY_SANDBOX_OPTIONS", None)
    running = start_sandbox() if options is None else start_in_thread(**options)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def syspro_sandbox() -> Iterator[SysproSandbox]:
    """The SYSPRO sandbox with a small seed, shared by a module's tests."""
    running = start_syspro(size=SYSPRO_SEED)
    yield running
    running.stop()


@pytest.fixture
def flow(app_config: dict[str, object], monday_sandbox: RunningSandbox) -> Iterator[Flow]:
    """The app served live against the monday sandbox (reset when the test ends)."""
    with live_flow(app_config, monday_sandbox) as running:
        yield running


# --- headless Chromium ---------------------------------------------------------------------------

CHROMIUM = find_chromium()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """A headless Chromium of the test's own (fresh profile) that collects the page's script
    errors in `window.__pageErrors`. Modules using it skip when `find_chromium()` says why."""
    assert not isinstance(CHROMIUM, str)
    driver = start_chromium(*CHROMIUM, profile_dir=tmp_path / "chromium-profile")
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CATCH_ERRORS})
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shared_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for all of a module's tests: starting one per test costs seconds."""
    assert not isinstance(CHROMIUM, str)
    driver = start_chromium(*CHROMIUM, profile_dir=tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where a test's screenshots go: SCREENSHOT_DIR when set (to look at them), docs/screenshots
    with SAVE_SCREENSHOTS=1 (to refresh the README's pictures), else the test's temp folder."""
    chosen = os.environ.get("SCREENSHOT_DIR")
    if not chosen:
        return screenshot_dir(tmp_path)
    folder = Path(chosen)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
