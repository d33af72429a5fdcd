"""Both sandboxes on real HTTP, a migrated database, and an engine context wired like a worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from jobs.runtime import set_runtime
from sandbox.harness import LocalStack, local_stack
from sandbox.syspro.seed import SeedSize
from store.board_syncs import load_spec
from store.writeback import webhook_ids
from sync.poll import poll
from sync.provision import BOARD_WEBHOOK_EVENT
from sync.push import push
from tests.sync.receiver import Receiver

SMALL_SEED = SeedSize(
    suppliers=20, customers=20, supplier_invoices=120, purchase_orders=40,
    customer_invoices=60, stock_items=20, gl_accounts=10,
)
# A "minute" of pacing lasts one second, and the monday sandbox's clock runs 60x to match.
PACE_ENV = {"MONDAY_PACE_WINDOW_SECONDS": "1"}

EngineEnv = LocalStack


def make_engine_env(
    app_config: dict, monkeypatch: pytest.MonkeyPatch, seed: SeedSize = SMALL_SEED,
    odata: bool = False, **monday_options: object,
) -> Iterator[LocalStack]:
    for key, value in PACE_ENV.items():
        monkeypatch.setenv(key, value)
    monday_options.setdefault("clock_speed", 60.0)
    with local_stack(app_config, seed, odata=odata, **monday_options) as stack:
        set_runtime(stack.runtime)
        try:
            yield stack
        finally:
            set_runtime(None)


@pytest.fixture
def engine_env(app_config, monkeypatch) -> Iterator[LocalStack]:
    yield from make_engine_env(app_config, monkeypatch)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """Where monday delivers the board webhooks the engine creates."""
    running = Receiver()
    yield running
    running.server.shutdown()


@pytest.fixture
def lookup_board(engine_env, receiver):
    """A supplier lookup (write-back) board synced once, its board webhooks pointing at
    `receiver`: (env, sync id, board id, provisioned columns, items)."""
    env = engine_env
    env.ctx.enqueue_push = None
    env.ctx.public_base_url = receiver.url
    sync_id, board_id = env.add_board_sync("suppliers", "Suppliers", mode="lookup")
    poll(env.ctx, sync_id)
    assert push(env.ctx, sync_id).created > 0
    with env.runtime.db.session() as session:
        spec = load_spec(session, env.runtime.secret_box, sync_id)
        hooks = webhook_ids(session, sync_id)
    assert BOARD_WEBHOOK_EVENT in hooks
    items = requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=10).json()
    return env, sync_id, board_id, spec.provisioned_columns, items
