"""Driving the settings view in headless Chromium: open it, type into schema fields (by their
`f-<name>` ids), step through the first-run wizard, wait for the connection test's job.

Screenshots go where the `shots` fixture says (tests/app/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sandbox.syspro.server import RunningSandbox as SysproSandbox
from tests.app.browser import Flow

WAIT_SECONDS = 15


def wait(browser: Any, seconds: float = WAIT_SECONDS) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds)


def open_settings(browser: Any, flow: Flow, *, admin: bool = True, theme: str = "") -> None:
    """The page as monday opens it, outside monday's frame: ?sessionToken= (and ?theme=)."""
    member = {} if admin else {"is_admin": False, "user_kind": "member"}
    token = flow.monday("session-token", account_id=1, user_id=1, dat=member)["token"]
    extra = f"&theme={theme}" if theme else ""
    browser.get(f"{flow.url}/views/settings?sessionToken={token}{extra}")
    wait(browser).until(lambda b: b.find_elements("css selector", "main[data-ready=true]"))


def shown_text(browser: Any, css: str, seconds: float = WAIT_SECONDS) -> str:
    """The text of the element once it is shown. Vibe's AttentionBox fades in, and WebDriver
    reads no text from an element while it is still transparent: wait for the words."""
    def text(b: Any) -> str:
        found = b.find_elements("css selector", css)
        return found[0].text if found else ""

    wait(browser, seconds).until(text)
    return text(browser)


def type_into(browser: Any, name: str, value: str) -> None:
    """Replace a field's text the way a person does (select all, type): React sees it."""
    from selenium.webdriver.common.keys import Keys

    field = browser.find_element("id", f"f-{name}")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.DELETE)
    if value:
        field.send_keys(value)


def fill(browser: Any, values: Mapping[str, str]) -> None:
    for name, value in values.items():
        type_into(browser, name, value)


def click(browser: Any, element_id: str) -> None:
    element = browser.find_element("id", element_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def run_wizard(browser: Any, server: Mapping[str, str], logon: Mapping[str, str]) -> None:
    """Server -> Logon -> What to sync -> Save and test."""
    fill(browser, server)
    click(browser, "wizard-next")
    wait(browser).until(lambda b: b.find_elements("id", "f-operator"))
    fill(browser, logon)
    click(browser, "wizard-next")
    wait(browser).until(lambda b: b.find_elements("css selector", "fieldset.choice-list"))
    click(browser, "wizard-next")  # "Save and test"


def finish_test(browser: Any, flow: Flow, done: Callable[[Any], bool]) -> None:
    """Work the queue as a worker would (a real RQ worker, in burst mode) until `done`."""
    from tests.app.conftest import run_queued_jobs

    wait(browser, 60).until(lambda b: (run_queued_jobs(flow.app), done(b))[1])


def run_finished(browser: Any) -> bool:
    found = browser.find_elements("css selector", "#test-status[data-done=true]")
    return bool(found)


def groups(browser: Any) -> dict[str, str]:
    """Each group shown: its name -> "pass" | "fail" | "skipped"."""
    found = {}
    for item in browser.find_elements("css selector", "#test-groups li.test-group"):
        state = next(c for c in ("pass", "fail", "skipped")
                     if c in item.get_attribute("class").split())
        found[item.get_attribute("data-group")] = state
    return found


UNLABELLED = """
return [...document.querySelectorAll('form input, form select, form textarea')]
  .filter((e) => e.type !== 'hidden')
  .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
  .map((e) => e.name || e.id || e.outerHTML.slice(0, 80));
"""


def unlabelled_fields(browser: Any) -> list[str]:
    """Fields of the shown form a screen reader could not name."""
    return list(browser.execute_script(UNLABELLED))


def connection(flow: Flow, syspro: SysproSandbox, name: str) -> int:
    """A connection to the SYSPRO sandbox saved through the API, as an admin."""
    answer = flow.api("POST", "/api/connections", json={
        "name": name, "server_url": syspro.base_url, "operator": "ADMIN",
        "operator_password": "sandbox", "company_id": "DEMO"})
    assert answer.status_code == 201, answer.text
    return int(answer.json()["connection"]["id"])
