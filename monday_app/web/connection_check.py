"""The settings view's "Test connection": the one synchronous call out (short timeouts)."""

from __future__ import annotations

import logging
from typing import Any

from redis import Redis

from monday_app.web.common import settings
from store.board_syncs import connection_spec
from store.connections import get_connection, record_test_result
from store.crypto import SecretBox
from store.db import Database
from sync import sources
from syspro import connection_test
from syspro.settings import ConnectionSettings

log = logging.getLogger(__name__)


def connection_settings(connection: Any, box: SecretBox) -> ConnectionSettings:
    """Built as a poll builds it (options, CA bundle PEM, ALLOW_* flags), with a short read
    timeout: a person is waiting."""
    app_settings = settings()
    config = sources.connection_settings(
        connection_spec(box, connection),
        allow_private_networks=app_settings.allow_private_networks,
        allow_loopback=app_settings.allow_loopback,
    )
    return config.with_changes(read_timeout=min(config.read_timeout, 15.0))


def run_check(
    database: Database, box: SecretBox, redis: Redis, account_id: int, connection_id: int
) -> dict[str, Any]:
    config: ConnectionSettings | None = None
    with database.session() as session:
        connection = get_connection(session, account_id, connection_id)
        try:
            config = connection_settings(connection, box)
        except sources.ConnectionOptionError as exc:  # saved before options were checked
            problem = str(exc)
    if config is None:
        return _record(database, account_id, connection_id, [
            {"step": "options", "ok": False, "detail": problem, "error_kind": None}])
    try:
        results = connection_test.run_connection_test(
            config, redis_client=redis, cipher=box, connection_id=str(connection_id)
        )
        steps = [
            {"step": r.step, "ok": r.ok, "detail": r.detail, "error_kind": r.error_kind}
            for r in results
        ]
    except Exception as exc:  # noqa: BLE001 - the person waiting needs a step, not a 500
        log.warning("connection test %s crashed: %s", connection_id, type(exc).__name__)
        steps = [{"step": "test", "ok": False, "detail": type(exc).__name__, "error_kind": None}]
    return _record(database, account_id, connection_id, steps)


def _record(
    database: Database, account_id: int, connection_id: int, steps: list[dict[str, Any]]
) -> dict[str, Any]:
    ok = bool(steps) and all(step["ok"] for step in steps)
    with database.session() as session:
        record_test_result(session, account_id, connection_id, ok, {"steps": steps})
    return {"ok": ok, "steps": steps}
