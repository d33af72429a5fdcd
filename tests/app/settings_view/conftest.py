"""Fixtures of the settings view's browser tests, on top of tests/app/conftest.py: per test the
app served live with loopback allowed (the SYSPRO sandbox is on 127.0.0.1) and account 1
installed (`api_flow`), and with the module's browser sized for the screenshots (`flow`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from sandbox.monday.server import RunningSandbox
from tests.app.browser import Flow, live_flow


@pytest.fixture
def app_config(app_config: dict[str, object]) -> dict[str, object]:
    return {**app_config, "ALLOW_LOOPBACK": "true"}


@pytest.fixture
def api_flow(app_config: dict[str, object], monday_sandbox: RunningSandbox) -> Iterator[Flow]:
    """The live app with account 1 installed, without a browser: for checks of the settings
    API alone."""
    with live_flow(app_config, monday_sandbox) as running:
        running.lifecycle("install")
        yield running


@pytest.fixture
def flow(api_flow: Flow, shared_browser: Any) -> Flow:
    """api_flow, with the module's browser sized for the screenshots."""
    shared_browser.set_window_size(1100, 1000)
    return api_flow
