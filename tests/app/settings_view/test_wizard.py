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
from tests.app.browser import Flow, find_chromium
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

FOUND = find_chromium()
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
        shared_browser: Any, flow: Flow, syspro_sandbox: SysproSandbox, shots: Path) -> None:
    open_settings(shared_browser, flow)
    # The default name:
    assert shared_browser.find_element("id", "f-name").get_attribute("value") == "main"
    assert shared_browser.find_element("id", "f-rest_base_path").get_attribute("value") \
        == "/SYSPROWCFService/Rest"
    shared_browser.save_screenshot(str(shots / "settings-first-run.png"))
    assert unlabelled_fields(shared_browser) == []
    run_wizard(shared_browser, _server(syspro_sandbox), _logon("sandbox"))
    finish_test(shared_browser, flow, run_finished)
    shown = groups(shared_browser)
    assert shown and set(shown.values()) == {"pass"}, shown
    assert {"Connection to SYSPRO", "Supplier invoices", "Change tracking"} <= set(shown)
    status = shared_browser.find_element("id", "test-status")
    assert status.text.strip() == "Everything works." and status.get_attribute("data-ok") == "true"
    shared_browser.save_screenshot(str(shots / "settings.png"))  # the README's
    with flow.session() as s:
        saved = s.query(SysproConnection).one()
        assert (saved.server_url, saved.operator, saved.is_default) == (
            syspro_sandbox.base_url, "ADMIN", True)
        assert saved.last_test_ok is True

    click(shared_browser, "wizard-done")  # the saved connection opens in the editor
    wait(shared_browser).until(lambda b: b.find_elements("id", "sync-url"))
    first_url = wait(shared_browser).until(lambda b: b.find_element("id", "sync-url").text)
    shared_browser.save_screenshot(str(shots / "settings-editor.png"))

    # Rotate asks first: Cancel keeps the URL, Rotate replaces it.
    click(shared_browser, "rotate-button")
    wait(shared_browser).until(lambda b: b.find_element("id", "rotate-cancel").is_displayed())
    shared_browser.save_screenshot(str(shots / "settings-rotate.png"))
    click(shared_browser, "rotate-cancel")
    wait(shared_browser).until(lambda b: not b.find_elements("id", "rotate-cancel"))
    assert shared_browser.find_element("id", "sync-url").text == first_url
    click(shared_browser, "rotate-button")
    wait(shared_browser).until(lambda b: b.find_element("id", "rotate-confirm").is_displayed())
    click(shared_browser, "rotate-confirm")
    wait(shared_browser).until(
        lambda b: b.find_element("id", "sync-url").text not in ("", first_url))
    new_url = shared_browser.find_element("id", "sync-url").text
    assert requests.post(first_url, timeout=10).status_code == 401  # the old URL is dead
    assert requests.post(new_url, timeout=10).status_code < 300


def test_first_run_with_a_wrong_password_shows_why_beside_the_logon_step(
        shared_browser: Any, flow: Flow, syspro_sandbox: SysproSandbox, shots: Path) -> None:
    open_settings(shared_browser, flow)
    run_wizard(shared_browser, _server(syspro_sandbox), _logon("not-the-password"))
    problem = "#problem-logon"
    finish_test(shared_browser, flow, lambda b: b.find_elements("css selector", problem))
    text = shown_text(shared_browser, problem)
    assert text.startswith("SYSPRO refused the logon of operator ADMIN to company DEMO"), text
    assert "check the operator, the company and their passwords" in text
    assert not shared_browser.find_elements("css selector", "#problem-server")
    # The logon step is open again, its fields ready to fix.
    assert shared_browser.find_element("id", "f-operator_password").is_displayed()
    shared_browser.save_screenshot(str(shots / "settings-wrong-password.png"))


def test_first_run_against_a_refused_port_names_host_and_port(
        shared_browser: Any, flow: Flow, shots: Path) -> None:
    port = _closed_port()
    open_settings(shared_browser, flow)
    run_wizard(shared_browser, {"server_url": f"http://127.0.0.1:{port}"}, _logon("sandbox"))
    problem = "#problem-server"
    finish_test(shared_browser, flow, lambda b: b.find_elements("css selector", problem))
    text = shown_text(shared_browser, problem)
    assert text.startswith(f"cannot reach 127.0.0.1 port {port}: connection refused"), text
    assert shared_browser.find_element("id", "f-server_url").is_displayed()
    shared_browser.save_screenshot(str(shots / "settings-refused.png"))


def test_every_problem_of_a_save_shows_beside_its_field(shared_browser: Any, flow: Flow) -> None:
    open_settings(shared_browser, flow)
    fill(shared_browser, {"server_url": "https://syspro.example.com"})  # no port
    click(shared_browser, "wizard-next")
    fill(shared_browser, {"operator": "ADMIN", "company_id": "DEMO"})
    click(shared_browser, "wizard-next")
    wait(shared_browser).until(lambda b: b.find_elements("id", "f-poll_interval_minutes"))
    type_into(shared_browser, "poll_interval_minutes", "2")
    click(shared_browser, "wizard-next")
    # One save, both problems: the first step opens with its own, the other step counts its.
    note = wait(shared_browser).until(
        lambda b: b.find_elements("css selector", "[data-error-for=server_url]"))[0]
    assert "port" in note.text, note.text
    assert shared_browser.find_element("css selector", "#step-sync .step-count").text == "1 to fix"
    shared_browser.find_element("css selector", "#step-sync button").click()
    interval = shared_browser.find_element("css selector", "[data-error-for=poll_interval_minutes]")
    assert "must be between 5 and 60, not 2" in interval.text
    with flow.session() as s:
        assert s.query(SysproConnection).count() == 0


def test_refusals_say_what_to_ask_the_syspro_administrator_for(
        shared_browser: Any, flow: Flow, syspro_sandbox: SysproSandbox) -> None:
    """VIEWER may read suppliers but not AR tables nor use the maintenance business objects;
    what the user chose comes first, what they did not is folded below."""
    open_settings(shared_browser, flow)
    fill(shared_browser, _server(syspro_sandbox))
    click(shared_browser, "wizard-next")
    fill(shared_browser, {"operator": "VIEWER", "operator_password": "sandbox",
                          "company_id": "DEMO"})
    click(shared_browser, "wizard-next")
    choice = "f-sync_entities-customer_invoices"
    wait(shared_browser).until(lambda b: b.find_elements("id", choice))
    shared_browser.find_element("css selector", f"label[for={choice}]").click()
    click(shared_browser, "wizard-next")
    finish_test(shared_browser, flow, run_finished)
    shown = groups(shared_browser)  # the chosen ones only
    assert shown["Supplier invoices"] == "pass" and "Customer invoices" not in shown
    assert shown["Write-back to suppliers"] == "fail"
    detail = shared_browser.find_element(
        "css selector", "li[data-group='Write-back to suppliers'] .group-detail").text
    assert detail.startswith("operator VIEWER may not use business object APSSSP"), detail
    assert "ask your SYSPRO administrator to grant operator VIEWER access to APSSSP" in detail
    folded = shared_browser.find_element("css selector", "details.test-others")
    assert "Customer invoices" in folded.get_attribute("textContent")
    with flow.session() as s:  # the choice is the connection's, not the page's
        chosen = s.query(SysproConnection).one().sync_entities
    assert chosen is not None and "customer_invoices" not in chosen and "suppliers" in chosen

    # The editor shows the saved choice; its own test folds the same groups; ticking the
    # entity again and saving stores "everything" (null).
    click(shared_browser, "wizard-done")
    box = wait(shared_browser).until(lambda b: b.find_elements("id", choice))[0]
    assert not box.is_selected()
    assert shared_browser.find_element("id", "f-sync_entities-suppliers").is_selected()
    click(shared_browser, "test-button")
    finish_test(shared_browser, flow, run_finished)
    assert "Customer invoices" not in groups(shared_browser)
    assert "Customer invoices" in shared_browser.find_element(
        "css selector", "details.test-others").get_attribute("textContent")
    shared_browser.find_element("css selector", f"label[for={choice}]").click()
    click(shared_browser, "save-button")
    wait(shared_browser).until(lambda b: b.find_element("id", "form-status").text == "Saved.")
    with flow.session() as s:
        assert s.query(SysproConnection).one().sync_entities is None
