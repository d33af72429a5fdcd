"""The settings view in a real browser (headless Chromium) over real HTTP, against the SYSPRO
sandbox, with the connection test run by a real RQ worker on Redis.

What only a browser proves: the guided first run saves and tests a connection and puts each
failure beside the step to fix; the list edits, removes (refused while in use) and picks the
default; the black theme, a 400 px wide frame and a keyboard alone all work.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
import requests

from sandbox.syspro.server import RunningSandbox as SysproSandbox
from store.models import SysproConnection
from tests.app.browser import Flow
from tests.app.settings_view.conftest import FOUND
from tests.app.settings_view.page import (
    click,
    fill,
    finish_test,
    groups,
    open_settings,
    run_finished,
    run_wizard,
    shown_text,
    type_into,
    unlabelled_fields,
    wait,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(isinstance(FOUND, str), reason=f"browser tests: {FOUND}"),
]


def _server(syspro: SysproSandbox) -> dict[str, str]:
    return {"server_url": syspro.base_url}


def _logon(password: str) -> dict[str, str]:
    return {"operator": "ADMIN", "operator_password": password, "company_id": "DEMO"}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends


def test_first_run_with_a_good_password_saves_and_tests_all_green(
        browser: Any, flow: Flow, syspro: SysproSandbox, shots: Path) -> None:
    open_settings(browser, flow)
    assert browser.find_element("id", "f-name").get_attribute("value") == "main"  # the default
    assert browser.find_element("id", "f-rest_base_path").get_attribute("value") \
        == "/SYSPROWCFService/Rest"
    browser.save_screenshot(str(shots / "settings-first-run.png"))
    assert unlabelled_fields(browser) == []
    run_wizard(browser, _server(syspro), _logon("sandbox"))
    finish_test(browser, flow, run_finished)
    shown = groups(browser)
    assert shown and set(shown.values()) == {"pass"}, shown
    assert {"Connection to SYSPRO", "Supplier invoices", "Change tracking"} <= set(shown)
    status = browser.find_element("id", "test-status")
    assert status.text.strip() == "Everything works." and status.get_attribute("data-ok") == "true"
    browser.save_screenshot(str(shots / "settings.png"))  # the README's
    with flow.session() as s:
        saved = s.query(SysproConnection).one()
        assert (saved.server_url, saved.operator, saved.is_default) == (
            syspro.base_url, "ADMIN", True)
        assert saved.last_test_ok is True

    click(browser, "wizard-done")  # the saved connection opens in the editor
    wait(browser).until(lambda b: b.find_elements("id", "sync-url"))
    first_url = wait(browser).until(lambda b: b.find_element("id", "sync-url").text)
    browser.save_screenshot(str(shots / "settings-editor.png"))

    # Rotate asks first: Cancel keeps the URL, Rotate replaces it.
    click(browser, "rotate-button")
    wait(browser).until(lambda b: b.find_element("id", "rotate-cancel").is_displayed())
    browser.save_screenshot(str(shots / "settings-rotate.png"))
    click(browser, "rotate-cancel")
    wait(browser).until(lambda b: not b.find_elements("id", "rotate-cancel"))
    assert browser.find_element("id", "sync-url").text == first_url
    click(browser, "rotate-button")
    wait(browser).until(lambda b: b.find_element("id", "rotate-confirm").is_displayed())
    click(browser, "rotate-confirm")
    wait(browser).until(lambda b: b.find_element("id", "sync-url").text not in ("", first_url))
    new_url = browser.find_element("id", "sync-url").text
    assert requests.post(first_url, timeout=10).status_code == 401  # the old URL is dead
    assert requests.post(new_url, timeout=10).status_code < 300


def test_first_run_with_a_wrong_password_shows_why_beside_the_logon_step(
        browser: Any, flow: Flow, syspro: SysproSandbox, shots: Path) -> None:
    open_settings(browser, flow)
    run_wizard(browser, _server(syspro), _logon("not-the-password"))
    problem = "#problem-logon"
    finish_test(browser, flow, lambda b: b.find_elements("css selector", problem))
    text = shown_text(browser, problem)
    assert text.startswith("SYSPRO refused the logon of operator ADMIN to company DEMO"), text
    assert "check the operator, the company and their passwords" in text
    assert not browser.find_elements("css selector", "#problem-server")
    # The logon step is open again, its fields ready to fix.
    assert browser.find_element("id", "f-operator_password").is_displayed()
    browser.save_screenshot(str(shots / "settings-wrong-password.png"))


def test_first_run_against_a_refused_port_names_host_and_port(
        browser: Any, flow: Flow, shots: Path) -> None:
    port = _closed_port()
    open_settings(browser, flow)
    run_wizard(browser, {"server_url": f"http://127.0.0.1:{port}"}, _logon("sandbox"))
    problem = "#problem-server"
    finish_test(browser, flow, lambda b: b.find_elements("css selector", problem))
    text = shown_text(browser, problem)
    assert text.startswith(f"cannot reach 127.0.0.1 port {port}: connection refused"), text
    assert browser.find_element("id", "f-server_url").is_displayed()
    browser.save_screenshot(str(shots / "settings-refused.png"))


def test_every_problem_of_a_save_shows_beside_its_field(browser: Any, flow: Flow) -> None:
    open_settings(browser, flow)
    fill(browser, {"server_url": "https://syspro.example.com"})  # no port
    click(browser, "wizard-next")
    fill(browser, {"operator": "ADMIN", "company_id": "DEMO"})
    click(browser, "wizard-next")
    wait(browser).until(lambda b: b.find_elements("id", "f-poll_interval_minutes"))
    type_into(browser, "poll_interval_minutes", "2")
    click(browser, "wizard-next")
    # One save, both problems: the first step opens with its own, the other step counts its.
    note = wait(browser).until(
        lambda b: b.find_elements("css selector", "[data-error-for=server_url]"))[0]
    assert "port" in note.text, note.text
    assert browser.find_element("css selector", "#step-sync .step-count").text == "1 to fix"
    browser.find_element("css selector", "#step-sync button").click()
    interval = browser.find_element("css selector", "[data-error-for=poll_interval_minutes]")
    assert "must be between 5 and 60, not 2" in interval.text
    with flow.session() as s:
        assert s.query(SysproConnection).count() == 0


def test_refusals_say_what_to_ask_the_syspro_administrator_for(
        browser: Any, flow: Flow, syspro: SysproSandbox) -> None:
    """VIEWER may read suppliers but not AR tables nor use the maintenance business objects;
    what the user chose comes first, what they did not is folded below."""
    open_settings(browser, flow)
    fill(browser, _server(syspro))
    click(browser, "wizard-next")
    fill(browser, {"operator": "VIEWER", "operator_password": "sandbox", "company_id": "DEMO"})
    click(browser, "wizard-next")
    choice = "f-sync_entities-customer_invoices"
    wait(browser).until(lambda b: b.find_elements("id", choice))
    browser.find_element("css selector", f"label[for={choice}]").click()
    click(browser, "wizard-next")
    finish_test(browser, flow, run_finished)
    shown = groups(browser)  # the chosen ones only
    assert shown["Supplier invoices"] == "pass" and "Customer invoices" not in shown
    assert shown["Write-back to suppliers"] == "fail"
    detail = browser.find_element(
        "css selector", "li[data-group='Write-back to suppliers'] .group-detail").text
    assert detail.startswith("operator VIEWER may not use business object APSSSP"), detail
    assert "ask your SYSPRO administrator to grant operator VIEWER access to APSSSP" in detail
    folded = browser.find_element("css selector", "details.test-others")
    assert "Customer invoices" in folded.get_attribute("textContent")
    with flow.session() as s:  # the choice is the connection's, not the page's
        chosen = s.query(SysproConnection).one().sync_entities
    assert chosen is not None and "customer_invoices" not in chosen and "suppliers" in chosen

    # The editor shows the saved choice; its own test folds the same groups; ticking the
    # entity again and saving stores "everything" (null).
    click(browser, "wizard-done")
    box = wait(browser).until(lambda b: b.find_elements("id", choice))[0]
    assert not box.is_selected()
    assert browser.find_element("id", "f-sync_entities-suppliers").is_selected()
    click(browser, "test-button")
    finish_test(browser, flow, run_finished)
    assert "Customer invoices" not in groups(browser)
    assert "Customer invoices" in browser.find_element(
        "css selector", "details.test-others").get_attribute("textContent")
    browser.find_element("css selector", f"label[for={choice}]").click()
    click(browser, "save-button")
    wait(browser).until(lambda b: b.find_element("id", "form-status").text == "Saved.")
    with flow.session() as s:
        assert s.query(SysproConnection).one().sync_entities is None
