"""Members look, admins change; and the stored SYSPRO secrets only go where they were entered.

Every member of a monday account holds a session token (it is in the view's iframe URL), so
the settings API decides by the token's `is_admin`, and a changed server URL, operator or
OData URL needs its passwords again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

import jwt
import pytest
import sqlalchemy as sa

from store.connections import decrypted_secrets, get_connection
from store.models import SyncRecord, SysproConnection
from tests.app.conftest import CLIENT_ID, CLIENT_SECRET

ACCOUNT = 501


def stored_state(monday: Any) -> dict[str, Any]:
    """Every column of every connection and record: what "nothing changed" compares."""
    with monday.session() as s:
        rows = [dict(r._mapping) for r in s.execute(sa.select(SysproConnection.__table__))]
        records = [dict(r._mapping) for r in s.execute(sa.select(SyncRecord.__table__))]
    return {"connections": rows, "records": records}


def failed_record(monday: Any, tenant: Any) -> int:
    return monday.failed_record(tenant, "0001")


ADMIN_ONLY = [
    ("POST", "/api/connections", {"name": "second", "server_url": "http://evil.example:1",
                                  "operator": "A", "company_id": "B"}),
    ("PUT", "/api/connections/{c}", {"server_url": "http://evil.example:1",
                                     "operator_password": "x", "company_password": "y"}),
    ("PUT", "/api/connections/{c}", {"poll_interval_minutes": 30}),
    ("POST", "/api/connections/{c}/test", None),
    ("GET", "/api/connections/{c}/sync-url", None),
    ("POST", "/api/connections/{c}/sync-url/rotate", None),
    ("POST", "/api/records/{r}/retry", None),
    ("DELETE", "/api/connections/{c}", None),
    ("PUT", "/api/connections/{c}/default", None),
]


def member_token(dat: dict[str, Any]) -> str:
    claims = {"exp": 4_000_000_000,
              "dat": {"account_id": ACCOUNT, "user_id": 8, "client_id": CLIENT_ID, **dat}}
    return jwt.encode(claims, CLIENT_SECRET, algorithm="HS256")


MEMBERS = {
    "member": {"is_admin": False, "user_kind": "member"},
    "no-role-claims": {},
    "view-only": {"is_admin": True, "is_view_only": True},
    "guest": {"is_admin": True, "is_guest": True, "user_kind": "guest"},
}


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ONLY)
@pytest.mark.parametrize("who", list(MEMBERS))
def test_members_get_403_and_nothing_changes(
    monday, web_client, monkeypatch, method, path, body, who
) -> None:
    from syspro import connection_test

    def no_call(*_a: Any, **_k: Any) -> None:
        raise AssertionError("a member's request reached SYSPRO")

    monkeypatch.setattr(connection_test, "run_connection_test", no_call)
    tenant = monday.tenant(ACCOUNT)
    url = path.format(c=tenant.connection_id, r=failed_record(monday, tenant))
    before = stored_state(monday)
    headers = {"Authorization": f"Bearer {member_token(MEMBERS[who])}"}
    response = web_client.open(url, method=method, json=body, headers=headers)
    assert response.status_code == 403
    assert response.json["error"] == "forbidden"
    assert "Only an admin of this monday account can" in response.json["message"]
    assert "url" not in response.json
    assert stored_state(monday) == before


def test_members_may_look(monday) -> None:
    tenant = monday.tenant(ACCOUNT)
    for path in ("/api/connections", f"/api/connections/{tenant.connection_id}",
                 "/api/board-health"):
        assert monday.api("GET", path, ACCOUNT, admin=False).status_code == 200, path


def test_the_settings_page_is_read_only_for_members(monday, web_client) -> None:
    monday.tenant(ACCOUNT)
    # The page says who may edit; the view renders read-only from it (browser test:
    # tests/app/settings_view/test_list.py::test_members_see_everything_read_only).
    member_token = monday.view_token(ACCOUNT, admin=False)
    member = web_client.get(f"/views/settings?sessionToken={member_token}")
    assert b'data-can-edit="false"' in member.data
    admin = web_client.get(f"/views/settings?sessionToken={monday.view_token(ACCOUNT)}")
    assert b'data-can-edit="true"' in admin.data
    board = web_client.get(f"/views/board?sessionToken={monday.view_token(ACCOUNT, admin=False)}")
    assert b'data-can-edit="false"' in board.data


def test_admins_still_change_things(monday) -> None:
    tenant = monday.tenant(ACCOUNT)
    url = f"/api/connections/{tenant.connection_id}"
    assert monday.api("PUT", url, ACCOUNT, json={"poll_interval_minutes": 30}).status_code == 200
    assert monday.api("GET", url + "/sync-url", ACCOUNT).status_code == 200


# --- a changed destination needs the passwords again ---------------------------------------


@pytest.mark.parametrize(
    ("change", "needed"),
    [
        ({"server_url": "http://evil.example.com:20001"},
         ["company_password", "operator_password"]),
        ({"server_url": "http://evil.example.com:20001", "operator_password": "********",
          "company_password": "********"}, ["company_password", "operator_password"]),
        ({"server_url": "http://evil.example.com:20001", "operator_password": "typed"},
         ["company_password"]),
        ({"operator": "SOMEONE"}, ["operator_password"]),
        ({"odata_url": "https://evil.example.com:443/odata"}, ["odata_password"]),
    ],
    ids=["url", "url-with-masks", "url-one-password", "operator", "odata-url"],
)
def test_a_new_destination_without_its_passwords_is_refused(monday, change, needed) -> None:
    tenant = monday.tenant(ACCOUNT)
    before = stored_state(monday)
    response = monday.api("PUT", f"/api/connections/{tenant.connection_id}", ACCOUNT,
                          json=change)
    assert response.status_code == 400
    assert response.json["fields"] == needed
    assert response.json["field"] == needed[0]
    for name in needed:
        assert name in response.json["message"]
    assert stored_state(monday) == before


def test_the_same_url_or_other_fields_keep_the_stored_passwords(monday) -> None:
    tenant = monday.tenant(ACCOUNT)
    listed = monday.api("GET", "/api/connections", ACCOUNT).json["connections"][0]
    listed.update(name="renamed", company_id="EDU2", poll_interval_minutes=30)
    response = monday.api("PUT", f"/api/connections/{tenant.connection_id}", ACCOUNT,
                          json=listed)
    assert response.status_code == 200, response.json
    box = monday.app.extensions["secret_box"]
    with monday.session() as s:
        secrets = decrypted_secrets(box, get_connection(s, tenant.account_id,
                                                        tenant.connection_id))
    assert secrets["operator_password"] == "op-secret"


# --- "Test connection" never hands the old server's secrets to a new one --------------------


class FakeEnet:
    """A SYSPRO e.net stand-in that records every request and logs on with a fixed id."""

    def __init__(self, session_id: str) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                outer.requests.append(unquote(self.path))
                body = session_id if "/Logon" in self.path else "ERROR: not in this stand-in"
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def seen(self) -> str:
        return "\n".join(self.requests)


@pytest.fixture
def app_config(app_config: dict[str, object]) -> dict[str, object]:
    # The stand-in SYSPRO hosts listen on 127.0.0.1.
    return {**app_config, "ALLOW_LOOPBACK": "true"}


@pytest.fixture
def enet_hosts() -> Iterator[tuple[FakeEnet, FakeEnet]]:
    saved, other = FakeEnet("SESSION-OF-SAVED-HOST"), FakeEnet("SESSION-OF-OTHER-HOST")
    yield saved, other
    for host in (saved, other):
        host.server.shutdown()
        host.server.server_close()


def test_connection_never_sends_stored_secrets_or_session_to_an_edited_url(
    monday, redis_conn, enet_hosts
) -> None:
    saved, other = enet_hosts
    tenant = monday.tenant(ACCOUNT)
    url = f"/api/connections/{tenant.connection_id}"
    secrets = {"operator_password": "op-secret", "company_password": "co-secret"}
    assert monday.api("PUT", url, ACCOUNT, json={"server_url": saved.url, **secrets}
                      ).status_code == 200
    # A test against the saved host logs on there: its session id is now shared in Redis.
    monday.test_connection(tenant.connection_id, ACCOUNT)
    assert "OperatorPassword=op-secret" in saved.seen()

    # Pointing the connection elsewhere while keeping the stored passwords is refused...
    refused = monday.api("PUT", url, ACCOUNT, json={"server_url": other.url})
    assert refused.status_code == 400
    monday.test_connection(tenant.connection_id, ACCOUNT)
    assert other.requests == []
    # ...and with the new host's own passwords, its test uses only those.
    new = {"operator_password": "op-other", "company_password": "co-other"}
    assert monday.api("PUT", url, ACCOUNT, json={"server_url": other.url, **new}
                      ).status_code == 200
    monday.test_connection(tenant.connection_id, ACCOUNT)
    seen = other.seen()
    assert "OperatorPassword=op-other" in seen
    for secret in ("op-secret", "co-secret", "SESSION-OF-SAVED-HOST"):
        assert secret not in seen
