"""Connect the connector to the two sandboxes: for the demo, the tests and the benchmarks.

Records monday account 1 with the sandbox's fixed token (as `ml-connector account add` would)
and a SYSPRO connection to the SYSPRO sandbox (operator ADMIN, company DEMO).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from config.settings import Settings
from jobs.engine import engine_context
from jobs.runtime import Runtime
from monday_api import MondayClient
from sandbox.monday.server import RunningSandbox as MondaySandbox
from sandbox.monday.server import start_in_thread as start_monday
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox as SysproSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from store.accounts import install_account, save_token
from store.board_syncs import create_board_sync
from store.connections import create_connection
from store.crypto import SecretBox
from store.db import Database
from store.migrate import upgrade
from sync.context import EngineContext
from sync.sources import build_monday_client
from syspro.urlguard import AddressPolicy

SANDBOX_TOKEN = "sandbox-token"
SANDBOX_ACCOUNT_ID = 1
SANDBOX_USER_ID = 1


def connect_sandboxes(
    db: Database,
    box: SecretBox,
    syspro_url: str,
    *,
    odata_url: str | None = None,
    interval: int = 15,
) -> tuple[int, int]:
    """Returns (account id, connection id) in the connector's database."""
    with db.session() as session:
        account, _ = install_account(session, SANDBOX_ACCOUNT_ID, name="Sandbox account")
        save_token(session, box, account, SANDBOX_USER_ID, SANDBOX_TOKEN, kind="personal")
        fields = {
            "name": "SYSPRO sandbox", "server_url": syspro_url, "operator": "ADMIN",
            "operator_password": "sandbox", "company_id": "DEMO",
            "poll_interval_minutes": interval,
        }
        if odata_url:
            fields |= {"odata_url": odata_url, "odata_user": "ADMIN", "odata_password": "sandbox"}
        # The sandboxes listen on loopback, which only they (and tests) may use.
        connection = create_connection(session, box, account.id, fields,
                                       policy=AddressPolicy(allow_loopback=True))
        return account.id, connection.id


@dataclass
class LocalStack:
    """Both sandboxes on real HTTP, a migrated database, and an engine wired like a worker."""

    runtime: Runtime
    ctx: EngineContext
    syspro: SysproSandbox
    monday: MondaySandbox
    account_id: int
    connection_id: int

    def monday_client(self) -> MondayClient:
        return build_monday_client(
            SANDBOX_TOKEN, redis_client=self.runtime.redis,
            monday_account_id=SANDBOX_ACCOUNT_ID, api_url=self.monday.api_url,
        )

    def add_board_sync(self, entity: str, board_name: str, **fields: object) -> tuple[int, str]:
        """A new sandbox board and a board sync of `entity` to it: (board sync id, board id)."""
        board = self.monday_client().create_board(board_name)
        with self.runtime.db.session() as session:
            sync = create_board_sync(
                session, self.account_id,
                # Tests and benchmarks check whole tables: everything comes unless they ask
                # otherwise (the product's default first_sync is "open" for invoices).
                {"connection_id": self.connection_id, "board_id": board.id, "entity": entity,
                 "first_sync": "all", **fields},
            )
            return sync.id, board.id


@contextmanager
def local_stack(
    config: dict[str, object],
    seed: SeedSize | None = None,
    *,
    odata: bool = False,
    **monday_options: Any,
) -> Iterator[LocalStack]:
    """Start both sandboxes in threads and connect a runtime built from `config` to them."""
    syspro = start_syspro(size=seed)
    monday = start_monday(**monday_options)
    settings = Settings.from_env(
        {**config, "MONDAY_API_URL": monday.api_url, "MONDAY_AUTH_URL": monday.url,
         "ALLOW_LOOPBACK": "true"}
    )
    upgrade(settings.database_url)
    runtime = Runtime(settings)
    try:
        ids = connect_sandboxes(
            runtime.db, runtime.secret_box, syspro.base_url,
            odata_url=syspro.odata_url if odata else None,
        )
        yield LocalStack(runtime, engine_context(runtime), syspro, monday, *ids)
    finally:
        syspro.stop()
        monday.stop()
        runtime.db.dispose()
