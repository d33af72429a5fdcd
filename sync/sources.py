"""Building the outside clients for a board sync: a SYSPRO reader and a monday client.

Connection rows hold the settings a customer typed; `options` holds the answers to facts the
SYSPRO fact sheet marks uncertain (see docs/syspro.md), applied here onto ConnectionSettings.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import redis

from monday_api import MondayClient
from monday_api.pacing import PacingSettings, RedisPacer
from monday_api.settings import MondayClientSettings
from monday_api.tokens import TokenSource
from store.board_syncs import ConnectionSpec
from syspro.enet import EnetClient
from syspro.readers.base import EntityReader
from syspro.readers.comfnd import ComfndReader
from syspro.readers.odata import ODataReader
from syspro.session import Cipher
from syspro.settings import (
    DEFAULT_REST_BASE_PATH,
    ConnectionSettings,
    option_problems,
    options_as_settings,
)


class ConnectionOptionError(ValueError):
    """A connection's `options` holds something no SYSPRO setting accepts (unknown key, path,
    wrong shape): the message names each."""


def _ca_bundle_file(pem: str) -> str:
    """requests wants a file; keep one per distinct bundle, readable by us only."""
    digest = hashlib.sha256(pem.encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"ml-connector-ca-{os.getuid()}-{digest}.pem"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(pem)
    return str(path)


def connection_settings(
    spec: ConnectionSpec, *, allow_private_networks: bool, allow_loopback: bool
) -> ConnectionSettings:
    """The one place a connection's settings are built (tests/test_one_builder.py holds every
    other module to it): polls, write-back, Test connection and the CLI all come here, so a
    saved value means the same everywhere. Options are checked again: a row saved before
    they were checked at save time must fail here with their names, not deep in a poll."""
    problems = option_problems(spec.options)
    if problems:
        raise ConnectionOptionError(
            f"connection {spec.id}: "
            + "; ".join(f"option {key!r}: {message}" for key, message in problems)
        )
    return ConnectionSettings(
        server_url=spec.server_url,
        operator=spec.operator,
        operator_password=spec.operator_password,
        company_id=spec.company_id,
        company_password=spec.company_password,
        rest_base_path=spec.rest_base_path or DEFAULT_REST_BASE_PATH,
        odata_url=spec.odata_url,
        odata_user=spec.odata_user,
        odata_password=spec.odata_password or None,
        verify_tls=spec.verify_tls,
        ca_bundle_path=_ca_bundle_file(spec.ca_bundle_pem) if spec.ca_bundle_pem else None,
        read_timeout=spec.timeout_seconds,
        allow_private_networks=allow_private_networks,
        allow_loopback=allow_loopback,
        **options_as_settings(spec.options),
    )


def enet_client(
    spec: ConnectionSpec,
    *,
    redis_client: redis.Redis,
    cipher: Cipher,
    allow_private_networks: bool = False,
    allow_loopback: bool = False,
) -> EnetClient:
    """An e.net client on the connection's one shared SYSPRO session."""
    settings = connection_settings(
        spec, allow_private_networks=allow_private_networks, allow_loopback=allow_loopback
    )
    return EnetClient(
        settings, connection_id=str(spec.id), redis_client=redis_client, cipher=cipher
    )


def build_reader(
    spec: ConnectionSpec,
    *,
    redis_client: redis.Redis,
    cipher: Cipher,
    allow_private_networks: bool = False,
    allow_loopback: bool = False,
) -> EntityReader:
    """OData where the site has it (faster, no e.net licence), else e.net COMFND queries."""
    settings = connection_settings(
        spec, allow_private_networks=allow_private_networks, allow_loopback=allow_loopback
    )
    if settings.odata_url:
        return ODataReader(settings)
    client = enet_client(
        spec, redis_client=redis_client, cipher=cipher,
        allow_private_networks=allow_private_networks, allow_loopback=allow_loopback,
    )
    return ComfndReader(client, client.settings)


def build_monday_client(
    token: str | TokenSource,
    *,
    redis_client: redis.Redis | None,
    monday_account_id: int | str,
    api_url: str | None = None,
    api_version: str | None = None,
) -> MondayClient:
    overrides: dict[str, Any] = {}
    if api_url:
        overrides["api_url"] = api_url
    if api_version:
        overrides["api_version"] = api_version
    settings = MondayClientSettings.from_env(**overrides)
    # Without Redis (one-off reads from the CLI) nothing is paced: the budget is shared
    # through Redis, and a single read cannot overrun it.
    pacer = RedisPacer(redis_client, PacingSettings.from_env()) if redis_client else None
    return MondayClient(token, settings, pacer=pacer, account_id=monday_account_id)
