"""Passwords travel in e.net query strings; the HTTP library's debug log must not show them."""

from __future__ import annotations

import logging

import pytest


def test_debug_log_of_a_logon_shows_no_password(enet_client,
                                                caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="urllib3.connectionpool"):
        session_id = enet_client.logon()
    lines = [r.getMessage() for r in caplog.records if r.name == "urllib3.connectionpool"]
    assert any("/Logon" in line for line in lines), "sanity: the request line was logged"
    text = "\n".join(lines)
    assert "OperatorPassword=***" in text
    assert "sandbox" not in text.split("OperatorPassword=")[1].split("&")[0]
    enet_client.logoff_session(session_id)
