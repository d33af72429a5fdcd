"""The board view API served over real HTTP, beside both sandboxes and a real RQ worker.

The app runs on werkzeug on a free port; every call carries a view session token signed with
the client secret as monday signs it; jobs the API queues run in an RQ worker (burst) on the
embedded Redis, against the SYSPRO and monday sandboxes over HTTP.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import jwt
import pytest
import requests

from sandbox.harness import SANDBOX_ACCOUNT_ID, LocalStack
from tests.app.browser import LiveServer
from tests.app.conftest import CLIENT_ID, CLIENT_SECRET, run_queued_jobs
from tests.sync.conftest import make_engine_env

# Every change the board view can ask for (method, path template); a member gets 403 on each.
CHANGES = (
    ("POST", "/api/records/{record}/retry", None),
    ("POST", "/api/board-syncs/{sync}/retry-failed", None),
    ("POST", "/api/board-syncs/{sync}/sync-now", None),
    ("PUT", "/api/board-syncs/{sync}/paused", {"paused": True}),
    ("POST", "/api/board-syncs/{sync}/backfill", {"from": "2024-01-01", "to": "2024-01-31"}),
    ("POST", "/api/board-syncs/{sync}/mapping/preview", {"mapping": {}}),
    ("PUT", "/api/board-syncs/{sync}/mapping", {"mapping": {}}),
)


def view_token(admin: bool = True, account: int = SANDBOX_ACCOUNT_ID) -> str:
    claims = {"exp": int(time.time()) + 600,
              "dat": {"account_id": account, "user_id": 1, "client_id": CLIENT_ID,
                      "is_admin": admin, "user_kind": "admin" if admin else "member"}}
    return jwt.encode(claims, CLIENT_SECRET, algorithm="HS256")


@dataclass
class BoardApi:
    url: str
    app: Any
    stack: LocalStack

    def call(self, method: str, path: str, *, admin: bool = True, **kwargs: Any
             ) -> requests.Response:
        return requests.request(method, self.url + path, timeout=30, headers={
            "Authorization": f"Bearer {view_token(admin)}"}, **kwargs)

    def get(self, path: str, **params: Any) -> Any:
        response = self.call("GET", path, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def run_jobs(self) -> None:
        run_queued_jobs(self.app)

    def syspro(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = requests.request(method, f"{self.stack.syspro.base_url}/_sandbox/{path}",
                                    json=body, timeout=10)
        response.raise_for_status()
        return response.json()

    def monday(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = requests.request(method, f"{self.stack.monday.url}/_sandbox/{path}",
                                    json=body, timeout=10)
        response.raise_for_status()
        return response.json()

    def board_items(self, board_id: str) -> list[dict[str, Any]]:
        return self.monday("GET", f"boards/{board_id}/items")

    def mutations(self, board_id: str) -> int:
        return self.monday("GET", "stats")["mutations_by_board"].get(board_id, 0)


@contextmanager
def board_api(app_config: dict[str, object], monkeypatch: pytest.MonkeyPatch,
              **monday_options: object) -> Iterator[BoardApi]:
    from monday_app.factory import create_app

    for stack in make_engine_env(app_config, monkeypatch, **monday_options):
        server = LiveServer()
        app = create_app({**app_config, "PUBLIC_BASE_URL": server.url,
                          "MONDAY_API_URL": stack.monday.api_url,
                          "MONDAY_AUTH_URL": stack.monday.url, "ALLOW_LOOPBACK": "true"})
        server.serve(app)
        try:
            yield BoardApi(server.url, app, stack)
        finally:
            server.stop()
            app.extensions["store"].dispose()
