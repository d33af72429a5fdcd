"""`ml-connector account add`: a personal token, checked with `me`, stored encrypted."""

from __future__ import annotations

import pytest

from cli import cli
from sandbox.monday.state import SANDBOX_TOKEN
from store.accounts import access_token_for, find_account
from store.models import MondayToken

# The monday sandbox of this module's tests (tests/app/conftest.py: monday_sandbox).
MONDAY_SANDBOX_OPTIONS: dict[str, object] = {}


@pytest.fixture
def app_config(app_config, monday_sandbox):  # type: ignore[no-untyped-def]
    return {**app_config, "MONDAY_API_URL": monday_sandbox.api_url}


def test_add_from_environment(cli_runner, monday, monkeypatch) -> None:
    monkeypatch.setenv("MONDAY_PERSONAL_TOKEN", SANDBOX_TOKEN)
    result = cli_runner.invoke(cli, ["account", "add"])
    assert result.exit_code == 0, result.output
    assert "stored encrypted" in result.output and SANDBOX_TOKEN not in result.output
    box = monday.app.extensions["secret_box"]
    with monday.session() as s:
        token = s.query(MondayToken).one()
        assert token.kind == "personal"
        assert SANDBOX_TOKEN not in token.access_token_encrypted
        account = find_account(s, int(result.output.split("(")[1].split(")")[0]))
        assert access_token_for(s, box, account.id) == SANDBOX_TOKEN


def test_add_from_prompt_and_refused_token(cli_runner, monday, monkeypatch) -> None:
    monkeypatch.delenv("MONDAY_PERSONAL_TOKEN", raising=False)
    result = cli_runner.invoke(cli, ["account", "add"], input="wrong-token\n")
    assert result.exit_code != 0
    assert "refused the token" in result.output and "wrong-token" not in result.output
    with monday.session() as s:
        assert s.query(MondayToken).count() == 0
    result = cli_runner.invoke(cli, ["account", "add"], input=f"{SANDBOX_TOKEN}\n")
    assert result.exit_code == 0, result.output


def test_help(cli_runner) -> None:
    result = cli_runner.invoke(cli, ["account", "add", "--help"])
    assert result.exit_code == 0 and "MONDAY_PERSONAL_TOKEN" in result.output
