"""Remote options: distinct branches, warehouses and currencies read from SYSPRO into Redis."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from config.settings import Settings
from jobs.options import CACHE_TTL_SECONDS, cache_key, refresh_remote_options
from jobs.runtime import Runtime, set_runtime
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import start_in_thread as start_syspro
from store.accounts import upsert_account
from store.connections import create_connection
from store.migrate import upgrade

SEED = SeedSize(suppliers=20, customers=20, supplier_invoices=20, purchase_orders=10,
                customer_invoices=10, stock_items=20, gl_accounts=5)


@pytest.fixture
def syspro_connection(app_config) -> Iterator[tuple[Runtime, object, int]]:
    syspro = start_syspro(size=SEED)
    upgrade(str(app_config["DATABASE_URL"]))
    rt = Runtime(Settings.from_env({**app_config, "ALLOW_LOOPBACK": "true"}))
    set_runtime(rt)
    with rt.db.session() as session:
        account = upsert_account(session, 7, name="Options account")
        connection = create_connection(session, rt.secret_box, account.id, {
            "name": "sandbox", "server_url": syspro.base_url, "operator": "ADMIN",
            "operator_password": "sandbox", "company_id": "DEMO"},
            policy=rt.settings.address_policy)
        connection_id = connection.id
    try:
        yield rt, syspro, connection_id
    finally:
        set_runtime(None)
        syspro.stop()
        rt.db.dispose()


def test_remote_options_land_in_redis(syspro_connection) -> None:
    rt, syspro, connection_id = syspro_connection
    result = refresh_remote_options(connection_id)
    data = syspro.app.state.data

    def distinct(*pairs: tuple[str, str]) -> list[str]:
        return sorted({str(r[c]).strip() for t, c in pairs for r in data.table(t).rows
                       if r.get(c) is not None and str(r[c]).strip()})

    expected = {
        "branches": distinct(("ApSupplier", "Branch"), ("ArCustomer", "Branch")),
        "warehouses": distinct(("InvMaster", "WarehouseToUse"), ("GrnDetails", "Warehouse")),
        "currencies": distinct(("ApSupplier", "Currency"), ("ArCustomer", "Currency")),
    }
    for name, values in expected.items():
        assert values, f"the seed has no {name}"
        key = cache_key(connection_id, name)
        cached = json.loads(rt.redis.get(key))
        assert cached == [{"title": v, "value": v} for v in values]
        assert 0 < rt.redis.ttl(key) <= CACHE_TTL_SECONDS
        assert result[name] == len(values)


def test_unknown_connection_is_skipped(syspro_connection) -> None:
    rt, _, connection_id = syspro_connection
    assert "skipped" in refresh_remote_options(connection_id + 100)
    assert rt.redis.keys("remote-options:*") == []
