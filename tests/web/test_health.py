"""Liveness and readiness, including clear failures when a dependency is down."""

from __future__ import annotations

from jobs.embedded_redis import free_port
from monday_app.factory import create_app


def test_healthz(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}


def test_readyz_when_everything_answers(client) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"] == {"database": "ok", "redis": "ok"}


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
