"""Liveness and readiness, including clear failures when a dependency is down."""

from __future__ import annotations

import re
import time

import pytest
from rq import Worker

from jobs.embedded_redis import free_port
from jobs.liveness import beat_schedule
from monday_app.factory import create_app
from store.migrate import upgrade

ALL_OK = {"database": "ok", "redis": "ok", "schedule": "ok", "workers": "ok"}


def a_worker(redis_conn, beat_age: float = 0.0) -> Worker:
    """A real rq worker record, as a running worker registers it, beaten `beat_age` s ago."""
    worker = Worker(["default"], connection=redis_conn)
    worker.register_birth()
    if beat_age:
        old = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(time.time() - beat_age))
        redis_conn.hset(worker.key, "last_heartbeat", old)
    return worker


@pytest.fixture
def alive(redis_conn):
    """A schedule that just ticked and a worker that just beat."""
    beat_schedule(redis_conn)
    return a_worker(redis_conn)


def test_healthz(web_client) -> None:
    response = web_client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}


def test_readyz_when_everything_answers(web_client, alive) -> None:
    response = web_client.get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"] == ALL_OK
    assert response.json["schedule"]["last_tick_age_seconds"] < 5
    assert response.json["workers"]["registered"] == 1
    assert response.json["polls"] == {"oldest_due_seconds": 0.0, "overdue_board_syncs": []}


def test_readyz_turns_503_when_the_schedule_is_stale(web_client, redis_conn) -> None:
    a_worker(redis_conn)
    beat_schedule(redis_conn, at=time.time() - 200)
    response = web_client.get("/readyz")
    assert response.status_code == 503
    # The age is counted when the request runs: a loaded machine may add a second or two.
    assert re.fullmatch(r"error: last schedule tick 20\d s ago \(limit 180 s\)",
                        response.json["checks"]["schedule"])
    assert response.json["checks"]["workers"] == "ok"


def test_readyz_turns_503_when_no_worker_is_alive(web_client, redis_conn) -> None:
    beat_schedule(redis_conn)
    response = web_client.get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["workers"] == (
        "error: no worker is registered (is the worker process running?)")
    a_worker(redis_conn, beat_age=90)  # a worker killed 90 s ago: its record lingers
    response = web_client.get("/readyz")
    assert response.status_code == 503
    assert re.fullmatch(r"error: freshest worker heartbeat 9\d s ago \(limit 60 s\)",
                        response.json["checks"]["workers"])
    assert response.json["checks"]["schedule"] == "ok"


def test_readyz_thresholds_are_settings(app_config, redis_conn) -> None:
    upgrade(str(app_config["DATABASE_URL"]))
    a_worker(redis_conn, beat_age=90)
    beat_schedule(redis_conn, at=time.time() - 200)
    app = create_app({**app_config, "READY_SCHEDULE_MAX_AGE_SECONDS": "300",
                      "READY_WORKER_MAX_AGE_SECONDS": "120"})
    response = app.test_client().get("/readyz")
    assert response.status_code == 200, response.json
    app.extensions["store"].dispose()


def test_readyz_names_redis_when_it_is_down(app_config) -> None:
    closed = f"redis://127.0.0.1:{free_port()}/0"
    app = create_app({**app_config, "REDIS_URL": closed})
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    checks = response.json["checks"]
    assert checks["database"] == "ok"
    assert checks["redis"].startswith("error: ConnectionError")
    assert response.json["status"] == "not ready"


def test_readyz_names_the_database_when_it_is_down(app_config, tmp_path) -> None:
    unreachable = f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}"
    app = create_app({**app_config, "DATABASE_URL": unreachable})
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["database"].startswith("error: OperationalError")
    assert response.json["checks"]["redis"] == "ok"
