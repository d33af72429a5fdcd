"""Both sandboxes on real HTTP, a migrated database, and an engine context wired like a worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jobs.runtime import set_runtime
from sandbox.harness import LocalStack, local_stack
from sandbox.syspro.seed import SeedSize

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
