"""A token that expires in the middle of a sync (OAuth 2.1): a real RQ worker process pushes
120 invoices to the monday sandbox; half-way, monday's clock jumps past the token's expiry.
The next call gets 401, the worker refreshes once and goes on: the board ends with every item.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
import requests

from store.accounts import find_account, save_token
from store.models import BoardSync, MondayToken
from store.types import utcnow
from tests.sync.conftest import EngineEnv, make_engine_env
from tests.sync.test_end_to_end_worker import Worker, board_items, poll_all, settle

pytestmark = pytest.mark.slow
CLIENT = {"MONDAY_CLIENT_ID": "sandbox-client-id",
          "MONDAY_CLIENT_SECRET": "sandbox-client-secret",
          "MONDAY_TOKEN_REFRESH_MARGIN_SECONDS": "5"}


@pytest.fixture
def env(app_config, monkeypatch):
    yield from make_engine_env({**app_config, **CLIENT}, monkeypatch, oauth_flow="2.1",
                               board_mutations_per_minute=40)


def use_expiring_token(env: EngineEnv) -> None:
    """The account's only token becomes an OAuth 2.1 pair, as an install on 2.1 leaves it."""
    pair = requests.post(f"{env.monday.url}/_sandbox/oauth/grant", json={}, timeout=5).json()
    with env.runtime.db.session() as s:
        s.query(MondayToken).delete()
        save_token(s, env.runtime.secret_box, find_account(s, 1), 1, pair["access_token"],
                   kind="oauth", refresh_token=pair["refresh_token"],
                   expires_at=utcnow() + timedelta(seconds=pair["expires_in"]))


def test_a_token_expiring_mid_sync_is_refreshed_and_the_sync_finishes(env: EngineEnv) -> None:
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")
    use_expiring_token(env)
    worker = Worker(env, 40)
    worker.env.update({**CLIENT, "MONDAY_AUTH_URL": env.monday.url})
    worker.start()
    try:
        poll_all(env, [sync_id])
        deadline = time.monotonic() + 60
        while len(board_items(env, board_id)) < 25:
            assert time.monotonic() < deadline, "the push never got going"
            time.sleep(0.05)
        requests.post(f"{env.monday.url}/_sandbox/clock/advance", json={"seconds": 7200},
                      timeout=5).raise_for_status()
        assert len(board_items(env, board_id)) < 120, "the token expired after the push"
        settle(env, [sync_id])
    finally:
        worker.stop()
    invoices = env.syspro.app.state.data.table("ApInvoice").rows
    assert len(board_items(env, board_id)) == len(invoices) == 120
    oauth = requests.get(f"{env.monday.url}/_sandbox/oauth/events", timeout=5).json()
    assert [e["kind"] for e in oauth] == ["issued", "refreshed"]
    with env.runtime.db.session() as s:
        assert s.get(BoardSync, sync_id).health == "ok"
