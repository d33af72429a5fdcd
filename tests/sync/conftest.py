"""Both sandboxes on real HTTP, a migrated database, and an engine context wired like a worker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from jobs.engine import engine_context
from jobs.runtime import Runtime, set_runtime
from monday_app.client import MondayClient
from monday_app.settings import Settings
from sandbox.monday.server import RunningSandbox as MondaySandbox
from sandbox.monday.server import start_in_thread as start_monday
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox as SysproSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from store.accounts import save_token, upsert_account
from store.board_syncs import create_board_sync
from store.connections import create_connection
from store.migrate import upgrade
from sync.context import EngineContext
from sync.sources import build_monday_client

SMALL_SEED = SeedSize(
    suppliers=20, customers=20, supplier_invoices=120, purchase_orders=40,
    customer_invoices=60, stock_items=20, gl_accounts=10,
)
# A "minute" of pacing lasts one second, and the monday sandbox's clock runs 60x to match.
PACE_ENV = {"MONDAY_PACE_WINDOW_SECONDS": "1"}


@dataclass
class EngineEnv:
    runtime: Runtime
    ctx: EngineContext
    syspro: SysproSandbox
    monday: MondaySandbox
    account_id: int
    connection_id: int

    def monday_client(self) -> MondayClient:
        return build_monday_client(
            "sandbox-token", redis_client=self.runtime.redis, monday_account_id=1,
            api_url=self.monday.api_url,
        )

    def add_board_sync(self, entity: str, board_name: str, **fields: object) -> tuple[int, str]:
        board = self.monday_client().create_board(board_name)
        with self.runtime.db.session() as session:
            sync = create_board_sync(
                session, self.account_id,
                {"connection_id": self.connection_id, "board_id": board.id, "entity": entity,
                 **fields},
            )
            return sync.id, board.id


def make_engine_env(
    app_config: dict, monkeypatch: pytest.MonkeyPatch, seed: SeedSize = SMALL_SEED,
    odata: bool = False, **monday_options: object,
) -> Iterator[EngineEnv]:
    for key, value in PACE_ENV.items():
        monkeypatch.setenv(key, value)
    syspro = start_syspro(size=seed)
    monday = start_monday(clock_speed=60.0, **monday_options)
    config = {**app_config, "MONDAY_API_URL": monday.api_url, "ALLOW_LOOPBACK": "true"}
    upgrade(config["DATABASE_URL"])
    runtime = Runtime(Settings.from_env(config))
    set_runtime(runtime)
    with runtime.db.session() as session:
        account = upsert_account(session, 1, name="Sandbox account")
        save_token(session, runtime.secret_box, account, 1, "sandbox-token", kind="personal")
        fields = {
            "name": "sandbox", "server_url": syspro.base_url, "operator": "ADMIN",
            "operator_password": "sandbox", "company_id": "DEMO",
        }
        if odata:
            fields |= {"odata_url": syspro.odata_url, "odata_user": "ADMIN",
                       "odata_password": "sandbox"}
        connection = create_connection(session, runtime.secret_box, account.id, fields)
        ids = account.id, connection.id
    ctx = engine_context(runtime)
    try:
        yield EngineEnv(runtime, ctx, syspro, monday, *ids)
    finally:
        set_runtime(None)
        syspro.stop()
        monday.stop()
        runtime.db.dispose()


@pytest.fixture
def engine_env(app_config, monkeypatch) -> Iterator[EngineEnv]:
    yield from make_engine_env(app_config, monkeypatch)
