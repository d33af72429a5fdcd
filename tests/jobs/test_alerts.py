"""Health alerts: one per state change, on monday (the sandbox, over HTTP) and the webhook.

Polls run against the SYSPRO sandbox and fail for real (malformed answers), then recover;
the schedule's alert step and the alert job run as the worker runs them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
import sqlalchemy as sa
from rq import Queue

from jobs.alerts import enqueue_due_alerts, send_health_alert
from jobs.declare import QUEUE_NAME
from store.alerts import claim_alert, set_alert_webhook
from store.audit import count as audit_count
from store.models import BoardSync
from sync.poll import poll
from tests.sync.conftest import EngineEnv

SETUP_USER = 1  # the sandbox's user, who "added the recipe"


class Webhook:
    """An account's alert endpoint: a real HTTP server that keeps what it is sent."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers["Content-Length"])
                received.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.server.shutdown()


def notifications(env: EngineEnv) -> list[dict]:
    return requests.get(f"{env.monday.url}/_sandbox/notifications", timeout=10).json()


def tick(env: EngineEnv) -> list[dict]:
    """The schedule's alert step, then every alert job it enqueued, as a worker runs them."""
    queue = Queue(QUEUE_NAME, connection=env.runtime.redis)
    enqueue_due_alerts(env.runtime)
    results = []
    for job in queue.get_jobs():
        if job.func_name != send_health_alert.path:
            continue  # the polls' pushes: not what this test is about
        results.append(send_health_alert(*job.args))
        job.delete()
    return results


def syspro_faults(env: EngineEnv, on: bool) -> None:
    url = f"{env.syspro.base_url}/_sandbox/faults"
    if on:
        requests.post(url, json={"kind": "malformed", "count": 10_000}, timeout=10)
    else:
        requests.delete(url, timeout=10)


def failing_poll(env: EngineEnv, sync_id: int) -> None:
    syspro_faults(env, True)
    with pytest.raises(Exception):  # noqa: B017 - whatever SYSPRO's garbage raises
        poll(env.ctx, sync_id)
    syspro_faults(env, False)


def test_one_alert_per_state_change(engine_env: EngineEnv, webhook: Webhook) -> None:
    env = engine_env
    sync_id, board_id = env.add_board_sync("suppliers", "Suppliers")
    with env.runtime.db.session() as session:
        session.execute(sa.update(BoardSync).where(BoardSync.id == sync_id)
                        .values(monday_user_id=SETUP_USER))
        set_alert_webhook(session, 1, webhook.url)
    poll(env.ctx, sync_id)
    assert tick(env) == [] and notifications(env) == []  # healthy from the start: silence

    failing_poll(env, sync_id)
    [sent] = tick(env)
    assert sent["state"] == "failing" and sent["monday"] == "sent" and sent["webhook"] == "sent"
    [told] = notifications(env)
    assert told["user_id"] == str(SETUP_USER) and told["target_id"] == board_id
    assert told["target_type"] == "Project" and "is failing" in told["text"]

    failing_poll(env, sync_id)  # failing again: not a change
    assert tick(env) == [] and len(notifications(env)) == 1

    poll(env.ctx, sync_id)  # recovers
    [sent] = tick(env)
    assert sent["state"] == "ok"
    assert "recovered" in notifications(env)[-1]["text"] and len(notifications(env)) == 2
    assert tick(env) == []
    assert [m["state"] for m in webhook.received] == ["failing", "ok"]
    with env.runtime.db.session() as session:
        assert audit_count(session, sync_id, "health_alerted") == 2


def test_a_change_is_claimed_once(engine_env: EngineEnv) -> None:
    """Two workers with the same alert job: only the first claim sends."""
    env = engine_env
    sync_id, _board = env.add_board_sync("suppliers", "Suppliers")
    failing_poll(env, sync_id)
    with env.runtime.db.session() as session:
        first = claim_alert(session, sync_id)
    with env.runtime.db.session() as session:
        second = claim_alert(session, sync_id)
    assert first is not None and first.state == "failing" and second is None
    # Nobody recorded as the setter: the alert is audited as not sent on monday.
    with env.runtime.db.session() as session:
        session.execute(sa.update(BoardSync).where(BoardSync.id == sync_id)
                        .values(alerted_health=None))
    [result] = tick(env)
    assert result["monday"].startswith("skipped") and notifications(env) == []
