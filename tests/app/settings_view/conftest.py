"""Fixtures of the settings view's browser tests: one headless Chromium, the monday and SYSPRO
sandboxes per module; per test the app served live (loopback allowed: the SYSPRO sandbox is on
127.0.0.1) with account 1 installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sandbox.monday.server import RunningSandbox
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox as SysproSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from tests.app.browser import Flow, find_chromium, live_flow, start_chromium, start_sandbox
from tests.app.settings_view.page import screenshot_dir

FOUND = find_chromium()
SEED = SeedSize(suppliers=3, customers=3, supplier_invoices=4, purchase_orders=2,
                customer_invoices=2, stock_items=2, gl_accounts=2)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    assert not isinstance(FOUND, str)
    driver = start_chromium(*FOUND, profile_dir=tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def syspro() -> Iterator[SysproSandbox]:
    running = start_syspro(size=SEED)
    yield running
    running.stop()


@pytest.fixture
def flow(app_config: dict[str, object], sandbox: RunningSandbox, browser: Any
         ) -> Iterator[Flow]:
    browser.set_window_size(1100, 1000)
    with live_flow({**app_config, "ALLOW_LOOPBACK": "true"}, sandbox) as running:
        running.lifecycle("install")
        yield running


@pytest.fixture
def api_flow(app_config: dict[str, object], sandbox: RunningSandbox) -> Iterator[Flow]:
    """The live app without a browser, for checks of the settings API alone."""
    with live_flow({**app_config, "ALLOW_LOOPBACK": "true"}, sandbox) as running:
        running.lifecycle("install")
        yield running


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return screenshot_dir(tmp_path)


def connection(flow: Flow, syspro: SysproSandbox, name: str) -> int:
    """A connection to the SYSPRO sandbox saved through the API, as an admin."""
    answer = flow.api("POST", "/api/connections", json={
        "name": name, "server_url": syspro.base_url, "operator": "ADMIN",
        "operator_password": "sandbox", "company_id": "DEMO"})
    assert answer.status_code == 201, answer.text
    return int(answer.json()["connection"]["id"])
