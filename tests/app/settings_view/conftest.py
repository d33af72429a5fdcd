"""Fixtures of the settings view's browser tests, on top of tests/app/conftest.py: per test the
app served live with loopback allowed (the SYSPRO sandbox is on 127.0.0.1) and account 1
installed, in a window sized for the screenshots."""

from __future__ import annotations

from typing import Any

import pytest

from tests.app.browser import Flow


@pytest.fixture
def app_config(app_config: dict[str, object]) -> dict[str, object]:
    return {**app_config, "ALLOW_LOOPBACK": "true"}


@pytest.fixture
def flow(flow: Flow, shared_browser: Any) -> Flow:
    shared_browser.set_window_size(1100, 1000)
    flow.lifecycle("install")
    return flow
