"""/metrics: each metric, produced where the product produces it.

Polls, records, pace waits, 429s and SYSPRO errors come from a real rq worker process (burst
mode) running polls and pushes against both sandboxes over HTTP; the gauges from Redis and the
database as a scrape finds them. The scrape goes through the Flask app like Prometheus's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

import syspro.errors
from jobs.declare import QUEUE_NAME
from jobs.liveness import beat_schedule
from jobs.metrics import RATE_LIMITED, TransportMetrics, count
from jobs.schedule import enqueue_due_polls
from jobs.sync_jobs import poll_board_sync
from jobs.worker import WORKER_ARGS
from monday_api.errors import ErrorAction, ErrorDetails
from monday_app.factory import create_app
from syspro.errors import SysproError
from tests.sync.conftest import EngineEnv, make_engine_env

pytestmark = pytest.mark.slow


@pytest.fixture
def env(app_config, monkeypatch) -> Iterator[EngineEnv]:
    # Three mutations a (one-second) minute: a push of a few records waits for the pace.
    yield from make_engine_env(app_config, monkeypatch, board_mutations_per_minute=500)


def run_worker(env: EngineEnv, *, cap: int = 3) -> list[dict]:
    """A real worker process, as the Procfile starts it, until the queue is empty; its log
    lines (LOG_FORMAT=json), each parsed."""
    settings = env.runtime.settings
    child_env = {
        **os.environ, "APP_ENV": "testing", "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url or "", "SECRET_KEY": settings.secret_key,
        "ENCRYPTION_KEYS": ",".join(settings.encryption_keys),
        "INSTANCE_PATH": str(settings.instance_path), "MONDAY_API_URL": env.monday.api_url,
        "ALLOW_LOOPBACK": "true", "MONDAY_PACE_WINDOW_SECONDS": "1",
        "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": str(cap), "LOG_FORMAT": "json",
    }
    done = subprocess.run(
        [sys.executable, "-m", "rq.cli", "worker", *WORKER_ARGS, "--burst", "--url",
         child_env["REDIS_URL"], QUEUE_NAME],
        env=child_env, check=True, timeout=240, capture_output=True, text=True,
    )
    return [json.loads(line) for line in (done.stdout + done.stderr).splitlines() if line]


def scrape(env: EngineEnv, config: dict, **headers: str) -> dict[tuple[str, tuple], float]:
    """{(sample name, sorted labels): value} of one GET /metrics."""
    app = create_app({**config, "DATABASE_URL": env.runtime.settings.database_url})
    try:
        response = app.test_client().get("/metrics", headers=headers)
    finally:
        app.extensions["store"].dispose()
    assert response.status_code == 200, response.text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def fault(env: EngineEnv, side: str, body: dict) -> None:
    base = env.monday.url if side == "monday" else env.syspro.base_url
    requests.post(f"{base}/_sandbox/faults", json=body, timeout=10).raise_for_status()


def test_a_poll_and_push_on_a_real_worker_are_counted(env: EngineEnv, app_config) -> None:
    sync_id, _board = env.add_board_sync("suppliers", "Suppliers")
    poll_board_sync.enqueue(env.runtime.redis, sync_id)
    # monday answers the first create with a minute-limit 429; the client waits and retries.
    fault(env, "monday", {"kind": "rate_limit", "count": 1, "retry_after": 0.2,
                          "operation": "CreateItems"})
    lines = run_worker(env)
    samples = scrape(env, app_config)
    # The worker's own lines and the jobs' lines alike are JSON; the jobs' carry their id.
    assert {"rq.worker", "monday_api"} <= {line["logger"] for line in lines}
    retried = [line for line in lines if line.get("monday_action") == "rate_limited"]
    assert retried and retried[0]["job_id"] == f"push-board-sync-{sync_id}"
    supplier_rows = len(env.syspro.app.state.data.table("ApSupplier").rows)
    assert value(samples, "ml_polls_total", entity="suppliers", outcome="succeeded") == 1
    assert value(samples, "ml_records_total", entity="suppliers", stage="read") == supplier_rows
    assert value(samples, "ml_records_total", entity="suppliers", stage="staged") == supplier_rows
    assert value(samples, "ml_records_total", entity="suppliers", stage="pushed") == supplier_rows
    assert value(samples, "ml_records_total", entity="suppliers", stage="failed") == 0
    assert sum(v for (n, _), v in samples.items() if n == "ml_monday_rate_limited_total") == 1
    assert value(samples, "ml_monday_paced_requests_total") >= 2
    # 20 suppliers at 3 mutations a one-second "minute": the pace made the push wait.
    assert value(samples, "ml_monday_pace_wait_seconds_total") > 1.0
    assert value(samples, "ml_queue_depth", queue="default") == 0


def test_a_failing_poll_counts_the_syspro_error_class(env: EngineEnv, app_config) -> None:
    sync_id, _board = env.add_board_sync("suppliers", "Suppliers")
    fault(env, "syspro", {"kind": "malformed", "count": 1000})
    poll_board_sync.enqueue(env.runtime.redis, sync_id)
    run_worker(env)
    samples = scrape(env, app_config)
    assert value(samples, "ml_polls_total", entity="suppliers", outcome="failed") == 1
    errors = {dict(labels)["error_class"]: v for (name, labels), v in samples.items()
              if name == "ml_syspro_errors_total"}
    assert sum(errors.values()) == 1
    assert all(issubclass(getattr(syspro.errors, name), SysproError) for name in errors)


def test_gauges_and_rate_limit_reasons(app_config, redis_conn) -> None:
    """The pure counters and the gauges, without a worker."""
    from store.migrate import upgrade

    upgrade(str(app_config["DATABASE_URL"]))
    observer = TransportMetrics(redis_conn)
    for code in ("COMPLEXITY_BUDGET_EXHAUSTED", "COMPLEXITY_BUDGET_EXHAUSTED", None):
        observer.rate_limited(ErrorDetails(ErrorAction.RATE_LIMITED, "op", "limit",
                                           http_status=429, code=code))
    count(redis_conn, RATE_LIMITED, 0)  # nothing to add: no sample made up
    enqueue_due_polls.enqueue(redis_conn)
    beat_schedule(redis_conn, at=time.time() - 42)
    app = create_app(app_config)
    text = app.test_client().get("/metrics").text
    app.extensions["store"].dispose()
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for f in text_string_to_metric_families(text) for s in f.samples}
    assert value(samples, "ml_monday_rate_limited_total",
                 reason="complexity_budget_exhausted") == 2
    assert value(samples, "ml_monday_rate_limited_total", reason="http_429") == 1
    assert value(samples, "ml_queue_depth", queue="default") == 1
    assert 42 <= value(samples, "ml_schedule_tick_age_seconds") < 50
    assert value(samples, "ml_worker_heartbeat_age_seconds") == -1
    assert value(samples, "ml_oldest_due_poll_seconds") == 0
    assert value(samples, "ml_board_syncs_overdue") == 0


def test_metrics_token_guards_the_endpoint(app_config, redis_conn) -> None:
    app = create_app({**app_config, "METRICS_TOKEN": "scrape-secret"})
    client = app.test_client()
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "METRICS_TOKEN" in wrong.text
    from store.migrate import upgrade

    upgrade(str(app_config["DATABASE_URL"]))
    right = client.get("/metrics", headers={"Authorization": "Bearer scrape-secret"})
    assert right.status_code == 200 and "ml_polls_total" in right.text
    app.extensions["store"].dispose()
