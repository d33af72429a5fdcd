"""The monday sandbox's board page: what it serves, and in a browser, that it escapes what the
board holds and plays monday's side of monday-sdk-js's postMessage protocol for the embedded
views. A stub view, served from another origin, talks to it exactly as monday-sdk-js 0.5.9
does (``{method, args: {type}, requestId, clientId, version}``; answers routed to listeners by
requestId, type or method).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
import requests
from flask import Flask

from sandbox.monday.server import RunningSandbox
from tests.app.browser import LiveServer, find_chromium, start_chromium

CLIENT_SECRET = "test-client-secret-0123456789abcdef"
NASTY = '<img src=x onerror="window.__owned=1">&amp; "quoted" \'single\' \x07bell'
STUB_VIEW = """<!doctype html><html><body>
<p id="context"></p><p id="token"></p><p id="theme"></p>
<script>
// monday-sdk-js 0.5.9's client, reduced to its message handling (src/client.js).
const listeners = {};
function addListener(key, cb) { (listeners[key] = listeners[key] || new Set()).add(cb); }
window.addEventListener("message", (event) => {
  const {method, type, requestId} = event.data;
  const all = new Set([...(listeners[method] || []), ...(listeners[type] || []),
                       ...(listeners[requestId] || [])]);
  all.forEach((cb) => cb(event.data));
});
let n = 0;
function localApi(method, args) {
  return new Promise((resolve, reject) => {
    const requestId = "req" + (++n);
    window.parent.postMessage({method, args, requestId, clientId: "cid", version: "0.5.9"}, "*");
    addListener(requestId, (data) => data.errorMessage ? reject(new Error(data.errorMessage))
                                                       : resolve(data));
  });
}
addListener("context", (res) => { document.getElementById("theme").textContent = res.data.theme; });
localApi("listen", {type: "context"});
localApi("get", {type: "context"}).then((res) => {
  document.getElementById("context").textContent = JSON.stringify(res.data); });
localApi("get", {type: "sessionToken"}).then((res) => {
  document.getElementById("token").textContent = res.data; });
</script></body></html>"""


# The monday sandbox of this module's tests (tests/app/conftest.py: monday_sandbox).
MONDAY_SANDBOX_OPTIONS: dict[str, object] = {
    "client_secret": CLIENT_SECRET, "board_mutations_per_minute": None}


def _graphql(sandbox: RunningSandbox, query: str, **variables: Any) -> dict[str, Any]:
    answer = requests.post(sandbox.api_url, json={"query": query, "variables": variables},
                           headers={"Authorization": "sandbox-token"}, timeout=10).json()
    assert "errors" not in answer, answer
    return answer["data"]


def _board(sandbox: RunningSandbox) -> str:
    board = _graphql(sandbox, 'mutation { create_board(board_name: "Invoices <&>", '
                     "board_kind: public) { id } }")["create_board"]["id"]
    for title, kind, defaults in (("Amount", "numbers", None), ("Due", "date", None),
                                  ("Status", "status", {"labels": {"0": "Open", "1": "Paid"}}),
                                  ("Link", "link", None)):
        _graphql(sandbox, "mutation ($b: ID!, $t: String!, $k: ColumnType!, $d: JSON) "
                 "{ create_column(board_id: $b, title: $t, column_type: $k, defaults: $d) "
                 "{ id } }", b=board, t=title, k=kind, d=json.dumps(defaults) if defaults else None)
    return board


def _add_item(sandbox: RunningSandbox, board: str, name: str, **values: Any) -> dict[str, Any]:
    answer = requests.post(f"{sandbox.url}/_sandbox/boards/{board}/items",
                           json={"name": name, "column_values": values}, timeout=5)
    assert answer.status_code == 201, answer.text
    return answer.json()


def _data(sandbox: RunningSandbox, board: str, since: int = 0) -> dict[str, Any]:
    return requests.get(f"{sandbox.url}/_sandbox/boards/{board}/page-data",
                        params={"since": since}, timeout=5).json()


def test_page_data_sends_only_what_changed(monday_sandbox: RunningSandbox) -> None:
    board = _board(monday_sandbox)
    first = _add_item(monday_sandbox, board, "first", numbers_1="12.50")
    everything = _data(monday_sandbox, board)
    assert [i["name"] for i in everything["items"]] == ["first"]
    assert everything["items"][0]["cells"]["numbers_1"]["text"] == "12.50"
    status = next(c for c in everything["columns"] if c["type"] == "status")
    assert status["labels"]["1"] == {"label": "Paid", "color": "#00c875"}
    seen = everything["revision"]
    assert _data(monday_sandbox, board, seen)["items"] == []

    second = _add_item(monday_sandbox, board, "second")
    requests.delete(f"{monday_sandbox.url}/_sandbox/items/{first['id']}", timeout=5)
    changed = _data(monday_sandbox, board, seen)
    assert [i["id"] for i in changed["items"]] == [second["id"]]
    assert changed["removed"] == [first["id"]] and changed["items_count"] == 1


def test_views_come_from_the_registered_manifest(monday_sandbox: RunningSandbox) -> None:
    board = _board(monday_sandbox)
    page = requests.get(f"{monday_sandbox.url}/_sandbox/boards/{board}/page", timeout=5)
    assert page.status_code == 200 and "No app is registered" in page.text
    assert "Invoices &lt;&amp;&gt;" in page.text
    bad = requests.put(f"{monday_sandbox.url}/_sandbox/apps/registration",
                       json={"app_url": "ftp://x"}, timeout=5)
    assert bad.status_code == 400 and "http(s) URL" in bad.json()["error"]
    ok = requests.put(f"{monday_sandbox.url}/_sandbox/apps/registration",
                      json={"app_url": "http://127.0.0.1:8000/"}, timeout=5).json()
    assert [(v["kind"], v["url"]) for v in ok["views"]] == [
        ("board", "http://127.0.0.1:8000/views/board"),
        ("settings", "http://127.0.0.1:8000/views/settings")]
    page = requests.get(f"{monday_sandbox.url}/_sandbox/boards/{board}/page", timeout=5)
    assert "No app is registered" not in page.text
    assert f"boardId={board}" in page.text.replace("\\u0026", "&")
    missing = requests.get(f"{monday_sandbox.url}/_sandbox/boards/404/page", timeout=5)
    assert missing.status_code == 404 and "no board 404" in missing.text


FOUND = find_chromium()


@pytest.fixture
def stub_view() -> Iterator[str]:
    app = Flask("stub-view")
    app.add_url_rule("/views/board", "board", lambda: STUB_VIEW)
    app.add_url_rule("/views/settings", "settings", lambda: STUB_VIEW)
    server = LiveServer().serve(app)
    yield server.url
    server.stop()


@pytest.mark.slow
@pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}")
def test_in_a_browser_escaped_and_speaking_monday_sdk(monday_sandbox: RunningSandbox,
                                                      stub_view: str, tmp_path: Any) -> None:
    from selenium.webdriver.common.by import By

    board = _board(monday_sandbox)
    _add_item(monday_sandbox, board, NASTY, numbers_1="1250", date_2={"date": "2026-02-28"},
              status_3={"label": "Paid"}, link_4={"url": "https://example.com/x?a=1&b=2",
                                                   "text": "<b>doc</b>"})
    _add_item(monday_sandbox, board, "plain", link_4={"url": "javascript:alert(1)", "text": "bad"})
    requests.put(f"{monday_sandbox.url}/_sandbox/apps/registration", json={"app_url": stub_view},
                 timeout=5)
    assert not isinstance(FOUND, str)
    browser = start_chromium(*FOUND, profile_dir=tmp_path / "profile")
    try:
        browser.get(f"{monday_sandbox.url}/_sandbox/boards/{board}/page?tz=Africa/Johannesburg")
        deadline = time.monotonic() + 10
        while browser.find_element(By.ID, "items-count").get_attribute("data-count") != "2":
            assert time.monotonic() < deadline, "items never shown"
            time.sleep(0.2)
        name = browser.find_element(By.CSS_SELECTOR, "#board-rows th.item-name")
        assert name.text == NASTY.replace("\x07", "\u2407")
        assert browser.execute_script("return window.__owned") is None
        link = browser.find_element(By.CSS_SELECTOR, "#board-rows td.type-link a")
        assert link.get_attribute("href") == "https://example.com/x?a=1&b=2"
        assert link.text == "<b>doc</b>"
        links = browser.find_elements(By.CSS_SELECTOR, "#board-rows td.type-link a")
        assert len(links) == 1  # a javascript: URL is shown as text, never as a link
        # An update posted later shows up on the open page, folded until asked for.
        item_id = browser.find_element(By.CSS_SELECTOR, "#board-rows tr").get_attribute(
            "data-item-id")
        _graphql(monday_sandbox, "mutation ($i: ID!, $b: String!) { create_update(item_id: $i, "
                 "body: $b) { id } }", i=item_id, b="Paid in full <b>& closed</b>\nline 2")
        deadline = time.monotonic() + 10
        while not browser.find_elements(By.CSS_SELECTOR, "#board-rows details summary"):
            assert time.monotonic() < deadline, "the update never appeared"
            time.sleep(0.2)
        summary = browser.find_element(By.CSS_SELECTOR, "#board-rows details summary")
        assert summary.text == "1 update"
        summary.click()
        body = browser.find_element(By.CSS_SELECTOR, "#board-rows ol.updates p")
        assert body.text == "Paid in full <b>& closed</b>\nline 2"
        chip = browser.find_element(By.CSS_SELECTOR, ".status-label")
        assert chip.text == "Paid"
        assert chip.value_of_css_property("background-color") == "rgba(0, 200, 117, 1)"

        browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe[data-kind=board]"))
        deadline = time.monotonic() + 10
        while not browser.find_element(By.ID, "token").text:
            assert time.monotonic() < deadline, "the view got no answers"
            time.sleep(0.2)
        context = json.loads(browser.find_element(By.ID, "context").text)
        assert context["boardId"] == int(board) and context["theme"] == "light"
        assert context["account"] == {"id": "1"}
        assert context["user"]["timezone"] == "Africa/Johannesburg"
        assert context["user"]["timeZoneOffset"] == 2
        claims = jwt.decode(browser.find_element(By.ID, "token").text, CLIENT_SECRET,
                            algorithms=["HS256"])
        assert claims["dat"]["account_id"] == 1 and claims["dat"]["is_admin"] is True
        browser.switch_to.default_content()

        browser.find_element(By.CSS_SELECTOR, "#theme option[value=black]").click()
        browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe[data-kind=board]"))
        deadline = time.monotonic() + 5
        while browser.find_element(By.ID, "theme").text != "black":
            assert time.monotonic() < deadline, "the theme change never reached the view"
            time.sleep(0.1)
    finally:
        browser.quit()
