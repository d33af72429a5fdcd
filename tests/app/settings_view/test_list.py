"""The settings view's connection list, themes, narrow frames, keyboard use, members' read-only
view and the friendly refusal pages, in headless Chromium over real HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests

from sandbox.syspro.server import RunningSandbox as SysproSandbox
from store.accounts import find_account
from store.board_syncs import create_board_sync
from store.models import SysproConnection
from tests.app.browser import Flow, find_chromium
from tests.app.settings_view.page import (
    click,
    connection,
    open_settings,
    shown_text,
    type_into,
    unlabelled_fields,
    wait,
)

FOUND = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}"),
]


def _row(browser: Any, connection_id: int) -> Any:
    return browser.find_element("css selector", f"li[data-connection='{connection_id}']")


def _button(row: Any, label: str) -> Any:
    return next(b for b in row.find_elements("css selector", "button") if b.text == label)


def _board_sync(flow: Flow, connection_id: int, board_id: str) -> int:
    with flow.session() as s:
        account = find_account(s, 1)
        assert account is not None
        return create_board_sync(s, account.id, {"connection_id": connection_id,
                                                 "board_id": board_id,
                                                 "entity": "supplier_invoices"}).id


def test_list_edits_removes_and_picks_the_default(
        shared_browser: Any, flow: Flow, syspro_sandbox: SysproSandbox, shots: Path) -> None:
    head = connection(flow, syspro_sandbox, "head office")
    branch = connection(flow, syspro_sandbox, "branch")
    _board_sync(flow, head, "4242")
    open_settings(shared_browser, flow)
    rows = shared_browser.find_elements("css selector", "#connection-list li.connection")
    assert [r.find_element("css selector", ".connection-name").text for r in rows] == [
        "head office", "branch"]
    assert "Default" in _row(shared_browser, head).text
    assert "Default" not in _row(shared_browser, branch).text
    shared_browser.save_screenshot(str(shots / "settings-list.png"))

    # Edit: the branch's company changes; the stored password is kept (the mask goes back).
    _button(_row(shared_browser, branch), "Edit").click()
    wait(shared_browser).until(lambda b: b.find_elements("id", "f-company_id"))
    assert unlabelled_fields(shared_browser) == []  # every field of every section, options too
    masked = shared_browser.find_element("id", "f-operator_password").get_attribute("value")
    assert masked == "********"
    type_into(shared_browser, "company_id", "EDU2")
    click(shared_browser, "save-button")
    wait(shared_browser).until(lambda b: b.find_element("id", "form-status").text == "Saved.")
    click(shared_browser, "back-to-list")

    # Remove is refused while a board sync reads through the connection, naming it.
    _button(_row(shared_browser, head), "Remove…").click()
    click(shared_browser, "remove-confirm")
    problem = shown_text(shared_browser, "#list-problem")
    assert "Supplier invoices on board 4242" in problem, problem
    shared_browser.save_screenshot(str(shots / "settings-remove-refused.png"))

    _button(_row(shared_browser, branch), "Make default").click()
    wait(shared_browser).until(lambda b: "Default" in _row(b, branch).text)
    _button(_row(shared_browser, branch), "Remove…").click()
    click(shared_browser, "remove-confirm")
    wait(shared_browser).until(lambda b: b.find_element("id", "list-status").text
                        == "Connection branch removed.")
    with flow.session() as s:
        left = s.query(SysproConnection).all()
        assert [(c.name, c.is_default) for c in left] == [("head office", True)]
        assert all(c.company_id == "DEMO" for c in left)


def test_the_black_theme_renders_a_dark_background(
        shared_browser: Any, flow: Flow, syspro_sandbox: SysproSandbox, shots: Path) -> None:
    connection(flow, syspro_sandbox, "main")
    open_settings(shared_browser, flow, theme="black")
    colour = shared_browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(part) for part in colour[colour.index("(") + 1:-1].split(",")[:3])
    assert max(red, green, blue) < 40, colour
    text = shared_browser.execute_script(
        "return getComputedStyle(document.querySelector('.connection-name')).color")
    assert int(text[text.index("(") + 1:].split(",")[0]) > 180, text  # light text on it
    shared_browser.save_screenshot(str(shots / "settings-black.png"))


@pytest.mark.parametrize("state", ["first run", "list"])
def test_400_px_wide_has_no_horizontal_scroll(shared_browser: Any, flow: Flow,
                                              syspro_sandbox: SysproSandbox, shots: Path,
                                              state: str) -> None:
    if state == "list":
        connection(flow, syspro_sandbox, "a connection with a rather long name for a narrow frame")
    shared_browser.set_window_size(400, 900)
    open_settings(shared_browser, flow)
    inner = shared_browser.execute_script("return window.innerWidth")
    assert inner <= 400
    overflow = shared_browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow} px of horizontal scroll at {inner} px"
    shared_browser.save_screenshot(str(shots / f"settings-400px-{state.replace(' ', '-')}.png"))


def test_keyboard_alone_saves_a_change(shared_browser: Any, flow: Flow,
                                       syspro_sandbox: SysproSandbox) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    connection_id = connection(flow, syspro_sandbox, "main")
    open_settings(shared_browser, flow)
    keys = ActionChains(shared_browser)

    def tab_to(predicate: Any, limit: int = 80) -> None:
        for _ in range(limit):
            keys.send_keys(Keys.TAB).perform()
            if predicate(shared_browser.switch_to.active_element):
                return
        raise AssertionError("never reached by Tab")

    tab_to(lambda e: e.text == "Edit")
    keys.send_keys(Keys.ENTER).perform()
    wait(shared_browser).until(lambda b: b.find_elements("id", "f-company_id"))
    tab_to(lambda e: e.get_attribute("id") == "f-company_id")
    focused = shared_browser.switch_to.active_element
    outline = shared_browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle + "
                                     "getComputedStyle(arguments[0]).boxShadow", focused)
    assert outline.strip() not in ("none", "nonenone"), "focus is not visible"
    keys.key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys("EDU9").perform()
    tab_to(lambda e: e.get_attribute("id") == "save-button")
    keys.send_keys(Keys.SPACE).perform()
    wait(shared_browser).until(lambda b: b.find_element("id", "form-status").text == "Saved.")
    with flow.session() as s:
        assert s.get(SysproConnection, connection_id).company_id == "EDU9"


def test_members_see_everything_read_only(shared_browser: Any, flow: Flow,
                                          syspro_sandbox: SysproSandbox, shots: Path) -> None:
    open_settings(shared_browser, flow, admin=False)  # no connection: no first run for a member
    assert "An admin of this monday account" in shown_text(shared_browser, "#no-connection")
    assert not shared_browser.find_elements("id", "connection-form")
    connection(flow, syspro_sandbox, "main")
    open_settings(shared_browser, flow, admin=False)
    assert not shared_browser.find_elements("id", "add-connection")
    row = shared_browser.find_element("css selector", "#connection-list li.connection")
    assert [b.text for b in row.find_elements("css selector", "button")] == ["View"]
    row.find_element("css selector", "button").click()
    wait(shared_browser).until(lambda b: b.find_elements("id", "read-only-note"))
    for name in ("server_url", "operator", "company_id"):
        field = shared_browser.find_element("id", f"f-{name}")
        assert field.get_attribute("readonly") or field.get_attribute("disabled"), name
    assert not shared_browser.find_elements("id", "save-button")
    assert not shared_browser.find_elements("id", "test-button")
    assert not shared_browser.find_elements("id", "sync-url")
    shared_browser.save_screenshot(str(shots / "settings-member.png"))


def test_a_forged_token_gets_a_friendly_page(shared_browser: Any, flow: Flow, shots: Path) -> None:
    shared_browser.get(f"{flow.url}/views/settings?sessionToken=not.a.token&theme=dark")
    assert shared_browser.find_element("tag name", "h1").text == \
        "Your monday session could not be verified"
    body = shared_browser.find_element("tag name", "body")
    assert "Traceback" not in body.text and "{" not in body.text
    assert "dark-app-theme" in body.get_attribute("class")
    shared_browser.save_screenshot(str(shots / "settings-bad-token.png"))


PARENT = """<!doctype html><html><body>
<iframe id="view" src="{src}" style="width:900px;height:700px"></iframe>
<script>
// monday's side of monday-sdk-js: answers get("context") and get("sessionToken") (the first
// token asked for is the one the page opened with; later ones are fresh, as monday's are).
let asked = 0;
window.addEventListener("message", (event) => {{
  const ask = event.data || {{}};
  if (ask.method !== "get") return;
  const data = ask.args.type === "context"
    ? {{theme: "dark", boardId: 4242, user: {{timezone: "Africa/Johannesburg"}}}}
    : ask.args.type === "sessionToken" ? (asked++ ? "{token}" : "{first}") : null;
  event.source.postMessage({{requestId: ask.requestId, data}}, "*");
}});
</script></body></html>"""


def test_inside_monday_the_theme_and_fresh_tokens_come_from_monday(
        shared_browser: Any, flow: Flow, syspro_sandbox: SysproSandbox, tmp_path: Path) -> None:
    """The page opens with a token about to expire (valid 5 s more, leeway included); its API
    calls later on still work, with the fresh token monday's SDK hands out."""
    import time

    connection(flow, syspro_sandbox, "main")
    minted = time.monotonic()
    opening = flow.monday("session-token", account_id=1, user_id=1,
                          lifetime_seconds=-5)["token"]
    fresh = flow.monday("session-token", account_id=1, user_id=1)["token"]
    parent = tmp_path / "monday.html"
    parent.write_text(PARENT.format(src=f"{flow.url}/views/settings?sessionToken={opening}",
                                    first=opening, token=fresh))
    shared_browser.get(parent.as_uri())
    shared_browser.switch_to.frame(shared_browser.find_element("id", "view"))
    try:
        wait(shared_browser).until(
            lambda b: b.find_elements("css selector", "main[data-ready=true]"))
        assert "dark-app-theme" in shared_browser.find_element("tag name", "body").get_attribute(
            "class")
        time.sleep(max(0.0, 6 - (time.monotonic() - minted)))  # the opening token is dead
        assert requests.get(f"{flow.url}/api/connections", timeout=10, headers={
            "Authorization": f"Bearer {opening}"}).status_code == 401
        shared_browser.find_element("css selector", "#connection-list button").click()  # Edit
        url = wait(shared_browser).until(lambda b: b.find_element("id", "sync-url").text)
        assert url.startswith(f"{flow.url}/sync-now/")
    finally:
        shared_browser.switch_to.default_content()
