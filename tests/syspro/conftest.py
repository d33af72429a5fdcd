"""Fixtures of the SYSPRO client tests: the SYSPRO sandbox over real HTTP (`syspro_sandbox`,
one per test process; `fresh_syspro_sandbox` resets it), connection settings for it, and e.net
clients (`enet_client`, or `make_enet_client` for other settings).

`redis_conn` comes from the project's tests/conftest.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
import redis
from cryptography.fernet import Fernet

from sandbox.syspro.server import RunningSandbox, start_in_thread
from syspro.enet import EnetClient
from syspro.settings import ConnectionSettings
from tests.syspro.helpers import control

_ids = itertools.count(1)


class FernetCipher:
    def __init__(self) -> None:
        self._fernet = Fernet(Fernet.generate_key())

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, token: str) -> str:
        return self._fernet.decrypt(token.encode()).decode()


@pytest.fixture(scope="session")
def syspro_sandbox() -> Iterator[RunningSandbox]:
    running = start_in_thread()
    yield running
    running.stop()


@pytest.fixture
def fresh_syspro_sandbox(syspro_sandbox: RunningSandbox) -> RunningSandbox:
    """The shared sandbox reset to its seed (for tests that change data or settings)."""
    control(syspro_sandbox, "POST", "reset")
    control(syspro_sandbox, "POST", "settings", {"session_idle_seconds": 600,
                                                 "evict_on_second_logon": True,
                                                 "odata_row_cap": 5000, "odata_next_link": True})
    return syspro_sandbox


@pytest.fixture
def cipher() -> FernetCipher:
    return FernetCipher()


@pytest.fixture
def settings(syspro_sandbox: RunningSandbox) -> ConnectionSettings:
    return ConnectionSettings(
        server_url=syspro_sandbox.base_url,
        operator="ADMIN",
        operator_password="sandbox",
        company_id="DEMO",
        odata_url=syspro_sandbox.odata_url,
        allow_loopback=True,
        connect_timeout=2.0,
        read_timeout=5.0,
        backoff_base=0.01,
        backoff_cap=0.05,
    )


@pytest.fixture
def connection_id() -> str:
    return f"conn-{next(_ids)}"


@pytest.fixture
def make_enet_client(redis_conn: redis.Redis, cipher: FernetCipher, connection_id: str):  # type: ignore[no-untyped-def]
    created: list[EnetClient] = []

    def build(settings: ConnectionSettings, conn_id: str | None = None) -> EnetClient:
        client = EnetClient(settings, connection_id=conn_id or connection_id,
                            redis_client=redis_conn, cipher=cipher)
        created.append(client)
        return client

    yield build
    for client in created:
        client.close()


@pytest.fixture
def enet_client(make_enet_client, settings: ConnectionSettings) -> EnetClient:  # type: ignore[no-untyped-def]
    return make_enet_client(settings)
