"""`ml-connector status` and `ml-connector account alerts`: plain lines, exit codes, and a
one-line error for bad input."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import sqlalchemy as sa
from rq import Worker

from cli import cli
from jobs.liveness import beat_schedule
from store.accounts import install_account
from store.models import Account, BoardSync, SysproConnection
from store.types import utcnow


def _sync_polled_long_ago(app) -> int:
    """A 15-minute board sync whose last poll was 40 minutes ago (more than two intervals)."""
    with app.extensions["store"].session() as session:
        account, _ = install_account(session, 77, name="Status account")
        connection = SysproConnection(account_id=account.id, name="c", server_url="https://s",
                                      operator="OP", company_id="C")
        session.add(connection)
        session.flush()
        sync = BoardSync(account_id=account.id, connection_id=connection.id, board_id="42",
                         entity="suppliers", interval_minutes=15,
                         last_poll_at=utcnow() - timedelta(minutes=40),
                         next_poll_at=utcnow() - timedelta(minutes=10))
        session.add(sync)
        session.flush()
        return sync.id


def test_status_reports_heartbeats_and_overdue_syncs(app, cli_runner, redis_conn) -> None:
    sync_id = _sync_polled_long_ago(app)
    beat_schedule(redis_conn, at=time.time() - 30)
    Worker(["default"], connection=redis_conn).register_birth()
    result = cli_runner.invoke(cli, ["status"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == ["schedule  ok", "workers   ok"]
    assert lines[2].startswith("workers   1 registered, freshest beat ")
    assert lines[3].startswith("polls     oldest due 6") and lines[3].endswith(
        f"overdue board syncs: {sync_id}")
    as_json = json.loads(cli_runner.invoke(cli, ["status", "--json"]).output)
    assert as_json["checks"] == {"schedule": "ok", "workers": "ok"}
    assert as_json["polls"]["overdue_board_syncs"] == [sync_id]


def test_status_exits_1_when_the_schedule_is_stale(app, cli_runner, redis_conn) -> None:
    Worker(["default"], connection=redis_conn).register_birth()
    result = cli_runner.invoke(cli, ["status"])
    assert result.exit_code == 1
    assert "schedule  error: the schedule never ticked" in result.output


def test_account_alerts_webhook(app, cli_runner) -> None:
    with app.extensions["store"].session() as session:
        install_account(session, 77, name="Alerts account")
    refused = cli_runner.invoke(cli, ["account", "alerts", "77", "--webhook", "http://127.0.0.1/x"])
    assert refused.exit_code == 1 and refused.output.startswith("Error: --webhook: ")
    assert "Traceback" not in refused.output
    unknown = cli_runner.invoke(cli, ["account", "alerts", "78", "--webhook", "https://a.example"])
    assert unknown.exit_code == 1 and "monday account 78 is not installed" in unknown.output
    saved = cli_runner.invoke(cli, ["account", "alerts", "77", "--webhook", "https://a.example/h"])
    assert saved.exit_code == 0, saved.output
    with app.extensions["store"].session() as session:
        url = session.scalar(sa.select(Account.alert_webhook_url))
    assert url == "https://a.example/h"
    assert cli_runner.invoke(cli, ["account", "alerts", "77"]).exit_code == 1
