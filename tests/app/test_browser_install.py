"""A real browser (headless Chromium) through the install flow and the settings view.

What only a browser proves: the consent page's button and the redirects work with real cookies,
the landing page renders, and the settings page's script saves the form through the JSON API
and shows secrets masked after a reload. Skipped when Chromium or chromedriver is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sandbox.monday.server import RunningSandbox
from store.accounts import find_account
from store.models import SysproConnection
from tests.app.browser import Flow, find_chromium, live_flow, start_chromium, start_sandbox

FOUND = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}"),
]
WAIT_SECONDS = 10
MASK = "********"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    assert not isinstance(FOUND, str)
    driver = start_chromium(*FOUND, profile_dir=tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox()
    yield running
    running.stop()


@pytest.fixture
def flow(app_config: dict[str, object], sandbox: RunningSandbox, browser: Any) -> Iterator[Flow]:
    browser.delete_all_cookies()
    with live_flow(app_config, sandbox) as running:
        yield running


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: SCREENSHOT_DIR when set (to look at them), else a temp dir."""
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def wait(browser: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS)


def test_install_from_the_consent_page_to_what_next(browser: Any, flow: Flow,
                                                    shots: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{flow.url}/oauth/start")
    assert browser.current_url.startswith(f"{flow.sandbox.url}/oauth2/authorize")
    assert "boards:write" in browser.find_element(By.TAG_NAME, "p").text
    browser.save_screenshot(str(shots / "1-consent.png"))

    browser.find_element(By.CSS_SELECTOR, "button[value=allow]").click()
    wait(browser).until(lambda b: b.current_url.startswith(f"{flow.url}/oauth/callback"))
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "ml-connector is installed"
    assert "settings view" in browser.find_element(By.CSS_SELECTOR, "p.next").text
    browser.save_screenshot(str(shots / "2-installed.png"))
    with flow.session() as s:
        account = find_account(s, 1)
        assert account is not None and account.status == "active"


def test_settings_view_saves_and_masks_secrets(browser: Any, flow: Flow, shots: Path) -> None:
    from selenium.webdriver.common.by import By

    from tests.app.settings_view.page import click, open_settings, run_wizard, type_into

    flow.lifecycle("install")
    open_settings(browser, flow)
    run_wizard(browser, {"server_url": "https://syspro.example.com:20001"},
               {"operator": "ADMIN", "operator_password": "op-secret", "company_id": "EDU1",
                "company_password": "co-secret"})
    wait(browser).until(lambda b: b.find_elements(By.ID, "test-result"))
    browser.save_screenshot(str(shots / "3-saved.png"))

    open_settings(browser, flow)  # a fresh load: everything shown comes from the server
    row = browser.find_element(By.CSS_SELECTOR, "#connection-list li.connection")
    row.find_element(By.CSS_SELECTOR, "button").click()  # Edit
    wait(browser).until(lambda b: b.find_elements(By.ID, "f-operator_password"))
    password = browser.find_element(By.ID, "f-operator_password")
    assert password.get_attribute("type") == "password"
    assert password.get_attribute("value") == MASK
    assert browser.find_element(By.ID, "f-company_password").get_attribute("value") == MASK
    assert browser.find_element(By.ID, "f-operator").get_attribute("value") == "ADMIN"
    assert not browser.find_element(By.ID, "test-button").get_attribute("disabled")
    sync_url = browser.find_element(By.ID, "sync-url")
    wait(browser).until(lambda _: sync_url.text)
    assert sync_url.text.startswith(f"{flow.url}/sync-now/")
    browser.save_screenshot(str(shots / "4-reloaded.png"))

    # Saving again with the masks in place keeps the stored secrets.
    type_into(browser, "company_id", "EDU2")
    click(browser, "save-button")
    wait(browser).until(lambda b: b.find_element(By.ID, "form-status").text == "Saved.")
    with flow.session() as s:
        connection = s.query(SysproConnection).one()
        assert connection.company_id == "EDU2"
        box = flow.app.extensions["secret_box"]
        secret = connection.operator_password_encrypted
        assert secret and "op-secret" not in secret
        assert box.decrypt(secret) == "op-secret"


def test_test_connection_shows_each_step_from_the_job(browser: Any, flow: Flow,
                                                      shots: Path) -> None:
    """Save and test starts a job; the page polls it and puts the failure, in plain words,
    beside the step to fix (here: the server)."""
    from selenium.webdriver.common.by import By

    from tests.app.conftest import run_queued_jobs
    from tests.app.settings_view.page import open_settings, run_wizard

    flow.lifecycle("install")
    open_settings(browser, flow)
    run_wizard(browser, {"server_url": "https://syspro.invalid:20001"},
               {"operator": "ADMIN", "company_id": "EDU1"})
    # Work the queue (as a worker would) until the page has seen the job's last step.
    wait(browser).until(
        lambda b: (run_queued_jobs(flow.app), b.find_elements(By.ID, "problem-server"))[1]
    )
    problem = browser.find_element(By.ID, "problem-server").text
    assert problem.startswith("cannot reach syspro.invalid port 20001: DNS name not found"), \
        problem
    browser.save_screenshot(str(shots / "5-test-connection.png"))
