"""The board view (frontend/src/board.jsx) in headless Chromium, against the board view API
served over real HTTP beside both sandboxes, with the worker's jobs run by a real RQ worker.

What only a browser proves: the bundle renders the API's figures (counts, the chart, the
first sync's progress bar), a retry clicked by a person reaches the worker and the fixed record
leaves the list, and a mapping change is previewed without writing and written on Save.
Skipped when Chromium or chromedriver is missing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.models import BoardSync
from sync.poll import poll
from sync.push import push
from tests.app.board_api_env import BoardApi, board_api, view_token
from tests.app.browser import find_chromium, screenshot_path
from tests.app.conftest import CLIENT_ID, CLIENT_SECRET

FOUND = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}"),
]
BAD_DAY, FIXED_DAY = "2031-02-28", "2031-03-03"
WAIT_SECONDS = 20
WIDER_THAN_THE_WINDOW = ("return document.documentElement.scrollWidth > "
                         "document.documentElement.clientWidth")


class _CutShort(Exception):
    pass


@pytest.fixture
def api(app_config: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> Iterator[BoardApi]:
    # The monday sandbox signs view session tokens with the app's client secret, as monday.
    with board_api(app_config, monkeypatch, client_id=CLIENT_ID,
                   client_secret=CLIENT_SECRET) as running:
        yield running


def _open(browser: Any, api: BoardApi, board_id: str, admin: bool = True) -> None:
    browser.get(f"{api.url}/views/board?sessionToken={view_token(admin)}&boardId={board_id}")


def _until(browser: Any, condition: Any, what: str) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS, 0.2).until(
        lambda b: condition(b), message=f"waited {WAIT_SECONDS}s for {what}")


def _text(browser: Any, css: str) -> str:
    from selenium.webdriver.common.by import By

    found = browser.find_elements(By.CSS_SELECTOR, css)
    return " ".join(e.text for e in found)


def _button(browser: Any, scope_css: str, label: str) -> Any:
    from selenium.webdriver.common.by import By

    buttons = browser.find_elements(By.CSS_SELECTOR, f"{scope_css} button")
    return next(b for b in buttons if b.text.strip() == label)


def _bad_invoice(api: BoardApi) -> tuple[dict[str, Any], str]:
    rows = api.stack.syspro.app.state.data.table("ApInvoice").rows
    bad = rows[5]
    api.syspro("PATCH", "tables/ApInvoice/rows", {
        "key": [bad["Supplier"], bad["Invoice"]], "changes": {"DueDate": BAD_DAY}})
    api.monday("POST", "refused_values", {"value": BAD_DAY})
    return bad, f"{bad['Supplier']}|{bad['Invoice']}"


def test_progress_counts_chart_and_a_failed_record_retried_away(api: BoardApi, browser: Any,
                                                                 tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    bad, bad_key = _bad_invoice(api)
    sync_id, board_id = api.stack.add_board_sync("supplier_invoices", "AP invoices")
    ctx = api.stack.ctx
    ctx.enqueue_push = None  # the test pushes by hand: first one batch, then the rest
    poll(ctx, sync_id)

    def one_batch(_count: int) -> None:
        raise _CutShort

    with pytest.raises(_CutShort):
        push(ctx, sync_id, progress=one_batch)

    _open(browser, api, board_id)
    _until(browser, lambda b: b.find_elements(By.CSS_SELECTOR, ".wave [role=progressbar]"),
           "the first sync's progress bar")
    wave = _text(browser, ".wave-text")
    assert wave.startswith("First sync:") and "records written" in wave and "left" in wave
    browser.save_screenshot(str(screenshot_path(tmp_path, "board-first-sync.png")))

    push(ctx, sync_id)  # the rest of the first sync; the bad invoice fails
    total = len(api.stack.syspro.app.state.data.table("ApInvoice").rows)
    _until(browser, lambda b: f"{total - 1:,} synced" in _text(b, ".counts"),
           "the counts after the sync")
    assert "0 waiting, 1 failed" in _text(browser, ".counts")
    assert not browser.find_elements(By.CSS_SELECTOR, ".wave")  # done: no progress bar
    assert "1 record failed" in _text(browser, ".health-text")
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.s-created")
    assert bars, "the chart shows the created records"
    label = browser.find_element(By.CSS_SELECTOR, "svg.chart").get_attribute("aria-label")
    assert f"{total - 1:,} created" in label and "1 failed" in label
    reason = f"monday refused the date {BAD_DAY} in column Due date"
    _until(browser, lambda b: reason in _text(b, ".failed-table .reason"), "the failed record")
    assert bad_key in _text(browser, ".failed-table .key")
    browser.set_window_size(1100, 1900)  # the whole view in one picture
    browser.save_screenshot(str(screenshot_path(tmp_path, "board.png")))

    # Fixed in SYSPRO, retried by a person: the worker reads it again and monday takes it.
    api.syspro("PATCH", "tables/ApInvoice/rows", {
        "key": [bad["Supplier"], bad["Invoice"]], "changes": {"DueDate": FIXED_DAY}})
    _button(browser, ".failed-table", "Retry").click()
    _until(browser, lambda b: "Retry queued" in _text(b, ".failed .outcome"),
           "the retry's result")
    api.run_jobs()
    _until(browser, lambda b: "No failed records." in _text(b, ".failed"),
           "the fixed record to leave the list")
    _until(browser, lambda b: "Healthy" in _text(b, ".health-text"), "health back to healthy")

    # The record's story in the audit trail, newest first, found by its SYSPRO id.
    id_field = browser.find_element(By.CSS_SELECTOR, ".audit-filters input[type=search], "
                                    ".audit-filters input:not([type=date])")
    id_field.send_keys(bad_key)
    _button(browser, ".audit-filters", "Filter").click()
    _until(browser, lambda b: _text(b, ".audit-table tbody").count(bad_key) == 3,
           "the record's audit entries")
    rows = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in
            browser.find_elements(By.CSS_SELECTOR, ".audit-table tbody tr")]
    # Refused first, retried by this user, taken after the retry.
    assert [row[1] for row in rows] == ["Created", "Retried", "Failed"]
    assert rows[1][4] == "retry asked by monday user 1 from the board view"
    assert browser.execute_script("return window.__pageErrors") == []


def test_mapping_previewed_then_saved(api: BoardApi, browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    sync_id, board_id = api.stack.add_board_sync("supplier_invoices", "AP invoices")
    with api.stack.runtime.db.session() as session:
        before = dict(session.get(BoardSync, sync_id).column_mapping or {})
    _open(browser, api, board_id)
    title_input = _until(browser, lambda b: b.find_elements(
        By.CSS_SELECTOR, ".mapping-table input[type=text]"), "the mapping editor")[0]
    old_title = title_input.get_attribute("value")
    title_input.clear()
    title_input.send_keys("Renamed in the view")
    assert "Unsaved changes" in _text(browser, ".mapping")

    _button(browser, ".mapping", "Preview").click()
    _until(browser, lambda b: b.find_elements(By.CSS_SELECTOR, ".preview-table tbody tr"),
           "the preview")
    headers = _text(browser, ".preview-table thead")
    assert "Renamed in the view" in headers and old_title not in headers.split("\n")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".preview-table tbody tr")) == 10
    # Not polled yet: the first sync's records, as the caption says.
    assert "the next 10 records the next poll would write" in _text(browser, ".preview-table "
                                                                              "caption")
    with api.stack.runtime.db.session() as session:  # a preview writes nothing
        assert dict(session.get(BoardSync, sync_id).column_mapping or {}) == before
    browser.save_screenshot(str(screenshot_path(tmp_path, "board-mapping-preview.png")))

    _button(browser, ".mapping", "Save").click()
    _until(browser, lambda b: "Saved." in _text(b, ".mapping .outcome"), "the save")
    saved = api.get(f"/api/board-syncs/{sync_id}/mapping")["mapping"]["columns"]
    assert "Renamed in the view" in [c["column_title"] for c in saved]
    assert "Unsaved changes" not in _text(browser, ".mapping")
    assert browser.execute_script("return window.__pageErrors") == []


def test_write_back_switch_and_members_only_look(api: BoardApi, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    sync_id, board_id = api.stack.add_board_sync("suppliers", "Suppliers")
    _open(browser, api, board_id)
    switch = _until(browser, lambda b: b.find_elements(
        By.CSS_SELECTOR, "input[aria-label='Write edits made on this board back to SYSPRO']"),
        "the write-back switch")[0]
    assert not switch.is_selected()
    browser.execute_script("arguments[0].click()", switch)
    _until(browser, lambda b: "Write-back is on" in _text(b, ".actions .outcome"),
           "write-back switched on")
    with api.stack.runtime.db.session() as session:
        assert session.get(BoardSync, sync_id).mode == "lookup"

    browser.set_window_size(400, 900)  # usable at 400 px: nothing wider than the window
    _open(browser, api, board_id)
    _until(browser, lambda b: b.find_elements(By.CSS_SELECTOR, ".mapping-table"), "the editor")
    assert browser.execute_script(WIDER_THAN_THE_WINDOW) is False
    _open(browser, api, board_id, admin=False)
    _until(browser, lambda b: "Only an account admin" in _text(b, ".sync"), "the member's view")
    assert not [b for b in browser.find_elements(By.TAG_NAME, "button")
                if b.text.strip() in ("Sync now", "Pause", "Save", "Retry all")]
    assert not browser.find_elements(By.CSS_SELECTOR, ".mapping")
    assert browser.execute_script(WIDER_THAN_THE_WINDOW) is False


def test_inside_the_sandbox_board_page_an_expired_session_is_renewed(api: BoardApi,
                                                                     browser: Any) -> None:
    """The view embedded as monday embeds it: context and session token by postMessage; once
    the token in its URL has expired, an action still works with a fresh one from monday."""
    from selenium.webdriver.common.by import By

    _sync_id, board_id = api.stack.add_board_sync("supplier_invoices", "AP invoices")
    api.monday("PUT", "apps/registration", {"app_url": api.url, "token_lifetime_seconds": 1})
    browser.get(f"{api.stack.monday.url}/_sandbox/boards/{board_id}/page")
    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe[data-kind=board]"))
    _until(browser, lambda b: "Supplier invoices" in _text(b, ".sync h2"), "the embedded view")
    time.sleep(1 + 10 + 1)  # the token's life, the app's leeway for clocks, and a second
    _button(browser, ".actions", "Sync now").click()
    _until(browser, lambda b: _text(b, ".actions .outcome"), "the action's outcome")
    assert "A sync was queued" in _text(browser, ".actions .outcome")
