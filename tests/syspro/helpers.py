"""Helpers shared by the SYSPRO tests."""

from __future__ import annotations

import requests

from sandbox.syspro.server import RunningSandbox


def control(sandbox: RunningSandbox, method: str, path: str,
            body: dict | None = None) -> requests.Response:
    return requests.request(method, f"{sandbox.base_url}/_sandbox/{path}", json=body, timeout=10)
