"""The demo as a person sees it: `ml-connector demo` (both sandboxes, the web app, a real RQ
worker and the schedule, as `make run` starts them) prints the sandbox's board page first;
opened in headless Chromium it shows items arriving from the first sync, with typed cells and
the app's views embedded beside the board. Skipped when Chromium or chromedriver is missing.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jobs.embedded_redis import free_port
from tests.app.browser import find_chromium, screenshot_path
from tests.commands import Command

FOUND = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}"),
]
BACKGROUND = "return getComputedStyle(document.body).backgroundColor"
FIRST_URL = re.compile(r"=== ml-connector demo is running ===\n\s+open this\s+(\S+)")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Command, int]]:
    port, syspro_port, monday_port = free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env |= {"INSTANCE_PATH": str(tmp_path / "instance"), "APP_ENV": "development"}
    command = Command.start(["demo", "--port", str(port), "--syspro-port", str(syspro_port),
                             "--monday-port", str(monday_port)], tmp_path, env)
    try:
        yield command, port
    finally:
        command.ctrl_c()
        if command.proc.poll() is None or command.left():
            command.kill()


def _count(browser: Any) -> int:
    from selenium.webdriver.common.by import By

    return int(browser.find_element(By.ID, "items-count").get_attribute("data-count"))


def _wait_until(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout:.0f}s for {what}"
        time.sleep(0.25)


def test_the_demo_board_page_shows_items_arriving(demo: tuple[Command, int], browser: Any,
                                                  tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    command, port = demo
    command.wait_for_text("=== ml-connector demo is running ===", 90)
    _wait_until(lambda: FIRST_URL.search(command.output), 5, "the banner's first line")
    match = FIRST_URL.search(command.output)
    assert match, command.output[-2000:]
    url = match.group(1)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/_sandbox/boards/\d+/page", url), url

    browser.set_window_size(1700, 1000)  # wide enough for the views beside the board
    browser.get(url)
    _wait_until(lambda: _count(browser) > 0, 120, "the first items of the first sync")
    first = _count(browser)
    _wait_until(lambda: _count(browser) > first, 60, "more items (the page refreshing)")
    rows = browser.find_elements(By.CSS_SELECTOR, "#board-rows tr")
    assert len(rows) >= first  # every counted item is a row (more may have come since)

    # Typed cells: amounts right-aligned, statuses as coloured labels, dates as <time>.
    number = browser.find_element(By.CSS_SELECTOR, "#board-rows td.type-numbers")
    assert number.value_of_css_property("text-align") == "right"
    status = browser.find_element(By.CSS_SELECTOR, "#board-rows .status-label")
    assert status.text and status.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert browser.find_elements(By.CSS_SELECTOR, "#board-rows td.type-date time")

    # The app's views, embedded as monday embeds them: manifest URL + session token + board.
    frames = {f.get_attribute("data-kind"): f.get_attribute("src")
              for f in browser.find_elements(By.CSS_SELECTOR, "#views iframe")}
    board_id = url.rsplit("/", 2)[-2]
    assert frames["board"].startswith(f"http://127.0.0.1:{port}/views/board?sessionToken=")
    assert f"boardId={board_id}" in frames["board"]
    assert frames["settings"].startswith(f"http://127.0.0.1:{port}/views/settings?sessionToken=")
    board_view = browser.find_element(By.CSS_SELECTOR, "iframe[data-kind=board]")
    browser.switch_to.frame(board_view)
    # The view learnt its board from monday's context (postMessage), not from the URL alone.
    _wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, ".sync .counts"), 30,
                "the board view's sync")
    light = browser.execute_script(BACKGROUND)
    browser.switch_to.default_content()

    # Switching the theme on the page reaches the embedded view, as monday's context does.
    browser.find_element(By.CSS_SELECTOR, "#theme option[value=dark]").click()
    assert browser.execute_script("return document.documentElement.dataset.theme") == "dark"
    browser.switch_to.frame(board_view)
    _wait_until(lambda: browser.execute_script(BACKGROUND) != light, 10,
                "the board view to turn dark")
    browser.switch_to.default_content()
    assert browser.execute_script("return window.__pageErrors") == []
    assert "not answering" not in browser.find_element(By.ID, "refresh-status").text
    browser.save_screenshot(str(screenshot_path(tmp_path, "demo-board.png")))
