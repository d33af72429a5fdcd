"""Shared fixtures: databases (SQLite and PostgreSQL), a real Redis, and the Flask app.

- Database tests run on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set (CI sets
  it); each PostgreSQL test gets a schema of its own, dropped afterwards.
- Redis tests run against TEST_REDIS_URL when set (CI), else against an embedded redis-server
  started once per test process. Every test gets an empty Redis database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from cryptography.fernet import Fernet

from jobs.embedded_redis import EmbeddedRedis

PG_URL = os.environ.get("TEST_DATABASE_URL", "")


def _worker_index() -> int:
    """0 for a plain run, N for xdist worker gwN."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(worker.removeprefix("gw") or 0)


# --- Redis -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redis_server_url() -> Iterator[str]:
    """Base URL of a Redis server shared by this test process."""
    external = os.environ.get("TEST_REDIS_URL")
    if external:
        # Each xdist worker takes its own database number so parallel workers never flush
        # each other's data; 0 is left alone for whatever else uses that server.
        base = external.rsplit("/", 1)[0] if external.count("/") > 2 else external
        yield f"{base.rstrip('/')}/{1 + _worker_index() % 15}"
        return
    server = EmbeddedRedis().start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server_url: str) -> str:
    """URL of an empty Redis database for this test."""
    client = redis.Redis.from_url(redis_server_url)
    client.flushdb()
    client.close()
    return redis_server_url


@pytest.fixture
def redis_conn(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


# --- Databases -------------------------------------------------------------------------------


def _pg_param() -> object:
    return pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not PG_URL, reason="TEST_DATABASE_URL not set: PostgreSQL tests need a server"
        ),
    )


@pytest.fixture(params=["sqlite", _pg_param()])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each engine: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    yield from _postgres_schema_url()


def _postgres_schema_url() -> Iterator[str]:
    import sqlalchemy as sa

    from store.db import normalise_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


# --- The app ---------------------------------------------------------------------------------


@pytest.fixture
def encryption_keys() -> list[str]:
    return [Fernet.generate_key().decode()]


@pytest.fixture
def app_config(
    sqlite_url: str, redis_url: str, tmp_path: Path, encryption_keys: list[str]
) -> dict[str, object]:
    return {
        "APP_ENV": "testing",
        "DATABASE_URL": sqlite_url,
        "REDIS_URL": redis_url,
        "SECRET_KEY": "test-secret-key",
        "ENCRYPTION_KEYS": ",".join(encryption_keys),
        "INSTANCE_PATH": str(tmp_path / "instance"),
    }


@pytest.fixture
def app(app_config: dict[str, object]):  # type: ignore[no-untyped-def]
    from monday_app.factory import create_app
    from store.migrate import upgrade

    upgrade(str(app_config["DATABASE_URL"]))
    application = create_app(app_config)
    yield application
    application.extensions["store"].dispose()


@pytest.fixture
def web_client(app):  # type: ignore[no-untyped-def]
    """Flask's test client of the app: requests without a server."""
    return app.test_client()


@pytest.fixture
def cli_runner(app):  # type: ignore[no-untyped-def]
    """Runs the app's `flask` commands in-process."""
    return app.test_cli_runner()
