"""Disabled means disabled, whichever path asks for a push; the CLI ends a failure in one line.

Both sandboxes over real HTTP; the CLI as a person runs it (a subprocess) and through Flask's
runner; queued jobs run by an RQ worker.
"""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

import pytest
import requests
from rq import Queue, SimpleWorker

from cli import cli
from jobs.declare import QUEUE_NAME
from jobs.engine import engine_context
from monday_app.factory import create_app
from sandbox.harness import SANDBOX_ACCOUNT_ID
from store.accounts import APP_UNINSTALLED, uninstall_account
from store.board_syncs import set_enabled
from store.connections import sync_url_token
from store.models import BoardSync
from store.outbox import outbox_counts
from sync.poll import poll
from sync.push import push
from tests.sync.conftest import EngineEnv, make_engine_env

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def env(app_config, monkeypatch):
    monkeypatch.setenv("MONDAY_BACKOFF_BASE_SECONDS", "0.01")
    yield from make_engine_env(app_config, monkeypatch)


@pytest.fixture
def app(env: EngineEnv, app_config):  # type: ignore[no-untyped-def]
    application = create_app({**app_config, "MONDAY_API_URL": env.monday.api_url,
                              "ALLOW_LOOPBACK": "true"})
    yield application
    application.extensions["store"].dispose()


def mutations(env: EngineEnv) -> int:
    stats = requests.get(f"{env.monday.url}/_sandbox/stats", timeout=10).json()
    return sum(stats["mutations_by_board"].values())


def health(env: EngineEnv, sync_id: int) -> tuple[str, str | None]:
    with env.runtime.db.session() as session:
        sync = session.get(BoardSync, sync_id)
        return sync.health, sync.health_reason


def run_jobs(env: EngineEnv) -> None:
    queue = Queue(QUEUE_NAME, connection=env.runtime.redis)
    SimpleWorker([queue], connection=env.runtime.redis).work(burst=True)


def synced_then_changed(env: EngineEnv) -> tuple[int, str]:
    """A board sync pushed once, then a payment polled and waiting in the outbox."""
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")
    env.ctx.enqueue_push = None
    poll(env.ctx, sync_id)
    push(env.ctx, sync_id)
    invoice = next(r for r in env.syspro.app.state.data.table("ApInvoice").rows
                   if r["MthInvBal1"] > 0)
    requests.post(f"{env.syspro.base_url}/_sandbox/payments", timeout=10, json={
        "supplier": invoice["Supplier"], "invoice": invoice["Invoice"],
        "amount": str(Decimal("1.00"))}).raise_for_status()
    assert poll(env.ctx, sync_id).changed == 1
    return sync_id, board_id


def switch_off(env: EngineEnv, sync_id: int, how: str) -> tuple[str, str]:
    with env.runtime.db.session() as session:
        if how == "disabled":
            set_enabled(session, env.account_id, sync_id, False)
            return "disabled", "disabled by hand"
        uninstall_account(session, SANDBOX_ACCOUNT_ID)
        return "disabled", APP_UNINSTALLED


@pytest.mark.parametrize("how", ["disabled", "uninstalled"])
def test_nothing_pushes_for_a_disabled_sync_whichever_path(env: EngineEnv, app, how) -> None:
    sync_id, _ = synced_then_changed(env)
    expected_health = switch_off(env, sync_id, how)
    before = mutations(env)

    def untouched() -> None:
        assert mutations(env) == before
        assert health(env, sync_id) == expected_health
        with env.runtime.db.session() as session:
            assert outbox_counts(session, sync_id).get("pending") == 1

    # 1. The CLI refuses, says why and how to resume, exit code non-zero.
    result = app.test_cli_runner().invoke(cli, ["sync", "run", str(sync_id)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert f"board sync {sync_id} is not run" in result.output
    todo = f"ml-connector sync enable {sync_id}" if how == "disabled" else "Reinstall the app"
    assert todo in result.output
    untouched()

    # 2. A push job queued before the sync was switched off.
    engine_context(env.runtime).enqueue_push(sync_id, None)
    run_jobs(env)
    untouched()

    # 3. Sync now (SYSPRO's trigger program asks for a poll).
    with env.runtime.db.session() as session:
        token = sync_url_token(session, env.runtime.secret_box, env.account_id,
                               env.connection_id)
    answer = app.test_client().post(f"/sync-now/{env.connection_id}/{token}")
    assert answer.status_code == 202 and answer.json["enqueued"] == []
    run_jobs(env)
    untouched()

    # 4. The engine itself, called directly.
    assert push(env.ctx, sync_id).skipped_reason
    untouched()


def test_a_cli_failure_is_one_line_without_traceback(env: EngineEnv, app_config) -> None:
    sync_id, _ = env.add_board_sync("supplier_invoices", "AP invoices")
    requests.post(f"{env.monday.url}/_sandbox/faults", timeout=10,
                  json={"kind": "server_error", "count": 100_000}).raise_for_status()
    child_env = {**os.environ, **{k: str(v) for k, v in app_config.items()},
                 "MONDAY_API_URL": env.monday.api_url, "ALLOW_LOOPBACK": "true"}
    command = [sys.executable, "-m", "cli", "sync", "run", str(sync_id)]
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=child_env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith("Error: ml-connector sync run failed: monday is unavailable")
    assert "Try again in a few minutes" in errors[0]
    assert health(env, sync_id)[0] == "monday_unavailable"

    # The traceback is in the log, at debug level, for whoever asks for it.
    debug = subprocess.run(command, cwd=PROJECT_ROOT, env={**child_env, "LOG_LEVEL": "DEBUG"},
                           capture_output=True, text=True, timeout=120)
    assert debug.returncode == 1
    assert "DEBUG cli: ml-connector sync run failed" in debug.stderr
    assert "Traceback" in debug.stderr
