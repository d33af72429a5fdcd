"""The account's connections as a list: remove (refused while board syncs use it, naming
them), the default (one per account; automations use it when they name none), and the pages'
friendly refusals (a page, never JSON, for a bad session token or an account not installed)."""

from __future__ import annotations

from typing import Any

import jwt
import pytest

from store.board_syncs import create_board_sync
from store.models import SysproConnection
from tests.app.conftest import CLIENT_SECRET

SECOND = {"name": "branch", "server_url": "http://syspro.example.com:20002",
          "operator": "ADMIN", "operator_password": "pw", "company_id": "EDU2"}


def _defaults(monday: Any, account_id: int) -> list[tuple[str, bool]]:
    with monday.session() as s:
        rows = s.query(SysproConnection).filter_by(account_id=account_id).order_by(
            SysproConnection.id)
        return [(c.name, c.is_default) for c in rows]


def _second(monday: Any) -> int:
    answer = monday.api("POST", "/api/connections", 501, json=SECOND)
    assert answer.status_code == 201, answer.json
    assert answer.json["connection"]["is_default"] is False
    return int(answer.json["connection"]["id"])


def test_the_first_connection_is_the_default_and_another_can_be_made_it(monday) -> None:
    tenant = monday.tenant(501)
    second = _second(monday)
    assert _defaults(monday, tenant.account_id) == [("main", True), ("branch", False)]
    answer = monday.api("PUT", f"/api/connections/{second}/default", 501)
    assert answer.status_code == 200
    assert [(c["name"], c["is_default"]) for c in answer.json["connections"]] == [
        ("main", False), ("branch", True)]
    assert _defaults(monday, tenant.account_id) == [("main", False), ("branch", True)]


def test_removing_is_refused_while_board_syncs_use_it_and_names_them(monday) -> None:
    tenant = monday.tenant(501)
    with monday.session() as s:
        for board, entity in (("4242", "supplier_invoices"), ("77", "suppliers")):
            create_board_sync(s, tenant.account_id, {
                "connection_id": tenant.connection_id, "board_id": board, "entity": entity})
    answer = monday.api("DELETE", f"/api/connections/{tenant.connection_id}", 501)
    assert answer.status_code == 409
    assert answer.json["board_syncs"] == ["Supplier invoices on board 4242",
                                          "Suppliers on board 77"]
    assert answer.json["message"].startswith("Connection 'main' is still used by 2 board syncs")
    assert _defaults(monday, tenant.account_id) == [("main", True)]


def test_removing_the_default_makes_the_oldest_left_the_default(monday) -> None:
    tenant = monday.tenant(501)
    _second(monday)
    third = monday.api("POST", "/api/connections", 501,
                       json={**SECOND, "name": "third"}).json["connection"]["id"]
    answer = monday.api("DELETE", f"/api/connections/{tenant.connection_id}", 501)
    assert answer.status_code == 200 and answer.json["removed"] == tenant.connection_id
    assert _defaults(monday, tenant.account_id) == [("branch", True), ("third", False)]
    assert monday.api("DELETE", f"/api/connections/{third}", 501).status_code == 200
    assert monday.api("GET", f"/api/connections/{third}", 501).status_code == 404


def test_automations_that_name_no_connection_use_the_default(monday) -> None:
    from monday_app.web.recipe_base import pick_connection

    tenant = monday.tenant(501)
    second = _second(monday)
    with monday.app.app_context():
        assert pick_connection(tenant.account_id, None) == (tenant.connection_id, None)
        monday.api("PUT", f"/api/connections/{second}/default", 501)
        assert pick_connection(tenant.account_id, None) == (second, None)
        assert pick_connection(tenant.account_id, str(tenant.connection_id)) == (
            tenant.connection_id, None)


@pytest.mark.parametrize(("token", "title"), [
    (None, "This page opens inside monday"),
    ("expired", "Your monday session has expired"),
    ("forged", "Your monday session could not be verified"),
    ("garbage", "Your monday session could not be verified"),
])
@pytest.mark.parametrize("page", ["/views/settings", "/views/board"])
def test_a_bad_session_token_gets_a_page_not_json(monday, web_client, page, token, title) -> None:
    monday.tenant(501)
    tokens = {"expired": monday.view_token(501, expires_in=-120),
              "forged": jwt.encode({"exp": 4_000_000_000, "dat": {"account_id": 501,
                                                                  "user_id": 1}},
                                   "not-" + CLIENT_SECRET, "HS256"),
              "garbage": "not.a.token"}
    url = page if token is None else f"{page}?sessionToken={tokens[token]}"
    answer = web_client.get(url)
    assert answer.status_code == 401
    assert answer.mimetype == "text/html"
    html = answer.get_data(as_text=True)
    assert f"<h1>{title}</h1>" in html.replace("&#39;", "'")
    assert "/views/static/dist/message.css?v=" in html
    assert "Traceback" not in html and '"error"' not in html
    if token:
        assert tokens[token] not in html  # the token is never echoed


def test_an_account_that_is_not_installed_gets_a_page(monday, web_client) -> None:
    answer = web_client.get(f"/views/settings?sessionToken={monday.view_token(999)}")
    assert answer.status_code == 403 and answer.mimetype == "text/html"
    html = answer.get_data(as_text=True)
    assert "<h1>ml-connector is not installed on this account</h1>" in html
    assert "monday marketplace" in html
    # The JSON API keeps its JSON answer, shaped as every views API refusal: a code and the
    # sentence the view shows.
    assert monday.api("GET", "/api/connections", 999).json == {
        "error": "not_installed", "message": "ml-connector is not installed on this monday account"}
