"""The settings view's "Test connection": the one synchronous call out (short timeouts)."""

from __future__ import annotations

import logging
from dataclasses import fields as dataclass_fields
from typing import Any

from redis import Redis

from monday_app.web.common import settings
from store.connections import decrypted_secrets, get_connection, record_test_result
from store.crypto import SecretBox
from store.db import Database
from syspro import connection_test
from syspro.settings import ConnectionSettings

log = logging.getLogger(__name__)

_SETTING_NAMES = {f.name for f in dataclass_fields(ConnectionSettings)}
# Stored options may tune uncertain SYSPRO facts, never these (they come from the form).
_NOT_FROM_OPTIONS = {
    "server_url", "operator", "operator_password", "company_id", "company_password",
    "odata_url", "odata_user", "odata_password", "allow_private_networks", "allow_loopback",
}


def connection_settings(connection: Any, secrets: dict[str, str]) -> ConnectionSettings:
    app_settings = settings()
    options = {
        k: v
        for k, v in (connection.options or {}).items()
        if k in _SETTING_NAMES and k not in _NOT_FROM_OPTIONS
    }
    return ConnectionSettings(
        server_url=connection.server_url,
        operator=connection.operator,
        operator_password=secrets["operator_password"],
        company_id=connection.company_id,
        company_password=secrets["company_password"],
        rest_base_path=connection.rest_base_path,
        odata_url=connection.odata_url,
        odata_user=connection.odata_user,
        odata_password=secrets["odata_password"] or None,
        verify_tls=connection.verify_tls,
        read_timeout=min(float(connection.timeout_seconds), 15.0),
        allow_private_networks=app_settings.allow_private_networks,
        # Loopback only outside production: the local sandboxes listen on 127.0.0.1.
        allow_loopback=not app_settings.is_production,
        **options,
    )


def run_check(
    database: Database, box: SecretBox, redis: Redis, account_id: int, connection_id: int
) -> dict[str, Any]:
    with database.session() as session:
        connection = get_connection(session, account_id, connection_id)
        config = connection_settings(connection, decrypted_secrets(box, connection))
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
    ok = bool(steps) and all(step["ok"] for step in steps)
    with database.session() as session:
        record_test_result(session, account_id, connection_id, ok, {"steps": steps})
    return {"ok": ok, "steps": steps}
