"""A real browser (headless Chromium) through the install flow and the settings view.

What only a browser proves: the consent page's button and the redirects work with real cookies,
the landing page renders, and the settings page's script saves the form through the JSON API
and shows secrets masked after a reload. Skipped when Chromium or chromedriver is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.accounts import find_account
from store.models import SysproConnection
from tests.app.browser import Flow, find_chromium

FOUND = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}"),
]
WAIT_SECONDS = 10
MASK = "********"


@pytest.fixture(autouse=True)
def signed_out(shared_browser: Any) -> None:
    """Each test starts without cookies: the module's tests share one browser."""
    shared_browser.delete_all_cookies()


def wait(browser: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS)


def test_install_from_the_consent_page_to_what_next(shared_browser: Any, flow: Flow,
                                                    shots: Path) -> None:
    from selenium.webdriver.common.by import By

    shared_browser.get(f"{flow.url}/oauth/start")
    assert shared_browser.current_url.startswith(f"{flow.sandbox.url}/oauth2/authorize")
    assert "boards:write" in shared_browser.find_element(By.TAG_NAME, "p").text
    shared_browser.save_screenshot(str(shots / "1-consent.png"))

    shared_browser.find_element(By.CSS_SELECTOR, "button[value=allow]").click()
    wait(shared_browser).until(lambda b: b.current_url.startswith(f"{flow.url}/oauth/callback"))
    heading = shared_browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "ml-connector is installed"
    assert "settings view" in shared_browser.find_element(By.CSS_SELECTOR, "p.next").text
    shared_browser.save_screenshot(str(shots / "2-installed.png"))
    with flow.session() as s:
        account = find_account(s, 1)
        assert account is not None and account.status == "active"


def test_settings_view_saves_and_masks_secrets(shared_browser: Any, flow: Flow,
                                               shots: Path) -> None:
    from selenium.webdriver.common.by import By

    from tests.app.settings_view.page import click, open_settings, run_wizard, type_into

    flow.lifecycle("install")
    open_settings(shared_browser, flow)
    run_wizard(shared_browser, {"server_url": "https://syspro.example.com:20001"},
               {"operator": "ADMIN", "operator_password": "op-secret", "company_id": "EDU1",
                "company_password": "co-secret"})
    wait(shared_browser).until(lambda b: b.find_elements(By.ID, "test-result"))
    shared_browser.save_screenshot(str(shots / "3-saved.png"))

    open_settings(shared_browser, flow)  # a fresh load: everything shown comes from the server
    row = shared_browser.find_element(By.CSS_SELECTOR, "#connection-list li.connection")
    row.find_element(By.CSS_SELECTOR, "button").click()  # Edit
    wait(shared_browser).until(lambda b: b.find_elements(By.ID, "f-operator_password"))
    password = shared_browser.find_element(By.ID, "f-operator_password")
    assert password.get_attribute("type") == "password"
    assert password.get_attribute("value") == MASK
    assert shared_browser.find_element(By.ID, "f-company_password").get_attribute("value") == MASK
    assert shared_browser.find_element(By.ID, "f-operator").get_attribute("value") == "ADMIN"
    assert not shared_browser.find_element(By.ID, "test-button").get_attribute("disabled")
    sync_url = shared_browser.find_element(By.ID, "sync-url")
    wait(shared_browser).until(lambda _: sync_url.text)
    assert sync_url.text.startswith(f"{flow.url}/sync-now/")
    shared_browser.save_screenshot(str(shots / "4-reloaded.png"))

    # Saving again with the masks in place keeps the stored secrets.
    type_into(shared_browser, "company_id", "EDU2")
    click(shared_browser, "save-button")
    wait(shared_browser).until(lambda b: b.find_element(By.ID, "form-status").text == "Saved.")
    with flow.session() as s:
        connection = s.query(SysproConnection).one()
        assert connection.company_id == "EDU2"
        box = flow.app.extensions["secret_box"]
        secret = connection.operator_password_encrypted
        assert secret and "op-secret" not in secret
        assert box.decrypt(secret) == "op-secret"


def test_test_connection_shows_each_step_from_the_job(shared_browser: Any, flow: Flow,
                                                      shots: Path) -> None:
    """Save and test starts a job; the page polls it and puts the failure, in plain words,
    beside the step to fix (here: the server)."""
    from selenium.webdriver.common.by import By

    from tests.app.conftest import run_queued_jobs
    from tests.app.settings_view.page import open_settings, run_wizard

    flow.lifecycle("install")
    open_settings(shared_browser, flow)
    run_wizard(shared_browser, {"server_url": "https://syspro.invalid:20001"},
               {"operator": "ADMIN", "company_id": "EDU1"})
    # Work the queue (as a worker would) until the page has seen the job's last step.
    wait(shared_browser).until(
        lambda b: (run_queued_jobs(flow.app), b.find_elements(By.ID, "problem-server"))[1]
    )
    problem = shared_browser.find_element(By.ID, "problem-server").text
    assert problem.startswith("cannot reach syspro.invalid port 20001: DNS name not found"), \
        problem
    shared_browser.save_screenshot(str(shots / "5-test-connection.png"))
